/* lower.c — from the typed AST to the IR.
 *
 * Takes: the type-checked AST (every expression has a concrete Type).
 * Gives: an IrProgram: one control-flow graph per fn body, with explicit copies and
 * moves, StorageLive/StorageDead for user variables, overflow and division checks as
 * assert terminators (their presence follows LowerOptions.overflow_checks, as rustc's
 * debug and release builds do), and printing/panicking as calls to runtime intrinsics.
 *
 * The shape follows rustc's MIR building: an expression is lowered `into` a destination
 * place, `as_operand`, or `as_place`; control flow creates blocks; code after a
 * diverging expression goes into a fresh block that nothing jumps to. */
#include "patina.h"
#include "rt.h"

#include <stdlib.h>
#include <string.h>

typedef struct LoopScope {
    Node *node;                                 /* loop, while, for or labelled block */
    int break_bb, continue_bb;
    Place dest;                                 /* where `break value` stores */
    bool has_dest;
    int scope_mark;                             /* scope entries a break or continue drops down to */
} LoopScope;

typedef struct Lower {
    const LowerOptions *opts;
    Body *body;
    int cur;                                    /* block being filled */
    int return_bb;
    PtrVec loops;                               /* LoopScope* */
    PtrVec scope_locals;                        /* open scopes' entries, innermost last: a variable's local,
                                                   or ~local for a temporary owning a value to drop */
    int caller_location;                        /* #[track_caller] fns: first of the (file, line, col) args, else -1 */
    Def *closure;                               /* lowering a closure's body: captures live in its environment (local 1) */
    bool mut_place;                             /* the place being lowered is written or borrowed mutably (IndexMut) */
    bool rebinding;                             /* binding an or-pattern's later alternatives */
    bool guard_reads;                           /* binding for a match guard: by value only read in place */
    Span matched;                               /* binding a pattern: the span of the expression matched */
    int params_mark;                            /* scope entries below: the parameters' pattern variables */
    int *param_entries;                         /* per parameter: where its pattern's variables start */
    /* cleanup chains (cleanup_chain): chain_blocks[k] drops scope entry k, then those
     * below it, then resumes unwinding; built for chain_entries[0..nchain) */
    void **chain_entries;
    int *chain_blocks;
    int nchain, chain_cap, resume_bb;
    PtrVec chain_live;                          /* scratch: the entries a chain is wanted for */
} Lower;

/* A closure body still to lower; one written inside a generic fn is lowered once generically
 * (for the ownership checks) and once per instance of the fn, with the instance's types. */
typedef struct ClosureBody {
    Node *node;
    Def *def;                                   /* the closure's Def, or its instance's */
    Type *parent;                               /* the enclosing fn's type arguments (a tuple), or NULL */
    bool generic;                               /* for the checks only: not emitted */
} ClosureBody;
static PtrVec closure_bodies;                   /* ClosureBody* */
static PtrVec closure_instances;                /* Def*: closures' per-instance Defs */

static void lower_into(Lower *lw, Place dest, Node *e);
static Operand as_operand(Lower *lw, Node *e);
static Def *callee_instance(Def *d, Node *call);
static bool pattern_binds(Node *pat);
static Node *strip_parens(Node *e);
static void array_into_iter(Lower *lw, Node *array, const char *ctor, Place dest);
static Def *instance_of(Def *d, Type **args, int nargs);
static Def *closure_def(Type *ct);
static Def *fn_ptr_signature(Type *fn_ptr);
static void call_through(Lower *lw, Operand func, Def *sig, Operand *args, int nargs, Place dest, bool diverges, Span span);
static int vtable_of(Type *ty, TraitDef *trait);
static void vtable_methods(TraitDef *trait, PtrVec *out);
static Def *trait_method_instance(Def *d, Type **targs, int ntargs);
static Place as_place(Lower *lw, Node *e);
static Place value_place(Lower *lw, Node *e);
static Operand operator_arg(Lower *lw, Node *e, Type *param, Span span);
static Def *operator_method(Def *found, Type *self, LangTrait lang, Type *rhs);
static Place user_deref_place(Lower *lw, Node *e);
static void lower_block_into(Lower *lw, Place dest, Node *block);
static Place as_mut_place(Lower *lw, Node *e);

/* ── building blocks ── */

static int new_local(Lower *lw, Type *ty, Sym name, Span span, bool is_mut, bool user) {
    return ir_new_local(lw->body, (Local){ty, name, span, is_mut, user});
}

static int new_block(Lower *lw) { return ir_new_block(lw->body); }

static Stmt *push_stmt(Lower *lw, StmtKind kind, Span span) {
    return ir_push_stmt(&lw->body->blocks[lw->cur], (Stmt){.kind = kind, .span = span});
}

static void assign(Lower *lw, Place dest, Rvalue rv, Span span) {
    Stmt *s = push_stmt(lw, ST_ASSIGN, span);
    s->place = dest;
    s->rv = rv;
}

static void storage(Lower *lw, StmtKind kind, int local, Span span) {
    push_stmt(lw, kind, span)->local = local;
}

/* Ends the current block with t and continues in next (a fresh dead block if -1). */
static int cleanup_chain(Lower *lw, Span span);

/* Whether a call may panic: user and prelude fns, calls through values, and the runtime's
 * panicking entry points (the others return). */
static bool may_unwind(const Term *t) {
    if (t->kind == TM_ASSERT) return true;
    if (t->kind != TM_CALL) return false;
    if (t->func.kind != OP_CONST || t->func.c.kind != CONST_FN || t->func.c.intrinsic == INTR_NONE) return true;
    switch (t->func.c.intrinsic) {
    case INTR_PANIC_END: case INTR_PANIC_STR: case INTR_SLICE_CHECK: case INTR_STR_SLICE_CHECK: case INTR_IPOW: return true;
    default: return false;
    }
}

static void terminate(Lower *lw, Term t, int next) {
    if (may_unwind(&t)) t.unwind = cleanup_chain(lw, t.span);
    lw->body->blocks[lw->cur].term = t;
    lw->cur = next >= 0 ? next : new_block(lw);
}

static void goto_block(Lower *lw, int target, Span span, int next) {
    Term t = {.kind = TM_GOTO, .span = span, .target = target};
    terminate(lw, t, next);
}

static Place local_place(int local) { return (Place){.local = local}; }

static Place project_field(Place base, int field, Type *ty) {
    Place p = base;
    p.proj = arena_alloc(sizeof(Proj) * (size_t)(base.nproj + 1));
    if (base.nproj) memcpy(p.proj, base.proj, sizeof(Proj) * (size_t)base.nproj);
    p.proj[p.nproj++] = (Proj){.kind = PROJ_FIELD, .field = field, .ty = ty};
    return p;
}

static Place project_deref(Place base, Type *ty) {
    Place p = project_field(base, 0, ty);
    p.proj[p.nproj - 1].kind = PROJ_DEREF;
    return p;
}

/* A scope entry: a local to drop where it dies, and which of three lives it has.
 * ENTRY_VAR: a variable, dead at its block's end. ENTRY_TEMP: a temporary, dead at the end
 * of its statement. ENTRY_EXTENDED: a temporary of a `let` initializer borrowed where rustc
 * extends its life (`let p = (&make(), 1);`): it survives the scopes closed inside the
 * initializer, and becomes a variable of the block when the `let` ends. */
enum { ENTRY_VAR, ENTRY_TEMP, ENTRY_EXTENDED };
static void *scope_entry(int local, int kind) { return (void *)((intptr_t)local * 4 + kind); }
static int entry_local(void *entry) { return (int)((intptr_t)entry >> 2); }
static int entry_kind(void *entry) { return (int)((intptr_t)entry & 3); }

/* A temporary; one whose value needs dropping joins the scopes, to be dropped at the end
 * of its statement unless it is moved out first (drops.c sees the move). */
static Place temp(Lower *lw, Type *ty, Span span) {
    int local = new_local(lw, ty, 0, span, false, false);
    if (ty_needs_drop(ty)) ptrvec_push(&lw->scope_locals, scope_entry(local, ENTRY_TEMP));
    return local_place(local);
}

/* A temporary holding e's value. Its drop is scheduled once it holds the value, so the
 * temporaries made while computing e die before it, as rustc orders them (`g(&make()).n`
 * drops g's result, then make()'s); a `let`'s extending borrow extends it (mark_extended). */
static Place temp_holding(Lower *lw, Node *e) {
    int local = new_local(lw, e->ty, 0, e->span, false, false);
    bool saved = lw->mut_place;
    lw->mut_place = false;                      /* a value computed: no place of it is written */
    lower_into(lw, local_place(local), e);
    lw->mut_place = saved;
    if (ty_needs_drop(e->ty)) ptrvec_push(&lw->scope_locals, scope_entry(local, e->outlives_statement ? ENTRY_EXTENDED : ENTRY_TEMP));
    return local_place(local);
}

/* Marks the temporaries of the extending expression e of a `let` initializer that rustc
 * keeps alive to the end of the block: the value borrowed by an extending `&` (the base of
 * `&make().field` too). Extending are the initializer itself, the operand of an extending
 * `&`, the elements of an extending tuple, array, struct literal, variant or tuple-struct
 * constructor and cast, and the tails of an extending block, `if` branches and `match` arms. */
static void mark_extended(Node *e) {
    e = strip_parens(e);
    switch (e->kind) {
    case N_UNARY: {
        if ((e->u.unary.op != UN_REF && e->u.unary.op != UN_REF_MUT) || e->u.unary.method) break;
        Node *base = strip_parens(e->u.unary.operand);
        while (base->kind == N_FIELD) base = strip_parens(base->u.field.base);
        base->outlives_statement = true;
        mark_extended(e->u.unary.operand);
        break;
    }
    case N_CAST: mark_extended(e->u.cast.expr); break;
    case N_TUPLE: case N_ARRAY:
        for (int i = 0; i < e->u.list.elems.len; i++) mark_extended(e->u.list.elems.items[i]);
        break;
    case N_STRUCT_LIT:
        for (int i = 0; i < e->u.struct_lit.fields.len; i++) mark_extended(((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr);
        break;
    case N_CALL: {
        Node *callee = strip_parens(e->u.call.callee);
        Def *d = callee->kind == N_PATH ? callee->u.path.def : NULL;
        if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) break;
        for (int i = 0; i < e->u.call.args.len; i++) mark_extended(e->u.call.args.items[i]);
        break;
    }
    case N_BLOCK:
        if (e->u.block.tail) mark_extended(e->u.block.tail);
        break;
    case N_IF:
        mark_extended(e->u.if_.then_block);
        if (e->u.if_.else_branch) mark_extended(e->u.if_.else_branch);
        break;
    case N_MATCH:
        for (int i = 0; i < e->u.match.arms.len; i++) mark_extended(((Node *)e->u.match.arms.items[i])->u.arm.body);
        break;
    default:
        break;
    }
}

/* The blocks a panic at the current point runs on its way out (rustc's unwind path): the
 * drop of every live scope entry, innermost first, then TM_RESUME; 0 when none is live.
 * Chains share their tails: the one for entries 0..k is built once while they stay. */
static void request_drop_glue(Type *t);

/* The end all chains share: the parameters' drops, the last first, then TM_RESUME on to
 * the caller; built once per body, 0 when no parameter needs dropping and asked for
 * without building (build = false). */
static int chain_end(Lower *lw, Span span, bool build) {
    if (lw->resume_bb) return lw->resume_bb;
    bool params_drop = false;
    for (int l = 1; l <= lw->body->nargs; l++) params_drop |= ty_needs_drop(lw->body->locals[l].ty);
    if (!build && !params_drop) return 0;
    lw->resume_bb = ir_new_block(lw->body);
    lw->body->blocks[lw->resume_bb].term = (Term){.kind = TM_RESUME, .span = span, .target = -1};
    for (int l = 1; l <= lw->body->nargs; l++) {
        Type *ty = lw->body->locals[l].ty;
        if (!ty_needs_drop(ty)) continue;
        request_drop_glue(ty);
        int bb = ir_new_block(lw->body);
        lw->body->blocks[bb].term = (Term){.kind = TM_DROP, .span = span, .place = local_place(l), .target = lw->resume_bb};
        lw->resume_bb = bb;
    }
    return lw->resume_bb;
}

static int cleanup_chain(Lower *lw, Span span) {
    /* the entries holding something to drop (variables are entries for their storage too) */
    PtrVec *live = &lw->chain_live;
    live->len = 0;
    for (int k = 0; k < lw->scope_locals.len; k++)
        if (ty_needs_drop(lw->body->locals[entry_local(lw->scope_locals.items[k])].ty)) ptrvec_push(live, lw->scope_locals.items[k]);
    int n = live->len;
    if (n == 0) return chain_end(lw, span, false);
    int valid = 0;
    while (valid < n && valid < lw->nchain && lw->chain_entries[valid] == live->items[valid]) valid++;
    if (n > lw->chain_cap) {
        int cap = n * 2;
        lw->chain_entries = arena_realloc(lw->chain_entries, sizeof(void *) * (size_t)lw->chain_cap, sizeof(void *) * (size_t)cap);
        lw->chain_blocks = arena_realloc(lw->chain_blocks, sizeof(int) * (size_t)lw->chain_cap, sizeof(int) * (size_t)cap);
        lw->chain_cap = cap;
    }
    for (int k = valid; k < n; k++) {
        void *entry = live->items[k];
        int below = k ? lw->chain_blocks[k - 1] : chain_end(lw, span, true);   /* before a block is taken: it may move them */
        int local = entry_local(entry), bb = ir_new_block(lw->body);
        Type *ty = lw->body->locals[local].ty;
        request_drop_glue(ty);
        lw->body->blocks[bb].term = (Term){.kind = TM_DROP, .span = span, .place = local_place(local), .target = below};
        lw->chain_entries[k] = entry;
        lw->chain_blocks[k] = bb;
    }
    lw->nchain = n;
    return lw->chain_blocks[n - 1];
}

/* ── drops ──
 * Lowering drops every variable and temporary that needs it where it dies (scope end,
 * statement end, a jump out, an assignment over it); drop elaboration (drops.c) then
 * removes the drops of what was moved out and guards those of what may have been. */


/* Types whose drop glue (`drop_in_place::<T>`: the type's Drop::drop, then its fields'
 * drops in declaration order) is asked for; lower_crate lowers a body for each. */
static PtrVec glue_types;

static void request_drop_glue(Type *t) {
    if (t->drop_glue || ty_contains(t, TY_PARAM) || t->kind == TY_DYN) return;   /* generic: only checked; dyn: the vtable's */
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr("drop_in_place");
    d->symbol = arena_printf("_ptdrop%d", glue_types.len);
    d->nparams = 1;
    d->param_tys = arena_alloc(sizeof(Type *));
    d->param_tys[0] = ty_ref(t, true);
    d->ret_ty = ty_unit;
    t->drop_glue = d;
    ptrvec_push(&glue_types, t);
}

static void emit_drop(Lower *lw, Place p, Type *ty, Span span) {
    request_drop_glue(ty);
    int next = new_block(lw);
    terminate(lw, (Term){.kind = TM_DROP, .span = span, .place = p, .target = next}, next);
}

static void drop_local(Lower *lw, int local, Span span) {
    Type *t = lw->body->locals[local].ty;
    if (ty_needs_drop(t)) emit_drop(lw, local_place(local), t, span);
}

/* Leaves the scope entries above mark: each dropped, innermost first; variables then die.
 * Extended temporaries stay: the scope closing is inside their `let` initializer. */
static void close_scope(Lower *lw, int mark, Span span) {
    for (int i = lw->scope_locals.len - 1; i >= mark; i--) {
        void *entry = lw->scope_locals.items[i];
        if (entry_kind(entry) == ENTRY_EXTENDED) continue;
        drop_local(lw, entry_local(entry), span);
        if (entry_kind(entry) == ENTRY_VAR) storage(lw, ST_STORAGE_DEAD, entry_local(entry), span);
    }
    int keep = mark;
    for (int i = mark; i < lw->scope_locals.len; i++)
        if (entry_kind(lw->scope_locals.items[i]) == ENTRY_EXTENDED) lw->scope_locals.items[keep++] = lw->scope_locals.items[i];
    lw->scope_locals.len = keep;
}

/* The end of a statement: its temporaries above mark die; the variables it declared stay,
 * and so do the temporaries a `let` extended, as variables from now on. */
static void close_temps(Lower *lw, int mark, Span span) {
    for (int i = lw->scope_locals.len - 1; i >= mark; i--)
        if (entry_kind(lw->scope_locals.items[i]) == ENTRY_TEMP) drop_local(lw, entry_local(lw->scope_locals.items[i]), span);
    int keep = mark;
    for (int i = mark; i < lw->scope_locals.len; i++) {
        void *entry = lw->scope_locals.items[i];
        if (entry_kind(entry) != ENTRY_TEMP) lw->scope_locals.items[keep++] = scope_entry(entry_local(entry), ENTRY_VAR);
    }
    lw->scope_locals.len = keep;
}

/* A jump out of the scopes above mark (break, continue, return, `?`) drops their values on
 * its way; the scopes stay open for the code lowered after it. */
static void drop_scopes_above(Lower *lw, int mark, Span span) {
    for (int i = lw->scope_locals.len - 1; i >= mark; i--) drop_local(lw, entry_local(lw->scope_locals.items[i]), span);
}

static Operand use_place(Place p, Type *ty) {
    return (Operand){.kind = ty_is_copy(ty) ? OP_COPY : OP_MOVE, .place = p};
}

static Operand const_int(Type *ty, IntBits bits) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_INT, .ty = ty, .bits = bits}};
}


static Operand const_bool(bool b) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_BOOL, .ty = ty_bool, .bits = b}};
}

static Operand const_unit(void) { return (Operand){.kind = OP_CONST, .c = {.kind = CONST_UNIT, .ty = ty_unit}}; }

static Operand const_str(const char *s, size_t len) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_STR, .ty = ty_ref(ty_str, false), .str = s, .str_len = len}};
}

/* The fn item d as a callee. */
static Operand fn_operand(Def *d) { return (Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = ty_fn_def(d), .fn = d}}; }

static Operand const_intrinsic(Intrinsic in) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = ty_unit, .intrinsic = in}};
}

static Rvalue rv_use(Operand op, Type *ty) { return (Rvalue){.kind = RV_USE, .ty = ty, .a = op}; }

static Rvalue rv_binary(BinOp op, Operand a, Operand b, Type *ty) {
    return (Rvalue){.kind = RV_BINARY, .ty = ty, .binop = op, .a = a, .b = b};
}


/* Two's-complement bits of v as a value of the integer type t (sign-extended if signed). */
static IntBits int_bits(Type *t, IntBits v) { return ty_int_wrap(t->ik, v); }

/* ── calls ── */

static void call(Lower *lw, Operand func, Operand *args, int nargs, Place dest, bool diverges, Span span) {
    call_through(lw, func, NULL, args, nargs, dest, diverges, span);
}

/* A call; sig is the signature when func is a `fn` pointer value rather than a known fn. */
static void call_through(Lower *lw, Operand func, Def *sig, Operand *args, int nargs, Place dest, bool diverges, Span span) {
    Term t = {.kind = TM_CALL, .span = span, .func = func, .indirect_sig = sig, .nargs = nargs, .dest = dest};
    t.args = arena_alloc(sizeof(Operand) * (size_t)(nargs ? nargs : 1));
    if (nargs) memcpy(t.args, args, sizeof(Operand) * (size_t)nargs);
    if (diverges) {
        t.target = -1;
        terminate(lw, t, -1);
    } else {
        int next = new_block(lw);
        t.target = next;
        terminate(lw, t, next);
    }
}

/* A call of trait method m through slot `slot` of the vtable of the `&dyn Trait` in args[0]. */
static void dyn_call(Lower *lw, Def *m, int slot, Operand *args, int nargs, Place dest, Span span) {
    Term t = {.kind = TM_CALL, .span = span, .dyn_call = true, .dyn_slot = slot, .func = fn_operand(m), .args = args,
              .nargs = nargs, .dest = dest};
    int next = new_block(lw);
    t.target = next;
    terminate(lw, t, next);
}

static void call_intrinsic(Lower *lw, Intrinsic in, Operand *args, int nargs, Span span) {
    call(lw, const_intrinsic(in), args, nargs, temp(lw, ty_unit, span), ir_intrinsic_diverges(in), span);
}

/* The panic location: the file as given, and the line:col of sp's start. */
/* Where a panic at sp reports itself: sp, or in a #[track_caller] fn, its caller's location. */
static void location_operands(Lower *lw, Span sp, Operand out[3]) {
    if (lw->caller_location >= 0) {
        for (int i = 0; i < 3; i++) out[i] = (Operand){.kind = OP_COPY, .place = local_place(lw->caller_location + i)};
        return;
    }
    int line, col;
    source_line_col(sp, &line, &col);
    SourceFile *f = source_get(sp.file);
    out[0] = const_str(f->path, strlen(f->path));
    out[1] = const_int(ty_int(IK_U32), (uint64_t)line);
    out[2] = const_int(ty_int(IK_U32), (uint64_t)col);
}

static void panic_str(Lower *lw, const char *msg, size_t len, Span sp) {
    Operand args[4];
    args[0] = const_str(msg, len);
    location_operands(lw, sp, args + 1);
    call_intrinsic(lw, INTR_PANIC_STR, args, 4, sp);
}

/* ── checked arithmetic ── */

static void assert_not(Lower *lw, Operand cond, AssertMsg msg, Span span) {
    int next = new_block(lw);
    Term t = {.kind = TM_ASSERT, .span = span, .cond = cond, .expected = false, .msg = msg, .target = next};
    terminate(lw, t, next);
}

static Operand compare(Lower *lw, BinOp op, Operand a, Operand b, Span span) {
    Place t = temp(lw, ty_bool, span);
    assign(lw, t, rv_binary(op, a, b, ty_bool), span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

static AssertMsg overflow_msg(BinOp op) {
    switch (op) {
    case BIN_ADD: return AM_ADD_OVERFLOW;
    case BIN_SUB: return AM_SUB_OVERFLOW;
    case BIN_MUL: return AM_MUL_OVERFLOW;
    case BIN_SHL: return AM_SHL_OVERFLOW;
    default: return AM_SHR_OVERFLOW;
    }
}

/* Division and remainder panic on a zero divisor in every build (wrapping_div too). */
static void check_divisor(Lower *lw, BinOp op, Type *ty, Operand b, Span span) {
    Operand zero = compare(lw, BIN_EQ, b, const_int(ty, 0), span);
    assert_not(lw, zero, op == BIN_DIV ? AM_DIV_BY_ZERO : AM_REM_BY_ZERO, span);
}

/* ... and the operators (not wrapping_div) on MIN / -1. */
static void check_division(Lower *lw, BinOp op, Type *ty, Operand a, Operand b, Span span) {
    check_divisor(lw, op, ty, b, span);
    if (!ty_is_signed(ty)) return;
    Operand minus_one = compare(lw, BIN_EQ, b, const_int(ty, int_bits(ty, ~(IntBits)0)), span);
    Operand is_min = compare(lw, BIN_EQ, a, const_int(ty, ty_int_min(ty->ik)), span);
    Place both = temp(lw, ty_bool, span);
    assign(lw, both, rv_binary(BIN_BITAND, minus_one, is_min, ty_bool), span);
    assert_not(lw, (Operand){.kind = OP_MOVE, .place = both}, op == BIN_DIV ? AM_DIV_OVERFLOW : AM_REM_OVERFLOW, span);
}

/* dest = a op b for integer arithmetic, bit and shift operators, with rustc's checks. */
static void arith_into(Lower *lw, Place dest, BinOp op, Type *ty, Operand a, Operand b, Span span) {
    bool checkable = op == BIN_ADD || op == BIN_SUB || op == BIN_MUL || op == BIN_SHL || op == BIN_SHR;
    if (ty->kind == TY_INT && (op == BIN_DIV || op == BIN_REM)) check_division(lw, op, ty, a, b, span);
    if (ty->kind != TY_INT || !checkable || !lw->opts->overflow_checks) {
        assign(lw, dest, rv_binary(op, a, b, ty), span);
        return;
    }
    Type *pair_elems[2] = {ty, ty_bool};
    Type *pair = ty_tuple(pair_elems, 2);
    Place t = temp(lw, pair, span);
    Rvalue rv = rv_binary(op, a, b, pair);
    rv.kind = RV_CHECKED_BINARY;
    assign(lw, t, rv, span);
    assert_not(lw, (Operand){.kind = OP_COPY, .place = project_field(t, 1, ty_bool)}, overflow_msg(op), span);
    assign(lw, dest, rv_use((Operand){.kind = OP_MOVE, .place = project_field(t, 0, ty)}, ty), span);
}

/* ── format strings ── */

static uint32_t fmt_flags(const FmtSpec *s) {
    uint32_t f = (uint32_t)s->align;
    if (s->sign_plus) f |= RT_FLAG_PLUS;
    if (s->sign_minus) f |= RT_FLAG_MINUS;
    if (s->alternate) f |= RT_FLAG_ALTERNATE;
    if (s->zero_pad) f |= RT_FLAG_ZERO;
    if (s->debug_lower_hex) f |= RT_FLAG_DEBUG_LOWER_HEX;
    if (s->debug_upper_hex) f |= RT_FLAG_DEBUG_UPPER_HEX;
    return f | ((uint32_t)s->trait << RT_TRAIT_SHIFT);
}

/* A width or precision: a literal, an argument (usize, widened to i64), or -1. */
static Operand count_operand(Lower *lw, int literal, int arg, Operand *args, Span span) {
    Type *i64 = ty_int(IK_I64);
    if (arg < 0) return const_int(i64, int_bits(i64, (uint64_t)(int64_t)literal));
    Place t = temp(lw, i64, span);
    Rvalue rv = {.kind = RV_CAST, .ty = i64, .a = args[arg]};
    assign(lw, t, rv, span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* The output stream operand of a print to stdout or stderr (write! reads its formatter's). */
static Operand stream_const(int32_t stream) { return const_int(ty_int(IK_I32), (uint64_t)stream); }

static void write_literal(Lower *lw, Operand stream, const char *s, size_t len, Span span) {
    if (!len) return;
    Operand args[2] = {stream, const_str(s, len)};
    call_intrinsic(lw, INTR_WRITE_STR, args, 2, span);
}

/* Writes one value with its spec through the runtime's formatter for its type; args
 * holds the format's arguments, for widths and precisions given as arguments. */
static void write_debug_aggregate(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec, Operand *args, int depth,
                                  Span span);
static void write_debug_seq(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec, Operand *args, int depth, Span span);

/* A place holding operand op of type ty: its own, or a temporary for a constant. */
static Place operand_place(Lower *lw, Operand op, Type *ty, Span span) {
    if (op.kind != OP_CONST) return op.place;
    Place t = temp(lw, ty, span);
    assign(lw, t, rv_use(op, ty), span);
    return t;
}

/* The `fmt` of a hand-written `impl Display` / `impl Debug` for ty, or NULL. */
static Def *fmt_impl_method(Type *ty, LangTrait lang) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        Type **args;
        if (im->trait->lang != lang || !impl_matches(im, ty, &args)) continue;
        for (int k = 0; k < im->methods.len; k++) {
            Def *m = im->methods.items[k];
            if (m->name == sym_cstr("fmt")) return im->ngenerics ? instance_of(m, args, im->ngenerics) : m;
        }
    }
    return NULL;
}

/* The options a spec gives the value it formats, as the Formatter's fields hold them:
 * flags (without the trait), fill (a char), width and precision (i64, -1 for none). A
 * forwarded Formatter's (spec->runtime) are its fields, already in args. */
static void spec_options(Lower *lw, const FmtSpec *spec, Operand *args, Operand out[4], Span span) {
    if (spec->runtime) {
        for (int i = 0; i < 4; i++) out[i] = args[i];
        return;
    }
    out[0] = const_int(ty_int(IK_U32), fmt_flags(spec) & ~RT_TRAIT_MASK);
    out[1] = (Operand){.kind = OP_CONST, .c = {.kind = CONST_CHAR, .ty = ty_char, .bits = spec->fill}};
    out[2] = count_operand(lw, spec->width, spec->width_arg, args, span);
    out[3] = count_operand(lw, spec->precision, spec->precision_arg, args, span);
}

/* The inherent method `name` of the ADT t (or t points to), or NULL. */
static Def *adt_method(Type *t, const char *name) {
    while (t->kind == TY_REF) t = t->elem;
    for (int i = 0; t->kind == TY_ADT && i < t->adt->methods.len; i++)
        if (((Def *)t->adt->methods.items[i])->name == sym_cstr(name)) return t->adt->methods.items[i];
    return NULL;
}

/* A fresh in-memory stream for format! and `write!` into a String: its id's place. */
static Place open_sink(Lower *lw, Span span) {
    Place stream = temp(lw, ty_int(IK_I32), span);
    call(lw, const_intrinsic(INTR_SINK_OPEN), NULL, 0, stream, false, span);
    return stream;
}

/* `value.fmt(&mut Formatter { stream, options })`: the user's impl writes where the print
 * does, and sees the placeholder's options through f.width(), f.alternate(), f.pad(). */
static Operand formatter_for(Lower *lw, Operand stream, Def *fmt, const FmtSpec *spec, Operand *args, Span span) {
    Type *formatter_ty = fmt->param_tys[1]->elem;
    Place f = temp(lw, formatter_ty, span);
    Rvalue agg = {.kind = RV_AGGREGATE, .ty = formatter_ty, .nelems = 5};
    agg.elems = arena_alloc(sizeof(Operand) * 5);
    agg.elems[0] = stream;
    spec_options(lw, spec, args, agg.elems + 1, span);
    assign(lw, f, agg, span);
    Place f_ref = temp(lw, fmt->param_tys[1], span);
    assign(lw, f_ref, (Rvalue){.kind = RV_REF, .ty = fmt->param_tys[1], .place = f, .borrow = BORROW_MUT,
                               .region = lw->body->nregions++}, span);
    return (Operand){.kind = OP_MOVE, .place = f_ref};
}

static void call_fmt_impl(Lower *lw, Operand stream, Def *fmt, Place value, const FmtSpec *spec, Operand *args, Span span) {
    Place self_ref = temp(lw, fmt->param_tys[0], span);
    assign(lw, self_ref, (Rvalue){.kind = RV_REF, .ty = fmt->param_tys[0], .place = value, .borrow = BORROW_SHARED,
                                  .region = lw->body->nregions++}, span);
    Operand call_args[2] = {(Operand){.kind = OP_MOVE, .place = self_ref}, formatter_for(lw, stream, fmt, spec, args, span)};
    call(lw, fn_operand(fmt), call_args, 2, temp(lw, fmt->ret_ty, span), false, span);
}

/* The `fmt` of Display or Debug (lang) in the vtable of a `dyn Trait` whose trait is that
 * one or has it as a supertrait, with its slot; NULL when the trait has neither. */
static Def *dyn_fmt_method(TraitDef *trait, LangTrait lang, int *slot) {
    PtrVec decls = {0};
    vtable_methods(trait, &decls);
    for (int i = 0; i < decls.len; i++) {
        Def *m = decls.items[i];
        if (m->trait && m->trait->lang == lang && m->name == sym_cstr("fmt")) {
            *slot = i;
            return m;
        }
    }
    return NULL;
}

/* `{}` / `{:?}` of a `&dyn Trait` (fat, a place holding the pointer): the value's own fmt,
 * through the vtable, with the placeholder's options in its Formatter. */
static bool call_dyn_fmt(Lower *lw, Operand stream, TraitDef *trait, Place fat, const FmtSpec *spec, Operand *args, Span span) {
    int slot;
    Def *fmt = dyn_fmt_method(trait, spec->trait == FMT_DEBUG ? LANG_DEBUG : LANG_DISPLAY, &slot);
    if (!fmt) return false;
    Operand *call_args = arena_alloc(sizeof(Operand) * 2);
    call_args[0] = (Operand){.kind = OP_COPY, .place = fat};
    call_args[1] = formatter_for(lw, stream, fmt, spec, args, span);
    dyn_call(lw, fmt, slot, call_args, 2, temp(lw, fmt->ret_ty, span), span);
    return true;
}

static void write_value_at(Lower *lw, Operand stream, Type *ty, Operand value, const FmtSpec *spec, Operand *args, int depth,
                           Span span) {
    /* print through references: `&&str` and `&i32` format like their referents */
    while (ty->kind == TY_REF && ty->elem->kind != TY_STR && ty->elem->kind != TY_DYN) {
        Place p = project_deref(value.place, ty->elem);
        ty = ty->elem;
        value = use_place(p, ty);
    }
    if (ty->kind == TY_REF && ty->elem->kind == TY_DYN &&
        call_dyn_fmt(lw, stream, ty->elem->trait, operand_place(lw, value, ty, span), spec, args, span))
        return;
    if (ty->kind == TY_ADT) {
        Def *user = fmt_impl_method(ty, spec->trait == FMT_DISPLAY ? LANG_DISPLAY : LANG_DEBUG);
        if (user) {
            /* nested in a `{:#?}` layout: the impl's lines are indented to where it sits */
            bool indented = spec->alternate && depth > 0;
            Operand levels[2] = {stream, const_int(ty_int(IK_I32), (uint64_t)depth)};
            if (indented) call(lw, const_intrinsic(INTR_INDENT), levels, 2, temp(lw, ty_unit, span), false, span);
            call_fmt_impl(lw, stream, user, value.kind == OP_CONST ? temp(lw, ty, span) : value.place, spec, args, span);
            levels[1] = const_int(ty_int(IK_I32), (uint64_t)-depth);
            if (indented) call(lw, const_intrinsic(INTR_INDENT), levels, 2, temp(lw, ty_unit, span), false, span);
            return;
        }
    }
    if (ty->kind == TY_ADT || (ty->kind == TY_TUPLE && ty->nelems > 0)) {
        Place p = value.kind == OP_CONST ? temp(lw, ty, span) : value.place;
        write_debug_aggregate(lw, stream, ty, p, spec, args, depth, span);
        return;
    }
    if (ty->kind == TY_ARRAY || ty->kind == TY_SLICE) {
        write_debug_seq(lw, stream, ty, value.place, spec, args, depth, span);
        return;
    }
    Operand full[8];
    int n = 0;
    Intrinsic in;
    full[n++] = stream;
    switch (ty->kind) {
    case TY_INT: {
        /* `as u128` sign-extends a signed source, which is what the runtime expects */
        Type *u128 = ty_int(IK_U128);
        Place widened = temp(lw, u128, span);
        assign(lw, widened, (Rvalue){.kind = RV_CAST, .ty = u128, .a = value}, span);
        in = INTR_FMT_INT;
        full[n++] = (Operand){.kind = OP_MOVE, .place = widened};
        full[n++] = const_bool(ty_is_signed(ty));
        break;
    }
    case TY_BOOL: in = INTR_FMT_BOOL; full[n++] = value; break;
    case TY_CHAR: in = INTR_FMT_CHAR; full[n++] = value; break;
    case TY_FLOAT: {
        /* f32 widens exactly to f64; the runtime prints the shortest f32 that round-trips */
        Type *f64 = ty_float(FK_F64);
        Place widened = temp(lw, f64, span);
        assign(lw, widened, (Rvalue){.kind = RV_CAST, .ty = f64, .a = value}, span);
        in = INTR_FMT_FLOAT;
        full[n++] = (Operand){.kind = OP_MOVE, .place = widened};
        full[n++] = const_bool(ty->fk == FK_F32);
        break;
    }
    case TY_REF: in = INTR_FMT_STR; full[n++] = value; break;
    default:                                    /* `()` with {:?} */
        write_literal(lw, stream, "()", 2, span);
        return;
    }
    Operand options[4];
    spec_options(lw, spec, args, options, span);
    Type *u32 = ty_int(IK_U32);
    if (spec->runtime) {
        /* the value's own trait beside the forwarded flags; the fill as the u32 it is */
        Place flags = temp(lw, u32, span), fill = temp(lw, u32, span);
        assign(lw, flags, rv_binary(BIN_BITOR, options[0], const_int(u32, (uint32_t)spec->trait << RT_TRAIT_SHIFT), u32), span);
        assign(lw, fill, (Rvalue){.kind = RV_CAST, .ty = u32, .a = options[1]}, span);
        options[0] = use_place(flags, u32);
        options[1] = use_place(fill, u32);
    } else {
        options[0] = const_int(u32, fmt_flags(spec));
        options[1] = const_int(u32, spec->fill);
    }
    for (int i = 0; i < 4; i++) full[n++] = options[i];
    if (in == INTR_FMT_INT) full[n++] = const_int(ty_int(IK_U32), (uint64_t)ty_int_bits(ty->ik));
    call_intrinsic(lw, in, full, n, span);
}

/* Whether target is Display::fmt or Debug::fmt with no impl behind it: the compiler
 * formats the primitive, str, derived or sequence value itself. */
static bool is_builtin_fmt(Def *target) {
    return target && target->trait && (target->trait->lang == LANG_DISPLAY || target->trait->lang == LANG_DEBUG) &&
           !target->node->u.fn.body;
}

/* `Display::fmt(&x, f)` / `x.fmt(f)` of a built-in impl: x written with f's own flags,
 * fill, width and precision, as the placeholder that reached f asked; derived Debug
 * decides between `{:?}` and `{:#?}` layout on f's alternate flag. dest = Ok(()). */
static void builtin_fmt_into(Lower *lw, Place dest, Def *target, Type *self_ty, Operand self_ref, Operand f_ref, Span span) {
    Type *formatter_ty = target->param_tys[1]->elem;
    Place f = project_deref(operand_place(lw, f_ref, target->param_tys[1], span), formatter_ty);
    /* written through the reference, as `{}` of a `&T` is: a `&str` stays whole */
    Type *ref_ty = ty_ref(self_ty, false);
    Operand value = {.kind = OP_COPY, .place = operand_place(lw, self_ref, ref_ty, span)};
    Type *field_tys[5] = {ty_int(IK_I32), ty_int(IK_U32), ty_char, ty_int(IK_I64), ty_int(IK_I64)};
    Operand fields[5];
    for (int i = 0; i < 5; i++) {
        Place copy = temp(lw, field_tys[i], span);
        assign(lw, copy, rv_use((Operand){.kind = OP_COPY, .place = project_field(f, i, field_tys[i])}, field_tys[i]), span);
        fields[i] = (Operand){.kind = OP_COPY, .place = copy};
    }
    FmtSpec spec = {.trait = target->trait->lang == LANG_DEBUG ? FMT_DEBUG : FMT_DISPLAY, .width = -1, .width_arg = -1,
                    .precision = -1, .precision_arg = -1, .fill = ' ', .runtime = true};
    Type *inner = self_ty;
    while (inner->kind == TY_REF && inner->elem->kind != TY_STR) inner = inner->elem;
    bool layout_varies = spec.trait == FMT_DEBUG && (inner->kind == TY_ADT || inner->kind == TY_TUPLE || inner->kind == TY_ARRAY ||
                                                     inner->kind == TY_SLICE);
    if (!layout_varies) {
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, span);
    } else {
        Type *u32 = ty_int(IK_U32);
        Place alt = temp(lw, u32, span);
        assign(lw, alt, rv_binary(BIN_BITAND, fields[1], const_int(u32, RT_FLAG_ALTERNATE), u32), span);
        int plain = new_block(lw), pretty = new_block(lw), join = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = plain;
        terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = use_place(alt, u32), .values = vals, .targets = targets,
                             .ncases = 1, .otherwise = pretty}, plain);
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, span);
        goto_block(lw, join, span, pretty);
        spec.alternate = true;
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, span);
        goto_block(lw, join, span, join);
    }
    Rvalue ok = {.kind = RV_AGGREGATE, .ty = target->ret_ty, .nelems = 1, .variant = 0};
    ok.elems = arena_alloc(sizeof(Operand));
    ok.elems[0] = const_unit();
    assign(lw, dest, ok, span);
}

static void write_value(Lower *lw, Operand stream, Type *ty, Operand value, const FmtSpec *spec, Operand *args, Span span) {
    write_value_at(lw, stream, ty, value, spec, args, 0, span);
}

/* ── structs: Debug output and equality ── */

static Type *field_type_of(Type *t, int i) { return t->kind == TY_ADT ? ty_field(t, &t->adt->fields[i]) : t->elems[i]; }
static int field_count_of(Type *t) { return t->kind == TY_ADT ? t->adt->nfields : t->nelems; }

static char *indent_text(int depth) {
    char *s = arena_alloc((size_t)depth * 4 + 1);
    memset(s, ' ', (size_t)depth * 4);
    return s;
}

/* The field places of a struct, tuple or enum variant (variant < 0: not an enum). */
static Place debug_field_place(Place p, Type *ty, int variant, int i, Type **ft) {
    if (variant >= 0) {
        *ft = ty_field(ty, &ty->adt->variants[variant].fields[i]);
        Place dc = project_field(p, variant, ty);
        dc.proj[dc.nproj - 1].kind = PROJ_DOWNCAST;
        return project_field(dc, i, *ft);
    }
    *ft = field_type_of(ty, i);
    return project_field(p, i, *ft);
}

/* `Name { a: 1, b: 2 }`, `Name(1, 2)`, `Name`, `(1, 2)`: the shape is known statically, so
 * the punctuation (and, for `{:#?}`, the indentation) is emitted as literals and only the
 * leaves are formatted at run time. */
static void write_debug_fields(Lower *lw, Operand stream, Type *ty, Place p, int variant, const FmtSpec *spec, Operand *args,
                               int depth, Span span) {
    bool pretty = spec->alternate;
    AdtShape shape = ty->kind != TY_ADT ? SHAPE_TUPLE : variant >= 0 ? ty->adt->variants[variant].shape : ty->adt->shape;
    AdtField *names = ty->kind != TY_ADT ? NULL : variant >= 0 ? ty->adt->variants[variant].fields : ty->adt->fields;
    int n = ty->kind != TY_ADT ? ty->nelems : variant >= 0 ? ty->adt->variants[variant].nfields : ty->adt->nfields;
    const char *name = ty->kind != TY_ADT ? "" : variant >= 0 ? sym_str(ty->adt->variants[variant].name) : sym_str(ty->adt->name);
    bool named = shape == SHAPE_NAMED;
    if (shape == SHAPE_UNIT || (n == 0 && named)) {
        write_literal(lw, stream, name, strlen(name), span);
        return;
    }
    if (n == 0) {
        const char *text = arena_printf("%s()", name);
        write_literal(lw, stream, text, strlen(text), span);
        return;
    }
    const char *open = named ? (pretty ? " {\n" : " { ") : (pretty ? "(\n" : "(");
    char *head = arena_printf("%s%s", name, open);
    write_literal(lw, stream, head, strlen(head), span);
    for (int i = 0; i < n; i++) {
        Type *ft;
        Place fp = debug_field_place(p, ty, variant, i, &ft);
        char *prefix = "";
        if (pretty) prefix = indent_text(depth + 1);
        if (named) prefix = arena_printf("%s%s: ", prefix, sym_str(names[i].name));
        else if (!pretty && i > 0) prefix = ", ";
        if (!pretty && named && i > 0) prefix = arena_printf(", %s", prefix);
        write_literal(lw, stream, prefix, strlen(prefix), span);
        write_value_at(lw, stream, ft, use_place(fp, ft), spec, args, depth + 1, span);
        if (pretty) write_literal(lw, stream, ",\n", 2, span);
    }
    if (!pretty && !named && n == 1 && ty->kind == TY_TUPLE) write_literal(lw, stream, ",", 1, span);
    char *close = pretty ? arena_printf("%s%s", indent_text(depth), named ? "}" : ")") : (char *)(named ? " }" : ")");
    write_literal(lw, stream, close, strlen(close), span);
}

static Operand discriminant_of(Lower *lw, Place p, Span span);
static void branch_if_false(Lower *lw, Operand cond, int fail, Span span);
static Place project_index(Place base, int index_local, Type *elem);

/* A switch on an enum's discriminant with one block per variant; returns the blocks and
 * the join block, and leaves the current block at the first variant's. */
static int *switch_on_variant(Lower *lw, Place p, Type *ty, int *join, Span span) {
    AdtDef *a = ty->adt;
    int n = a->nvariants;
    int *blocks = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    uint64_t *vals = arena_alloc(sizeof(uint64_t) * (size_t)(n ? n : 1));
    for (int v = 0; v < n; v++) {
        blocks[v] = new_block(lw);
        vals[v] = a->variants[v].discr;
    }
    *join = new_block(lw);
    int dead = new_block(lw);
    lw->body->blocks[dead].term = (Term){.kind = TM_UNREACHABLE, .span = span, .target = -1};
    Operand d = discriminant_of(lw, p, span);
    Term t = {.kind = TM_SWITCH, .span = span, .discr = d, .values = vals, .targets = blocks, .ncases = n, .otherwise = dead};
    terminate(lw, t, n ? blocks[0] : *join);
    return blocks;
}

static void write_debug_aggregate(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec, Operand *args, int depth,
                                  Span span) {
    if (ty->kind == TY_ADT && ty->adt->is_enum) {
        int join;
        int *blocks = switch_on_variant(lw, p, ty, &join, span);
        for (int v = 0; v < ty->adt->nvariants; v++) {
            lw->cur = blocks[v];
            write_debug_fields(lw, stream, ty, p, v, spec, args, depth, span);
            goto_block(lw, join, span, join);
        }
        lw->cur = join;
        return;
    }
    write_debug_fields(lw, stream, ty, p, -1, spec, args, depth, span);
}

/* The value of a field (variant v's for an enum, -1 otherwise) or array element i of the
 * value at src, cloned into a fresh temporary. */
static void clone_into(Lower *lw, Type *ty, Place src, Place dest, Span span);
static Operand cloned_part(Lower *lw, Type *ty, Place src, int v, int i, Span span) {
    Type *ft;
    Place from;
    if (ty->kind == TY_ARRAY) {
        ft = ty->elem;
        Place k = temp(lw, ty_int(IK_USIZE), span);
        assign(lw, k, rv_use(const_int(ty_int(IK_USIZE), (uint64_t)i), ty_int(IK_USIZE)), span);
        from = project_index(src, k.local, ft);
    } else {
        from = debug_field_place(src, ty, v, i, &ft);
    }
    Place t = temp(lw, ft, span);
    clone_into(lw, ft, from, t, span);
    return use_place(t, ft);
}

/* dest = a clone of the value at src, of type ty, as rustc's derived Clone makes it: a Copy
 * value (a reference too) is copied; a type with a Clone impl of its own (hand-written, or
 * the prelude's String, Vec, Box, Rc) is cloned by it; a derived-Clone struct, a tuple
 * and an array part by part; an enum variant by variant. */
static void clone_into(Lower *lw, Type *ty, Place src, Place dest, Span span) {
    if (ty_is_copy(ty) || ty->kind == TY_REF) {
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = src}, ty), span);
        return;
    }
    Def *own = ty->kind == TY_ADT ? operator_method(NULL, ty, LANG_CLONE, NULL) : NULL;
    if (own) {
        Type *ref = ty_ref(ty, false);
        Place r = temp(lw, ref, span);
        assign(lw, r, (Rvalue){.kind = RV_REF, .ty = ref, .place = src, .borrow = BORROW_SHARED, .region = lw->body->nregions++}, span);
        Operand arg = use_place(r, ref);
        call(lw, fn_operand(own), &arg, 1, dest, false, span);
        return;
    }
    bool is_enum = ty->kind == TY_ADT && ty->adt->is_enum;
    int join = -1, *blocks = is_enum ? switch_on_variant(lw, src, ty, &join, span) : NULL;
    for (int v = 0; v < (is_enum ? ty->adt->nvariants : 1); v++) {
        if (is_enum) lw->cur = blocks[v];
        int n = is_enum ? ty->adt->variants[v].nfields : ty->kind == TY_ARRAY ? (int)ty->len : field_count_of(ty);
        Rvalue agg = {.kind = RV_AGGREGATE, .ty = ty, .nelems = n, .variant = is_enum ? v : 0};
        agg.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++) agg.elems[i] = cloned_part(lw, ty, src, is_enum ? v : -1, i, span);
        assign(lw, dest, agg, span);
        if (is_enum) goto_block(lw, join, span, join);
    }
}

/* The runtime's byte-wise order of two `&str` places: negative, zero or positive. */
static Operand str_order(Lower *lw, Place a, Place b, Span span) {
    Type *i32 = ty_int(IK_I32), *str_ref = ty_ref(ty_str, false);
    Operand args[2] = {use_place(a, str_ref), use_place(b, str_ref)};
    Place c = temp(lw, i32, span);
    call(lw, const_intrinsic(INTR_STR_CMP), args, 2, c, false, span);
    return use_place(c, i32);
}

/* dest = m(&a, &b): a comparison impl's method called on two places. */
static void call_on_refs(Lower *lw, Def *m, Place a, Place b, Place dest, Span span) {
    Operand args[2];
    Place sides[2] = {a, b};
    for (int i = 0; i < 2; i++) {
        Type *ref = m->param_tys[i];
        Place r = temp(lw, ref, span);
        assign(lw, r, (Rvalue){.kind = RV_REF, .ty = ref, .place = sides[i], .borrow = BORROW_SHARED, .region = lw->body->nregions++}, span);
        args[i] = use_place(r, ref);
    }
    call(lw, fn_operand(m), args, 2, dest, false, span);
}

/* *out = -1, 0 or 1 from ty's impl of Ord (`cmp`), else of PartialOrd (`partial_cmp`, an
 * incomparable None counting as equal); false when ty orders by no impl. */
static bool ordering_by_impl(Lower *lw, Type *ty, Place a, Place b, Span span, Operand *out) {
    Def *m = operator_method(NULL, ty, LANG_ORD, ty);
    if (!m) m = operator_method(NULL, ty, LANG_PARTIAL_ORD, ty);
    if (!m) return false;
    Type *i32 = ty_int(IK_I32), *isize = ty_int(IK_ISIZE);
    Place result = temp(lw, m->ret_ty, span), order = temp(lw, i32, span);
    call_on_refs(lw, m, a, b, result, span);
    Place ord = result;
    Type *ord_ty = m->ret_ty;
    assign(lw, order, rv_use(const_int(i32, 0), i32), span);
    int done = new_block(lw);
    if (m->ret_ty->adt != ty->adt && m->ret_ty->adt->is_enum && m->ret_ty->nelems == 1) {
        /* Option<Ordering>: Some's payload */
        int some = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = done;
        terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = discriminant_of(lw, result, span), .values = vals, .targets = targets,
                             .ncases = 1, .otherwise = some}, some);
        ord = debug_field_place(result, m->ret_ty, 1, 0, &ord_ty);
    }
    Place d = temp(lw, isize, span);
    assign(lw, d, rv_use(discriminant_of(lw, ord, span), isize), span);
    assign(lw, order, (Rvalue){.kind = RV_CAST, .ty = i32, .a = use_place(d, isize)}, span);
    goto_block(lw, done, span, done);
    *out = use_place(order, i32);
    return true;
}

/* a == b for values of type ty: field by field for tuples and derived-PartialEq structs;
 * for enums, equal discriminants and then the variant's fields; references compare what
 * they point to, as Rust's `impl PartialEq for &T` does. */
static Operand equal_values(Lower *lw, Type *ty, Place a, Place b, Span span) {
    Def *own = ty->kind == TY_ADT && !ty->adt->derive_partial_eq ? operator_method(NULL, ty, LANG_PARTIAL_EQ, ty) : NULL;
    if (own) {
        Place eq = temp(lw, ty_bool, span);
        call_on_refs(lw, own, a, b, eq, span);
        return use_place(eq, ty_bool);
    }
    if (ty->kind == TY_REF && ty->elem->kind == TY_STR)
        return compare(lw, BIN_EQ, str_order(lw, a, b, span), const_int(ty_int(IK_I32), 0), span);
    if (ty->kind == TY_REF && ty->elem->kind != TY_SLICE)
        return equal_values(lw, ty->elem, project_deref(a, ty->elem), project_deref(b, ty->elem), span);
    if (ty->kind == TY_ADT && ty->adt->is_enum) {
        Place result = temp(lw, ty_bool, span);
        Operand same = compare(lw, BIN_EQ, discriminant_of(lw, a, span), discriminant_of(lw, b, span), span);
        assign(lw, result, rv_use(same, ty_bool), span);
        int done = new_block(lw), fields = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = done;
        terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = same, .values = vals, .targets = targets, .ncases = 1, .otherwise = fields}, fields);
        int join;
        int *blocks = switch_on_variant(lw, a, ty, &join, span);
        for (int v = 0; v < ty->adt->nvariants; v++) {
            lw->cur = blocks[v];
            Operand acc = const_bool(true);
            for (int i = 0; i < ty->adt->variants[v].nfields; i++) {
                Type *ft;
                Place fa = debug_field_place(a, ty, v, i, &ft), fb = debug_field_place(b, ty, v, i, &ft);
                Operand eq = equal_values(lw, ft, fa, fb, span);
                Place both = temp(lw, ty_bool, span);
                assign(lw, both, rv_binary(BIN_BITAND, acc, eq, ty_bool), span);
                acc = (Operand){.kind = OP_MOVE, .place = both};
            }
            assign(lw, result, rv_use(acc, ty_bool), span);
            goto_block(lw, join, span, join);
        }
        goto_block(lw, done, span, done);
        return (Operand){.kind = OP_COPY, .place = result};
    }
    if (ty->kind == TY_ARRAY) {
        /* element by element, stopping at the first difference */
        Type *usize = ty_int(IK_USIZE);
        Place result = temp(lw, ty_bool, span), i = temp(lw, usize, span);
        assign(lw, result, rv_use(const_bool(true), ty_bool), span);
        assign(lw, i, rv_use(const_int(usize, 0), usize), span);
        int head = new_block(lw), body = new_block(lw), diff = new_block(lw), exit = new_block(lw);
        goto_block(lw, head, span, head);
        Operand more = compare(lw, BIN_LT, use_place(i, usize), const_int(usize, ty->len), span);
        branch_if_false(lw, more, exit, span);
        goto_block(lw, body, span, body);
        Operand eq = equal_values(lw, ty->elem, project_index(a, i.local, ty->elem), project_index(b, i.local, ty->elem), span);
        branch_if_false(lw, eq, diff, span);
        assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
        goto_block(lw, head, span, diff);
        assign(lw, result, rv_use(const_bool(false), ty_bool), span);
        goto_block(lw, exit, span, exit);
        return (Operand){.kind = OP_COPY, .place = result};
    }
    if (ty->kind != TY_ADT && ty->kind != TY_TUPLE)
        return compare(lw, BIN_EQ, use_place(a, ty), use_place(b, ty), span);
    Operand acc = const_bool(true);
    for (int i = 0; i < field_count_of(ty); i++) {
        Type *ft = field_type_of(ty, i);
        Operand eq = equal_values(lw, ft, project_field(a, i, ft), project_field(b, i, ft), span);
        Place both = temp(lw, ty_bool, span);
        assign(lw, both, rv_binary(BIN_BITAND, acc, eq, ty_bool), span);
        acc = (Operand){.kind = OP_MOVE, .place = both};
    }
    return acc;
}

static Place project_index(Place base, int index_local, Type *elem);
static Operand seq_len(Lower *lw, Place p, Type *t, Span span);

/* -1, 0 or 1 as a's order against b (derived PartialOrd: fields in order, enums by
 * variant first), in a fresh i32 temporary. */
static Operand cmp_values(Lower *lw, Type *ty, Place a, Place b, Span span) {
    Type *i32 = ty_int(IK_I32);
    Operand by_impl;
    if (ty->kind == TY_ADT && !ty->adt->derive_partial_ord && ordering_by_impl(lw, ty, a, b, span, &by_impl)) return by_impl;
    if (ty->kind == TY_REF && ty->elem->kind == TY_STR) return str_order(lw, a, b, span);
    if (ty->kind == TY_REF && ty->elem->kind != TY_SLICE)
        return cmp_values(lw, ty->elem, project_deref(a, ty->elem), project_deref(b, ty->elem), span);
    Place result = temp(lw, i32, span);
    if (ty->kind != TY_ADT && ty->kind != TY_TUPLE && ty->kind != TY_ARRAY) {
        Operand lt = compare(lw, BIN_LT, use_place(a, ty), use_place(b, ty), span);
        Operand gt = compare(lw, BIN_GT, use_place(a, ty), use_place(b, ty), span);
        Place l = temp(lw, i32, span), g = temp(lw, i32, span);
        assign(lw, l, (Rvalue){.kind = RV_CAST, .ty = i32, .a = lt}, span);
        assign(lw, g, (Rvalue){.kind = RV_CAST, .ty = i32, .a = gt}, span);
        assign(lw, result, rv_binary(BIN_SUB, use_place(g, i32), use_place(l, i32), i32), span);
        return (Operand){.kind = OP_COPY, .place = result};
    }
    int done = new_block(lw);
    bool is_enum = ty->kind == TY_ADT && ty->adt->is_enum;
    if (is_enum) {
        Type *isize = ty_int(IK_ISIZE);
        Place da = temp(lw, isize, span), db = temp(lw, isize, span);
        assign(lw, da, rv_use(discriminant_of(lw, a, span), isize), span);
        assign(lw, db, rv_use(discriminant_of(lw, b, span), isize), span);
        assign(lw, result, rv_use(cmp_values(lw, isize, da, db, span), i32), span);
    } else {
        assign(lw, result, rv_use(const_int(i32, 0), i32), span);
    }
    /* compare field after field while everything so far is equal */
    int nv = is_enum ? ty->adt->nvariants : 1;
    int join = done;
    int *blocks = NULL;
    if (is_enum) {
        Operand differ = compare(lw, BIN_NE, use_place(result, i32), const_int(i32, 0), span);
        int fields = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = fields;
        terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = differ, .values = vals, .targets = targets, .ncases = 1, .otherwise = done}, fields);
        blocks = switch_on_variant(lw, a, ty, &join, span);
    }
    for (int v = 0; v < nv; v++) {
        if (is_enum) lw->cur = blocks[v];
        int n = is_enum ? ty->adt->variants[v].nfields : ty->kind == TY_ARRAY ? (int)ty->len : field_count_of(ty);
        for (int i = 0; i < n; i++) {
            Type *ft;
            Place fa, fb;
            if (ty->kind == TY_ARRAY) {
                int k = new_local(lw, ty_int(IK_USIZE), 0, span, false, false);
                assign(lw, local_place(k), rv_use(const_int(ty_int(IK_USIZE), (uint64_t)i), ty_int(IK_USIZE)), span);
                ft = ty->elem;
                fa = project_index(a, k, ft);
                fb = project_index(b, k, ft);
            } else {
                fa = debug_field_place(a, ty, is_enum ? v : -1, i, &ft);
                fb = debug_field_place(b, ty, is_enum ? v : -1, i, &ft);
            }
            Operand c = cmp_values(lw, ft, fa, fb, span);
            assign(lw, result, rv_use(c, i32), span);
            Operand differ = compare(lw, BIN_NE, use_place(result, i32), const_int(i32, 0), span);
            int next = new_block(lw);
            uint64_t *vals = arena_alloc(sizeof(uint64_t));
            int *targets = arena_alloc(sizeof(int));
            targets[0] = next;
            terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = differ, .values = vals, .targets = targets, .ncases = 1, .otherwise = join}, next);
        }
        goto_block(lw, join, span, join);
    }
    if (is_enum) goto_block(lw, done, span, done);
    lw->cur = done;
    return (Operand){.kind = OP_COPY, .place = result};
}

/* `{:?}` of an array or slice: a loop over the elements, `[a, b]` or, for `{:#?}`, one
 * element a line. */
static void write_debug_seq(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec, Operand *args, int depth, Span span) {
    bool pretty = spec->alternate;
    if (ty->kind == TY_ARRAY && ty->len == 0) {
        write_literal(lw, stream, "[]", 2, span);
        return;
    }
    Type *usize = ty_int(IK_USIZE);
    Place i = temp(lw, usize, span), n = temp(lw, usize, span);
    assign(lw, i, rv_use(const_int(usize, 0), usize), span);
    assign(lw, n, rv_use(seq_len(lw, p, ty, span), usize), span);
    int head = new_block(lw), body = new_block(lw), exit = new_block(lw);
    int done = -1;
    if (pretty) {
        /* an empty slice is `[]` in either layout */
        int empty = new_block(lw), items = new_block(lw);
        done = new_block(lw);
        branch_if_false(lw, compare(lw, BIN_EQ, use_place(n, usize), const_int(usize, 0), span), items, span);
        goto_block(lw, empty, span, empty);
        write_literal(lw, stream, "[]", 2, span);
        goto_block(lw, done, span, items);
    }
    write_literal(lw, stream, pretty ? "[\n" : "[", pretty ? 2 : 1, span);
    goto_block(lw, head, span, head);
    Operand more = compare(lw, BIN_LT, use_place(i, usize), use_place(n, usize), span);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = exit;
    terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = more, .values = vals, .targets = targets, .ncases = 1, .otherwise = body}, body);
    if (pretty) {
        char *ind = indent_text(depth + 1);
        write_literal(lw, stream, ind, strlen(ind), span);
    } else {
        /* ", " before every element but the first */
        Operand first = compare(lw, BIN_EQ, use_place(i, usize), const_int(usize, 0), span);
        int sep = new_block(lw), elem = new_block(lw);
        uint64_t *v1 = arena_alloc(sizeof(uint64_t));
        int *t1 = arena_alloc(sizeof(int));
        t1[0] = sep;
        terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = first, .values = v1, .targets = t1, .ncases = 1, .otherwise = elem}, sep);
        write_literal(lw, stream, ", ", 2, span);
        goto_block(lw, elem, span, elem);
    }
    Place ep = project_index(p, i.local, ty->elem);
    write_value_at(lw, stream, ty->elem, use_place(ep, ty->elem), spec, args, depth + 1, span);
    if (pretty) write_literal(lw, stream, ",\n", 2, span);
    assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
    goto_block(lw, head, span, exit);
    if (pretty) {
        char *close = arena_printf("%s]", indent_text(depth));
        write_literal(lw, stream, close, strlen(close), span);
        goto_block(lw, done, span, done);
    } else {
        write_literal(lw, stream, "]", 1, span);
    }
}


/* Evaluates the arguments in order, then writes the pieces; a trailing newline joins
 * the last literal so that println! of plain text is one write. */
static bool is_place_node(Node *e);

static void write_format(Lower *lw, Operand stream, Node *fmt, bool newline) {
    NodeList *argn = &fmt->u.format.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len ? argn->len : 1));
    for (int i = 0; i < argn->len; i++) {
        Node *a = argn->items[i];
        /* format_args! borrows its arguments: a place is read where it is, never moved;
         * the borrow itself is made too, for the checks to see the whole value used
         * (printing reads it part by part) */
        if (is_place_node(a)) {
            args[i] = (Operand){.kind = OP_COPY, .place = as_place(lw, a)};
            if (ty_is_copy(a->ty)) continue;
            Type *r = ty_ref(a->ty, false);
            assign(lw, temp(lw, r, a->span), (Rvalue){.kind = RV_REF, .ty = r, .place = args[i].place, .borrow = BORROW_SHARED,
                                                      .region = lw->body->nregions++}, a->span);
            continue;
        }
        Place p = temp_holding(lw, a);
        args[i] = use_place(p, a->ty);
    }
    int np = fmt->u.format.npieces;
    for (int i = 0; i < np; i++) {
        const FmtPiece *piece = &fmt->u.format.pieces[i];
        bool last_lit = newline && i == np - 1 && piece->arg < 0;
        if (piece->arg < 0 && last_lit) {
            char *s = arena_alloc(piece->lit_len + 2);
            if (piece->lit_len) memcpy(s, piece->lit, piece->lit_len);
            s[piece->lit_len] = '\n';
            write_literal(lw, stream, s, piece->lit_len + 1, fmt->span);
            newline = false;
        } else if (piece->arg < 0) {
            write_literal(lw, stream, piece->lit, piece->lit_len, fmt->span);
        } else {
            if (piece->lit_len) write_literal(lw, stream, piece->lit, piece->lit_len, fmt->span);
            Node *arg = fmt->u.format.args.items[piece->arg];
            write_value(lw, stream, arg->ty, args[piece->arg], &piece->spec, args, arg->span);
        }
    }
    if (newline) write_literal(lw, stream, "\n", 1, fmt->span);
}

static bool is_plain_literal(Node *fmt) {
    return fmt->u.format.npieces == 1 && fmt->u.format.pieces[0].arg < 0 && fmt->u.format.args.len == 0;
}

static void panic_begin(Lower *lw, Span sp) {
    Operand loc[3];
    location_operands(lw, sp, loc);
    call_intrinsic(lw, INTR_PANIC_BEGIN, loc, 3, sp);
}

static void panic_end(Lower *lw, Span sp) { call_intrinsic(lw, INTR_PANIC_END, NULL, 0, sp); }

static void lower_format(Lower *lw, Place dest, Node *fmt) {
    switch (fmt->u.format.kind) {
    case FMTK_PRINT: write_format(lw, stream_const(RT_STDOUT), fmt, fmt->u.format.newline); break;
    case FMTK_EPRINT: write_format(lw, stream_const(RT_STDERR), fmt, fmt->u.format.newline); break;
    case FMTK_PANIC:
        if (is_plain_literal(fmt)) {
            panic_str(lw, fmt->u.format.pieces[0].lit, fmt->u.format.pieces[0].lit_len, fmt->span);
        } else if (fmt->u.format.npieces == 0) {
            panic_str(lw, "", 0, fmt->span);
        } else {
            panic_begin(lw, fmt->span);
            write_format(lw, stream_const(RT_STDERR), fmt, false);
            panic_end(lw, fmt->span);
        }
        break;
    case FMTK_WRITE: {
        /* into the formatter's stream; writing cannot fail, so the value is Ok(()) */
        Node *d = fmt->u.format.dest;
        Type *ft = d->ty;
        Type *i32 = ty_int(IK_I32);
        Def *append = adt_method(ft, "push_sink");
        if (append) {
            /* `write!(s, ...)` on a String: into an in-memory stream, then appended */
            Place stream = open_sink(lw, fmt->span);
            write_format(lw, (Operand){.kind = OP_COPY, .place = stream}, fmt, fmt->u.format.newline);
            Type *sref = append->param_tys[0];
            Place s_ref = temp(lw, sref, fmt->span);
            Place s = ft->kind == TY_REF ? project_deref(as_place(lw, d), ft->elem) : as_mut_place(lw, d);
            assign(lw, s_ref, (Rvalue){.kind = RV_REF, .ty = sref, .place = s, .borrow = BORROW_MUT, .region = lw->body->nregions++}, fmt->span);
            Operand args[2] = {{.kind = OP_MOVE, .place = s_ref}, {.kind = OP_COPY, .place = stream}};
            call(lw, fn_operand(append), args, 2, temp(lw, ty_unit, fmt->span), false, fmt->span);
        } else {
            Place f = as_place(lw, d);
            if (ft->kind == TY_REF) {
                f = project_deref(f, ft->elem);
                ft = ft->elem;
            }
            write_format(lw, (Operand){.kind = OP_COPY, .place = project_field(f, 0, i32)}, fmt, fmt->u.format.newline);
        }
        Rvalue ok = {.kind = RV_AGGREGATE, .ty = fmt->ty, .nelems = 1, .variant = 0};
        ok.elems = arena_alloc(sizeof(Operand));
        ok.elems[0] = const_unit();
        assign(lw, dest, ok, fmt->span);
        break;
    }
    case FMTK_STRING: {
        /* into an in-memory stream, whose bytes String::from_sink takes over */
        Place stream = open_sink(lw, fmt->span);
        write_format(lw, (Operand){.kind = OP_COPY, .place = stream}, fmt, false);
        Def *from_sink = adt_method(fmt->ty, "from_sink");
        if (!from_sink) break;
        Operand arg = {.kind = OP_COPY, .place = stream};
        call(lw, fn_operand(from_sink), &arg, 1, dest, false, fmt->span);
        break;
    }
    }
}

/* assert!(c), assert_eq!(a, b), assert_ne!(a, b), with rustc's messages. */
static void lower_assert(Lower *lw, Node *n) {
    Node *msg = n->u.assert.message;
    Span sp = n->span;
    if (n->u.assert.kind == ASSERT_TRUE) {
        Operand c = as_operand(lw, n->u.assert.lhs);
        int ok = new_block(lw), fail = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        vals[0] = 0;
        targets[0] = fail;
        Term t = {.kind = TM_SWITCH, .span = sp, .discr = c, .values = vals, .targets = targets, .ncases = 1, .otherwise = ok};
        terminate(lw, t, fail);
        if (msg) {
            lower_format(lw, local_place(0), msg);   /* a panic: no value */
        } else {
            const char *text = arena_printf("assertion failed: %s", n->u.assert.cond_text ? n->u.assert.cond_text : "");
            panic_str(lw, text, strlen(text), sp);
        }
        lw->cur = ok;
        return;
    }
    Node *l = n->u.assert.lhs, *r = n->u.assert.rhs;
    /* both sides are borrowed, as rustc's `match (&left, &right)`: variables stay usable */
    Place lp = value_place(lw, l), rp = value_place(lw, r);
    bool eq = n->u.assert.kind == ASSERT_EQ;
    /* as `==` compares: an impl of PartialEq for the pair (String with &str, Vec...), else
     * field by field (strs, derived types, tuples, arrays) */
    Operand same;
    Def *m = operator_method(NULL, l->ty, LANG_PARTIAL_EQ, r->ty);
    if (m) {
        Place result = temp(lw, ty_bool, sp);
        call_on_refs(lw, m, lp, rp, result, sp);
        same = use_place(result, ty_bool);
    } else {
        same = equal_values(lw, l->ty, lp, rp, sp);
    }
    if (!eq) {
        Place differ = temp(lw, ty_bool, sp);
        assign(lw, differ, (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = same}, sp);
        same = use_place(differ, ty_bool);
    }
    int ok = new_block(lw), fail = new_block(lw);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = fail;
    Term t = {.kind = TM_SWITCH, .span = sp, .discr = same, .values = vals, .targets = targets, .ncases = 1, .otherwise = ok};
    terminate(lw, t, fail);
    panic_begin(lw, sp);
    const char *head = eq ? "assertion `left == right` failed" : "assertion `left != right` failed";
    write_literal(lw, stream_const(RT_STDERR), head, strlen(head), sp);
    if (msg) {
        write_literal(lw, stream_const(RT_STDERR), ": ", 2, sp);
        write_format(lw, stream_const(RT_STDERR), msg, false);
    }
    /* left and right print with {:?} */
    FmtSpec debug = {.fill = ' ', .trait = FMT_DEBUG, .width = -1, .width_arg = -1, .precision = -1, .precision_arg = -1};
    write_literal(lw, stream_const(RT_STDERR), "\n  left: ", 9, sp);
    write_value(lw, stream_const(RT_STDERR), l->ty, (Operand){.kind = OP_COPY, .place = lp}, &debug, NULL, sp);
    write_literal(lw, stream_const(RT_STDERR), "\n right: ", 9, sp);
    write_value(lw, stream_const(RT_STDERR), r->ty, (Operand){.kind = OP_COPY, .place = rp}, &debug, NULL, sp);
    panic_end(lw, sp);
    lw->cur = ok;
}

/* ── expressions ── */

static Node *strip_parens(Node *e) {
    while (e->kind == N_PAREN) e = e->u.unary.operand;
    return e;
}

/* Whether d is a `static` item (mutable or not): one place in memory, its address the same
 * wherever it is borrowed (a const is a fresh value at each use instead). */
static bool is_static_item(const Def *d) {
    return d && (d->kind == DEF_STATIC_MUT || (d->kind == DEF_CONST && d->node && d->node->kind == N_STATIC));
}

static bool is_place_node(Node *e) {
    e = strip_parens(e);
    switch (e->kind) {
    case N_PATH: return e->u.path.binding != NULL || is_static_item(e->u.path.def);
    case N_FIELD: case N_INDEX: return true;
    case N_UNARY: return e->u.unary.op == UN_DEREF;
    default: return false;
    }
}

/* A compile-time constant for literals and constant paths, or false. */
/* The expression a const path stands for: the const's value, or for a trait's `T::N` the
 * value in the impl for T's type (else the trait's default); NULL in a generic body. */
static Node *const_value(Node *path) {
    Def *c = path->u.path.def;
    if (c->trait && path->ntargs && !ty_contains(path->targs[0], TY_PARAM)) {
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            if (!trait_implies(im->trait, c->trait, LANG_NONE) || !impl_matches(im, path->targs[0], NULL)) continue;
            for (int k = 0; k < im->consts.len; k++) {
                Def *given = im->consts.items[k];
                if (given->name == c->name) return given->node->u.value_item.value;
            }
        }
    }
    return c->trait && path->ntargs && ty_contains(path->targs[0], TY_PARAM) ? NULL : c->node->u.value_item.value;
}

static bool as_constant(Node *e, Operand *out) {
    e = strip_parens(e);
    switch (e->kind) {
    case N_LIT_INT:
        *out = const_int(e->ty, int_bits(e->ty, e->u.lit.int_value));
        return e->ty->kind == TY_INT;
    case N_LIT_BOOL: *out = const_bool(e->u.lit.bool_value); return true;
    case N_LIT_FLOAT:
        *out = (Operand){.kind = OP_CONST, .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = e->u.lit.float_value}};
        return e->ty->kind == TY_FLOAT;
    case N_LIT_CHAR:
        *out = (Operand){.kind = OP_CONST, .c = {.kind = CONST_CHAR, .ty = ty_char, .bits = e->u.lit.char_value}};
        return true;
    case N_LIT_STR: *out = const_str(e->u.lit.str, e->u.lit.str_len); return true;
    case N_TUPLE:
        if (e->u.list.elems.len) return false;
        *out = const_unit();
        return true;
    case N_PATH:
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST) {
            Node *value = const_value(e);
            return value && as_constant(value, out);
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_FLOAT_CONST) {
            *out = (Operand){.kind = OP_CONST, .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = e->u.path.def->fvalue}};
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_INT_CONST) {
            *out = const_int(e->ty, int_bits(e->ty, e->u.path.def->value));   /* exact, 128-bit MIN/MAX too */
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_FN) {
            *out = (Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = e->ty, .fn = e->u.path.def}};
            return true;
        }
        return false;
    case N_UNARY: {
        Node *lit = strip_parens(e->u.unary.operand);
        if (e->u.unary.op == UN_NEG && lit->kind == N_LIT_FLOAT && e->ty->kind == TY_FLOAT) {
            *out = (Operand){.kind = OP_CONST, .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = -lit->u.lit.float_value}};
            return true;
        }
        if (e->u.unary.op != UN_NEG || lit->kind != N_LIT_INT || e->ty->kind != TY_INT) return false;
        *out = const_int(e->ty, int_bits(e->ty, 0 - lit->u.lit.int_value));
        return true;
    }
    default:
        return false;
    }
}

/* `*b` of an owned Box (a variable, its field, a temporary such as `*o?`; not one behind a reference)
 * read by value, its T not Copy: lowered by moving the value out of the box. */
static bool is_box_move(Node *e) {
    e = strip_parens(e);
    if (e->kind != N_UNARY || e->u.unary.op != UN_DEREF || !e->u.unary.method || ty_is_copy(e->ty))
        return false;
    Type *b = e->u.unary.operand->ty;
    if (!ty_is_box(b)) return false;
    Node *owner = strip_parens(e->u.unary.operand);
    while (owner->kind == N_FIELD && owner->u.field.base->ty->kind != TY_REF) owner = strip_parens(owner->u.field.base);
    return (owner->kind == N_PATH && owner->ty->kind != TY_REF) || !is_place_node(owner);   /* a variable, or a value made here */
}

static Operand as_operand(Lower *lw, Node *e) {
    Operand c;
    if (as_constant(e, &c)) return c;
    if (ty_is_unit(e->ty) || e->ty->kind == TY_NEVER) {
        temp_holding(lw, e);
        return const_unit();
    }
    if (is_place_node(e) && !is_box_move(e)) {
        Operand op = use_place(as_place(lw, e), e->ty);
        op.span = e->span;                      /* a use or move of a variable is reported here */
        return op;
    }
    Place t = temp_holding(lw, e);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* An argument: a `&mut T` place passed to a function is reborrowed (`&mut *r`), not
 * moved, as rustc does at coercion sites, so `add(r); add(r);` keeps r usable. */
static Operand as_arg_operand(Lower *lw, Node *e) {
    if (e->ty->kind != TY_REF || !e->ty->is_mut || !is_place_node(e)) return as_operand(lw, e);
    Place target = project_deref(as_place(lw, e), e->ty->elem);
    Place r = temp(lw, e->ty, e->span);
    Rvalue rv = {.kind = RV_REF, .ty = e->ty, .place = target, .borrow = BORROW_MUT, .region = lw->body->nregions++};
    assign(lw, r, rv, e->span);
    return (Operand){.kind = OP_MOVE, .place = r};
}

/* Whether evaluating e runs code that could see a value moved before it: anything but a
 * literal or a place. */
static bool runs_code(Node *e) {
    e = strip_parens(e);
    return !is_place_node(e) && (e->kind < N_LIT_INT || e->kind > N_LIT_BYTE_STR);
}

/* An argument moved out of a place moves when it is evaluated, before the arguments after
 * it run (rustc moves each argument into a temporary in turn): in `s.with(s.count())`
 * the receiver is gone when `s.count()` borrows it. With only literals and places after
 * it, the move can stay in the call. */
static Operand settle_arg(Lower *lw, Operand op, Node **later, int nlater, Span span) {
    bool seen = false;
    for (int i = 0; i < nlater; i++) seen |= runs_code(later[i]);
    if (op.kind != OP_MOVE || !seen) return op;
    Type *ty = ir_operand_type(lw->body, &op);
    Place t = temp(lw, ty, span);
    assign(lw, t, rv_use(op, ty), span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* The arguments nodes[0..n) in order, into out. */
static void lower_args(Lower *lw, Node **nodes, int n, Operand *out) {
    for (int i = 0; i < n; i++) out[i] = settle_arg(lw, as_arg_operand(lw, nodes[i]), nodes + i + 1, n - i - 1, nodes[i]->span);
}

static Place project_index(Place base, int index_local, Type *elem) {
    Place p = project_field(base, 0, elem);
    p.proj[p.nproj - 1].kind = PROJ_INDEX;
    p.proj[p.nproj - 1].index_local = index_local;
    return p;
}

/* The length of the array or slice at place p (of type t). */
static Operand seq_len(Lower *lw, Place p, Type *t, Span span) {
    if (t->kind == TY_ARRAY) return const_int(ty_int(IK_USIZE), t->len);
    /* slices and str: the length word of the fat reference p dereferences */
    Place len = temp(lw, ty_int(IK_USIZE), span);
    assign(lw, len, (Rvalue){.kind = RV_LEN, .ty = ty_int(IK_USIZE), .place = p}, span);
    return (Operand){.kind = OP_MOVE, .place = len};
}

/* base[i] with rustc's bounds check: "index out of bounds: the len is L but the index is I". */
static Place index_place(Lower *lw, Place base, Type *seq, Operand index, Span span) {
    int idx = new_local(lw, ty_int(IK_USIZE), 0, span, false, false);
    assign(lw, local_place(idx), rv_use(index, ty_int(IK_USIZE)), span);
    Operand len = seq_len(lw, base, seq, span);
    Operand ok = compare(lw, BIN_LT, (Operand){.kind = OP_COPY, .place = local_place(idx)}, len, span);
    int next = new_block(lw);
    Term t = {.kind = TM_ASSERT, .span = span, .cond = ok, .expected = true, .msg = AM_BOUNDS_CHECK, .target = next,
              .len = len, .index = (Operand){.kind = OP_COPY, .place = local_place(idx)}};
    terminate(lw, t, next);
    return project_index(base, idx, seq->elem);
}

/* The place of an array or slice expression, through any references. */
static Place seq_place(Lower *lw, Node *e, Type **seq) {
    Place p = as_place(lw, e);
    Type *t = e->ty;
    while (t->kind == TY_REF) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    *seq = t;
    return p;
}

static IrProgram *current_program;             /* for ir_global */

IrGlobal *ir_global(int local) { return &current_program->globals[~local]; }

/* The global of the `static` item `item` (created on first use). */
/* The global of a `static` or `const` item: its local (negative), or 0 when it has none. */
static int item_global(Node *item) {
    IrProgram *prog = current_program;
    for (int i = 0; item->u.value_item.value && i < prog->nglobals; i++)
        if (prog->globals[i].init == item->u.value_item.value) return ~i;
    return 0;
}

static int static_local(Node *item) {
    int found = item_global(item);
    if (found) return found;
    IrProgram *prog = current_program;
    prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals, sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
    prog->globals[prog->nglobals] = (IrGlobal){.symbol = arena_printf("_ptstatic%d_%s", prog->nglobals, sym_str(item->u.value_item.name)),
                                               .ty = item->ty, .init = item->u.value_item.value,
                                               .name = item->kind == N_STATIC ? item->u.value_item.name : 0};
    return ~prog->nglobals++;
}

/* The global a path to a `const` used as a place reads (`&LIMITS[i]`, `LIMITS.len()`):
 * rustc promotes such a constant to a static of its own, so a reference into it may
 * outlive the fn; 0 where the const has none (trait and impl consts: their value depends
 * on Self) or the place is written (`&mut C` borrows a fresh copy). */
static int const_place_global(Lower *lw, Node *e) {
    Def *d = e->kind == N_PATH && !e->u.path.binding ? e->u.path.def : NULL;
    if (!d || d->kind != DEF_CONST || d->trait || is_static_item(d) || lw->mut_place) return 0;
    return item_global(d->node);
}

static void lower_subslice_into(Lower *lw, Place dest, Node *e, Node *index);

/* Where a variable lives: its local, or, inside a closure that captured it, the
 * environment's field (through the captured reference unless it was moved in). */
static Place binding_place(Lower *lw, Binding *b) {
    Def *c = lw->closure;
    for (int k = 0; c && k < c->captures.len; k++) {
        if (c->captures.items[k] != b) continue;
        Type *env_ty = c->param_tys[0]->elem;
        Place env = project_deref(local_place(1), env_ty);
        Place field = project_field(env, k, env_ty->elems[k]);
        return (intptr_t)c->capture_modes.items[k] == CAPTURE_MOVE ? field : project_deref(field, env_ty->elems[k]->elem);
    }
    return local_place(b->local);
}

static Place as_mut_place(Lower *lw, Node *e) {
    bool saved = lw->mut_place;
    lw->mut_place = true;
    Place p = as_place(lw, e);
    lw->mut_place = saved;
    return p;
}

/* `a[i]` with `impl Index for T`: the reference `index(&a, i)` returns (`index_mut(&mut a, i)`
 * where the place is written and T has IndexMut), dereferenced. */
static Place user_index_place(Lower *lw, Node *e) {
    Node *base = e->u.binary.lhs;
    Type *idx = e->u.binary.rhs->ty;
    Def *m = lw->mut_place ? operator_method(NULL, base->ty, LANG_INDEX_MUT, idx) : NULL;
    if (!m) m = operator_method(e->u.binary.method, base->ty, LANG_INDEX, idx);
    bool saved = lw->mut_place;
    lw->mut_place = m->param_tys[0]->is_mut;    /* the base is borrowed as the method takes self */
    Operand args[2];
    args[0] = operator_arg(lw, base, m->param_tys[0], e->span);
    lw->mut_place = false;                      /* the index is only read */
    args[1] = as_arg_operand(lw, e->u.binary.rhs);
    lw->mut_place = saved;
    Place r = temp(lw, m->ret_ty, e->span);
    call(lw, fn_operand(m), args, 2, r, false, e->span);
    return project_deref(r, e->ty);
}

/* `*w` with `impl Deref for W`: the reference `deref(&w)` returns (`deref_mut(&mut w)` where
 * the place is written and W has DerefMut), dereferenced. */
static Place user_deref_place(Lower *lw, Node *e) {
    Node *operand = e->u.unary.operand;
    Type *t = operand->ty;
    Place p = as_place(lw, operand);
    while (t->kind == TY_REF) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    Def *m = lw->mut_place ? operator_method(NULL, t, LANG_DEREF_MUT, NULL) : NULL;
    if (!m) m = operator_method(e->u.unary.method, t, LANG_DEREF, NULL);
    Type *self_ref = m->param_tys[0];
    Place r = temp(lw, self_ref, e->span);
    assign(lw, r, (Rvalue){.kind = RV_REF, .ty = self_ref, .place = p, .borrow = self_ref->is_mut ? BORROW_MUT : BORROW_SHARED,
                           .region = lw->body->nregions++}, e->span);
    Operand arg = {.kind = OP_MOVE, .place = r};
    Place result = temp(lw, m->ret_ty, e->span);
    call(lw, fn_operand(m), &arg, 1, result, false, e->span);
    return project_deref(result, e->ty);
}

static Place as_place(Lower *lw, Node *e) {
    e = strip_parens(e);
    if (e->kind == N_INDEX && e->u.binary.method) return user_index_place(lw, e);
    if (e->kind == N_PATH && is_static_item(e->u.path.def)) return local_place(static_local(e->u.path.def->node));
    int promoted_const = const_place_global(lw, e);
    if (promoted_const) return local_place(promoted_const);
    if (e->kind == N_INDEX && strip_parens(e->u.binary.rhs)->kind == N_RANGE) {
        /* `a[i..j]` as a place (`for x in &a[1..]`, `a[1..].len()`): the subslice's
         * reference in a temporary, dereferenced */
        Place r = temp(lw, ty_ref(e->ty, lw->mut_place), e->span);
        lower_subslice_into(lw, r, e, e);
        return project_deref(r, e->ty);
    }
    if (e->kind == N_INDEX) {
        Type *seq;
        Node *lhs = strip_parens(e->u.binary.lhs), *rhs = e->u.binary.rhs;
        Place base = seq_place(lw, lhs, &seq);
        Operand i = as_operand(lw, rhs);
        /* through Deref (`v[i]` of a Vec), rustc's panic points at the `[` */
        bool overloaded = lhs->kind == N_UNARY && lhs->u.unary.op == UN_DEREF && lhs->u.unary.method && rhs->span.lo > 0;
        Span at = overloaded ? (Span){rhs->span.file, rhs->span.lo - 1, rhs->span.lo} : e->span;
        return index_place(lw, base, seq, i, at);
    }
    if (e->kind == N_PATH && e->u.path.binding) return binding_place(lw, e->u.path.binding);
    if (e->kind == N_FIELD) {
        Place base = as_place(lw, e->u.field.base);
        Type *bt = strip_parens(e->u.field.base)->ty;
        while (bt->kind == TY_REF) {
            base = project_deref(base, bt->elem);
            bt = bt->elem;
        }
        return project_field(base, (int)e->u.field.index, e->ty);
    }
    Type *boxed = e->kind == N_UNARY && e->u.unary.op == UN_DEREF && e->u.unary.method ? e->u.unary.operand->ty : NULL;
    while (boxed && boxed->kind == TY_REF) boxed = boxed->elem;
    if (boxed && ty_is_box(boxed)) {
        /* a Box's contents (through any references to it): entered through its pointer, a
         * place the checks follow (moves.c, drops.c) as a part of the Box, as rustc's:
         * fields move out of an owned Box one by one and are assigned back; writing needs
         * the Box itself mutable */
        Place p = as_place(lw, e->u.unary.operand);
        for (Type *t = e->u.unary.operand->ty; t->kind == TY_REF; t = t->elem) p = project_deref(p, t->elem);
        return project_deref(project_field(p, 0, ty_field(boxed, &boxed->adt->fields[0])), e->ty);
    }
    if (e->kind == N_UNARY && e->u.unary.op == UN_DEREF && e->u.unary.method) return user_deref_place(lw, e);
    if (e->kind == N_UNARY && e->u.unary.op == UN_DEREF) {
        Place base = as_place(lw, e->u.unary.operand);
        return project_deref(base, e->ty);
    }
    return temp_holding(lw, e);
}

/* An operand of a binary operator, seen through one reference (`&i32 + i32`, `&a == &b`). */
static Operand as_operand_deref(Lower *lw, Node *e) {
    if (e->ty->kind != TY_REF) return as_operand(lw, e);
    Place p = as_place(lw, e);
    Place d = project_deref(p, e->ty->elem);
    return use_place(d, e->ty->elem);
}

/* An operand passed to an operator method: by value, or (for a `&self`-style parameter)
 * borrowed where it is. */
static Operand operator_arg(Lower *lw, Node *e, Type *param, Span span) {
    /* by reference where the parameter is `&T` and the operand a T (which may itself be `&str`) */
    if (param->kind != TY_REF || (e->ty->kind == TY_REF && param->elem != e->ty)) return as_arg_operand(lw, e);
    Place p;
    if (is_place_node(e)) {
        p = as_place(lw, e);
    } else {
        p = temp(lw, e->ty, span);
        lower_into(lw, p, e);
    }
    Place r = temp(lw, param, span);
    assign(lw, r, (Rvalue){.kind = RV_REF, .ty = param, .place = p, .borrow = param->is_mut ? BORROW_MUT : BORROW_SHARED,
                           .region = lw->body->nregions++}, span);
    return (Operand){.kind = OP_MOVE, .place = r};
}

/* `a + b` with `impl Add for T`: a call of its `add` (also `eq` for `==`/`!=`, `neg`,
 * `add_assign` with `a` borrowed mutably). */
static void lower_operator_call(Lower *lw, Place dest, Def *m, Node **operands, int n, bool negate, Span span) {
    Operand args[2];
    for (int i = 0; i < n; i++) args[i] = operator_arg(lw, operands[i], m->param_tys[i], span);
    Operand func = fn_operand(m);
    if (!negate) {
        call(lw, func, args, n, dest, false, span);
        return;
    }
    Place eq = temp(lw, ty_bool, span);
    call(lw, func, args, n, eq, false, span);
    assign(lw, dest, (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = use_place(eq, ty_bool)}, span);
}

/* Where e's value is: its place, or a temporary holding it. Patterns match in it, so
 * their bindings move parts out of it (of an owned Box's contents too: `match *b`). */
static Place value_place(Lower *lw, Node *e) {
    if (is_place_node(e)) return as_place(lw, e);
    return temp_holding(lw, e);
}

/* The operator method a node calls: the one typeck found, or in a generic body's instance
 * the impl's for the operand type; an instance of it when the impl is generic. */
static Def *operator_method(Def *found, Type *self, LangTrait lang, Type *rhs) {
    Def *m = found;
    Def *cands[8];
    int n = found ? 0 : ty_operator_methods(self, lang, cands, 8);
    /* the impl for this right-hand type (none: the derived or built-in operator): a
     * comparison's takes `other: &Rhs` (`String == &str` is PartialEq<&str>'s, not
     * PartialEq<str>'s), the others' `rhs: Rhs` */
    bool compares = lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD || lang == LANG_ORD;
    for (int exact = 1; exact >= 0 && !m; exact--)
        for (int i = 0; i < n && i < 8 && !m; i++) {
            Type *param = cands[i]->nparams > 1 ? cands[i]->param_tys[1] : NULL;
            bool by_ref = param && rhs && param->kind == TY_REF && param->elem == rhs;
            bool fits = compares ? by_ref : param == rhs;
            if (!param || !rhs || fits || (!exact && (param == rhs || by_ref || ty_contains(param, TY_PARAM)))) m = cands[i];
        }
    if (!m || !m->ngenerics || !m->impl) return m;
    while (self->kind == TY_REF) self = self->elem;
    Type **args;
    if (ty_contains(self, TY_PARAM) || !impl_matches(m->impl, self, &args)) return m;   /* a generic body, for the checks */
    return instance_of(m, args, m->ngenerics);
}

/* An operand of `&&` or `||`: its temporaries die before the other operand runs, as
 * rustc's do (`c.borrow().ok() && bump(&c)` has released its Ref by the bump). */
static Operand lazy_operand(Lower *lw, Node *e) {
    int mark = lw->scope_locals.len;
    Operand v = as_operand(lw, e);
    if (lw->scope_locals.len == mark) return v;
    Place b = temp(lw, ty_bool, e->span);
    assign(lw, b, rv_use(v, ty_bool), e->span);
    close_temps(lw, mark, (Span){e->span.file, e->span.hi ? e->span.hi - 1 : 0, e->span.hi});
    return use_place(b, ty_bool);
}

/* An operand of a built-in comparison: the value behind every reference (`x > &&0` of an
 * `x: &&i32` compares the i32s; a `&str` stays one, compared by content), only read
 * (PartialOrd takes references: never a move). */
static Operand compared_operand(Lower *lw, Node *e) {
    Type *t = e->ty;
    if (t->kind != TY_REF || t->elem->kind == TY_STR) {
        Operand v = as_operand(lw, e);
        if (v.kind == OP_MOVE && is_place_node(e)) v.kind = OP_COPY;
        return v;
    }
    Place p = as_place(lw, e);
    for (; t->kind == TY_REF && t->elem->kind != TY_STR; t = t->elem) p = project_deref(p, t->elem);
    return (Operand){.kind = OP_COPY, .place = p};
}

static void lower_binary_into(Lower *lw, Place dest, Node *e) {
    BinOp op = e->u.binary.op;
    Node *l = e->u.binary.lhs, *r = e->u.binary.rhs;
    /* typeck found the impl, or a generic body's instance reaches one through `T: Add` */
    Def *m = operator_method(e->u.binary.method, l->ty, ty_operator_lang(op, false), r->ty);
    if (m && op >= BIN_LT && op <= BIN_GE) {
        /* `a < b` with `impl PartialOrd`: partial_cmp(&a, &b) is Some(Less) */
        Node *operands[2] = {l, r};
        Place opt = temp(lw, m->ret_ty, e->span);
        lower_operator_call(lw, opt, m, operands, 2, false, e->span);
        Type *isize = ty_int(IK_ISIZE), *ord = m->ret_ty->elems[0];
        Place is_some = temp(lw, ty_bool, e->span), ordv = temp(lw, isize, e->span);
        assign(lw, is_some, rv_binary(BIN_EQ, discriminant_of(lw, opt, e->span), const_int(isize, 1), ty_bool), e->span);
        Type *ft;
        Place inner = debug_field_place(opt, m->ret_ty, 1, 0, &ft);
        (void)ord;
        assign(lw, ordv, rv_use(discriminant_of(lw, inner, e->span), isize), e->span);
        Operand holds = compare(lw, op, use_place(ordv, isize), const_int(isize, 0), e->span);
        assign(lw, dest, rv_binary(BIN_BITAND, use_place(is_some, ty_bool), holds, ty_bool), e->span);
        return;
    }
    if (m) {
        Node *operands[2] = {l, r};
        lower_operator_call(lw, dest, m, operands, 2, op == BIN_NE, e->span);
        return;
    }
    if (op == BIN_AND || op == BIN_OR) {
        Operand a = lazy_operand(lw, l);
        int rhs_bb = new_block(lw), short_bb = new_block(lw), join = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = op == BIN_AND ? short_bb : rhs_bb;
        Term t = {.kind = TM_SWITCH, .span = e->span, .discr = a, .values = vals, .targets = targets, .ncases = 1,
                  .otherwise = op == BIN_AND ? rhs_bb : short_bb};
        terminate(lw, t, short_bb);
        assign(lw, dest, rv_use(const_bool(op == BIN_OR), ty_bool), e->span);
        goto_block(lw, join, e->span, rhs_bb);
        assign(lw, dest, rv_use(lazy_operand(lw, r), ty_bool), e->span);
        goto_block(lw, join, e->span, join);
        return;
    }
    Type *lv = l->ty;
    while (lv->kind == TY_REF && lv->elem->kind != TY_STR) lv = lv->elem;  /* `&a == &b` compares what they point to */
    bool aggregate = lv->kind == TY_ADT || lv->kind == TY_ARRAY || (lv->kind == TY_TUPLE && lv->nelems);
    if (op >= BIN_LT && op <= BIN_GE && aggregate) {
        Place pa = value_place(lw, l), pb = value_place(lw, r);
        Operand c = cmp_values(lw, l->ty, pa, pb, e->span);
        assign(lw, dest, rv_binary(op, c, const_int(ty_int(IK_I32), 0), ty_bool), e->span);
        return;
    }
    if ((op == BIN_EQ || op == BIN_NE) && aggregate) {
        Place pa = value_place(lw, l), pb = value_place(lw, r);
        Operand eq = equal_values(lw, l->ty, pa, pb, e->span);
        if (op == BIN_EQ) assign(lw, dest, rv_use(eq, ty_bool), e->span);
        else assign(lw, dest, (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = eq}, e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE && lv->kind == TY_REF && lv->elem->kind == TY_STR) {
        /* strs compare through the runtime: cmp(a, b) op 0 */
        Operand args[2];
        args[0] = compared_operand(lw, l);      /* in order: initializers are not sequenced */
        args[1] = compared_operand(lw, r);
        Type *i32 = ty_int(IK_I32);
        Place c = temp(lw, i32, e->span);
        call(lw, const_intrinsic(INTR_STR_CMP), args, 2, c, false, e->span);
        assign(lw, dest, rv_binary(op, use_place(c, i32), const_int(i32, 0), ty_bool), e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE) {
        Operand a = compared_operand(lw, l);    /* left first (C leaves argument order open) */
        Operand b = compared_operand(lw, r);
        assign(lw, dest, rv_binary(op, a, b, ty_bool), e->span);
        return;
    }
    Operand a = as_operand_deref(lw, l);
    Operand b = as_operand_deref(lw, r);
    arith_into(lw, dest, op, e->ty, a, b, e->span);
}

/* `&a[lo..hi]`: bounds checked with rustc's messages, then (pointer to a[lo], hi - lo). */
static void lower_subslice_into(Lower *lw, Place dest, Node *e, Node *index) {
    Span sp = e->span;
    Type *usize = ty_int(IK_USIZE);
    Type *seq;
    Place base = seq_place(lw, index->u.binary.lhs, &seq);
    Node *range = index->u.binary.rhs;
    Place lo = temp(lw, usize, sp), hi = temp(lw, usize, sp);
    Operand len = seq_len(lw, base, seq, sp);
    if (range->u.range.lo) lower_into(lw, lo, range->u.range.lo);
    else assign(lw, lo, rv_use(const_int(usize, 0), usize), sp);
    if (range->u.range.hi) {
        lower_into(lw, hi, range->u.range.hi);
        if (range->u.range.inclusive) {
            /* ..=hi is ..hi+1 (rustc reports overflow there as an end index of usize::MAX + 1) */
            assign(lw, hi, rv_binary(BIN_ADD, use_place(hi, usize), const_int(usize, 1), usize), sp);
        }
    } else {
        assign(lw, hi, rv_use(len, usize), sp);
    }
    if (seq->kind == TY_STR) {
        /* str: also on char boundaries, checked by the runtime with the string in hand */
        /* the str place is `*r` for a `&str` r: pass r itself (pointer and length) */
        Place whole = base;
        if (whole.nproj > 0 && whole.proj[whole.nproj - 1].kind == PROJ_DEREF) whole.nproj--;
        Operand args[7];
        args[0] = (Operand){.kind = OP_COPY, .place = whole};
        args[1] = use_place(lo, usize);
        args[2] = use_place(hi, usize);
        Span at = {index->span.file, index->u.binary.lhs->span.hi, index->span.hi};
        location_operands(lw, at, args + 3);
        args[6] = const_bool(range->u.range.lo != NULL && range->u.range.hi == NULL);
        call_intrinsic(lw, INTR_STR_SLICE_CHECK, args, 7, sp);
        len = const_unit();
    }
    Operand args[8];
    args[0] = use_place(lo, usize);
    args[1] = use_place(hi, usize);
    args[2] = len;
    args[3] = const_bool(range->u.range.lo != NULL);
    args[4] = const_bool(range->u.range.hi != NULL);
    /* rustc reports the location of the `[` of the indexing */
    Span at = {index->span.file, index->u.binary.lhs->span.hi, index->span.hi};
    location_operands(lw, at, args + 5);
    if (seq->kind != TY_STR) call_intrinsic(lw, INTR_SLICE_CHECK, args, 8, sp);
    int idx = new_local(lw, usize, 0, sp, false, false);
    assign(lw, local_place(idx), rv_use(use_place(lo, usize), usize), sp);
    Type *elem = seq->kind == TY_STR ? ty_int(IK_U8) : seq->elem;
    Place first = project_index(base, idx, elem);
    Type *dest_ty = ir_place_type(lw->body, dest);
    bool mut = dest_ty->kind == TY_REF && dest_ty->is_mut;
    /* `&mut a[i..j]` borrows a mutably (E0596 when a is not `mut`); `&a[i..j]` only points */
    Type *thin_ty = mut ? ty_ref(elem, true) : ty_ptr(elem, false);
    Place thin = temp(lw, thin_ty, sp);
    assign(lw, thin, (Rvalue){.kind = mut ? RV_REF : RV_RAW_REF, .ty = thin_ty, .place = first, .borrow = mut ? BORROW_MUT : BORROW_SHARED,
                              .region = lw->body->nregions++}, sp);
    Place n = temp(lw, usize, sp);
    assign(lw, n, rv_binary(BIN_SUB, use_place(hi, usize), use_place(lo, usize), usize), sp);
    assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = dest_ty, .a = use_place(thin, thin_ty), .b = use_place(n, usize)}, sp);
}

static int promoted_global(Node *ref);

static void lower_unary_into(Lower *lw, Place dest, Node *e) {
    UnaryOp op = e->u.unary.op;
    Def *m = op == UN_NEG ? operator_method(e->u.unary.method, e->u.unary.operand->ty, LANG_NEG, NULL) : NULL;
    if (m) {
        lower_operator_call(lw, dest, m, &e->u.unary.operand, 1, false, e->span);
        return;
    }
    if (op == UN_RAW_CONST || op == UN_RAW_MUT) {
        Place p = as_place(lw, e->u.unary.operand);
        Rvalue rv = {.kind = RV_RAW_REF, .ty = e->ty, .place = p, .borrow = op == UN_RAW_CONST ? BORROW_SHARED : BORROW_MUT};
        assign(lw, dest, rv, e->span);
        return;
    }
    Node *boxed_node = e->u.unary.operand;
    Type *boxed = boxed_node->ty;
    if (op == UN_DEREF && is_box_move(e)) {
        /* `*b` of a Box by value (rustc allows it of Box alone): the value is read out, then
         * the box's memory is freed without dropping it again */
        Def *free_shell = adt_method(boxed, "free_shell");
        Place b = is_place_node(boxed_node) ? as_place(lw, boxed_node) : temp(lw, boxed, e->span);
        if (!is_place_node(boxed_node)) lower_into(lw, b, boxed_node);
        Type *ptr_ty = ty_field(boxed, &boxed->adt->fields[0]);
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = project_deref(project_field(b, 0, ptr_ty), e->ty)}, e->ty), e->span);
        if (free_shell) {
            free_shell = instance_of(free_shell, boxed->elems, boxed->nelems);
            Operand arg = {.kind = OP_MOVE, .place = b};
            call(lw, fn_operand(free_shell), &arg, 1, temp(lw, ty_unit, e->span), false, e->span);
        }
        return;
    }
    Node *operand = strip_parens(e->u.unary.operand);
    if ((op == UN_REF || op == UN_REF_MUT) && operand->kind == N_INDEX && operand->u.binary.rhs->kind == N_RANGE) {
        lower_subslice_into(lw, dest, e, operand);
        return;
    }
    if ((op == UN_REF || op == UN_REF_MUT) && operand->kind == N_UNARY && operand->u.unary.op == UN_DEREF && operand->u.unary.method) {
        /* `&*w` through Deref: the reference deref returned (also for an unsized Target) */
        bool saved = lw->mut_place;
        lw->mut_place = op == UN_REF_MUT;
        Place p = user_deref_place(lw, operand);
        lw->mut_place = saved;
        p.nproj--;
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    Node *lit = strip_parens(e->u.unary.operand);
    if (op == UN_NEG) lit = NULL;
    if (lit && lit->kind == N_UNARY && lit->u.unary.op == UN_NEG && !lit->u.unary.method) lit = strip_parens(lit->u.unary.operand);
    bool literal = lit && (lit->kind == N_LIT_INT || lit->kind == N_LIT_FLOAT || lit->kind == N_LIT_BOOL || lit->kind == N_LIT_CHAR);
    if (op == UN_REF && literal) {
        /* `&0.0` is promoted to a constant that outlives the fn (a reference to it may be returned) */
        Operand v = as_operand(lw, e->u.unary.operand);
        if (v.kind == OP_CONST) {
            IrProgram *prog = current_program;
            prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals, sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
            prog->globals[prog->nglobals] = (IrGlobal){.symbol = arena_printf("_ptconst%d", prog->nglobals), .ty = v.c.ty, .promoted = v.c};
            Place g = local_place(~prog->nglobals++);
            assign(lw, dest, (Rvalue){.kind = RV_REF, .ty = e->ty, .place = g, .borrow = BORROW_SHARED, .region = lw->body->nregions++}, e->span);
            return;
        }
    }
    int promoted = op == UN_REF ? promoted_global(e) : 0;
    if (op == UN_REF || op == UN_REF_MUT) {
        Place p = promoted ? local_place(promoted)
                  : op == UN_REF_MUT ? as_mut_place(lw, e->u.unary.operand) : as_place(lw, e->u.unary.operand);
        Rvalue rv = {.kind = RV_REF, .ty = e->ty, .place = p, .borrow = op == UN_REF ? BORROW_SHARED : BORROW_MUT,
                     .region = lw->body->nregions++};
        assign(lw, dest, rv, e->span);
        return;
    }
    if (op == UN_DEREF) {
        Place p = as_place(lw, e);
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    Operand a = as_operand_deref(lw, e->u.unary.operand);
    if (op == UN_NEG && lw->opts->overflow_checks && ty_is_signed(e->ty)) {
        Operand is_min = compare(lw, BIN_EQ, a, const_int(e->ty, ty_int_min(e->ty->ik)), e->span);
        assert_not(lw, is_min, AM_NEG_OVERFLOW, e->span);
    }
    Rvalue rv = {.kind = RV_UNARY, .ty = e->ty, .unop = op, .a = a};
    assign(lw, dest, rv, e->span);
}

static void lower_assign(Lower *lw, Node *e) {
    Node *l = e->u.binary.lhs, *r = e->u.binary.rhs;
    if (e->kind == N_ASSIGN) {
        Operand v = as_operand(lw, r);
        Place p = as_mut_place(lw, l);
        if (ty_needs_drop(l->ty)) emit_drop(lw, p, l->ty, e->span);   /* the old value goes first */
        assign(lw, p, rv_use(v, l->ty), e->span);
        return;
    }
    Def *m = operator_method(e->u.binary.method, l->ty, ty_operator_lang(e->u.binary.op, true), r->ty);
    if (m) {
        Node *operands[2] = {l, r};
        lower_operator_call(lw, temp(lw, ty_unit, e->span), m, operands, 2, false, e->span);
        return;
    }
    Operand v = as_operand_deref(lw, r);
    Place p = as_mut_place(lw, l);
    arith_into(lw, p, e->u.binary.op, l->ty, use_place(p, l->ty), v, e->span);
}

static void lower_prim_method_into(Lower *lw, Place dest, Node *e);

/* `#[derive(Default)]`: zeros, false, '\0', 0.0 and the defaults of nested types. */
/* The variant marked `#[default]` (resolve checks that a derived Default has one). */
static int default_variant(AdtDef *a) {
    NodeList *variants = &a->node->u.adt.variants;
    for (int v = 0; v < variants->len; v++) {
        Node *vn = variants->items[v];
        for (int i = 0; i < vn->attrs.len; i++) {
            Node *attr = vn->attrs.items[i];
            if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "default") == 0) return v;
        }
    }
    return 0;
}

static void default_into(Lower *lw, Place dest, Type *t, Span span) {
    if (t->kind == TY_ADT && t->adt->is_enum) {
        /* derived Default of an enum: its `#[default]` unit variant */
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = t, .nelems = 0, .variant = default_variant(t->adt)};
        assign(lw, dest, rv, span);
        return;
    }
    switch (t->kind) {
    case TY_INT: assign(lw, dest, rv_use(const_int(t, 0), t), span); return;
    case TY_BOOL: assign(lw, dest, rv_use(const_bool(false), t), span); return;
    case TY_CHAR: assign(lw, dest, rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_CHAR, .ty = t}}, t), span); return;
    case TY_FLOAT: assign(lw, dest, rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_FLOAT, .ty = t}}, t), span); return;
    case TY_ADT: case TY_TUPLE:
        for (int i = 0; i < field_count_of(t); i++) default_into(lw, project_field(dest, i, field_type_of(t, i)), field_type_of(t, i), span);
        return;
    case TY_ARRAY: {
        Place v = temp(lw, t->elem, span);
        default_into(lw, v, t->elem, span);
        assign(lw, dest, (Rvalue){.kind = RV_REPEAT, .ty = t, .a = use_place(v, t->elem)}, span);
        return;
    }
    default: return;
    }
}

static void lower_struct_lit_into(Lower *lw, Place dest, Node *e) {
    Type *ty = e->ty;
    Def *d = e->u.struct_lit.path->u.path.def;
    int variant = d && d->kind == DEF_VARIANT ? d->variant : -1;
    int n = variant >= 0 ? ty->adt->variants[variant].nfields : field_count_of(ty);
    Rvalue rv = {.kind = RV_AGGREGATE, .ty = ty, .nelems = n, .variant = variant >= 0 ? variant : 0};
    rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
    bool *given = arena_alloc(sizeof(bool) * (size_t)(n + 1));
    /* fields are evaluated in the order written, then stored in declaration order */
    NodeList *fields = &e->u.struct_lit.fields;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        rv.elems[f->u.field_init.index] = as_operand(lw, f->u.field_init.expr);
        given[f->u.field_init.index] = true;
    }
    if (e->u.struct_lit.base) {
        Place base = as_place(lw, e->u.struct_lit.base);
        for (int i = 0; i < n; i++)
            if (!given[i]) rv.elems[i] = use_place(project_field(base, i, field_type_of(ty, i)), field_type_of(ty, i));
    }
    assign(lw, dest, rv, e->span);
}

/* `p.m(args)`: the receiver is auto-dereferenced to the struct, then borrowed as the
 * method's `self` wants it (`&p`, `&mut p`, or `p` by value). */
static Operand method_receiver(Lower *lw, Node *recv, Def *m, Span span) {
    Type *self_ty = m->param_tys[0];
    Type *t = recv->ty;
    if (t == self_ty) return as_arg_operand(lw, recv);
    if (t->kind == TY_REF && m->self_kind != SELF_VALUE && t->elem == self_ty->elem && (!self_ty->is_mut || t->is_mut))
        return as_arg_operand(lw, recv);
    Place p = m->self_kind == SELF_REF_MUT ? as_mut_place(lw, recv) : as_place(lw, recv);
    /* down to Self (which may itself be a reference: `impl Pattern for &str`) */
    Type *self_inner = m->self_kind == SELF_VALUE ? self_ty : self_ty->elem;
    while (t->kind == TY_REF && t != self_inner) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    if (m->self_kind == SELF_VALUE) return use_place(p, t);
    if (t->kind == TY_ARRAY && self_ty->kind == TY_REF && self_ty->elem->kind == TY_SLICE) {
        /* a slice method of an array: the array borrowed, then unsized */
        Type *arr_ref = ty_ref(t, self_ty->is_mut);
        Place whole = temp(lw, arr_ref, span), r = temp(lw, self_ty, span);
        assign(lw, whole, (Rvalue){.kind = RV_REF, .ty = arr_ref, .place = p, .borrow = self_ty->is_mut ? BORROW_MUT : BORROW_SHARED,
                                   .region = lw->body->nregions++}, span);
        assign(lw, r, (Rvalue){.kind = RV_UNSIZE, .ty = self_ty, .a = use_place(whole, arr_ref), .b = const_int(ty_int(IK_USIZE), t->len)}, span);
        return (Operand){.kind = OP_MOVE, .place = r};
    }
    Place r = temp(lw, self_ty, span);
    Rvalue rv = {.kind = RV_REF, .ty = self_ty, .place = p, .borrow = m->self_kind == SELF_REF_MUT ? BORROW_MUT : BORROW_SHARED,
                 .region = lw->body->nregions++};
    assign(lw, r, rv, span);
    return (Operand){.kind = OP_MOVE, .place = r};
}

/* `obj.m(args)` with obj a `&dyn Trait`: m through the vtable, self the data pointer. */
static void lower_dyn_call_into(Lower *lw, Place dest, Node *e, Def *m) {
    Node *recv = e->u.call.receiver;
    Place p = as_place(lw, recv);
    Type *t = recv->ty;
    while (t->kind == TY_REF && t->elem->kind == TY_REF) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    if (t->kind == TY_DYN && p.nproj && p.proj[p.nproj - 1].kind == PROJ_DEREF) p.nproj--;   /* `*b.deref()`: the fat pointer */
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 1));
    args[0] = (Operand){.kind = OP_COPY, .place = p};
    for (int i = 0; i < argn->len; i++) args[i + 1] = as_arg_operand(lw, argn->items[i]);
    PtrVec decls = {0};
    Type *obj = recv->ty;
    while (obj->kind == TY_REF) obj = obj->elem;
    vtable_methods(obj->kind == TY_DYN ? obj->trait : m->trait, &decls);
    int slot = 0;
    while (slot < decls.len && decls.items[slot] != m) slot++;
    dyn_call(lw, m, slot, args, argn->len + 1, dest, e->span);
}

/* `a.cmp(&b)` / `a.partial_cmp(&b)` of built-in or derived orders: Ordering from -1/0/1. */
static void lower_cmp_into(Lower *lw, Place dest, Node *e) {
    /* both sides through their references, down to the value (a `&str` stays one) */
    Node *recv = e->u.call.receiver, *arg = e->u.call.args.items[0];
    Type *t = recv->ty, *at = arg->ty;
    Place a = is_place_node(recv) ? as_place(lw, recv) : temp(lw, t, e->span);
    if (!is_place_node(recv)) lower_into(lw, a, recv);
    for (; t->kind == TY_REF && t->elem->kind != TY_STR; t = t->elem) a = project_deref(a, t->elem);
    Place b = is_place_node(arg) ? as_place(lw, arg) : temp(lw, at, e->span);
    if (!is_place_node(arg)) lower_into(lw, b, arg);
    for (; at->kind == TY_REF && at->elem->kind != TY_STR; at = at->elem) b = project_deref(b, at->elem);
    Operand c = cmp_values(lw, t, a, b, e->span);
    Type *ord = e->ty->kind == TY_ADT && e->ty->nelems ? e->ty->elems[0] : e->ty;   /* Option<Ordering> for partial_cmp */
    Place result = e->ty == ord ? dest : temp(lw, ord, e->span);
    int less = new_block(lw), equal = new_block(lw), greater = new_block(lw), join = new_block(lw);
    uint64_t *vals = arena_alloc(sizeof(uint64_t) * 2);
    int *targets = arena_alloc(sizeof(int) * 2);
    vals[0] = (uint64_t)-1;
    vals[1] = 0;
    targets[0] = less;
    targets[1] = equal;
    terminate(lw, (Term){.kind = TM_SWITCH, .span = e->span, .discr = c, .values = vals, .targets = targets, .ncases = 2, .otherwise = greater}, less);
    int blocks[3] = {less, equal, greater};
    for (int v = 0; v < 3; v++) {
        lw->cur = blocks[v];
        assign(lw, result, (Rvalue){.kind = RV_AGGREGATE, .ty = ord, .variant = v}, e->span);
        goto_block(lw, join, e->span, v < 2 ? blocks[v + 1] : join);
    }
    if (e->ty != ord) {
        Rvalue some = {.kind = RV_AGGREGATE, .ty = e->ty, .variant = 1, .nelems = 1};
        some.elems = arena_alloc(sizeof(Operand));
        some.elems[0] = use_place(result, ord);
        assign(lw, dest, some, e->span);
    }
}

static void lower_method_call_into(Lower *lw, Place dest, Node *e) {
    Def *decl = e->u.call.method_def;
    bool builtin_cmp = !decl;
    if (decl && decl->trait && (decl->trait->lang == LANG_ORD || decl->trait->lang == LANG_PARTIAL_ORD) && e->ntargs) {
        Def *impl = trait_method_instance(decl, e->targs, e->ntargs);
        builtin_cmp = impl && !impl->node->u.fn.body;   /* derived or primitive: no impl to call */
    }
    if (builtin_cmp && (e->u.call.method == sym_cstr("cmp") || e->u.call.method == sym_cstr("partial_cmp"))) {
        lower_cmp_into(lw, dest, e);
        return;
    }
    if (decl && decl->trait && decl->trait->lang == LANG_STEP && e->ntargs && e->targs[0]->kind == TY_INT) {
        /* Step::forward / backward of an integer: +1 / -1 (a range never steps past its ends) */
        Type *t = e->targs[0];
        BinOp op = e->u.call.method == sym_cstr("backward") ? BIN_SUB : BIN_ADD;
        assign(lw, dest, rv_binary(op, as_operand_deref(lw, e->u.call.receiver), const_int(t, 1), t), e->span);
        return;
    }
    if (decl && decl->trait && e->ntargs && e->targs[0]->kind == TY_DYN && trait_implies(e->targs[0]->trait, decl->trait, LANG_NONE)) {
        /* a method of the object's trait or a supertrait (not a blanket impl's): its vtable's */
        lower_dyn_call_into(lw, dest, e, decl);
        return;
    }
    Def *m = callee_instance(e->u.call.method_def, e);
    /* `x.clone()` for a T whose Clone is built in (a reference, a derived or Copy type):
     * the trait's declaration stands for no body */
    if (m && m->trait && m->trait->lang == LANG_CLONE && !m->node->u.fn.body) m = NULL;
    Type *recv_ty = e->u.call.receiver->ty;
    while (recv_ty->kind == TY_REF) recv_ty = recv_ty->elem;
    Def *user_clone = !m && e->u.call.method == sym_cstr("clone") ? operator_method(NULL, recv_ty, LANG_CLONE, NULL) : NULL;
    if (user_clone) {
        /* `impl Clone for T` by hand: its clone(&self) */
        Node *recv = e->u.call.receiver;
        lower_operator_call(lw, dest, user_clone, &recv, 1, false, e->span);
        return;
    }
    if (!m && e->u.call.method == sym_cstr("clone") && e->u.call.args.len == 0) {
        /* derived Clone, tuples, arrays and references: each part cloned; the receiver
         * dereferenced down to the Self the call clones (`x.clone()` of an `x: &&str` is a
         * `&str`) */
        Place p = as_place(lw, e->u.call.receiver);
        for (Type *t = e->u.call.receiver->ty; t != e->ty && t->kind == TY_REF; t = t->elem) p = project_deref(p, t->elem);
        clone_into(lw, e->ty, p, dest, e->span);
        return;
    }
    bool iter_mut = e->u.call.method == sym_cstr("iter_mut");
    if (!m && (e->u.call.method == sym_cstr("iter") || iter_mut) && (recv_ty->kind == TY_ARRAY || recv_ty->kind == TY_SLICE)) {
        /* Iter { slice: &a[..], pos: 0, end: len } (IterMut: &mut a[..]) */
        Type *seq;
        Place p = seq_place(lw, e->u.call.receiver, &seq);
        Type *slice_ref = ty_ref(ty_slice(seq->elem), iter_mut);
        Place whole = temp(lw, slice_ref, e->span);
        if (seq->kind == TY_ARRAY && iter_mut) {
            /* a mutable borrow of the array (E0596 when it is not `mut`), unsized */
            Type *arr_ref = ty_ref(seq, true);
            Place r = temp(lw, arr_ref, e->span);
            assign(lw, r, (Rvalue){.kind = RV_REF, .ty = arr_ref, .place = p, .borrow = BORROW_MUT, .region = lw->body->nregions++}, e->span);
            assign(lw, whole, (Rvalue){.kind = RV_UNSIZE, .ty = slice_ref, .a = use_place(r, arr_ref), .b = const_int(ty_int(IK_USIZE), seq->len)},
                   e->span);
        } else if (seq->kind == TY_ARRAY) {
            Type *thin_ty = ty_ptr(seq->elem, false);
            Place thin = temp(lw, thin_ty, e->span);
            assign(lw, thin, (Rvalue){.kind = RV_RAW_REF, .ty = thin_ty, .place = p, .borrow = BORROW_SHARED}, e->span);
            assign(lw, whole, (Rvalue){.kind = RV_UNSIZE, .ty = slice_ref, .a = use_place(thin, thin_ty), .b = const_int(ty_int(IK_USIZE), seq->len)},
                   e->span);
        } else {
            Place r = p;
            if (r.nproj > 0 && r.proj[r.nproj - 1].kind == PROJ_DEREF) r.nproj--;
            assign(lw, whole, rv_use((Operand){.kind = OP_COPY, .place = r}, slice_ref), e->span);
        }
        Rvalue it = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = 3};
        it.elems = arena_alloc(sizeof(Operand) * 3);
        it.elems[0] = use_place(whole, slice_ref);
        it.elems[1] = const_int(ty_int(IK_USIZE), 0);
        it.elems[2] = seq_len(lw, project_deref(whole, ty_slice(seq->elem)), ty_slice(seq->elem), e->span);
        assign(lw, dest, it, e->span);
        return;
    }
    if (!m && e->u.call.method == sym_cstr("into_iter") && e->u.call.receiver->ty->kind == TY_ARRAY) {
        array_into_iter(lw, e->u.call.receiver, "from_array", dest);
        return;
    }
    if (!m && recv_ty->kind == TY_STR && e->u.call.method == sym_cstr("as_bytes")) {
        /* `s.as_bytes()`: the same (pointer, length), as a `&[u8]` */
        Node *recv = e->u.call.receiver;
        Type *t = recv->ty;
        Place p;
        if (is_place_node(recv)) {
            p = as_place(lw, recv);
        } else {
            p = temp(lw, t, e->span);
            lower_into(lw, p, recv);
        }
        while (t->kind == TY_REF && t->elem->kind == TY_REF) {   /* down to the `&str` itself */
            p = project_deref(p, t->elem);
            t = t->elem;
        }
        if (t->kind == TY_STR && p.nproj && p.proj[p.nproj - 1].kind == PROJ_DEREF) p.nproj--;
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = p}, e->ty), e->span);
        return;
    }
    if (!m && (recv_ty->kind == TY_ARRAY || recv_ty->kind == TY_SLICE || recv_ty->kind == TY_STR)) {
        Type *seq;
        Place p = seq_place(lw, e->u.call.receiver, &seq);
        Operand len = seq_len(lw, p, seq, e->span);
        if (e->u.call.method == sym_cstr("is_empty")) assign(lw, dest, rv_binary(BIN_EQ, len, const_int(ty_int(IK_USIZE), 0), ty_bool), e->span);
        else assign(lw, dest, rv_use(len, ty_int(IK_USIZE)), e->span);
        return;
    }
    if (!m) {
        lower_prim_method_into(lw, dest, e);
        return;
    }
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 4));
    args[0] = settle_arg(lw, method_receiver(lw, e->u.call.receiver, m, e->u.call.receiver->span), argn->items, argn->len,
                         e->u.call.receiver->span);
    lower_args(lw, argn->items, argn->len, args + 1);
    int nargs = argn->len + 1;
    if (is_builtin_fmt(m) && e->ntargs) {
        builtin_fmt_into(lw, dest, m, e->targs[0], args[0], args[1], e->span);
        return;
    }
    if (m->track_caller) {
        location_operands(lw, e->u.call.method_span, args + nargs);
        nargs += 3;
    }
    Operand func = fn_operand(m);
    call(lw, func, args, nargs, dest, m->ret_ty->kind == TY_NEVER, e->span);
}

/* The size and alignment operands of a Layout (the prelude's `{ size, align }`). */
static void layout_operands(Lower *lw, Operand layout, Type *layout_ty, Operand out[2], Span span) {
    Place p = operand_place(lw, layout, layout_ty, span);
    for (int i = 0; i < 2; i++) out[i] = (Operand){.kind = OP_COPY, .place = project_field(p, i, ty_int(IK_USIZE))};
}

/* std::alloc's functions call the runtime's allocator; std::ptr's read and write move bits
 * without dropping anything (drop_in_place is the drop, copy a memmove). */
static void lower_std_builtin(Lower *lw, Place dest, Builtin builtin, Node *e, Operand *args) {
    NodeList *argn = &e->u.call.args;
    Span sp = e->span;
    Type *usize = ty_int(IK_USIZE), *arg0 = argn->len ? ((Node *)argn->items[0])->ty : NULL;
    Operand a[4];
    switch (builtin) {
    case BUILTIN_ALLOC: case BUILTIN_ALLOC_ZEROED:
        layout_operands(lw, args[0], arg0, a, sp);
        call(lw, const_intrinsic(builtin == BUILTIN_ALLOC ? INTR_ALLOC : INTR_ALLOC_ZEROED), a, 2, dest, false, sp);
        return;
    case BUILTIN_DEALLOC:
    case BUILTIN_REALLOC: {
        a[0] = args[0];
        layout_operands(lw, args[1], ((Node *)argn->items[1])->ty, a + 1, sp);
        if (builtin == BUILTIN_DEALLOC) {
            call_intrinsic(lw, INTR_DEALLOC, a, 3, sp);
            break;
        }
        a[3] = args[2];
        call(lw, const_intrinsic(INTR_REALLOC), a, 4, dest, false, sp);
        return;
    }
    case BUILTIN_SINK_TAKE: case BUILTIN_ARG_COUNT: case BUILTIN_ARG: case BUILTIN_PARSE_F64: case BUILTIN_CHAR_PROPERTY: {
        /* the prelude's intrinsics: the runtime function, its arguments as they are */
        Intrinsic in = builtin == BUILTIN_SINK_TAKE ? INTR_SINK_TAKE : builtin == BUILTIN_ARG_COUNT ? INTR_ARG_COUNT
                     : builtin == BUILTIN_ARG ? INTR_ARG : builtin == BUILTIN_PARSE_F64 ? INTR_PARSE_F64 : INTR_CHAR_PROPERTY;
        call(lw, const_intrinsic(in), args, argn->len, dest, false, sp);
        return;
    }
    case BUILTIN_CHAR_FROM_U32_UNCHECKED:       /* a char is its u32 */
        assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = ty_char, .a = args[0]}, sp);
        return;
    case BUILTIN_STR_FROM_UTF8_UNCHECKED:       /* the same (pointer, length) */
        assign(lw, dest, rv_use(args[0], e->ty), sp);
        return;
    case BUILTIN_SLICE_FROM_RAW_PARTS: case BUILTIN_SLICE_FROM_RAW_PARTS_MUT:
        assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = e->ty, .a = args[0], .b = args[1]}, sp);
        return;
    case BUILTIN_PTR_NULL: case BUILTIN_PTR_NULL_MUT:
        assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = e->ty, .a = const_int(usize, 0)}, sp);
        return;
    case BUILTIN_PTR_READ:
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = project_deref(operand_place(lw, args[0], arg0, sp), e->ty)}, e->ty), sp);
        return;
    case BUILTIN_PTR_WRITE: {
        Type *t = arg0->elem;
        assign(lw, project_deref(operand_place(lw, args[0], arg0, sp), t), rv_use(args[1], t), sp);
        break;
    }
    case BUILTIN_PTR_DROP_IN_PLACE:
        if (ty_needs_drop(arg0->elem)) emit_drop(lw, project_deref(operand_place(lw, args[0], arg0, sp), arg0->elem), arg0->elem, sp);
        break;
    default: {                                  /* copy, copy_nonoverlapping: count elements, as bytes */
        Place bytes = temp(lw, usize, sp);
        assign(lw, bytes, rv_binary(BIN_MUL, args[2], const_int(usize, layout_of(arg0->elem)->size), usize), sp);
        a[0] = args[1];
        a[1] = args[0];
        a[2] = use_place(bytes, usize);
        call_intrinsic(lw, builtin == BUILTIN_PTR_COPY ? INTR_MEMMOVE : INTR_MEMCPY, a, 3, sp);
        break;
    }
    }
    assign(lw, dest, rv_use(const_unit(), ty_unit), sp);
}

static void lower_call_into(Lower *lw, Place dest, Node *e) {
    Node *callee = strip_parens(e->u.call.callee);
    Def *def = callee->kind == N_PATH ? callee->u.path.def : NULL;
    if (def && (def->kind == DEF_ADT || def->kind == DEF_VARIANT)) {   /* tuple struct / variant constructor */
        NodeList *argn = &e->u.call.args;
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = argn->len, .variant = def->kind == DEF_VARIANT ? def->variant : 0};
        rv.elems = arena_alloc(sizeof(Operand) * (size_t)(argn->len ? argn->len : 1));
        for (int i = 0; i < argn->len; i++) rv.elems[i] = as_operand(lw, argn->items[i]);
        assign(lw, dest, rv, e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_DEFAULT) {
        default_into(lw, dest, e->ty, e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && (def->builtin == BUILTIN_SIZE_OF || def->builtin == BUILTIN_ALIGN_OF)) {
        Type *measured = e->ntargs ? e->targs[0] : def->const_ty;
        const Layout *lay = layout_of(measured);
        if (layout_too_big(measured)) layout_report_too_big(measured, e->span, "E0080");
        assign(lw, dest, rv_use(const_int(ty_int(IK_USIZE), def->builtin == BUILTIN_SIZE_OF ? lay->size : lay->align), e->ty), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && (def->builtin == BUILTIN_NEEDS_DROP || def->builtin == BUILTIN_IS_SCALAR)) {
        Type *t = e->ntargs ? e->targs[0] : def->const_ty;
        bool scalar = t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR;
        assign(lw, dest, rv_use(const_bool(def->builtin == BUILTIN_NEEDS_DROP ? ty_needs_drop(t) : scalar), ty_bool), e->span);
        return;
    }
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 4));
    lower_args(lw, argn->items, argn->len, args);
    int nargs = argn->len;
    Def *target = callee_instance(def, e);
    if (target && target->track_caller) {
        location_operands(lw, e->span, args + nargs);
        nargs += 3;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_METHOD) {
        /* `u32::from_le_bytes(b)`: b's bytes read as the integer (swapped for be) */
        Type *t = def->const_ty, *bytes = ((Node *)argn->items[0])->ty;
        Place arr = operand_place(lw, args[0], bytes, e->span);
        Type *raw_bytes = ty_ptr(bytes, false), *raw_int = ty_ptr(t, false);
        Place pb = temp(lw, raw_bytes, e->span), pi = temp(lw, raw_int, e->span);
        assign(lw, pb, (Rvalue){.kind = RV_RAW_REF, .ty = raw_bytes, .place = arr, .borrow = BORROW_SHARED}, e->span);
        assign(lw, pi, (Rvalue){.kind = RV_CAST, .ty = raw_int, .a = use_place(pb, raw_bytes)}, e->span);
        Operand value = {.kind = OP_COPY, .place = project_deref(pi, t)};
        if (def->name == sym_cstr("from_be_bytes"))
            assign(lw, dest, (Rvalue){.kind = RV_PRIM, .ty = t, .prim = PRIM_SWAP_BYTES, .a = value, .b = const_unit()}, e->span);
        else
            assign(lw, dest, rv_use(value, t), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_ALLOC) {
        lower_std_builtin(lw, dest, def->builtin, e, args);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_MEM_SWAP) {
        /* the two values trade places bit for bit: neither dies, so neither is dropped */
        Type *ref_ty = ((Node *)argn->items[0])->ty, *t = ref_ty->elem;
        Place a = project_deref(operand_place(lw, args[0], ref_ty, e->span), t);
        Place b = project_deref(operand_place(lw, args[1], ref_ty, e->span), t);
        Place held = local_place(new_local(lw, t, 0, e->span, false, false));
        assign(lw, held, rv_use((Operand){.kind = OP_MOVE, .place = a, .by_compiler = true}, t), e->span);
        assign(lw, a, rv_use((Operand){.kind = OP_MOVE, .place = b, .by_compiler = true}, t), e->span);
        assign(lw, b, rv_use((Operand){.kind = OP_MOVE, .place = held}, t), e->span);
        assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && (def->builtin == BUILTIN_SIZE_OF_VAL || def->builtin == BUILTIN_ALIGN_OF_VAL)) {
        /* known statically but for `dyn Trait` (its vtable's) and slices and str (by length) */
        Type *ref_ty = ((Node *)argn->items[0])->ty, *t = ref_ty->elem, *usize = ty_int(IK_USIZE);
        bool size = def->builtin == BUILTIN_SIZE_OF_VAL;
        Place r = operand_place(lw, args[0], ref_ty, e->span);
        if (t->kind == TY_DYN) {
            Rvalue rv = {.kind = RV_PRIM, .ty = usize, .prim = size ? PRIM_DYN_SIZE : PRIM_DYN_ALIGN, .a = {.kind = OP_COPY, .place = r},
                         .b = const_unit()};
            assign(lw, dest, rv, e->span);
        } else if ((t->kind == TY_SLICE || t->kind == TY_STR) && size) {
            Type *unit = t->kind == TY_STR ? ty_int(IK_U8) : t->elem;
            Operand len = seq_len(lw, project_deref(r, t), t, e->span);
            assign(lw, dest, rv_binary(BIN_MUL, len, const_int(usize, layout_of(unit)->size), usize), e->span);
        } else {
            const Layout *l = layout_of(t->kind == TY_SLICE ? t->elem : t->kind == TY_STR ? ty_int(IK_U8) : t);
            assign(lw, dest, rv_use(const_int(usize, size ? l->size : l->align), usize), e->span);
        }
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_MEM_FORGET) {
        /* moved into a place that is never dropped */
        Type *t = ((Node *)argn->items[0])->ty;
        assign(lw, local_place(new_local(lw, t, 0, e->span, false, false)), rv_use(args[0], t), e->span);
        assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN) {
        call_intrinsic(lw, def->builtin == BUILTIN_PROCESS_ABORT ? INTR_PROCESS_ABORT : INTR_PROCESS_EXIT, args, argn->len, e->span);
        return;
    }
    if (is_builtin_fmt(target) && e->ntargs && nargs == 2) {
        builtin_fmt_into(lw, dest, target, e->targs[0], args[0], args[1], e->span);
        return;
    }
    if (target && target->trait && target->trait->lang == LANG_DEFAULT && !target->node->u.fn.body) {
        /* `T::default()` of a derived or primitive Default: built in */
        default_into(lw, dest, e->ty, e->span);
        return;
    }
    def = target;
    Type *ct = callee->ty;
    while (ct->kind == TY_REF) ct = ct->elem;
    if (!def && (ct->kind == TY_CLOSURE || ct->kind == TY_FN_DEF)) {
        /* a closure gets its environment first (by &mut when it writes its captures) */
        def = ct->kind == TY_CLOSURE ? closure_def(ct) : ct->def;
        if (ct->kind == TY_CLOSURE) {
            memmove(args + 1, args, sizeof(Operand) * (size_t)nargs);
            Type *env_ref = def->param_tys[0];
            Place env = temp(lw, env_ref, e->span);
            Place f = is_place_node(callee) ? as_place(lw, callee) : temp(lw, callee->ty, e->span);
            if (!is_place_node(callee)) lower_into(lw, f, callee);
            for (Type *t = callee->ty; t->kind == TY_REF; t = t->elem) f = project_deref(f, t->elem);
            assign(lw, env, (Rvalue){.kind = RV_REF, .ty = env_ref, .place = f, .borrow = env_ref->is_mut ? BORROW_MUT : BORROW_SHARED,
                                     .region = lw->body->nregions++}, e->span);
            args[0] = (Operand){.kind = OP_MOVE, .place = env};
            nargs++;
        }
    }
    if (!def && ct->kind == TY_FN_PTR) {
        Place f = is_place_node(callee) ? as_place(lw, callee) : temp(lw, callee->ty, e->span);
        if (!is_place_node(callee)) lower_into(lw, f, callee);
        for (Type *t = callee->ty; t->kind == TY_REF; t = t->elem) f = project_deref(f, t->elem);
        call_through(lw, use_place(f, ct), fn_ptr_signature(ct), args, nargs, dest, ct->ret->kind == TY_NEVER, e->span);
        return;
    }
    if (!def) {
        /* calling a type parameter: a generic body lowered only for the checks, where an
         * `F: FnOnce` parameter is consumed by the call (a second call is E0382) */
        Def *param = ct->kind == TY_PARAM ? ct->def : NULL;
        Node *bound = param ? param->fn_bound : NULL;
        if (bound && bound->u.path.def && bound->u.path.def->trait->lang == LANG_FN_ONCE && is_place_node(callee)) {
            Place gone = temp(lw, callee->ty, e->span);
            assign(lw, gone, rv_use((Operand){.kind = OP_MOVE, .place = as_place(lw, callee)}, callee->ty), e->span);
        }
        return;
    }
    Operand func = fn_operand(def);
    call(lw, func, args, nargs, dest, def->ret_ty->kind == TY_NEVER, e->span);
}

/* x.sqrt(), n.pow(k), ...: the receiver is auto-dereferenced; the arithmetic that can
 * overflow checks as the operators do. */
/* `a.pow(b)`, `wrapping_pow`, `checked_pow` through the runtime, in 128 bits whatever the
 * type: dest = the (wrapped) power; for checked_pow, returns whether it overflowed. */
static Operand ipow_into(Lower *lw, Place dest, PrimOp op, Type *t, Operand a, Operand exp, Span sp) {
    Type *u128 = ty_int(IK_U128), *u32 = ty_int(IK_U32);
    Place base = temp(lw, u128, sp), power = temp(lw, u32, sp), result = temp(lw, u128, sp);
    assign(lw, base, (Rvalue){.kind = RV_CAST, .ty = u128, .a = a}, sp);
    assign(lw, power, rv_use(exp, u32), sp);
    Operand args[8];
    args[0] = use_place(base, u128);
    args[1] = use_place(power, u32);
    args[2] = const_int(u32, (uint64_t)ty_int_bits(t->ik));
    args[3] = const_bool(ty_int_signed(t->ik));
    args[4] = const_bool(op == PRIM_IPOW && lw->opts->overflow_checks);
    location_operands(lw, sp, args + 5);
    call(lw, const_intrinsic(INTR_IPOW), args, 8, result, false, sp);
    assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = t, .a = use_place(result, u128)}, sp);
    if (op != PRIM_CHECKED_POW) return const_bool(false);
    Place overflowed = temp(lw, ty_bool, sp);
    call(lw, const_intrinsic(INTR_IPOW_OVERFLOWS), args, 4, overflowed, false, sp);
    return use_place(overflowed, ty_bool);
}

/* `a.checked_add(b)` and friends: Some(result), or None where the operator would panic. */
static void checked_into(Lower *lw, Place dest, PrimOp op, Type *t, Operand a, Operand b, Type *opt, Span sp) {
    int some = new_block(lw), none = new_block(lw), join = new_block(lw);
    Place value = temp(lw, t, sp);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    vals[0] = 1;
    targets[0] = none;
    if (op == PRIM_CHECKED_DIV || op == PRIM_CHECKED_REM) {
        Operand zero = compare(lw, BIN_EQ, b, const_int(t, 0), sp);
        Operand bad = zero;
        if (ty_is_signed(t)) {
            Type *b1 = ty_bool;
            Operand minus_one = compare(lw, BIN_EQ, b, const_int(t, int_bits(t, ~(IntBits)0)), sp);
            Operand is_min = compare(lw, BIN_EQ, a, const_int(t, ty_int_min(t->ik)), sp);
            Place both = temp(lw, b1, sp), any = temp(lw, b1, sp);
            assign(lw, both, rv_binary(BIN_BITAND, minus_one, is_min, b1), sp);
            assign(lw, any, rv_binary(BIN_BITOR, zero, use_place(both, b1), b1), sp);
            bad = use_place(any, b1);
        }
        int compute = new_block(lw);
        terminate(lw, (Term){.kind = TM_SWITCH, .span = sp, .discr = bad, .values = vals, .targets = targets, .ncases = 1, .otherwise = compute},
                  compute);
        assign(lw, value, rv_binary(op == PRIM_CHECKED_DIV ? BIN_DIV : BIN_REM, a, b, t), sp);
        goto_block(lw, some, sp, some);
    } else if (op == PRIM_CHECKED_POW) {
        Operand overflowed = ipow_into(lw, value, op, t, a, b, sp);
        terminate(lw, (Term){.kind = TM_SWITCH, .span = sp, .discr = overflowed, .values = vals, .targets = targets, .ncases = 1,
                             .otherwise = some}, some);
    } else {
        Type *pair_elems[2] = {t, ty_bool};
        Type *pair = ty_tuple(pair_elems, 2);
        Place r = temp(lw, pair, sp);
        BinOp bop = op == PRIM_CHECKED_ADD ? BIN_ADD : op == PRIM_CHECKED_SUB ? BIN_SUB : BIN_MUL;
        Rvalue rv = rv_binary(bop, a, b, pair);
        rv.kind = RV_CHECKED_BINARY;
        assign(lw, r, rv, sp);
        assign(lw, value, rv_use((Operand){.kind = OP_COPY, .place = project_field(r, 0, t)}, t), sp);
        terminate(lw, (Term){.kind = TM_SWITCH, .span = sp, .discr = {.kind = OP_COPY, .place = project_field(r, 1, ty_bool)}, .values = vals,
                             .targets = targets, .ncases = 1, .otherwise = some}, some);
    }
    Rvalue wrapped = {.kind = RV_AGGREGATE, .ty = opt, .variant = 1, .nelems = 1};
    wrapped.elems = arena_alloc(sizeof(Operand));
    wrapped.elems[0] = use_place(value, t);
    assign(lw, dest, wrapped, sp);
    goto_block(lw, join, sp, none);
    assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = opt, .variant = 0}, sp);
    goto_block(lw, join, sp, join);
}

static void lower_prim_method_into(Lower *lw, Place dest, Node *e) {
    Node *r = e->u.call.receiver;
    Span sp = e->span;
    Operand recv = as_operand(lw, r);
    Type *t = r->ty;
    while (t->kind == TY_REF) {
        Place tmp = temp(lw, t, sp);
        assign(lw, tmp, rv_use(recv, t), sp);
        recv = use_place(project_deref(tmp, t->elem), t->elem);
        t = t->elem;
    }
    PrimMethod pm;
    if (!prim_method_lookup(t, e->u.call.method, &pm)) return;   /* typeck reported it */
    Operand arg = pm.nargs ? as_operand(lw, e->u.call.args.items[0]) : const_unit();
    if (pm.op == PRIM_IPOW || pm.op == PRIM_WRAPPING_POW) {
        ipow_into(lw, dest, pm.op, t, recv, arg, sp);
        return;
    }
    if (pm.op == PRIM_TO_LE_BYTES || pm.op == PRIM_TO_BE_BYTES) {
        /* the integer's bytes as they lie in memory (little-endian), swapped first for be */
        Place v = temp(lw, t, sp);
        if (pm.op == PRIM_TO_BE_BYTES) assign(lw, v, (Rvalue){.kind = RV_PRIM, .ty = t, .prim = PRIM_SWAP_BYTES, .a = recv, .b = const_unit()}, sp);
        else assign(lw, v, rv_use(recv, t), sp);
        assign(lw, dest, (Rvalue){.kind = RV_USE, .ty = pm.ret, .a = {.kind = OP_COPY, .place = v}}, sp);
        return;
    }
    if (pm.op >= PRIM_CHECKED_ADD && pm.op <= PRIM_CHECKED_POW) {
        checked_into(lw, dest, pm.op, t, recv, arg, e->ty, sp);
        return;
    }
    if (pm.op == PRIM_IABS && lw->opts->overflow_checks) {
        Operand is_min = compare(lw, BIN_EQ, recv, const_int(t, ty_int_min(t->ik)), sp);
        assert_not(lw, is_min, AM_NEG_OVERFLOW, sp);
    }
    if (pm.op == PRIM_REM_EUCLID) check_division(lw, BIN_REM, t, recv, arg, sp);
    if (pm.op == PRIM_WRAPPING_DIV || pm.op == PRIM_WRAPPING_REM) check_divisor(lw, pm.op == PRIM_WRAPPING_DIV ? BIN_DIV : BIN_REM, t, arg, sp);
    Rvalue rv = {.kind = RV_PRIM, .ty = pm.ret, .prim = pm.op, .a = recv, .b = arg};
    assign(lw, dest, rv, sp);
}

static void lower_if_let_into(Lower *lw, Place dest, Node *e);
static void lower_match_into(Lower *lw, Place dest, Node *e);
static void test_pattern(Lower *lw, Node *pat, Place src, Type *src_ty, int fail, Span span);
static void bind_pattern_typed(Lower *lw, Node *pat, Place src, Type *src_ty, Span span);
static void bind_matched(Lower *lw, Node *pat, Place src, Node *matched, Span span);

static void lower_if_into(Lower *lw, Place dest, Node *e) {
    if (e->u.if_.cond->kind == N_LET_COND) {
        lower_if_let_into(lw, dest, e);
        return;
    }
    int temps = lw->scope_locals.len;
    Operand c = as_operand(lw, e->u.if_.cond);
    close_temps(lw, temps, e->u.if_.cond->span);     /* the condition's temporaries die before the branch */
    int then_bb = new_block(lw), else_bb = new_block(lw), join = new_block(lw);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = else_bb;
    Term t = {.kind = TM_SWITCH, .span = e->u.if_.cond->span, .discr = c, .values = vals, .targets = targets, .ncases = 1,
              .otherwise = then_bb};
    terminate(lw, t, then_bb);
    lower_block_into(lw, dest, e->u.if_.then_block);
    goto_block(lw, join, e->span, else_bb);
    if (e->u.if_.else_branch) lower_into(lw, dest, e->u.if_.else_branch);
    else assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
    goto_block(lw, join, e->span, join);
}

static LoopScope *push_loop(Lower *lw, Node *node, int break_bb, int continue_bb, Place dest, bool has_dest) {
    LoopScope *ls = arena_alloc(sizeof *ls);
    *ls = (LoopScope){node, break_bb, continue_bb, dest, has_dest, lw->scope_locals.len};
    ptrvec_push(&lw->loops, ls);
    return ls;
}

static LoopScope *find_loop(Lower *lw, Node *target) {
    for (int i = lw->loops.len - 1; i >= 0; i--) {
        LoopScope *ls = lw->loops.items[i];
        if (ls->node == target) return ls;
    }
    return NULL;
}

static void bind_pattern(Lower *lw, Node *pat, Place src, Span span);

/* `for x in lo..hi` / `lo..=hi`: a counter that never steps past hi, so `..=MAX` ends. */
static void lower_loop_body(Lower *lw, Node *e, int exit, int latch, int iter_mark, int mark);

/* `for x in a` / `&a` / `a.iter()` / slice: an index from 0 to the length. */
static void lower_for_seq(Lower *lw, Node *e) {
    Node *it = strip_parens(e->u.loop.iter);
    Span sp = it->span;
    bool by_value = it->ty->kind == TY_ARRAY;
    Node *seq_expr = it;
    if (it->kind == N_METHOD_CALL) seq_expr = it->u.call.receiver;                 /* a.iter() */
    else if (it->kind == N_UNARY && it->u.unary.op == UN_REF) seq_expr = it->u.unary.operand;   /* &a */
    Type *seq;
    Place base;
    if (by_value) {                                     /* the loop owns a copy of the array */
        base = temp(lw, it->ty, sp);
        lower_into(lw, base, it);
        seq = it->ty;
    } else {
        base = seq_place(lw, seq_expr, &seq);
    }
    Type *usize = ty_int(IK_USIZE);
    Place i = temp(lw, usize, sp);
    assign(lw, i, rv_use(const_int(usize, 0), usize), sp);
    Operand len = seq_len(lw, base, seq, sp);
    Place end = temp(lw, usize, sp);
    assign(lw, end, rv_use(len, usize), sp);
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    Operand more = compare(lw, BIN_LT, use_place(i, usize), use_place(end, usize), sp);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = exit;
    terminate(lw, (Term){.kind = TM_SWITCH, .span = sp, .discr = more, .values = vals, .targets = targets, .ncases = 1, .otherwise = body}, body);
    Place elem = project_index(base, i.local, seq->elem);
    /* the items are the elements, or references to them (a pattern may see through those) */
    bool mut_items = (it->kind == N_UNARY && it->u.unary.op == UN_REF_MUT) || (it->ty->kind == TY_REF && it->ty->is_mut) ||
                     (it->kind == N_METHOD_CALL && it->u.call.method == sym_cstr("iter_mut"));
    Type *item_ty = by_value ? seq->elem : ty_ref(seq->elem, mut_items);
    int iter_mark = lw->scope_locals.len;
    Place item = temp(lw, item_ty, sp);
    Operand moved = use_place(elem, seq->elem);
    moved.by_compiler = true;                   /* the loop owns the array: its elements move out in turn */
    if (by_value) assign(lw, item, rv_use(moved, seq->elem), sp);
    else assign(lw, item, (Rvalue){.kind = RV_REF, .ty = item_ty, .place = elem, .borrow = mut_items ? BORROW_MUT : BORROW_SHARED,
                                   .region = lw->body->nregions++}, sp);
    int mark = lw->scope_locals.len;
    bind_pattern_typed(lw, e->u.loop.pat, item, item_ty, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, iter_mark, mark);
    assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), sp);
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

/* The prelude's Iterator::next, when ty is an iterator (implements Iterator). */
static Def *iterator_next(Type *ty) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang != LANG_ITERATOR || !impl_matches(im, ty, NULL)) continue;
        for (int k = 0; k < im->trait->methods.len; k++) {
            Def *m = im->trait->methods.items[k];
            if (m->name == sym_cstr("next")) return trait_method_instance(m, &ty, 1);
        }
    }
    return NULL;
}

/* `for x in it` over the iterator at `it`: `loop { match it.next() { Some(x) => body, None => break } }`. */
static void lower_for_over(Lower *lw, Node *e, Place it, Def *next) {
    Span sp = e->u.loop.iter->span;
    Type *opt = next->ret_ty;
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    int iter_mark = lw->scope_locals.len;
    Place r = temp(lw, next->param_tys[0], sp), item = temp(lw, opt, sp);
    assign(lw, r, (Rvalue){.kind = RV_REF, .ty = next->param_tys[0], .place = it, .borrow = BORROW_MUT, .region = lw->body->nregions++}, sp);
    Operand args[1] = {(Operand){.kind = OP_MOVE, .place = r}};
    call(lw, fn_operand(next), args, 1, item, false, sp);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    vals[0] = 0;                                /* Option::None */
    targets[0] = exit;
    terminate(lw, (Term){.kind = TM_SWITCH, .span = sp, .discr = discriminant_of(lw, item, sp), .values = vals, .targets = targets,
                         .ncases = 1, .otherwise = body}, body);
    Type *vt;
    Place value = debug_field_place(item, opt, 1, 0, &vt);
    int mark = lw->scope_locals.len;
    bind_pattern_typed(lw, e->u.loop.pat, value, vt, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, iter_mark, mark);
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

static void lower_for_iter(Lower *lw, Node *e, Def *next) {
    Node *iter = e->u.loop.iter;
    Place it = temp_holding(lw, iter);
    lower_for_over(lw, e, it, next);
}

/* An array by value made a Vec IntoIter of its elements into dest: `over_array` reads the
 * array where it lies (a `for` loop, which the iterator cannot outlive), `from_array`
 * copies it to the heap (`a.into_iter()`, which may be returned). Either way the iterator
 * owns the elements: those never reached are dropped in order with it, as by rustc's
 * array IntoIter. */
static void array_into_iter(Lower *lw, Node *array, const char *ctor, Place dest) {
    Span sp = array->span;
    Type *elem = array->ty->elem;
    Place storage = local_place(new_local(lw, array->ty, 0, sp, false, false));   /* never dropped: the iterator owns its elements */
    lower_into(lw, storage, array);
    Type *usize = ty_int(IK_USIZE), *ptr_ty = ty_ptr(elem, true);
    Place zero = temp(lw, usize, sp), first = temp(lw, ptr_ty, sp);
    assign(lw, zero, rv_use(const_int(usize, 0), usize), sp);
    assign(lw, first, (Rvalue){.kind = RV_RAW_REF, .ty = ptr_ty, .place = project_index(storage, zero.local, elem), .borrow = BORROW_MUT}, sp);
    Type *iter_ty = ty_adt_args(prelude_adt("IntoIter"), &elem, 1);
    Operand args[2] = {use_place(first, ptr_ty), const_int(usize, array->ty->len)};
    call(lw, fn_operand(instance_of(adt_method(iter_ty, ctor), &elem, 1)), args, 2, dest, false, sp);
}

/* `for x in array` by value, its elements not Copy: over the array's IntoIter. */
static void lower_for_array_by_value(Lower *lw, Node *e) {
    Node *array = e->u.loop.iter;
    Type *elem = array->ty->elem;
    Type *iter_ty = ty_adt_args(prelude_adt("IntoIter"), &elem, 1);
    Place it = temp(lw, iter_ty, array->span);
    array_into_iter(lw, array, "over_array", it);
    lower_for_over(lw, e, it, iterator_next(iter_ty));
}

static void lower_for(Lower *lw, Node *e) {
    Node *range = e->u.loop.iter;
    if (range->ty->kind == TY_ARRAY && !ty_is_copy(range->ty->elem)) {
        lower_for_array_by_value(lw, e);
        return;
    }
    Node *it = strip_parens(range);
    bool slice_iter = it->kind == N_METHOD_CALL && (it->u.call.method == sym_cstr("iter") || it->u.call.method == sym_cstr("iter_mut")) &&
                      !it->u.call.method_def;
    Def *next = range->kind != N_RANGE && !slice_iter ? iterator_next(range->ty) : NULL;   /* a.iter(): by index */
    if (next) {
        lower_for_iter(lw, e, next);
        return;
    }
    if (range->kind != N_RANGE) {
        lower_for_seq(lw, e);
        return;
    }
    Type *ty = range->u.range.lo->ty;
    Place cur = temp(lw, ty, range->span), end = temp(lw, ty, range->span);
    lower_into(lw, cur, range->u.range.lo);
    lower_into(lw, end, range->u.range.hi);
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    bool inclusive = range->u.range.inclusive;
    Operand more = compare(lw, inclusive ? BIN_LE : BIN_LT, use_place(cur, ty), use_place(end, ty), range->span);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = exit;
    Term t = {.kind = TM_SWITCH, .span = range->span, .discr = more, .values = vals, .targets = targets, .ncases = 1, .otherwise = body};
    terminate(lw, t, body);
    int mark = lw->scope_locals.len;
    bind_pattern(lw, e->u.loop.pat, cur, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, mark, mark);
    if (inclusive) {
        Operand last = compare(lw, BIN_EQ, use_place(cur, ty), use_place(end, ty), range->span);
        int step = new_block(lw);
        uint64_t *v2 = arena_alloc(sizeof(uint64_t));
        int *t2 = arena_alloc(sizeof(int));
        t2[0] = step;
        Term t3 = {.kind = TM_SWITCH, .span = range->span, .discr = last, .values = v2, .targets = t2, .ncases = 1, .otherwise = exit};
        terminate(lw, t3, step);
    }
    /* cur < end (or cur != end) here, so the step cannot overflow */
    assign(lw, cur, rv_binary(BIN_ADD, use_place(cur, ty), const_int(ty, 1), ty), range->span);
    goto_block(lw, head, e->span, exit);
}

/* The body of a `for` loop whose pattern is bound (its variables above mark, the
 * iteration's temporaries between iter_mark and mark); ends in the latch block, where
 * what the iteration's temporaries still hold is dropped. */
static void lower_loop_body(Lower *lw, Node *e, int exit, int latch, int iter_mark, int mark) {
    LoopScope *ls = push_loop(lw, e, exit, latch, (Place){0}, false);
    ls->scope_mark = mark;
    Place ignored = temp(lw, ty_unit, e->span);
    lower_block_into(lw, ignored, e->u.loop.body);
    lw->loops.len--;
    close_scope(lw, mark, e->span);
    goto_block(lw, latch, e->span, latch);
    drop_scopes_above(lw, iter_mark, e->span);
}

static void lower_loop_into(Lower *lw, Place dest, Node *e) {
    if (e->kind == N_FOR) {
        lower_for(lw, e);
        return;
    }
    int head = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    int while_let_mark = -1, iter_mark = lw->scope_locals.len;
    if (e->kind == N_WHILE && e->u.loop.cond->kind == N_LET_COND) {
        Node *cond = e->u.loop.cond, *scrut = cond->u.let_cond.expr;
        Place sp = value_place(lw, scrut);
        test_pattern(lw, cond->u.let_cond.pat, sp, scrut->ty, exit, cond->span);
        while_let_mark = lw->scope_locals.len;
        bind_matched(lw, cond->u.let_cond.pat, sp, scrut, cond->span);
    } else if (e->kind == N_WHILE) {
        Operand c = as_operand(lw, e->u.loop.cond);
        close_temps(lw, iter_mark, e->u.loop.cond->span);   /* the condition's temporaries die before the test */
        int body = new_block(lw);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = exit;
        Term t = {.kind = TM_SWITCH, .span = e->u.loop.cond->span, .discr = c, .values = vals, .targets = targets, .ncases = 1,
                  .otherwise = body};
        terminate(lw, t, body);
    }
    LoopScope *ls = push_loop(lw, e, exit, head, dest, e->kind == N_LOOP);
    if (while_let_mark >= 0) ls->scope_mark = while_let_mark;
    Place ignored = temp(lw, ty_unit, e->span);
    lower_block_into(lw, ignored, e->u.loop.body);
    lw->loops.len--;
    if (while_let_mark >= 0) {
        /* the pattern's variables, then the scrutinee's temporary, each iteration */
        close_scope(lw, while_let_mark, e->span);
        drop_scopes_above(lw, iter_mark, e->span);
    }
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

static void lower_jump(Lower *lw, Node *e) {
    if (e->kind == N_RETURN) {
        if (e->u.jump.value) lower_into(lw, local_place(0), e->u.jump.value);
        else assign(lw, local_place(0), rv_use(const_unit(), ty_unit), e->span);
        drop_scopes_above(lw, lw->params_mark, e->span);   /* the parameters: in the return block */
        goto_block(lw, lw->return_bb, e->span, -1);
        return;
    }
    LoopScope *ls = find_loop(lw, e->u.jump.target);
    if (!ls) return;
    if (e->kind == N_CONTINUE) {
        drop_scopes_above(lw, ls->scope_mark, e->span);
        goto_block(lw, ls->continue_bb, e->span, -1);
        return;
    }
    if (e->u.jump.value) {
        if (ls->has_dest) lower_into(lw, ls->dest, e->u.jump.value);
        else as_operand(lw, e->u.jump.value);
    } else if (ls->has_dest) {
        assign(lw, ls->dest, rv_use(const_unit(), ty_unit), e->span);
    }
    drop_scopes_above(lw, ls->scope_mark, e->span);
    goto_block(lw, ls->break_bb, e->span, -1);
}

static void queue_closure_body(Def *def, Type *parent, bool generic) {
    ClosureBody *cb = arena_alloc(sizeof *cb);
    *cb = (ClosureBody){.node = def->node, .def = def, .parent = parent, .generic = generic};
    def->symbol = arena_printf("_ptclosure%d", closure_bodies.len);
    ptrvec_push(&closure_bodies, cb);
}

/* The Def a closure type calls: the closure's own, or for a closure inside a generic fn
 * its instance for the fn's type arguments (made, and its body queued, on first use). */
static Def *closure_def(Type *ct) {
    Def *c = ct->def;
    if (!ct->elem || ty_contains(ct->elem, TY_PARAM)) {
        if (!c->symbol) queue_closure_body(c, ct->elem, ct->elem != NULL);
        return c;
    }
    for (int i = 0; i < closure_instances.len; i++) {
        Def *in = closure_instances.items[i];
        if (in->generic == c && in->inst_args == ct->elem->elems) return in;
    }
    Def *in = arena_alloc(sizeof *in);
    *in = *c;
    in->generic = c;
    in->inst_args = ct->elem->elems;
    in->param_tys = arena_alloc(sizeof(Type *) * (size_t)(c->nparams + 1));
    for (int i = 0; i < c->nparams; i++) in->param_tys[i] = ty_closure_sig(ct, c->param_tys[i]);
    in->ret_ty = ty_closure_sig(ct, c->ret_ty);
    ptrvec_push(&closure_instances, in);
    queue_closure_body(in, ct->elem, false);
    return in;
}

/* The signature a call through a `fn(A) -> B` pointer has: a Def of no body, one per type. */
static PtrVec fn_ptr_signatures;                /* Def* */

static Def *fn_ptr_signature(Type *fn_ptr) {
    for (int i = 0; i < fn_ptr_signatures.len; i++)
        if (((Def *)fn_ptr_signatures.items[i])->const_ty == fn_ptr) return fn_ptr_signatures.items[i];
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr("<fn pointer>");
    d->const_ty = fn_ptr;
    d->param_tys = fn_ptr->elems;
    d->nparams = fn_ptr->nelems;
    d->ret_ty = fn_ptr->ret;
    ptrvec_push(&fn_ptr_signatures, d);
    return d;
}

/* A closure value: its environment, one field per capture (a reference, or the value for
 * `move`); its body becomes a function of its own, lowered after the enclosing one. */
static void lower_closure_into(Lower *lw, Place dest, Node *e) {
    Def *c = e->u.closure.def;
    Type *ct = e->ty;
    Rvalue env = {.kind = RV_AGGREGATE, .ty = ct, .nelems = c->captures.len};
    env.elems = arena_alloc(sizeof(Operand) * (size_t)(c->captures.len + 1));
    for (int k = 0; k < c->captures.len; k++) {
        Binding *b = c->captures.items[k];
        Place p = binding_place(lw, b);
        intptr_t mode = (intptr_t)c->capture_modes.items[k];
        if (mode == CAPTURE_MOVE) {
            env.elems[k] = use_place(p, b->ty);
            continue;
        }
        Place r = temp(lw, ct->elems[k], e->span);
        BorrowKind kind = mode != CAPTURE_MUT ? BORROW_SHARED : b->ty->kind == TY_REF && b->ty->is_mut ? BORROW_UNIQUE : BORROW_MUT;
        assign(lw, r, (Rvalue){.kind = RV_REF, .ty = ct->elems[k], .place = p, .borrow = kind, .region = lw->body->nregions++}, e->span);
        env.elems[k] = (Operand){.kind = OP_MOVE, .place = r};
    }
    assign(lw, dest, env, e->span);
    closure_def(ct);
}

/* `e?`: Ok(v)/Some(v) gives v; Err(x)/None returns Err(x)/None from the fn. */
static void lower_try_into(Lower *lw, Place dest, Node *e) {
    Node *operand = e->u.unary.operand;
    Type *t = operand->ty;
    bool result = strcmp(sym_str(t->adt->name), "Result") == 0;
    int value_variant = result ? 0 : 1, residual_variant = result ? 1 : 0;
    Place src = temp(lw, t, e->span);
    lower_into(lw, src, operand);
    int join;
    int *blocks = switch_on_variant(lw, src, t, &join, e->span);
    lw->cur = blocks[value_variant];
    Type *vt;
    Place v = debug_field_place(src, t, value_variant, 0, &vt);
    assign(lw, dest, rv_use(use_place(v, vt), vt), e->span);
    goto_block(lw, join, e->span, blocks[residual_variant]);
    Type *ret = lw->body->locals[0].ty;
    Rvalue residual = {.kind = RV_AGGREGATE, .ty = ret, .variant = residual_variant};
    if (result) {
        Type *et;
        Place err = debug_field_place(src, t, residual_variant, 0, &et);
        residual.nelems = 1;
        residual.elems = arena_alloc(sizeof(Operand));
        residual.elems[0] = use_place(err, et);
        if (e->u.unary.method) {
            /* the fn's error type From the operand's */
            Def *from = e->u.unary.method;
            Place converted = temp(lw, from->ret_ty, e->span);
            call(lw, fn_operand(from), residual.elems, 1, converted, false, e->span);
            residual.elems[0] = use_place(converted, from->ret_ty);
        }
    }
    assign(lw, local_place(0), residual, e->span);
    drop_scopes_above(lw, lw->params_mark, e->span);
    goto_block(lw, lw->return_bb, e->span, join);
}

static void lower_tuple_into(Lower *lw, Place dest, Node *e) {
    int n = e->u.list.elems.len;
    Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = n};
    rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) rv.elems[i] = as_operand(lw, e->u.list.elems.items[i]);
    assign(lw, dest, rv, e->span);
}

static void lower_into(Lower *lw, Place dest, Node *e) {
    Operand c;
    if (as_constant(e, &c)) {
        assign(lw, dest, rv_use(c, e->ty), e->span);
        return;
    }
    switch (e->kind) {
    case N_PAREN: lower_into(lw, dest, e->u.unary.operand); return;
    case N_PATH:
        if (is_static_item(e->u.path.def)) {                          /* a static is read where it lives */
            assign(lw, dest, rv_use(use_place(as_place(lw, e), e->ty), e->ty), e->span);
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST) {     /* consts are inlined */
            Node *value = const_value(e);
            if (value) lower_into(lw, dest, value);
            else assign(lw, dest, rv_use(const_int(e->ty, 0), e->ty), e->span);   /* a generic body's `T::N`, for the checks */
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_VARIANT) {   /* a unit variant */
            assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = e->ty, .variant = e->u.path.def->variant}, e->span);
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_ADT) {       /* a unit struct value */
            assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = e->ty}, e->span);
            return;
        }
        /* fall through */
    case N_FIELD: {
        Place p = as_place(lw, e);
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    case N_TUPLE: lower_tuple_into(lw, dest, e); return;
    case N_UNARY: lower_unary_into(lw, dest, e); return;
    case N_BINARY: lower_binary_into(lw, dest, e); return;
    case N_ASSIGN: case N_COMPOUND_ASSIGN: lower_assign(lw, e); return;
    case N_CAST: {
        Operand a = as_operand(lw, e->u.cast.expr);
        assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = e->ty, .a = a}, e->span);
        return;
    }
    case N_CALL: lower_call_into(lw, dest, e); return;
    case N_METHOD_CALL: lower_method_call_into(lw, dest, e); return;
    case N_STRUCT_LIT: lower_struct_lit_into(lw, dest, e); return;
    case N_MATCH: lower_match_into(lw, dest, e); return;
    case N_INDEX: {
        Place p = as_place(lw, e);
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    case N_ARRAY: {
        int n = e->u.list.elems.len;
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = n};
        rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++) rv.elems[i] = as_operand(lw, e->u.list.elems.items[i]);
        assign(lw, dest, rv, e->span);
        return;
    }
    case N_ARRAY_REPEAT:
        assign(lw, dest, (Rvalue){.kind = RV_REPEAT, .ty = e->ty, .a = as_operand(lw, e->u.repeat.value)}, e->span);
        return;
    case N_UNSIZE: {
        if (e->ty->kind == TY_FN_PTR) {
            /* a fn item or capture-free closure as a pointer: the function's address */
            Type *from = e->u.unary.operand->ty;
            Def *fn = from->kind == TY_CLOSURE ? closure_def(from) : from->def;
            assign(lw, dest, rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = e->ty, .fn = fn}}, e->ty), e->span);
            return;
        }
        if (e->ty->kind == TY_ADT) {
            /* `Box<T>` as `Box<dyn Trait>`: the same allocation, its pointer with T's vtable */
            Type *from = e->u.unary.operand->ty, *dyn = e->ty->elems[0];
            Type *thin_ty = ty_field(from, &from->adt->fields[0]), *fat_ty = ty_ptr(dyn, true);
            Place held = local_place(new_local(lw, from, 0, e->span, false, false));   /* never dropped: the new box owns it */
            lower_into(lw, held, e->u.unary.operand);
            int vt = vtable_of(thin_ty->elem, dyn->trait);
            Operand table = {.kind = OP_CONST, .c = {.kind = CONST_VTABLE, .ty = ty_int(IK_USIZE), .bits = (uint64_t)vt}};
            Place fat = temp(lw, fat_ty, e->span);
            assign(lw, fat, (Rvalue){.kind = RV_UNSIZE, .ty = fat_ty, .a = {.kind = OP_COPY, .place = project_field(held, 0, thin_ty)}, .b = table},
                   e->span);
            Rvalue boxed = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = 1};
            boxed.elems = arena_alloc(sizeof(Operand));
            boxed.elems[0] = use_place(fat, fat_ty);
            assign(lw, dest, boxed, e->span);
            return;
        }
        Operand thin = as_operand(lw, e->u.unary.operand);
        if (e->ty->elem->kind == TY_DYN) {
            /* `&T as &dyn Trait`: (data, T's vtable) */
            int vt = vtable_of(e->u.unary.operand->ty->elem, e->ty->elem->trait);
            Operand table = {.kind = OP_CONST, .c = {.kind = CONST_VTABLE, .ty = ty_int(IK_USIZE), .bits = (uint64_t)vt}};
            assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = e->ty, .a = thin, .b = table}, e->span);
            return;
        }
        Type *arr = e->u.unary.operand->ty->elem;
        assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = e->ty, .a = thin, .b = const_int(ty_int(IK_USIZE), arr->len)}, e->span);
        return;
    }
    case N_BLOCK:
        if (e->u.block.label) {
            int exit = new_block(lw);
            push_loop(lw, e, exit, -1, dest, true);
            lower_block_into(lw, dest, e);
            lw->loops.len--;
            goto_block(lw, exit, e->span, exit);
            return;
        }
        lower_block_into(lw, dest, e);
        return;
    case N_IF: lower_if_into(lw, dest, e); return;
    case N_WHILE: case N_LOOP: case N_FOR: lower_loop_into(lw, dest, e); return;
    case N_BREAK: case N_CONTINUE: case N_RETURN: lower_jump(lw, e); return;
    case N_TRY: lower_try_into(lw, dest, e); return;
    case N_RANGE: {
        /* Range { start, end } / RangeInclusive { start, end, exhausted: false } */
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = e->u.range.inclusive ? 3 : 2};
        rv.elems = arena_alloc(sizeof(Operand) * 3);
        rv.elems[0] = as_operand(lw, e->u.range.lo);
        rv.elems[1] = as_operand(lw, e->u.range.hi);
        rv.elems[2] = const_bool(false);
        assign(lw, dest, rv, e->span);
        return;
    }
    case N_CLOSURE: lower_closure_into(lw, dest, e); return;
    case N_FORMAT: lower_format(lw, dest, e); return;
    case N_ASSERT: lower_assert(lw, e); return;
    default: return;                            /* rejected earlier; lowering never runs with errors */
    }
}

/* ── patterns, statements, blocks ── */

static int declare_binding(Lower *lw, Binding *b) {
    if (lw->rebinding) return b->local;         /* a later alternative of an or-pattern: the same variable */
    int local = new_local(lw, b->ty, b->name, b->span, b->is_mut, true);
    b->local = local;
    storage(lw, ST_STORAGE_LIVE, local, b->span);
    ptrvec_push(&lw->scope_locals, scope_entry(local, ENTRY_VAR));
    return local;
}

/* What a match guard sees of a by-value binding that would move: the scrutinee's part
 * read in place into a local of its own, which is neither a variable nor ever dropped. */
static int guard_view(Lower *lw, Binding *b) {
    b->local = new_local(lw, b->ty, 0, b->span, false, false);
    return b->local;
}

/* Binds the variables of an irrefutable pattern to the parts of src. */
/* The place a (sub)pattern matches: through the references its type-checking saw past
 * (default binding modes), then into the variant it names. */
static Place pattern_place(Place src, Type *src_ty, Node *pat, Type **out_ty) {
    Type *t = src_ty;
    while (t->kind == TY_REF && pat->ty != t && pat->kind != P_IDENT && pat->kind != P_WILD && pat->kind != P_REF) {
        src = project_deref(src, t->elem);
        t = t->elem;
    }
    *out_ty = t;
    return src;
}

static Def *pattern_def(Node *pat) {
    Node *path = pat->kind == P_PATH ? pat->u.unary.operand : pat->u.pat_struct.path;
    return path->u.path.def;
}

/* Fields of an ADT (or variant) as a downcast place and their types. */
static Place variant_field(Place p, Type *adt_ty, Def *d, int i, Type **fty) {
    AdtDef *a = adt_ty->adt;
    if (d->kind == DEF_VARIANT) {
        *fty = ty_field(adt_ty, &a->variants[d->variant].fields[i]);
        Place dc = project_field(p, d->variant, adt_ty);
        dc.proj[dc.nproj - 1].kind = PROJ_DOWNCAST;
        return project_field(dc, i, *fty);
    }
    *fty = ty_field(adt_ty, &a->fields[i]);
    return project_field(p, i, *fty);
}


static void bind_pattern_typed(Lower *lw, Node *pat, Place src, Type *src_ty, Span span);

/* The element sub-pattern i of a list with an optional `..` matches (the patterns after
 * `..` match the last elements); -1 for the `..` itself. */
static int rest_index(NodeList *el, int i, int nelems) {
    int k = 0;
    for (int j = 0; j < el->len; j++) {
        if (((Node *)el->items[j])->kind == P_REST) {
            if (j == i) return -1;
            k = nelems - (el->len - 1 - j);
            continue;
        }
        if (j == i) return k;
        k++;
    }
    return -1;
}

/* The place of element i of a slice pattern over src (array or slice of type t): prefix
 * elements count from the start, those after `..` from the end. */
static Place slice_elem_place(Lower *lw, Node *pat, Place src, Type *t, int i, Span span) {
    NodeList *el = &pat->u.list.elems;
    int rest = -1;
    for (int k = 0; k < el->len; k++) {
        Node *s = el->items[k];
        if (s->kind == P_REST || (s->kind == P_IDENT && s->u.pat_ident.subpat && s->u.pat_ident.subpat->kind == P_REST)) rest = k;
    }
    if (t->kind == TY_ARRAY) {
        /* an array's length is known: its element is a field, a move path of its own, so
         * a pattern may move some elements out and leave the rest to be dropped */
        uint64_t k = rest < 0 || i < rest ? (uint64_t)i : t->len - (uint64_t)(el->len - i);
        return project_field(src, (int)k, t->elem);
    }
    Type *usize = ty_int(IK_USIZE);
    int idx = new_local(lw, usize, 0, span, false, false);
    if (rest < 0 || i < rest) {
        assign(lw, local_place(idx), rv_use(const_int(usize, (uint64_t)i), usize), span);
    } else {
        Operand len = seq_len(lw, src, t, span);
        assign(lw, local_place(idx), rv_binary(BIN_SUB, len, const_int(usize, (uint64_t)(el->len - i)), usize), span);
    }
    return project_index(src, idx, t->elem);
}

static bool is_slice_rest(Node *s) {
    return s->kind == P_REST || (s->kind == P_IDENT && s->u.pat_ident.subpat && s->u.pat_ident.subpat->kind == P_REST);
}

/* The sub-patterns of a struct or tuple-struct pattern with the field places they match. */
typedef struct SubPatterns {
    Node **pats;
    Place *places;
    Type **types;
    int n;
} SubPatterns;

static SubPatterns adt_subpatterns(Node *pat, Def *d, Place src, Type *t) {
    int count = pat->u.pat_struct.elems.len;
    SubPatterns sp = {arena_alloc(sizeof(Node *) * (size_t)(count + 1)), arena_alloc(sizeof(Place) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Type *) * (size_t)(count + 1)), 0};
    int nf = d->kind == DEF_VARIANT ? t->adt->variants[d->variant].nfields : t->adt->nfields;
    for (int i = 0; i < count; i++) {
        Node *sub = pat->u.pat_struct.elems.items[i];
        int k = pat->kind == P_STRUCT ? sub->u.field_init.index : rest_index(&pat->u.pat_struct.elems, i, nf);
        if (pat->kind == P_STRUCT) sub = sub->u.field_init.expr;
        if (k < 0 || sub->kind == P_REST) continue;
        sp.pats[sp.n] = sub;
        sp.places[sp.n] = variant_field(src, t, d, k, &sp.types[sp.n]);
        sp.n++;
    }
    return sp;
}

static SubPatterns tuple_subpatterns(Node *pat, Place src, Type *t) {
    int count = pat->u.list.elems.len;
    SubPatterns sp = {arena_alloc(sizeof(Node *) * (size_t)(count + 1)), arena_alloc(sizeof(Place) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Type *) * (size_t)(count + 1)), 0};
    for (int i = 0; i < count; i++) {
        Node *sub = pat->u.list.elems.items[i];
        int k = rest_index(&pat->u.list.elems, i, t->kind == TY_TUPLE ? t->nelems : 0);
        if (k < 0) continue;
        Type *ft = t->kind == TY_TUPLE && k < t->nelems ? t->elems[k] : sub->ty;
        sp.pats[sp.n] = sub;
        sp.places[sp.n] = project_field(src, k, ft);
        sp.types[sp.n++] = ft;
    }
    return sp;
}

static void bind_pattern(Lower *lw, Node *pat, Place src, Span span) { bind_pattern_typed(lw, pat, src, pat->ty, span); }

/* Binds pat's variables from src, the place of the expression `matched`: a binding that
 * moves out of it where no move is allowed is reported at that expression, as rustc does. */
static void bind_matched(Lower *lw, Node *pat, Place src, Node *matched, Span span) {
    Span saved = lw->matched;
    lw->matched = matched->span;
    bind_pattern_typed(lw, pat, src, matched->ty, span);
    lw->matched = saved;
}

/* Binds the variables of a pattern that is known to match src. */
static void bind_pattern_typed(Lower *lw, Node *pat, Place src, Type *src_ty, Span span) {
    Type *t;
    src = pattern_place(src, src_ty, pat, &t);
    switch (pat->kind) {
    case P_IDENT: {
        Binding *b = pat->u.pat_ident.binding;
        if (pat->u.pat_ident.subpat) bind_pattern_typed(lw, pat->u.pat_ident.subpat, src, t, span);
        int local = lw->guard_reads && !b->by_ref && !ty_is_copy(b->ty) ? guard_view(lw, b) : declare_binding(lw, b);
        if (b->by_ref) {
            Rvalue rv = {.kind = RV_REF, .ty = b->ty, .place = src, .borrow = b->ref_mut ? BORROW_MUT : BORROW_SHARED,
                         .region = lw->body->nregions++};
            assign(lw, local_place(local), rv, span);
        } else {
            Operand value = use_place(src, b->ty);
            if (lw->guard_reads) value.kind = OP_COPY;          /* see guard_view */
            *push_stmt(lw, ST_ASSIGN, pat->span) =
                (Stmt){.kind = ST_ASSIGN, .span = pat->span, .place = local_place(local), .rv = rv_use(value, b->ty), .origin = lw->matched};
        }
        break;
    }
    case P_TUPLE: {
        SubPatterns sp = tuple_subpatterns(pat, src, t);
        for (int i = 0; i < sp.n; i++) bind_pattern_typed(lw, sp.pats[i], sp.places[i], sp.types[i], span);
        break;
    }
    case P_REF:
        bind_pattern_typed(lw, pat->u.unary.operand, project_deref(src, t->elem), t->elem, span);
        break;
    case P_SLICE:
        for (int i = 0; i < pat->u.list.elems.len; i++) {
            Node *sub = pat->u.list.elems.items[i];
            if (is_slice_rest(sub)) continue;
            bind_pattern_typed(lw, sub, slice_elem_place(lw, pat, src, t, i, span), t->elem, span);
        }
        break;
    case P_OR: {
        /* every alternative binds the same variables, each at its own places: bind from the
         * first alternative that matches (the whole pattern is known to) */
        NodeList *alts = &pat->u.list.elems;
        if (!pattern_binds(pat)) break;
        int join = new_block(lw);
        bool saved = lw->rebinding;
        for (int i = 0; i < alts->len; i++) {
            int next = i + 1 < alts->len ? new_block(lw) : join;
            if (i + 1 < alts->len) test_pattern(lw, alts->items[i], src, t, next, span);
            bind_pattern_typed(lw, alts->items[i], src, t, span);
            lw->rebinding = true;
            goto_block(lw, join, span, next);
        }
        lw->rebinding = saved;
        break;
    }
    case P_TUPLE_STRUCT: case P_STRUCT: {
        Def *d = pattern_def(pat);
        if (!d || t->kind != TY_ADT) break;
        SubPatterns sp = adt_subpatterns(pat, d, src, t);
        for (int i = 0; i < sp.n; i++) bind_pattern_typed(lw, sp.pats[i], sp.places[i], sp.types[i], span);
        break;
    }
    default:
        break;
    }
}

static void find_binding(Node *n, const char *role, void *ctx) {
    (void)role;
    if (n->kind == P_IDENT) *(bool *)ctx = true;
    else ast_visit_children(n, find_binding, ctx);
}

/* Whether a pattern binds any variable. */
static bool pattern_binds(Node *pat) {
    bool found = false;
    find_binding(pat, NULL, &found);
    return found;
}

/* ── pattern tests ── */

static void branch_if_false(Lower *lw, Operand cond, int fail, Span span) {
    int ok = new_block(lw);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = fail;
    terminate(lw, (Term){.kind = TM_SWITCH, .span = span, .discr = cond, .values = vals, .targets = targets, .ncases = 1, .otherwise = ok}, ok);
}

static Operand discriminant_of(Lower *lw, Place p, Span span) {
    Place d = temp(lw, ty_int(IK_ISIZE), span);
    assign(lw, d, (Rvalue){.kind = RV_DISCRIMINANT, .ty = ty_int(IK_ISIZE), .place = p}, span);
    return (Operand){.kind = OP_MOVE, .place = d};
}

static Operand as_operand(Lower *lw, Node *e);

/* Emits the tests of pat against src: falls through when it matches, jumps to fail when
 * it does not. */
static void test_pattern(Lower *lw, Node *pat, Place src, Type *src_ty, int fail, Span span) {
    Type *t;
    src = pattern_place(src, src_ty, pat, &t);
    switch (pat->kind) {
    case P_IDENT:
        if (pat->u.pat_ident.subpat) test_pattern(lw, pat->u.pat_ident.subpat, src, t, fail, span);
        break;
    case P_LIT: {
        if (t->kind == TY_REF && t->elem->kind == TY_STR) {
            Place lit = temp(lw, t, span);
            lower_into(lw, lit, pat->u.unary.operand);
            branch_if_false(lw, equal_values(lw, t, src, lit, span), fail, span);
            break;
        }
        Operand lit = as_operand(lw, pat->u.unary.operand);
        branch_if_false(lw, compare(lw, BIN_EQ, use_place(src, t), lit, span), fail, span);
        break;
    }
    case P_RANGE: {
        if (pat->u.range.lo) {
            Operand lo = as_operand(lw, pat->u.range.lo);
            branch_if_false(lw, compare(lw, BIN_GE, use_place(src, t), lo, span), fail, span);
        }
        if (pat->u.range.hi) {
            Operand hi = as_operand(lw, pat->u.range.hi);
            branch_if_false(lw, compare(lw, pat->u.range.inclusive ? BIN_LE : BIN_LT, use_place(src, t), hi, span), fail, span);
        }
        break;
    }
    case P_TUPLE: {
        SubPatterns sp = tuple_subpatterns(pat, src, t);
        for (int i = 0; i < sp.n; i++) test_pattern(lw, sp.pats[i], sp.places[i], sp.types[i], fail, span);
        break;
    }
    case P_REF:
        test_pattern(lw, pat->u.unary.operand, project_deref(src, t->elem), t->elem, fail, span);
        break;
    case P_SLICE: {
        int n = pat->u.list.elems.len, rest = 0;
        for (int i = 0; i < n; i++) rest |= is_slice_rest(pat->u.list.elems.items[i]);
        if (t->kind == TY_SLICE) {
            Operand len = seq_len(lw, src, t, span);
            Operand want = const_int(ty_int(IK_USIZE), (uint64_t)(rest ? n - 1 : n));
            branch_if_false(lw, compare(lw, rest ? BIN_GE : BIN_EQ, len, want, span), fail, span);
        }
        for (int i = 0; i < n; i++) {
            Node *sub = pat->u.list.elems.items[i];
            if (is_slice_rest(sub)) continue;
            test_pattern(lw, sub, slice_elem_place(lw, pat, src, t, i, span), t->elem, fail, span);
        }
        break;
    }
    case P_OR: {
        /* try each alternative; the first that matches continues at `matched` */
        int matched = new_block(lw);
        int n = pat->u.list.elems.len;
        for (int i = 0; i < n; i++) {
            int next = i == n - 1 ? fail : new_block(lw);
            test_pattern(lw, pat->u.list.elems.items[i], src, t, next, span);
            goto_block(lw, matched, span, next);
        }
        lw->cur = matched;
        break;
    }
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT: {
        Def *d = pattern_def(pat);
        if (!d) break;
        if (d->kind == DEF_CONST) {
            Operand c = as_operand(lw, pat->u.unary.operand);
            branch_if_false(lw, compare(lw, BIN_EQ, use_place(src, t), c, span), fail, span);
            break;
        }
        if (d->kind == DEF_VARIANT && t->adt->nvariants > 1) {
            Operand disc = discriminant_of(lw, src, span);
            Operand want = const_int(ty_int(IK_ISIZE), t->adt->variants[d->variant].discr);
            branch_if_false(lw, compare(lw, BIN_EQ, disc, want, span), fail, span);
        }
        if (pat->kind == P_PATH) break;
        SubPatterns sp = adt_subpatterns(pat, d, src, t);
        for (int i = 0; i < sp.n; i++) test_pattern(lw, sp.pats[i], sp.places[i], sp.types[i], fail, span);
        break;
    }
    default:
        break;
    }
}

/* `match`: each arm tests its pattern (then its guard) in order; the first that passes
 * binds its variables and runs its body into dest. */
/* A guard sees the arm's bindings before the arm is chosen: for it the by-value ones
 * read the scrutinee in place (rustc binds them by reference there), and only once it
 * holds are the arm's variables bound, moving. A failed guard leaves the scrutinee whole. */
static void bind_guarded_arm(Lower *lw, Node *arm, Place sp, Node *scrut, int next) {
    lw->guard_reads = true;
    bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
    lw->guard_reads = false;
    branch_if_false(lw, as_operand(lw, arm->u.arm.guard), next, arm->u.arm.guard->span);
    bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
}

static void lower_match_into(Lower *lw, Place dest, Node *e) {
    Node *scrut = e->u.match.scrutinee;
    NodeList *arms = &e->u.match.arms;
    Place sp = value_place(lw, scrut);
    int join = new_block(lw);
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        int next = new_block(lw);
        test_pattern(lw, arm->u.arm.pat, sp, scrut->ty, next, arm->span);
        int mark = lw->scope_locals.len;
        if (arm->u.arm.guard) bind_guarded_arm(lw, arm, sp, scrut, next);
        else bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
        lower_into(lw, dest, arm->u.arm.body);
        close_scope(lw, mark, arm->span);
        goto_block(lw, join, arm->span, next);
    }
    /* no arm matched: impossible for an exhaustive match */
    terminate(lw, (Term){.kind = TM_UNREACHABLE, .span = e->span, .target = -1}, join);
}

/* `if let P = e { a } else { b }` is a two-arm match. */
static void lower_if_let_into(Lower *lw, Place dest, Node *e) {
    Node *cond = e->u.if_.cond;
    Node *scrut = cond->u.let_cond.expr;
    Place sp = value_place(lw, scrut);
    int join = new_block(lw), other = new_block(lw);
    test_pattern(lw, cond->u.let_cond.pat, sp, scrut->ty, other, cond->span);
    int mark = lw->scope_locals.len;
    bind_matched(lw, cond->u.let_cond.pat, sp, scrut, cond->span);
    lower_block_into(lw, dest, e->u.if_.then_block);
    close_scope(lw, mark, e->span);
    goto_block(lw, join, e->span, other);
    if (e->u.if_.else_branch) lower_into(lw, dest, e->u.if_.else_branch);
    else assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
    goto_block(lw, join, e->span, join);
}

static void declare_pattern_uninit(Lower *lw, Node *pat) {
    if (pat->kind == P_IDENT) declare_binding(lw, pat->u.pat_ident.binding);
    else if (pat->kind == P_TUPLE)
        for (int i = 0; i < pat->u.list.elems.len; i++) declare_pattern_uninit(lw, pat->u.list.elems.items[i]);
}

/* Whether pat is a plain name (`x`, `mut x`): its variable holds the value itself, so a
 * parameter's local or a `let`'s initializer is stored straight into it. (`ref x` and
 * `x @ pat` go through the pattern binder, which borrows or also tests.) */
static bool is_plain_binding(Node *pat) {
    return pat->kind == P_IDENT && !pat->u.pat_ident.subpat && !pat->u.pat_ident.binding->by_ref;
}

static void lower_let(Lower *lw, Node *s) {
    Node *pat = s->u.let.pat, *init = s->u.let.init;
    if (!init) {
        declare_pattern_uninit(lw, pat);
        return;
    }
    if (s->u.let.else_block) {
        /* let P = e else { diverge }: test, run the else block on mismatch, then bind */
        Place t = temp_holding(lw, init);
        int other = new_block(lw), ok = new_block(lw);
        test_pattern(lw, pat, t, init->ty, other, s->span);
        goto_block(lw, ok, s->span, other);
        Place ignored = temp(lw, s->u.let.else_block->ty ? s->u.let.else_block->ty : ty_never, s->span);
        lower_block_into(lw, ignored, s->u.let.else_block);
        terminate(lw, (Term){.kind = TM_UNREACHABLE, .span = s->span, .target = -1}, ok);
        bind_matched(lw, pat, t, init, s->span);
        return;
    }
    if (is_plain_binding(pat)) {
        /* evaluate first: `let x = x + 1` reads the outer x */
        Binding *b = pat->u.pat_ident.binding;
        Place t = temp_holding(lw, init);
        int local = declare_binding(lw, b);
        assign(lw, local_place(local), rv_use(use_place(t, b->ty), b->ty), s->span);
        return;
    }
    /* destructuring a place binds into it (so `ref` and `ref mut` bindings, `let ref r = c`
     * too, alias it) */
    bind_matched(lw, pat, value_place(lw, init), init, s->span);
}

static void lower_block_into(Lower *lw, Place dest, Node *block) {
    int mark = lw->scope_locals.len;
    NodeList *stmts = &block->u.block.stmts;
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->items[i];
        int temps = lw->scope_locals.len;
        Span end = {s->span.file, s->span.hi ? s->span.hi - 1 : 0, s->span.hi};
        if (s->kind == N_LET) {
            if (s->u.let.init) mark_extended(s->u.let.init);
            lower_let(lw, s);
            close_temps(lw, temps, end);
        } else if (s->kind == N_EXPR_STMT) {
            Node *e = s->u.expr_stmt.expr;
            temp_holding(lw, e);
            close_temps(lw, temps, end);
        }
    }
    int tail_mark = lw->scope_locals.len;
    if (block->u.block.tail) lower_into(lw, dest, block->u.block.tail);
    else if (block->ty && block->ty->kind != TY_NEVER) assign(lw, dest, rv_use(const_unit(), ty_unit), block->span);
    Span end = {block->span.file, block->span.hi ? block->span.hi - 1 : 0, block->span.hi};
    /* the tail's temporaries outlive the block's variables: they belong to the enclosing
     * statement (rustc 2021), so they are set aside while the block's scope closes */
    int ntail = lw->scope_locals.len - tail_mark;
    void **tail = arena_alloc(sizeof(void *) * (size_t)(ntail ? ntail : 1));
    if (ntail) memcpy(tail, lw->scope_locals.items + tail_mark, sizeof(void *) * (size_t)ntail);
    lw->scope_locals.len = tail_mark;
    close_scope(lw, mark, end);
    for (int i = 0; i < ntail; i++) ptrvec_push(&lw->scope_locals, tail[i]);
}

/* ── bodies ── */

static const char *symbol_for(Def *d, int index) {
    if (strcmp(sym_str(d->name), "main") == 0 && index == 0) return "patina_user_main";
    if (d->adt) return arena_printf("_pt%d_%s_%s", index, sym_str(d->adt->name), sym_str(d->name));
    return arena_printf("_pt%d_%s", index, sym_str(d->name));
}

/* A body for d: local 0 holds the result, then comes a local per parameter, as the
 * variable of a plain-name pattern (the others are bound by bind_params). */
static Body *begin_body(Lower *lw, Def *d, Span span, Span ret_span) {
    Body *b = arena_alloc(sizeof *b);
    b->def = d;
    b->symbol = d->symbol;
    b->span = span;
    lw->body = b;
    lw->cur = new_block(lw);
    new_local(lw, d->ret_ty, 0, ret_span, true, false);
    return b;
}

static void declare_params(Lower *lw, NodeList *params, Type **types) {
    for (int i = 0; i < params->len; i++) {
        Node *pat = ((Node *)params->items[i])->u.param.pat;
        if (is_plain_binding(pat)) {
            Binding *bd = pat->u.pat_ident.binding;
            bd->local = new_local(lw, types[i], bd->name, bd->span, bd->is_mut, true);
        } else {
            new_local(lw, types[i], 0, pat->span, false, false);
        }
    }
}

/* The parameters with other patterns (`(a, b): (i32, i32)`), from their locals from `first`. */
static void bind_params(Lower *lw, NodeList *params, int first) {
    lw->param_entries = arena_alloc(sizeof(int) * (size_t)(params->len + 1));
    for (int i = 0; i < params->len; i++) {
        Node *pat = ((Node *)params->items[i])->u.param.pat;
        lw->param_entries[i] = lw->scope_locals.len;
        if (!is_plain_binding(pat))
            bind_pattern_typed(lw, pat, local_place(first + i), lw->body->locals[first + i].ty, pat->span);
    }
    lw->param_entries[params->len] = lw->params_mark = lw->scope_locals.len;
    lw->return_bb = new_block(lw);
    lw->body->blocks[lw->return_bb].term = (Term){.kind = TM_RETURN, .span = lw->body->span, .target = -1};
}

/* The return block: the parameters (locals first..first+n-1) die after the body's
 * variables, the last first, as in rustc. */
static void finish_return(Lower *lw, int first, int n) {
    lw->cur = lw->return_bb;
    Span end = {lw->body->span.file, lw->body->span.hi ? lw->body->span.hi - 1 : 0, lw->body->span.hi};
    for (int i = n - 1; i >= 0; i--) {
        /* a parameter's pattern variables, then what is left of the parameter itself */
        for (int k = lw->param_entries[i + 1] - 1; k >= lw->param_entries[i]; k--) drop_local(lw, entry_local(lw->scope_locals.items[k]), end);
        drop_local(lw, first + i, end);
    }
    lw->body->blocks[lw->cur].term = (Term){.kind = TM_RETURN, .span = lw->body->span, .target = -1};
}

/* main's prologue stores each static's value; a static whose initializer reads another
 * (`static B: i32 = A[0] + 1;`, A declared anywhere) is stored after that one. */
typedef struct StaticInit {
    Lower *lw;
    bool *started;                              /* per static's global */
    int nstatics;
} StaticInit;

static void init_global(StaticInit *init, int index);

static void init_statics_read_by(Node *n, const char *role, void *ctx) {
    (void)role;
    Def *d = n->kind == N_PATH && !n->u.path.binding ? n->u.path.def : NULL;
    int global = d && (d->kind == DEF_CONST || d->kind == DEF_STATIC_MUT) && d->node && d->node->kind != N_FN ? item_global(d->node) : 0;
    if (global) init_global(ctx, ~global);
    ast_visit_children(n, init_statics_read_by, ctx);
}

static void init_global(StaticInit *init, int index) {
    Node *value = index < init->nstatics ? current_program->globals[index].init : NULL;
    if (!value || init->started[index]) return;
    init->started[index] = true;
    init_statics_read_by(value, NULL, init);
    lower_into(init->lw, local_place(~index), value);
}

static Body *lower_fn(Node *fn, const LowerOptions *opts) {
    ice_at(fn->span);
    Def *d = fn->u.fn.def;
    Lower lw = {.opts = opts, .caller_location = -1};
    Body *b = begin_body(&lw, d, fn->span, fn->u.fn.ret ? fn->u.fn.ret->span : fn->u.fn.name_span);
    b->nargs = fn->u.fn.params.len;
    declare_params(&lw, &fn->u.fn.params, d->param_tys);
    if (d->track_caller) {
        /* the hidden (file, line, col) of the call, after the declared parameters */
        lw.caller_location = b->nargs + 1;
        for (int i = 0; i < 3; i++) new_local(&lw, d->param_tys[b->nargs + i], 0, fn->span, false, false);
        b->nargs += 3;
    }
    bind_params(&lw, &fn->u.fn.params, 1);
    /* Initializers are constant expressions, so running them before main's first statement
     * is indistinguishable from rustc's compile-time evaluation. */
    if (strcmp(b->symbol, "patina_user_main") == 0) {
        /* the statics' globals, all made before any body (promoted constants follow them) */
        int nstatics = current_program->nglobals;
        StaticInit init = {&lw, arena_alloc(sizeof(bool) * (size_t)(nstatics + 1)), nstatics};
        for (int i = 0; i < nstatics; i++) init_global(&init, i);
    }
    lower_block_into(&lw, local_place(0), fn->u.fn.body);
    Span end = {fn->span.file, fn->span.hi ? fn->span.hi - 1 : 0, fn->span.hi};
    close_scope(&lw, lw.params_mark, end);      /* the body's tail temporaries */
    goto_block(&lw, lw.return_bb, fn->span, -1);
    finish_return(&lw, 1, fn->u.fn.params.len);
    return b;
}

/* Whether `&e` is promoted to a static, as rustc's rvalue static promotion does: e is a
 * constant expression (literals, consts, unit and tuple constructors, tuples, arrays and
 * struct literals of such, arithmetic other than division) of a type without Drop, so
 * `&(2 + 3)` or `&[1, 2, 3]` may be returned as a `&'static`. */
static bool promotable(Node *e) {
    e = strip_parens(e);
    if (!e->ty || ty_contains(e->ty, TY_PARAM) || ty_contains(e->ty, TY_INFER) || ty_needs_drop(e->ty)) return false;
    switch (e->kind) {
    case N_LIT_INT: case N_LIT_FLOAT: case N_LIT_BOOL: case N_LIT_CHAR: case N_LIT_STR: return true;
    case N_PATH: {
        Def *d = e->u.path.def;
        if (e->u.path.binding || !d) return false;
        if (d->kind == DEF_CONST) return !is_static_item(d) && !d->trait;
        return d->kind == DEF_VARIANT || d->kind == DEF_ADT || d->kind == DEF_INT_CONST || d->kind == DEF_FLOAT_CONST;
    }
    case N_TUPLE: case N_ARRAY:
        for (int i = 0; i < e->u.list.elems.len; i++)
            if (!promotable(e->u.list.elems.items[i])) return false;
        return true;
    case N_ARRAY_REPEAT: return promotable(e->u.repeat.value);
    case N_STRUCT_LIT:
        if (e->u.struct_lit.base) return false;
        for (int i = 0; i < e->u.struct_lit.fields.len; i++)
            if (!promotable(((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr)) return false;
        return true;
    case N_CALL: {
        /* a tuple struct's or variant's constructor (`Some(3)`), not a fn */
        Node *callee = strip_parens(e->u.call.callee);
        Def *d = callee->kind == N_PATH ? callee->u.path.def : NULL;
        if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) return false;
        for (int i = 0; i < e->u.call.args.len; i++)
            if (!promotable(e->u.call.args.items[i])) return false;
        return true;
    }
    case N_UNARY:
        return (e->u.unary.op == UN_NEG || e->u.unary.op == UN_NOT) && !e->u.unary.method && promotable(e->u.unary.operand);
    case N_BINARY:
        return e->u.binary.op != BIN_DIV && e->u.binary.op != BIN_REM && !e->u.binary.method && promotable(e->u.binary.lhs) &&
               promotable(e->u.binary.rhs);
    case N_CAST: return promotable(e->u.cast.expr);
    default: return false;
    }
}

/* The `&e` whose e is promoted (literals excepted: they are constants of their own), each
 * with its global (main's prologue stores e there). */
static PtrVec promoted_refs, promoted_globals;

static int promoted_global(Node *ref) {
    for (int i = 0; i < promoted_refs.len; i++)
        if (promoted_refs.items[i] == ref) return (int)(intptr_t)promoted_globals.items[i];
    return 0;
}

/* Every `static` item with a value, and every promoted `&e`, gets its global before any
 * body is lowered, so that main can initialise them all. */
static void collect_statics(Node *n, const char *role, void *ctx) {
    (void)role;
    bool *in_trait_or_impl = ctx;
    if (n->kind == N_STATIC && n->u.value_item.value && n->ty) static_local(n);
    if (n->kind == N_CONST_ITEM && !*in_trait_or_impl && n->u.value_item.value && n->ty && !ty_contains(n->ty, TY_PARAM) &&
        !ty_needs_drop(n->ty))
        static_local(n);                        /* for its uses as a place (const_place_global) */
    if (n->kind == N_TRAIT || n->kind == N_IMPL) {
        bool inside = true;
        ast_visit_children(n, collect_statics, &inside);
        return;
    }
    if (n->kind == N_UNARY && n->u.unary.op == UN_REF && promotable(n->u.unary.operand)) {
        Node *value = strip_parens(n->u.unary.operand);
        bool literal = value->kind == N_LIT_INT || value->kind == N_LIT_FLOAT || value->kind == N_LIT_BOOL || value->kind == N_LIT_CHAR;
        if (!literal) {
            IrProgram *prog = current_program;
            prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals, sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
            prog->globals[prog->nglobals] = (IrGlobal){.symbol = arena_printf("_ptpromoted%d", prog->nglobals), .ty = value->ty, .init = value};
            ptrvec_push(&promoted_refs, n);
            ptrvec_push(&promoted_globals, (void *)(intptr_t)~prog->nglobals++);
        }
    }
    ast_visit_children(n, collect_statics, ctx);
}

/* Every fn item, nested ones and methods included (they are ordinary items). */
static void collect_fn_nodes(Node *n, const char *role, void *ctx) {
    (void)role;
    if (n->kind == N_FN && n->u.fn.def && n->u.fn.body) ptrvec_push(ctx, n);
    ast_visit_children(n, collect_fn_nodes, ctx);
}

/* ── monomorphization ── */

/* One instance of a generic fn: its type arguments and the concrete Def calls use. */
typedef struct Instance {
    Def *generic;
    Type **args;
    int nargs;
    Def *def;
    struct Instance *parent;                    /* the instance whose body asked for it first, or NULL */
} Instance;

static PtrVec instances;                        /* Instance*, in the order calls asked for them */
static Instance *lowering_instance;             /* the instance whose body is being lowered, or NULL */
static Span call_site;                          /* the call being lowered, where an instance is asked for */

/* `f::<A, B>`, `S::<A>::m`, `<S<A> as Tr>::m` for generic fn d with type arguments args
 * (the impl's first), as rustc shows an instance; without its own arguments, `f`. */
static const char *instance_path(Def *d, Type **args, int nargs, bool with_own_args) {
    int own = with_own_args ? nargs - d->nimpl_generics : 0;
    const char *owner = "";
    if (d->impl && d->impl->trait) {
        Type *self = ty_subst(d->impl->self_ty, args, d->nimpl_generics);
        owner = arena_printf("<%s as %s>::", ty_str_of(self), sym_str(d->impl->trait->name));
    } else if (d->adt) {
        owner = sym_str(d->adt->name);
        if (d->nimpl_generics) {
            owner = arena_printf("%s::<%s", owner, ty_str_of(args[0]));
            for (int i = 1; i < d->nimpl_generics; i++) owner = arena_printf("%s, %s", owner, ty_str_of(args[i]));
            owner = arena_printf("%s>", owner);
        }
        owner = arena_printf("%s::", owner);
    }
    const char *s = arena_printf("%s%s", owner, sym_str(d->name));
    for (int i = 0; i < own; i++) s = arena_printf("%s%s%s", s, i ? ", " : "::<", ty_str_of(args[d->nimpl_generics + i]));
    return own > 0 ? arena_printf("%s>", s) : s;
}

/* rustc's short form of a long instance name: the longest one that fits half of its
 * 140-column diagnostic width, made by lowering the type length limit. */
static const char *short_instance_path(Def *d, Type **args, int nargs) {
    enum { WIDTH = 140 };
    ty_print_limit_begin(WIDTH * 2 / 3);        /* each printed type is at least a char: past this, too long */
    const char *s = instance_path(d, args, nargs, true);
    if (!ty_print_limit_end() && strlen(s) <= WIDTH * 2 / 3) return s;
    for (int limit = 50; limit >= 0; limit--) {
        ty_print_limit_begin(limit);
        s = instance_path(d, args, nargs, true);
        ty_print_limit_end();
        if (strlen(s) <= WIDTH / 2) break;
    }
    return s;
}

/* rustc's monomorphization gives up on a fn instantiated inside itself more than
 * recursion_limit times (polymorphic recursion, `f::<Option<T>>` inside `f::<T>`), which
 * would otherwise make instances without end: a fatal error, reported once, after which
 * no instance is made (the lowering ends, and nothing after it runs). False then. */
static bool recursion_limit_reached;

static bool within_recursion_limit(Def *d, Type **args, int nargs) {
    enum { RECURSION_LIMIT = 128 };             /* rustc's default `#![recursion_limit]` */
    if (recursion_limit_reached) return false;
    int depth = 0;
    for (Instance *in = lowering_instance; in; in = in->parent) depth += in->generic == d;
    if (depth <= RECURSION_LIMIT) return true;
    recursion_limit_reached = true;
    Diag *dg = diag_error(NULL, call_site, "reached the recursion limit while instantiating `%s`", short_instance_path(d, args, nargs));
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(d->ngenerics + 1));
    for (int i = 0; i < d->ngenerics; i++) params[i] = ty_param(d->generic_defs[i]);
    Node *fn = d->node;
    Span header = fn->span;
    if (fn->u.fn.body) header.hi = fn->u.fn.body->span.lo - 1;
    diag_secondary(dg, header, "`%s` defined here", instance_path(d, params, d->ngenerics, false));
    diag_emit(dg);
    return false;
}

/* The Def of generic fn d instantiated with args (queued for lowering on first request). */
static Def *instance_of(Def *d, Type **args, int nargs) {
    /* a generic body lowered for the checks asks with its own parameters: no instance */
    for (int k = 0; k < nargs; k++)
        if (ty_contains(args[k], TY_PARAM)) return d;
    for (int i = 0; i < instances.len; i++) {
        Instance *in = instances.items[i];
        if (in->generic != d) continue;
        bool same = true;
        for (int k = 0; k < nargs && same; k++) same = in->args[k] == args[k];
        if (same) return in->def;
    }
    if (!within_recursion_limit(d, args, nargs)) return d;
    Instance *in = arena_alloc(sizeof *in);
    in->generic = d;
    in->parent = lowering_instance;
    in->nargs = nargs;
    in->args = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    memcpy(in->args, args, sizeof(Type *) * (size_t)nargs);
    Def *c = arena_alloc(sizeof *c);
    *c = *d;
    c->generic = d;
    c->inst_args = in->args;
    c->param_tys = arena_alloc(sizeof(Type *) * (size_t)(d->nparams + 1));
    for (int i = 0; i < d->nparams; i++) c->param_tys[i] = ty_subst(d->param_tys[i], args, nargs);
    c->ret_ty = ty_subst(d->ret_ty, args, nargs);
    c->symbol = arena_printf("%s__%d", d->symbol, instances.len);
    in->def = c;
    ptrvec_push(&instances, in);
    return c;
}

/* The concrete fn a call reaches: itself, or the instance its type arguments name. */
static Def *trait_method_instance(Def *d, Type **targs, int ntargs);

static Def *callee_instance(Def *d, Node *call) {
    if (!d || d->ngenerics == 0 || call->ntargs != d->ngenerics) return d;
    call_site = call->span;
    for (int i = 0; i < call->ntargs; i++)
        if (ty_contains(call->targs[i], TY_PARAM)) return d;   /* a generic body lowered for the checks */
    if (d->trait) return trait_method_instance(d, call->targs, call->ntargs);
    return instance_of(d, call->targs, call->ntargs);
}

/* A trait method for the Self in targs[0]: the impl's (an instance when generic), else
 * the trait's default body for that Self. */
static Def *trait_method_instance(Def *d, Type **targs, int ntargs) {
    {
        Type *self = targs[0];
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            Type **impl_args;
            if (im->trait != d->trait || !impl_matches(im, self, &impl_args)) continue;
            for (int k = 0; k < im->methods.len; k++) {
                Def *m = im->methods.items[k];
                if (m->name != d->name) continue;
                if (!m->ngenerics) return m;
                /* the impl's type arguments, then the method's own */
                Type **args = arena_alloc(sizeof(Type *) * (size_t)(m->ngenerics + 1));
                for (int j = 0; j < im->ngenerics; j++) args[j] = impl_args[j];
                for (int j = im->ngenerics; j < m->ngenerics; j++) args[j] = targs[1 + j - im->ngenerics];
                return instance_of(m, args, m->ngenerics);
            }
        }
        if (!d->node->u.fn.body) return d;      /* typeck reported the missing impl */
    }
    return instance_of(d, targs, ntargs);
}

/* The vtable of concrete type ty for trait (made on first use): its methods' instances. */
/* A trait's methods in vtable order: its own, then each supertrait's (depth first). */
static void vtable_methods(TraitDef *trait, PtrVec *out) {
    for (int i = 0; i < trait->methods.len; i++) ptrvec_push(out, trait->methods.items[i]);
    for (int i = 0; i < trait->supertraits.len; i++) vtable_methods(trait->supertraits.items[i], out);
}

/* A vtable's slot needs a function where the compiler formats a value itself (`7u8`, a
 * `&str`, a derived Debug): a body of its own that does that, made on first use. */
typedef struct FmtShim {
    Def *def;
    Type *ty;
    Def *decl;                                  /* Display::fmt or Debug::fmt */
} FmtShim;
static PtrVec fmt_shims;                        /* FmtShim* */

static Def *builtin_fmt_shim(Type *ty, Def *decl) {
    for (int i = 0; i < fmt_shims.len; i++) {
        FmtShim *s = fmt_shims.items[i];
        if (s->ty == ty && s->decl == decl) return s->def;
    }
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = decl->name;
    d->symbol = arena_printf("_ptfmt%d", fmt_shims.len);
    d->nparams = 2;
    d->param_tys = arena_alloc(sizeof(Type *) * 2);
    d->param_tys[0] = ty_ref(ty, false);
    d->param_tys[1] = decl->param_tys[1];
    d->ret_ty = decl->ret_ty;
    FmtShim *s = arena_alloc(sizeof *s);
    *s = (FmtShim){d, ty, decl};
    ptrvec_push(&fmt_shims, s);
    return d;
}

static Body *lower_fmt_shim(FmtShim *s, const LowerOptions *opts) {
    Lower lw = {.opts = opts, .caller_location = -1};
    Span span = s->ty->kind == TY_ADT && s->ty->adt->node ? s->ty->adt->node->span : (Span){0};
    Body *b = begin_body(&lw, s->def, span, span);
    for (int i = 0; i < 2; i++) new_local(&lw, s->def->param_tys[i], 0, span, false, false);
    b->nargs = 2;
    builtin_fmt_into(&lw, local_place(0), s->decl, s->ty, (Operand){.kind = OP_COPY, .place = local_place(1)},
                     (Operand){.kind = OP_COPY, .place = local_place(2)}, span);
    b->blocks[lw.cur].term = (Term){.kind = TM_RETURN, .span = span, .target = -1};
    return b;
}

static int vtable_of(Type *ty, TraitDef *trait) {
    IrProgram *prog = current_program;
    for (int i = 0; i < prog->nvtables; i++)
        if (prog->vtables[i].ty == ty && prog->vtables[i].trait == trait) return i;
    PtrVec decls = {0};
    vtable_methods(trait, &decls);
    IrVtable vt = {arena_printf("_ptvtable%d", prog->nvtables), ty, trait, NULL, decls.len};
    if (ty_needs_drop(ty)) request_drop_glue(ty);
    vt.methods = arena_alloc(sizeof(Def *) * (size_t)(vt.nmethods + 1));
    Type *self[1] = {ty};
    for (int i = 0; i < vt.nmethods; i++) {
        vt.methods[i] = trait_method_instance(decls.items[i], self, 1);
        if (is_builtin_fmt(vt.methods[i])) vt.methods[i] = builtin_fmt_shim(ty, decls.items[i]);
    }
    prog->vtables = arena_realloc(prog->vtables, sizeof(IrVtable) * (size_t)prog->nvtables, sizeof(IrVtable) * (size_t)(prog->nvtables + 1));
    prog->vtables[prog->nvtables] = vt;
    return prog->nvtables++;
}

/* The types typeck left on a generic fn's nodes and bindings, while they are replaced by
 * an instance's. */
typedef struct SavedTypes {
    PtrVec nodes, types, targs, bindings, binding_types;
    Type **args;
    int nargs;
} SavedTypes;

static void substitute_node_types(Node *n, const char *role, void *ctx) {
    (void)role;
    SavedTypes *st = ctx;
    if (n->kind == N_FN) return;                /* a nested fn item is its own body */
    ptrvec_push(&st->nodes, n);
    ptrvec_push(&st->types, n->ty);
    ptrvec_push(&st->targs, n->targs);
    if (n->ty) n->ty = ty_subst(n->ty, st->args, st->nargs);
    if (n->ntargs) {
        Type **t = arena_alloc(sizeof(Type *) * (size_t)n->ntargs);
        for (int i = 0; i < n->ntargs; i++) t[i] = ty_subst(n->targs[i], st->args, st->nargs);
        n->targs = t;
    }
    if (n->kind == P_IDENT && n->u.pat_ident.binding) {
        Binding *b = n->u.pat_ident.binding;
        ptrvec_push(&st->bindings, b);
        ptrvec_push(&st->binding_types, b->ty);
        b->ty = ty_subst(b->ty, st->args, st->nargs);
    }
    ast_visit_children(n, substitute_node_types, ctx);
}

static void restore_node_types(SavedTypes *st) {
    for (int i = 0; i < st->nodes.len; i++) {
        Node *n = st->nodes.items[i];
        n->ty = st->types.items[i];
        n->targs = st->targs.items[i];
    }
    for (int i = 0; i < st->bindings.len; i++) ((Binding *)st->bindings.items[i])->ty = st->binding_types.items[i];
}

/* Lowers the body of a generic fn for one instance: its AST is typed with the instance's
 * types for the duration (generic bodies are type-checked once, lowered per instance). */
static Body *lower_instance(Instance *in, const LowerOptions *opts) {
    Node *fn = in->generic->node;
    SavedTypes st = {.args = in->args, .nargs = in->nargs};
    ast_visit_children(fn, substitute_node_types, &st);
    fn->u.fn.def = in->def;
    lowering_instance = in;
    call_site = fn->span;
    Body *b = lower_fn(fn, opts);
    lowering_instance = NULL;
    fn->u.fn.def = in->generic;
    restore_node_types(&st);
    return b;
}

/* A closure's body: a function of (&env, params...) whose captured variables live in env. */
static Body *lower_closure_body(ClosureBody *cb, const LowerOptions *opts) {
    Node *n = cb->node;
    ice_at(n->span);
    Def *d = cb->def;
    SavedTypes st = {.args = cb->parent ? cb->parent->elems : NULL, .nargs = cb->parent ? cb->parent->nelems : 0};
    if (cb->parent && !cb->generic) ast_visit_children(n, substitute_node_types, &st);
    Lower lw = {.opts = opts, .caller_location = -1, .closure = d};
    Body *b = begin_body(&lw, d, n->span, n->span);
    new_local(&lw, d->param_tys[0], 0, n->span, false, false);
    declare_params(&lw, &n->u.closure.params, d->param_tys + 1);
    b->nargs = n->u.closure.params.len + 1;
    bind_params(&lw, &n->u.closure.params, 2);
    lower_into(&lw, local_place(0), n->u.closure.body);
    Span end = {n->span.file, n->span.hi ? n->span.hi - 1 : 0, n->span.hi};
    close_scope(&lw, lw.params_mark, end);      /* the body's temporaries */
    goto_block(&lw, lw.return_bb, n->span, -1);
    finish_return(&lw, 2, n->u.closure.params.len);
    restore_node_types(&st);
    return b;
}

/* `drop_in_place::<T>(&mut T)`: T's own Drop::drop first, then its fields (the variant's
 * for an enum, the elements for an array) in order, each through its own glue. */
static Body *lower_drop_glue(Type *t, const LowerOptions *opts) {
    Def *d = t->drop_glue;
    Lower lw = {.opts = opts, .caller_location = -1};
    Span span = t->kind == TY_ADT && t->adt->node ? t->adt->node->span : (Span){0};
    Body *b = begin_body(&lw, d, span, span);
    new_local(&lw, d->param_tys[0], 0, span, false, false);
    b->nargs = 1;
    Place self = project_deref(local_place(1), t);
    Type **impl_args;
    ImplDef *im = ty_drop_impl(t, &impl_args);
    for (int k = 0; im && k < im->methods.len; k++) {
        Def *m = im->methods.items[k];
        if (m->name != sym_cstr("drop")) continue;
        if (im->ngenerics) m = instance_of(m, impl_args, im->ngenerics);
        Place r = temp(&lw, d->param_tys[0], span);
        assign(&lw, r, (Rvalue){.kind = RV_REF, .ty = d->param_tys[0], .place = self, .borrow = BORROW_MUT, .region = b->nregions++}, span);
        Operand arg = {.kind = OP_MOVE, .place = r};
        call(&lw, fn_operand(m), &arg, 1, temp(&lw, ty_unit, span), false, span);
    }
    if (t->kind == TY_ADT && t->adt->is_enum) {
        int join;
        int *blocks = switch_on_variant(&lw, self, t, &join, span);
        for (int v = 0; v < t->adt->nvariants; v++) {
            lw.cur = blocks[v];
            for (int i = 0; i < t->adt->variants[v].nfields; i++) {
                Type *ft;
                Place fp = debug_field_place(self, t, v, i, &ft);
                if (ty_needs_drop(ft)) emit_drop(&lw, fp, ft, span);
            }
            goto_block(&lw, join, span, join);
        }
        lw.cur = join;
    } else if (t->kind == TY_ADT || t->kind == TY_TUPLE || t->kind == TY_CLOSURE) {
        for (int i = 0; i < field_count_of(t); i++) {
            Type *ft = t->kind == TY_CLOSURE ? t->elems[i] : field_type_of(t, i);
            if (ty_needs_drop(ft)) emit_drop(&lw, project_field(self, i, ft), ft, span);
        }
    } else if (t->kind == TY_ARRAY && ty_needs_drop(t->elem)) {
        Type *usize = ty_int(IK_USIZE);
        Place i = temp(&lw, usize, span);
        assign(&lw, i, rv_use(const_int(usize, 0), usize), span);
        int head = new_block(&lw), body = new_block(&lw), exit = new_block(&lw);
        goto_block(&lw, head, span, head);
        Operand more = compare(&lw, BIN_LT, use_place(i, usize), const_int(usize, t->len), span);
        uint64_t *vals = arena_alloc(sizeof(uint64_t));
        int *targets = arena_alloc(sizeof(int));
        targets[0] = exit;
        terminate(&lw, (Term){.kind = TM_SWITCH, .span = span, .discr = more, .values = vals, .targets = targets, .ncases = 1, .otherwise = body},
                  body);
        emit_drop(&lw, project_index(self, i.local, t->elem), t->elem, span);
        assign(&lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
        goto_block(&lw, head, span, exit);
    }
    b->blocks[lw.cur].term = (Term){.kind = TM_RETURN, .span = span, .target = -1};
    return b;
}

/* ── closures that move a capture out (FnOnce) ──
 * Such a closure's body is lowered like any other, its captures reached through the
 * environment reference (local 1). Afterwards the body takes the environment over (a
 * local that owns it, dropped at return with what is left), and each call of it moves
 * the closure value, so its owner no longer drops it (and a second call is E0382). */

static bool moves_capture(const Operand *op, Body *b) {
    const Place *p = &op->place;
    return op->kind == OP_MOVE && p->local == 1 && p->nproj >= 2 && p->proj[0].kind == PROJ_DEREF && p->proj[1].kind == PROJ_FIELD &&
           !ty_is_copy(p->proj[1].ty) && b->locals[1].ty->kind == TY_REF;
}

static bool body_moves_capture(Body *b) {
    for (int k = 0; k < b->nblocks; k++) {
        Block *bb = &b->blocks[k];
        for (int i = 0; i < bb->nstmts; i++) {
            Rvalue *rv = &bb->stmts[i].rv;
            if (bb->stmts[i].kind != ST_ASSIGN) continue;
            if (moves_capture(&rv->a, b) || moves_capture(&rv->b, b)) return true;
            for (int e = 0; e < rv->nelems; e++)
                if (moves_capture(&rv->elems[e], b)) return true;
        }
        for (int a = 0; bb->term.kind == TM_CALL && a < bb->term.nargs; a++)
            if (moves_capture(&bb->term.args[a], b)) return true;
    }
    return false;
}

/* `(*_1).k` becomes `owned.k`. */
static void own_env_place(Place *p, int owned) {
    if (p->local != 1 || p->nproj == 0 || p->proj[0].kind != PROJ_DEREF) return;
    p->local = owned;
    p->proj++;
    p->nproj--;
}

static void own_env_operand(Operand *op, int owned) {
    if (op->kind != OP_CONST) own_env_place(&op->place, owned);
}

static void take_over_environment(Body *b) {
    Type *env = b->locals[1].ty->elem;
    int owned = ir_new_local(b, (Local){.ty = env, .span = b->span});
    for (int k = 0; k < b->nblocks; k++) {
        Block *bb = &b->blocks[k];
        for (int i = 0; i < bb->nstmts; i++) {
            Stmt *st = &bb->stmts[i];
            if (st->kind != ST_ASSIGN) continue;
            own_env_place(&st->place, owned);
            own_env_place(&st->rv.place, owned);
            own_env_operand(&st->rv.a, owned);
            own_env_operand(&st->rv.b, owned);
            for (int e = 0; e < st->rv.nelems; e++) own_env_operand(&st->rv.elems[e], owned);
        }
        Term *t = &bb->term;
        own_env_operand(&t->discr, owned);
        own_env_operand(&t->cond, owned);
        own_env_operand(&t->len, owned);
        own_env_operand(&t->index, owned);
        own_env_operand(&t->func, owned);
        for (int a = 0; a < t->nargs; a++) own_env_operand(&t->args[a], owned);
        own_env_place(&t->dest, owned);
        own_env_place(&t->place, owned);
    }
    /* owned = move *_1, first thing */
    Block *entry = &b->blocks[0];
    ir_push_stmt(entry, (Stmt){.kind = ST_NOP});
    memmove(entry->stmts + 1, entry->stmts, sizeof(Stmt) * (size_t)(entry->nstmts - 1));
    entry->stmts[0] = (Stmt){.kind = ST_ASSIGN, .span = b->span, .place = local_place(owned),
                             .rv = rv_use((Operand){.kind = OP_MOVE, .place = project_deref(local_place(1), env), .by_compiler = true}, env)};
    if (!ty_needs_drop(env)) return;
    int nblocks = b->nblocks;
    for (int k = 0; k < nblocks; k++) {
        if (b->blocks[k].term.kind != TM_RETURN) continue;
        Term ret = b->blocks[k].term;
        int next = ir_new_block(b);
        b->blocks[next].term = ret;
        request_drop_glue(env);
        b->blocks[k].term = (Term){.kind = TM_DROP, .span = ret.span, .place = local_place(owned), .target = next};
    }
}

/* After a call of a consuming closure, its value is moved (into a local never dropped). */
static void use_up_consumed_closures(Body *b) {
    int nblocks = b->nblocks;
    for (int k = 0; k < nblocks; k++) {
        Term *t = &b->blocks[k].term;
        if (t->kind != TM_CALL || t->func.kind != OP_CONST || t->func.c.kind != CONST_FN || !t->func.c.fn ||
            !t->func.c.fn->closure_consumes || t->nargs == 0 || t->args[0].kind == OP_CONST || t->target < 0)
            continue;
        int env_ref = t->args[0].place.local;
        Place closure = {.local = -1};
        Block *bb = &b->blocks[k];
        for (int i = bb->nstmts - 1; i >= 0 && closure.local == -1; i--)
            if (bb->stmts[i].kind == ST_ASSIGN && bb->stmts[i].place.local == env_ref && bb->stmts[i].place.nproj == 0 &&
                bb->stmts[i].rv.kind == RV_REF)
                closure = bb->stmts[i].rv.place;
        if (closure.local == -1) continue;
        /* used up as the call starts (its body owns the environment from then on, also
         * when a panic unwinds out of it): the reference taken stays valid for the call */
        Type *ct = ir_place_type(b, closure);
        int used = ir_new_local(b, (Local){.ty = ct, .span = t->span});
        ir_push_stmt(bb, (Stmt){.kind = ST_ASSIGN, .span = t->span, .place = local_place(used),
                                .rv = rv_use((Operand){.kind = OP_MOVE, .place = closure}, ct)});
    }
}

/* ── pruning ── */

static int compare_body_defs(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)(*(Body *const *)a)->def, y = (uintptr_t)(*(Body *const *)b)->def;
    return x < y ? -1 : x > y;
}

typedef struct Reach {
    Body **sorted;                              /* the bodies that may go, by Def */
    bool *reached;
    int n;
    PtrVec work;
} Reach;

static void reach_def(Reach *r, Def *d) {
    Body key = {.def = d}, *kp = &key;
    Body **hit = d ? bsearch(&kp, r->sorted, (size_t)r->n, sizeof(Body *), compare_body_defs) : NULL;
    if (!hit || r->reached[hit - r->sorted]) return;
    r->reached[hit - r->sorted] = true;
    ptrvec_push(&r->work, *hit);
}

static void reach_constant(void *ctx, const Const *c, Location at) {
    (void)at;
    if (c->kind == CONST_FN) reach_def(ctx, c->fn);
}

static void reach_from(Reach *r, Body *b) {
    ir_visit_body(&(IrVisitor){.ctx = r, .constant = reach_constant}, b);
}

/* The prelude's plain fns that nothing calls are dropped before the checks and codegen:
 * a program pays for the library it uses. Reached are those called or taken as values
 * from the program's own bodies, instances, closures and drop glue, and vtables' methods. */
static void drop_uncalled_bodies(IrProgram *prog, PtrVec *bodies) {
    Reach r = {0};
    r.sorted = arena_alloc(sizeof(Body *) * (size_t)(bodies->len + 1));
    for (int i = 0; i < bodies->len; i++)
        if (((Body *)bodies->items[i])->unused_unless_called) r.sorted[r.n++] = bodies->items[i];
    qsort(r.sorted, (size_t)r.n, sizeof(Body *), compare_body_defs);
    r.reached = arena_alloc(sizeof(bool) * (size_t)(r.n + 1));
    for (int i = 0; i < bodies->len; i++)
        if (!((Body *)bodies->items[i])->unused_unless_called) ptrvec_push(&r.work, bodies->items[i]);
    for (int v = 0; v < prog->nvtables; v++)
        for (int m = 0; m < prog->vtables[v].nmethods; m++) reach_def(&r, prog->vtables[v].methods[m]);
    while (r.work.len) reach_from(&r, r.work.items[--r.work.len]);
    int kept = 0;
    for (int i = 0; i < bodies->len; i++) {
        Body *b = bodies->items[i];
        Body **hit = b->unused_unless_called ? bsearch(&b, r.sorted, (size_t)r.n, sizeof(Body *), compare_body_defs) : NULL;
        if (!hit || r.reached[hit - r.sorted]) bodies->items[kept++] = b;
    }
    bodies->len = kept;
}

void lower_reset(void) {
    closure_bodies = closure_instances = glue_types = instances = fn_ptr_signatures = (PtrVec){0};
    promoted_refs = promoted_globals = fmt_shims = (PtrVec){0};
    current_program = NULL;
    lowering_instance = NULL;
    call_site = (Span){0};
    recursion_limit_reached = false;
}

IrProgram *lower_crate(Node *crate, const LowerOptions *opts) {
    IrProgram *prog = arena_alloc(sizeof *prog);
    current_program = prog;
    bool at_top = false;
    ast_visit_children(crate, collect_statics, &at_top);
    PtrVec fns = {0};
    ast_visit_children(crate, collect_fn_nodes, &fns);
    int first_prelude_fn = fns.len;
    if (crate->u.crate.prelude) ast_visit_children(crate->u.crate.prelude, collect_fn_nodes, &fns);
    /* top-level main first so that it alone gets the runtime's entry symbol */
    for (int i = 0; i < fns.len; i++) {
        Node *fn = fns.items[i];
        bool top_main = false;
        for (int j = 0; j < crate->u.crate.items.len; j++) top_main |= crate->u.crate.items.items[j] == fn;
        top_main &= strcmp(sym_str(fn->u.fn.name), "main") == 0;
        fn->u.fn.def->symbol = top_main ? symbol_for(fn->u.fn.def, 0) : symbol_for(fn->u.fn.def, i + 1);
    }
    for (int i = 0; i < fns.len; i++) {
        /* #[track_caller] fns take their caller's location as three more arguments */
        Def *d = ((Node *)fns.items[i])->u.fn.def;
        if (!d->track_caller) continue;
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(d->nparams + 3));
        memcpy(params, d->param_tys, sizeof(Type *) * (size_t)d->nparams);
        params[d->nparams] = ty_ref(ty_str, false);
        params[d->nparams + 1] = params[d->nparams + 2] = ty_int(IK_U32);
        d->param_tys = params;
        d->nparams += 3;
    }
    PtrVec bodies = {0}, generic_bodies = {0};
    for (int i = 0; i < fns.len; i++) {
        Node *fn = fns.items[i];
        if (fn->u.fn.def->ngenerics) {
            /* lowered per instance as calls ask; once as it is, for the ownership checks */
            ptrvec_push(&generic_bodies, lower_fn(fn, opts));
            continue;
        }
        Body *b = lower_fn(fn, opts);
        b->unused_unless_called = i >= first_prelude_fn;
        ptrvec_push(&bodies, b);
        if (strcmp(b->symbol, "patina_user_main") == 0) prog->main = b;
    }
    /* instances and closure bodies ask for more of each other as they are lowered */
    PtrVec closures = {0};
    int i = 0, k = 0, g = 0, f = 0, scanned = 0;
    do {
        while (i < instances.len || k < closure_bodies.len || g < glue_types.len || f < fmt_shims.len) {
            if (i < instances.len) {
                ptrvec_push(&bodies, lower_instance(instances.items[i++], opts));
            } else if (f < fmt_shims.len) {
                ptrvec_push(&bodies, lower_fmt_shim(fmt_shims.items[f++], opts));
            } else if (k < closure_bodies.len) {
                ClosureBody *cb = closure_bodies.items[k++];
                Body *b = lower_closure_body(cb, opts);
                ptrvec_push(cb->generic ? &generic_bodies : &bodies, b);
                if (!cb->generic) ptrvec_push(&closures, b);
            } else {
                ptrvec_push(&bodies, lower_drop_glue(glue_types.items[g++], opts));
            }
        }
        for (; scanned < closures.len; scanned++) {
            Body *b = closures.items[scanned];
            if (!body_moves_capture(b)) continue;
            b->def->closure_consumes = true;
            take_over_environment(b);            /* may ask for the environment's drop glue */
        }
    } while (g < glue_types.len);
    for (int n = 0; n < bodies.len; n++) use_up_consumed_closures(bodies.items[n]);
    drop_uncalled_bodies(prog, &bodies);
    prog->bodies = (Body **)bodies.items;
    prog->nbodies = bodies.len;
    prog->generic_bodies = (Body **)generic_bodies.items;
    prog->ngeneric_bodies = generic_bodies.len;
    return prog;
}
