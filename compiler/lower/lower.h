/* lower/lower.h — what the files of lowering share (internal to lower/ and mono/instances.c).
 *
 * Takes: the type-checked AST, through patina.h.
 * Gives: the builder state of one body (Lower), the state of one crate's lowering (LowerCtx),
 * and the helpers each file of lower/ offers the others. The public entry point is
 * lower_crate (ir/ir.h).
 *
 * Who does what: builder.c appends locals, blocks, statements, terminators and calls;
 * scope.c owns temporaries, scope entries, drops and cleanup (unwind) chains; place.c
 * lowers expressions as places and operands; expr_into.c lowers expressions into a
 * destination (operators, calls, method calls); control.c lowers blocks, if, loops,
 * break/continue and `?`; matches.c lowers patterns, match and let; format.c the format
 * macros, assert and Debug output; derive.c derived Clone, PartialEq, PartialOrd and the
 * generated bodies (derived impls, the compiler's fmt impls); closures.c closures and their
 * bodies; lower.c lowers fn bodies and drives the crate; mono/instances.c makes instances
 * of generic fns, vtables and the Defs of generated bodies, and prunes unreachable library
 * bodies. */
#ifndef LOWER_H
#define LOWER_H

#include "patina.h"

/* A loop or labelled block being lowered: where `break` and `continue` go. */
typedef struct LoopScope {
    Node *node;                                 /* loop, while, for or labelled block */
    int break_bb, continue_bb;
    Place dest;                                 /* where `break value` stores */
    bool has_dest;
    int scope_mark; /* scope entries a break or continue drops down to */
} LoopScope;

typedef struct LowerCtx LowerCtx;

/* The builder of one body. */
typedef struct Lower {
    LowerCtx *ctx;                              /* the crate's lowering this body is part of */
    const LowerOptions *opts;                   /* ctx's, at hand */
    Body *body;
    int cur;                                    /* block being filled */
    int return_bb;
    PtrVec loops;                               /* LoopScope* */
    PtrVec scope_locals; /* open scopes' entries (scope_entry), innermost last */
    int caller_location;                        /* #[track_caller] fns: first of the (file, line,
                                                   col) args, else -1 */
    Def *closure;                               /* lowering a closure's body: captures live in
                                                   its environment (local 1) */
    bool mut_place;                             /* the place being lowered is written or borrowed
                                                   mutably (IndexMut) */
    bool rebinding;                             /* binding an or-pattern's later alternatives */
    bool guard_reads;                           /* binding for a match guard: by value only read
                                                   in place */
    PtrVec guard_views;                         /* the bindings a guard sees through a shared
                                                   reference in their local (guard_view) */
    Span matched;                               /* binding a pattern: the span of the expression
                                                   matched */
    int params_mark;                            /* scope entries below: the parameters' pattern
                                                   variables */
    int *param_entries; /* per parameter: where its pattern's variables start */
    /* cleanup chains (cleanup_chain): chain_blocks[k] drops scope entry k, then those
     * below it, then resumes unwinding; built for chain_entries[0..nchain) */
    void **chain_entries;
    int *chain_blocks;
    int nchain, chain_cap, resume_bb;
    PtrVec chain_live;                          /* the entries a chain is wanted for */
    /* scope_locals[0..scope_clean) are as the last cleanup_chain saw them (scope_changed
     * lowers it), and chain_live_below[k] counts the dropping entries among the first k:
     * each chain scans only the entries since, not the whole scope stack */
    int scope_clean, *chain_live_below, chain_live_below_cap;
    /* the local of each variable declared so far, by Binding id (plus one: 0 is none);
     * lowering's own map, the resolver's Bindings stay as resolve and typeck left them */
    int *binding_locals;
    int binding_locals_cap;
    Node *adjusting;                            /* the node whose value before some of its
                                                   adjustments (Node.adjustments) is being
                                                   lowered ... */
    int adjusting_upto;                         /* ... with only this many of them */
    PtrVec extended_temps;                      /* Node*: whose temporary the `let` being lowered
                                                   extends to its block's end (mark_extended) */
} Lower;

/* A scope entry: a local to drop where it dies, and which of three lives it has.
 * ENTRY_VAR: a variable, dead at its block's end. ENTRY_TEMP: a temporary, dead at the end
 * of its statement. ENTRY_EXTENDED: a temporary of a `let` initializer borrowed where rustc
 * extends its life (`let p = (&make(), 1);`): it survives the scopes closed inside the
 * initializer, and becomes a variable of the block when the `let` ends. ENTRY_HOLDER: the
 * temporary that will hold the value of the expression being lowered (temp_holding): a
 * jump out of that expression ends its storage, but it holds nothing to drop yet.
 * ENTRY_UNDROPPED: a temporary whose value something else owns or nobody may drop
 * (`mem::forget`'s, the storage of an array a `for` loop iterates by value): dead at the end
 * of its statement, never dropped. */
enum { ENTRY_VAR, ENTRY_TEMP, ENTRY_EXTENDED, ENTRY_HOLDER, ENTRY_UNDROPPED };

/* A closure body still to lower; one written inside a generic fn is lowered once generically
 * (for the ownership checks) and once per instance of the fn, with the instance's types. */
typedef struct ClosureBody {
    Node *node;
    Def *def;                                   /* the closure's Def, or its instance's */
    Type *parent; /* the enclosing fn's type arguments (a tuple), or NULL */
    bool generic;                               /* for the checks only: not emitted */
} ClosureBody;

/* One instance of a generic fn: its type arguments and the concrete Def calls use. */
typedef struct Instance {
    Def *generic;
    Type **args;
    int nargs;
    Def *def;
    struct Instance *parent; /* the instance whose body asked for it first, or NULL */
} Instance;

/* What a generated body computes. Like drop glue, each is one body per type, called
 * with `&` borrows of its operands from every use site. */
typedef enum GeneratedKind {
    GEN_FMT,                                    /* Display/Debug::fmt(&T, &mut Formatter) the
                                                   compiler writes: primitives, str, derived
                                                   Debug */
    GEN_EQ,                                     /* derived PartialEq::eq(&T, &T) -> bool */
    GEN_PARTIAL_CMP,                            /* derived PartialOrd::partial_cmp(&T, &T) ->
                                                   Option<Ordering> */
    GEN_CMP,                                    /* derived Ord::cmp(&T, &T) -> Ordering */
    GEN_CLONE,                                  /* derived Clone::clone(&T) -> T */
} GeneratedKind;

/* A body the compiler generates for type ty, made on first use (generated_method). A
 * type with type parameters (in a generic body lowered for the checks) gets one for the
 * checks only, never emitted. */
typedef struct GeneratedBody {
    Def *def;
    Type *ty;
    GeneratedKind kind;
    Def *decl;                                  /* GEN_FMT: Display::fmt or Debug::fmt */
    bool generic;
} GeneratedBody;

/* The operator calls a generic body leaves to its instances (operator_fn, instances.c). */
typedef enum OperatorShape {
    OPERATOR_ARITH,                             /* `a + b`: (Self, Rhs) -> Output */
    OPERATOR_ORDER,                             /* `a < b`: (&Self, &Rhs) -> bool */
    OPERATOR_NEG,                               /* `-a`: (Self) -> Output */
    OPERATOR_ASSIGN,                            /* `a += b`: (&mut Self, Rhs) -> () */
} OperatorShape;

/* The lowering of one crate: what bodies ask for of each other while they are lowered
 * (instances, closure bodies, drop glue, generated bodies), lowered in turn by lower_crate. */
struct LowerCtx {
    const LowerOptions *opts;
    Node *prelude;                              /* stdlib/prelude.rs, for prelude_adt */
    IrProgram *program;                         /* being built */
    PtrVec closure_bodies;                      /* ClosureBody* */
    PtrVec closure_instances;                   /* Def*: closures' per-instance Defs */
    /* types whose drop glue (`drop_in_place::<T>`: the type's Drop::drop, then its
     * fields' drops in declaration order) is asked for */
    PtrVec glue_types;
    PtrVec fn_ptr_signatures;                   /* Def* */
    /* the `&e` whose e is promoted (literals excepted: they are constants of their own),
     * each with its global (main's prologue stores e there) */
    PtrVec promoted_refs, promoted_globals;
    PtrVec instances;                           /* Instance*, in the order calls asked for them */
    Instance *lowering_instance; /* the instance whose body is being lowered, or NULL */
    Span call_site; /* the call being lowered, where an instance is asked for */
    bool recursion_limit_reached;               /* see within_recursion_limit */
    PtrVec generated;                           /* GeneratedBody* */
    PtrVec generic_uses;                        /* Def*: see generic_use (instances.c) */
    PtrVec generic_bodies;                      /* Body*: generic fns and closures, checked */
    PtrVec type_fact_fns;                       /* Def*: see type_fact_fn (instances.c) */
    PtrVec operator_fns;                        /* Def*: see operator_fn (instances.c) */
    Span neg_decl_span;                         /* where the library declares Neg (see
                                                   operator_into) */
    PtrVec fn_param_calls;                      /* Def*: see fn_param_call (instances.c) */
    PtrVec assoc_const_uses;                    /* Def*: see assoc_const_use (instances.c) */
};

/* ── builder.c ── */
int new_local(Lower *lw, Type *ty, Sym name, Span span, bool is_mut, bool user);
void set_binding_local(Lower *lw, Binding *b, int local);
int binding_local(Lower *lw, Binding *b);
int new_block(Lower *lw);
Stmt *push_stmt(Lower *lw, StmtKind kind, Span span);
void assign(Lower *lw, Place dest, Rvalue rv, Span span);
void fake_read(Lower *lw, FakeReadCause cause, Place p, Span span);
void place_mention(Lower *lw, Place p, Span span);
void storage(Lower *lw, StmtKind kind, int local, Span span);
void terminate(Lower *lw, Term t, int next);
void switch_on_value(Lower *lw, Operand discr, uint64_t value, int target, int otherwise, int next,
                     Span span);
void branch_on_bool(Lower *lw, Operand cond, int if_false, int if_true, int next, Span span);
void goto_block(Lower *lw, int target, Span span, int next);
Operand use_place(Place p, Type *ty);
Operand const_int(Type *ty, IntBits bits);
Operand const_bool(bool b);
Operand const_unit(void);
Operand const_str(const char *s, size_t len);
Operand fn_operand(Def *d);
Operand const_intrinsic(Intrinsic in);
Rvalue rv_use(Operand op, Type *ty);
Rvalue rv_read_as(Lower *lw, Place src, Type *from, Type *to);
Rvalue rv_ref(Lower *lw, Type *ty, Place p, BorrowKind kind);
Operand borrow_arg(Lower *lw, Type *ty, Place p, BorrowKind kind, Span span);
Rvalue rv_binary(BinOp op, Operand a, Operand b, Type *ty);
IntBits int_bits(Type *t, IntBits v);
void call(Lower *lw, Operand func, Operand *args, int nargs, Place dest, bool diverges, Span span);
void call_through(Lower *lw, Operand func, Def *sig, Operand *args, int nargs, Place dest,
                  bool diverges, Span span);
void dyn_call(Lower *lw, Def *m, int slot, Operand *args, int nargs, Place dest, Span span);
void call_intrinsic(Lower *lw, Intrinsic in, Operand *args, int nargs, Span span);
void location_operands(Lower *lw, Span sp, Operand out[3]);
void location_constants(Span sp, Operand out[3]);
void panic_str(Lower *lw, const char *msg, size_t len, Span sp);

/* ── place.c ── */
Place local_place(int local);
int operand_local(Operand op);
bool is_temp_local(Lower *lw, int local);
Place project_field(Place base, int field, Type *ty);
Place project_deref(Place base, Type *ty);
Node *strip_parens(Node *e);
bool is_static_item(const Def *d);
bool is_place_node(const Lower *lw, Node *e);
Node *const_value(Node *path);
Node *assoc_const_value(Def *c, Type *self);
bool as_constant(Node *e, Operand *out);
bool is_box_move(const Lower *lw, Node *e);
Operand as_operand(Lower *lw, Node *e);
Operand as_arg_operand(Lower *lw, Node *e);
Operand as_reborrowed_operand(Lower *lw, Node *e);
Operand settle_arg(Lower *lw, Operand op, Node **later, int nlater, Span span);
Operand read_into_temp(Lower *lw, Operand op, Span span);
void lower_args(Lower *lw, Node **nodes, int n, Operand *out);
Place project_index(Place base, int index_local, Type *elem);
Operand seq_len(Lower *lw, Place p, Type *t, Span span);
Place seq_place(Lower *lw, Node *e, Type **seq);
int item_global(LowerCtx *ctx, Node *item);
int static_local(LowerCtx *ctx, Node *item);
Place binding_place(Lower *lw, Binding *b);
/* Where place expression e of a closure body lives (closures.c): UPVAR_CAPTURED (in
 * *out) through the environment; UPVAR_NOT_CAPTURED for a place of an outer variable no
 * capture holds; UPVAR_LOCAL for anything else, lowered as usual. */
typedef enum UpvarPlace { UPVAR_LOCAL, UPVAR_CAPTURED, UPVAR_NOT_CAPTURED } UpvarPlace;
UpvarPlace closure_upvar_place(Lower *lw, Node *e, Place *out);
UpvarPlace closure_upvar_place_upto(Lower *lw, Node *e, int upto, Place *out);
Place as_mut_place(Lower *lw, Node *e);
int adjustments_in_effect(const Lower *lw, const Node *e);
bool makes_value(const Node *e, int n);
bool has_adjustments(const Lower *lw, const Node *e);
Node *strip_to_adjusted(const Lower *lw, Node *e);
Type *value_ty(const Lower *lw, Node *e);
bool ends_in_overloaded_deref(const Lower *lw, Node *e);
typedef struct AdjustingState {
    Node *node;
    int upto;
} AdjustingState;
AdjustingState enter_adjusting(Lower *lw, Node *e, int upto);
void leave_adjusting(Lower *lw, AdjustingState saved);
Place adjusted_place(Lower *lw, Node *e);
Place deref_call_result(Lower *lw, Place p, Type *t, Def *m, Span span);
Place user_deref_place(Lower *lw, Node *e);
Place as_place(Lower *lw, Node *e);
Operand as_operand_deref(Lower *lw, Node *e);

/* ── scope.c ── */
void *scope_entry(int local, int kind);
int entry_local(void *entry);
Place temp(Lower *lw, Type *ty, Span span);
Place temp_undropped(Lower *lw, Type *ty, Span span);
Place temp_holding(Lower *lw, Node *e);
Place temp_holding_as(Lower *lw, Node *e, Type *ty, Span span,
                      void (*lower_value)(Lower *, Place, Node *));
void into_iter_call_into(Lower *lw, Place dest, Def *decl, Node *c);
void mark_extended(Lower *lw, Node *e);
void mark_extended_place(Lower *lw, Node *e);
bool pattern_is_extending(Node *pat);
int cleanup_chain(Lower *lw, Span span);
bool may_need_drop(Type *t);
void request_drop_glue(LowerCtx *ctx, Type *t);
void emit_drop(Lower *lw, Place p, Type *ty, Span span);
void drop_local(Lower *lw, int local, Span span);
void end_scope_entry(Lower *lw, void *entry, Span span);
void close_scope(Lower *lw, int mark, Span span);
/* Scope entries from index `from` on were removed or replaced (cleanup_chain rescans). */
void scope_changed(Lower *lw, int from);
void close_branch(Lower *lw, int mark, int join, int next, Span span);
void close_temps(Lower *lw, int mark, Span span);
void close_temps_keeping(Lower *lw, int mark, Span span, int kept);
void drop_scopes_above(Lower *lw, int mark, Span span);

/* ── expr_into.c ── */
Operand compare(Lower *lw, BinOp op, Operand a, Operand b, Span span);
void arith_into(Lower *lw, Place dest, BinOp op, Type *ty, Operand a, Operand b, Span span);
void default_into(Lower *lw, Place dest, Type *t, Span span);
Operand operator_arg(Lower *lw, Node *e, Type *param, bool two_phase, Span span);
Place value_place(Lower *lw, Node *e);
void operator_into(Lower *lw, Place dest, OperatorShape shape, BinOp op, Type *self, Type *rhs,
                   Operand *args, Span span);
Def *operator_method(LowerCtx *ctx, Def *found, Type *self, LangTrait lang, Type *rhs);
void lower_subslice_into(Lower *lw, Place dest, Node *e, Node *index);
void lower_into(Lower *lw, Place dest, Node *e);

/* ── format.c ── */
Place operand_place(Lower *lw, Operand op, Type *ty, Span span);
Def *adt_method(Type *t, const char *name);
bool is_builtin_fmt(Def *target);
void builtin_fmt_into(Lower *lw, Place dest, Def *target, Type *self_ty, Operand self_ref,
                      Operand f_ref, bool expand, Span span);
Type *field_type_of(Type *t, int i);
int field_count_of(Type *t);
Place debug_field_place(Place p, Type *ty, int variant, int i, Type **ft);
int *switch_on_variant(Lower *lw, Place p, Type *ty, int *join, Span span);
void lower_format(Lower *lw, Place dest, Node *fmt);
void lower_assert(Lower *lw, Node *n);

/* ── derive.c ── */
void clone_into(Lower *lw, Type *ty, Place src, Place dest, Span span);
void call_on_refs(Lower *lw, Def *m, Place a, Place b, Place dest, Span span);
Operand equal_values(Lower *lw, Type *ty, Place a, Place b, Span span);
/* An order is an i32: -1, 0 or 1 (Less, Equal, Greater), or ORDER_INCOMPARABLE where
 * partial_cmp is None (a NaN, or a part of an aggregate that is incomparable). */
enum { ORDER_INCOMPARABLE = 2 };
Operand cmp_values(Lower *lw, Type *ty, Place a, Place b, Span span);   /* partial */
Operand order_values(Lower *lw, Type *ty, Place a, Place b, bool total, Span span);
Operand order_holds(Lower *lw, BinOp op, Operand order, Span span);
void ordering_into(Lower *lw, Place dest, Type *dest_ty, Operand order, Span span);
bool derived_order_into(Lower *lw, Place dest, Type *ty, Place a, Place b, bool total, Span span);
Body *lower_generated_body(LowerCtx *ctx, GeneratedBody *g);

/* ── control.c ── */
void lower_if_into(Lower *lw, Place dest, Node *e);
bool reads_part_of_temps(Lower *lw, int mark, Operand op);
void lower_branch_into(Lower *lw, Place dest, Node *branch);
LoopScope *push_loop(Lower *lw, Node *node, int break_bb, int continue_bb, Place dest,
                     bool has_dest);
void array_into_iter(Lower *lw, Node *array, const char *ctor, Place dest);
void lower_loop_into(Lower *lw, Place dest, Node *e);
void lower_jump(Lower *lw, Node *e);
void lower_try_into(Lower *lw, Place dest, Node *e);
void lower_block_into(Lower *lw, Place dest, Node *block);

/* ── closures.c ── */
Def *closure_def(LowerCtx *ctx, Type *ct);
Def *fn_ptr_signature(LowerCtx *ctx, Type *fn_ptr);
void lower_closure_into(Lower *lw, Place dest, Node *e);
Body *lower_closure_body(LowerCtx *ctx, ClosureBody *cb);
bool body_moves_capture(Body *b);
void take_over_environment(LowerCtx *ctx, Body *b);
void use_up_consumed_closures(Body *b);

/* ── matches.c ── */
void bind_pattern(Lower *lw, Node *pat, Place src, Span span);
void bind_matched(Lower *lw, Node *pat, Place src, Node *matched, Span span);
void bind_pattern_typed(Lower *lw, Node *pat, Place src, Type *src_ty, Span span);
void branch_if_false(Lower *lw, Operand cond, int fail, Span span);
Operand discriminant_of(Lower *lw, Place p, Span span);
void test_pattern(Lower *lw, Node *pat, Place src, Type *src_ty, int fail, Span span);
Place scrutinee_place(Lower *lw, Node *scrut);
void lower_match_into(Lower *lw, Place dest, Node *e);
void lower_if_let_into(Lower *lw, Place dest, Node *e);
bool is_plain_binding(Node *pat);
void lower_let(Lower *lw, Node *s);

/* ── lower.c ── */
Body *begin_body(Lower *lw, Def *d, Span span, Span ret_span);
Body *begin_type_body(Lower *lw, LowerCtx *ctx, Def *d, Type *t);
void declare_params(Lower *lw, NodeList *params, Type **types);
void bind_params(Lower *lw, NodeList *params, int first);
void finish_return(Lower *lw, int first, int n);
int promoted_global(LowerCtx *ctx, Node *ref);
Body *checked_generic_body(LowerCtx *ctx, Def *d);

/* ── instances.c ── */
Def *instance_of(LowerCtx *ctx, Def *d, Type **args, int nargs);
bool is_generic_use(const Def *d);
Def *callee_instance(LowerCtx *ctx, Def *d, Node *call);
Def *callee_instance_of(LowerCtx *ctx, Def *d, Type **targs, int ntargs, Span at);
Def *trait_method_instance(LowerCtx *ctx, Def *d, Type **targs, int ntargs);
void vtable_methods(TraitDef *trait, PtrVec *out);
int vtable_of(LowerCtx *ctx, Type *ty, TraitDef *trait);
Def *generated_method(LowerCtx *ctx, Type *ty, GeneratedKind kind, Def *decl);
Def *lang_trait_method(LangTrait lang, const char *name);
void drop_uncalled_bodies(IrProgram *prog, PtrVec *bodies);
IntBits type_fact_value(Builtin fact, Type *t);
Type *type_fact_type(Builtin fact);
Def *type_fact_fn(LowerCtx *ctx, Builtin fact);
Def *operator_fn(LowerCtx *ctx, OperatorShape shape, BinOp op);
Def *operator_fn_of(LowerCtx *ctx, const Def *d, OperatorShape *shape, BinOp *op);
LangTrait operator_fn_lang(OperatorShape shape, BinOp op);
Def *assoc_const_use(LowerCtx *ctx, Def *c, Type **targs, int ntargs, Type *ty);
Def *assoc_const_of(LowerCtx *ctx, const Def *d);
Def *fn_param_call(LowerCtx *ctx, LangTrait kind, Type *f, Type **params, int nparams,
                   Type *ret);
bool fn_param_call_of(LowerCtx *ctx, const Def *d, LangTrait *kind);

#endif
