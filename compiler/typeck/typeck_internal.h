/* typeck_internal.h — what the files of typeck/ share, and nothing outside typeck/ sees.
 *
 * Takes: patina.h (the AST, types, resolve's results).
 * Gives: Tc, the state of checking one fn body (inference variables, the nodes and
 * bindings whose types are resolved at its end, loops, closures being checked), and the
 * entry points each file of typeck/ offers the others, grouped by file. */
#ifndef PATINA_TYPECK_TYPECK_INTERNAL_H
#define PATINA_TYPECK_TYPECK_INTERNAL_H

#include "patina.h"

typedef struct LoopCtx {
    Node *node;                                 /* loop or labelled block */
    Type *ty;                                   /* result type of `loop` / labelled block */
    bool has_break;
} LoopCtx;

/* The state of checking a crate: the inference variables of the body being checked, what
 * is resolved at its end, and what the checks of its parts tell each other. */
typedef struct Tc {
    PtrVec vars;                /* Type* bound to each variable, or NULL */
    PtrVec var_types;           /* the TY_INFER of each variable (its kind) */
    PtrVec typed;               /* Node* whose ty must be resolved at the end */
    PtrVec bindings;            /* Binding* likewise */
    PtrVec int_lits;            /* N_LIT_INT nodes, for the range lint */
    PtrVec float_lits;          /* N_LIT_FLOAT nodes, for the range lint */
    PtrVec loops;               /* LoopCtx* */
    Node *fn;                   /* the fn being checked */
    Type *ret_ty;
    int unsafe_depth;           /* inside `unsafe { }` or an `unsafe fn` */
    PtrVec coverage;            /* N_MATCH and N_LET of this body, checked at its end */
    PtrVec generic_calls;       /* Node*: calls whose targs are resolved at the end */
    PtrVec open_formats;        /* Node*: N_FORMAT with an argument of a type not known yet */
    PtrVec generic_call_fns;    /* Node*: the fn each of them is in (its where clauses count) */
    PtrVec closures;            /* Def*: the closures being checked, innermost last */
    PtrVec all_closures;        /* Def*: every closure, whose signature is resolved at the end */
    PtrVec opaque_fns;          /* Def*: fns returning `impl Trait`, resolved at the end */
    Type **closure_params;      /* the signature the next closure argument is expected to have */
    bool closure_fn;            /* ... for an `Fn` (not `FnMut`/`FnOnce`) bound */
    Type *closure_ret;
    int closure_nparams;
    Type *receiver_hint;        /* the type the next method call's receiver must have */
    int ref_mode;               /* the pattern being checked binds: 0 by value, 1 ref, 2 ref mut */
    Type *fmt_formatter_ty;     /* the prelude's stand-ins for std::fmt::Formatter ... */
    Type *fmt_result_ty;        /* ... and fmt::Result */
    const RegionSig *sig_regions;   /* lower_sig_type's: the regions it puts in types */
    Node *prelude;              /* stdlib/prelude.rs for prelude_adt, once its trait impls are
                                   checked (NULL before: no prelude type is special yet) */
} Tc;

/* infer.c: inference variables and unification */
Type *fresh(Tc *tc, InferKind kind);
Type *shallow(Tc *tc, Type *t);
Type *zonk(Tc *tc, Type *t);
const char *show(Tc *tc, Type *t);
bool unify(Tc *tc, Type *a, Type *b);
bool is_never(Tc *tc, Type *t);
void mismatch(Tc *tc, Span sp, Type *expected, Type *found);
Type *set_ty(Tc *tc, Node *n, Type *t);
bool could_unify(Tc *tc, Type *param, Type *arg);

/* coerce.c: coercion sites */
bool autoderef_allowed(Tc *tc, int *steps, Type *start, Span at);
int unsize_to_dyn(Tc *tc, Node *at, Type *found, Type *expected);
bool coerce(Tc *tc, Node *at, Type *found, Type *expected);
Node *adjustment_site(Node *at);
void record_adjustment(Node *at, Adjustment adj);
void add_adjustment(Node *at, AdjustKind kind);
void record_overloaded_deref(Node *at, Def *m, Type *target);

/* builtin.c: conversions */
/* Records on n (Node.conversion) what the conversion it is resolved to. */
void resolve_conversion(Node *n, ConversionKind kind, Node *operand, Def *from);

/* lower_type.c: types written in the source */
bool eval_const_usize(Node *e, uint64_t *out);
uint64_t array_len(Tc *tc, Node *count);
Type *instantiate(Tc *tc, AdtDef *a);
Type *instantiate_expected(Tc *tc, AdtDef *a, Type *expected);
Type *lower_type(Tc *tc, Node *t, bool allow_infer);
/* A type node of a signature (sig: the fn's or the ADT's, lifetimes.h), with its declared
 * regions; ty_erase_regions of it is what lower_type gives. */
Type *lower_sig_type(Tc *tc, Node *t, const RegionSig *sig);

/* traits.c: trait and impl selection */
bool param_bound(Tc *tc, Type *t, TraitDef *trait, LangTrait lang);
bool comparable(Tc *tc, Type *t, bool ordering);
Def *operator_impl(Tc *tc, Type *t, LangTrait lang, Type *sig[3], Node *arg, Type **arg_ty);
Def *deref_impl(Tc *tc, Type *t, Type **target);
bool user_method_named(Tc *tc, Type *t, Sym name);
bool is_clone(Type *t);
Def *method_of_trait(TraitDef *t, Sym name);
bool impl_applies(Tc *tc, ImplDef *im, Type *t);
Def *trait_method_for(Tc *tc, Type *s, Sym name);
bool implements(Tc *tc, Type *t, TraitDef *tr);
void check_call_bounds(Tc *tc, Node *call);
void select_trait_args(Tc *tc, Node *call);
Type *trait_default_arg(Tc *tc, TraitDef *tr, Type *self);
void bind_trait_arg(Tc *tc, Node *call, Def *m);
Type *iterator_item(Tc *tc, Type *t);
bool implements_fmt(Tc *tc, Type *t, FmtTrait trait);
bool compared_by_impl(Tc *tc, Type *lt, Type *rt);

/* pattern.c: patterns and their coverage */
void check_pattern(Tc *tc, Node *pat, Type *expected);
void check_coverage(Tc *tc, int errors_before);

/* ops.c: operators and casts */
Span op_span(Node *n);
Type *check_arith(Tc *tc, Node *n, BinOp op, Type *lt, Node *rhs);
Type *check_binary(Tc *tc, Node *n);
Type *check_unary(Tc *tc, Node *n, Type *expected);
Type *check_cast(Tc *tc, Node *n);

/* call.c: calls */
void fn_path_sig(Tc *tc, Node *path, Type **targs, int ntargs, Type ***params, int *nparams,
                 Type **ret);
bool fn_bound_sig(Tc *tc, Def *param, Type **targs, int ntargs, Type ***params, int *nparams,
                  Type **ret);
Node *opaque_fn_bound(Tc *tc, Type *expected);
void unify_assoc_bindings(Tc *tc, Def *def, Node *call);
void unify_fn_item_sig(Tc *tc, Type *declared, Type *arg, Node *call);
void check_args(Tc *tc, Node *call, Type **params, int nparams, Node *fn_node);
Type **instantiate_fn(Tc *tc, Node *call, Def *def, Type *recv);
void apply_turbofish(Tc *tc, Node *call, Def *def, Node *args, Span at);
void check_unsafe_call(Tc *tc, Def *def, Span at);
Type *with_given_args(Tc *tc, Node *path, Type *inst);
Type *check_call(Tc *tc, Node *n, Type *expected);

/* builtin.c: library functions known by name */
void report_no_from(Tc *tc, Span at, Type *target, Type *source);
Def *from_impl(Tc *tc, Type *target, Type *source);
Type *check_prim_from(Tc *tc, Node *n, Type *target);
Type *check_into(Tc *tc, Node *n, Type *recv, Type *expected);
Type *check_std_builtin(Tc *tc, Node *n, Def *def);
Type *check_prim_method_path(Tc *tc, Node *n, Def *def, Type *expected);
bool is_known_int_method(Sym name);

/* method.c: method calls */
Type *check_method_call(Tc *tc, Node *n, Type *expected);
Type *into_iterator_item(Tc *tc, Node *loop, Type *t);

/* expr.c: expressions, statements and blocks */
Type *check_expr(Tc *tc, Node *n, Type *expected);
Type *infer_block(Tc *tc, Node *block, Type *expected);

/* closure.c: closures */
void note_mutation(Tc *tc, Node *e);
/* A `&mut self` method called on e: what e is or refers to is written. */
void note_receiver_mutation(Tc *tc, Node *e);
Type *check_closure(Tc *tc, Node *n, Type *expected);

/* fmt.c: format macros and asserts */
bool has_infer(const Type *t);
void check_format(Tc *tc, Node *n);
void check_format_traits(Tc *tc, Node *n, bool final);
void find_fmt_types(Tc *tc, Node *prelude);
Type *check_write_dest(Tc *tc, Node *n);
void check_assert(Tc *tc, Node *n);

/* typeck.c: items, and the crate */
bool is_prelude_adt(Type *t, const char *name);

#endif
