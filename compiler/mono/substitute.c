/* substitute.c — an instance of a generic fn as a substitution of its checked body.
 *
 * Takes: a generic body as lowering made it and the ownership checks read it (with its
 * type parameters), and one instance's type arguments.
 * Gives: the instance's body: a clone of the generic body with the arguments substituted
 * in every type it holds (locals, projections, operands, constants, rvalues, aggregates,
 * closure types), and what only the concrete types decide resolved, as rustc's
 * codegen-time Instance::resolve does: a call of `f::<T>` goes to the instance
 * `f::<i32>`, a trait method to the impl's method for the now-known Self (or the
 * compiler's fmt body for a primitive), a closure to its per-instance body, a vtable to
 * the concrete type's, a drop to the type's drop glue (or nowhere, for a type that turns
 * out to need none), and a `move` of a type that turns out to be Copy becomes a copy.
 * Calls that stand for built-in operations are written out in place when the type is a
 * primitive: `size_of::<T>()` and its kin become constants, `<T as Clone>::clone` and
 * `<T as PartialEq>::eq` of a scalar a copy and a comparison, `<T as Add>::add` the
 * checked arithmetic, `<T as Default>::default()` the built-in default.
 * The code that runs is then the code that was checked. When the generic body holds
 * something only an instance can resolve that is not a call (see
 * Body.instance_dependent) the instance is lowered from the AST instead (lower.c). */
#include "lower/lower.h"
#include "ir/cfg.h"

#include <string.h>

typedef struct Subst {
    LowerCtx *ctx;                              /* the crate's lowering asking for it */
    Type **args;
    int nargs;
    bool unresolved;                            /* a callee no instance can be found for */
} Subst;

static Type *subst_type(const Subst *s, Type *t) { return t ? ty_subst(t, s->args, s->nargs) : t; }

static void subst_place(const Subst *s, Place *p) {
    for (int i = 0; i < p->nproj; i++) p->proj[i].ty = subst_type(s, p->proj[i].ty);
}

static bool has_body(const Def *d) {
    return !d->node || d->node->kind != N_FN || d->node->u.fn.body;
}

/* The generated body (derived impl, the compiler's fmt) d stands for in a generic body,
 * or NULL. */
static GeneratedBody *generic_generated(const LowerCtx *ctx, const Def *d) {
    for (int i = 0; i < ctx->generated.len; i++) {
        GeneratedBody *g = ctx->generated.items[i];
        if (g->def == d) return g->generic ? g : NULL;
    }
    return NULL;
}

/* Whether the generic body's callee d is one an instance can resolve: not a generic fn or
 * a trait's declaration named without its arguments (an operator method of a generic
 * impl, say, which only the AST's types resolve). Checked before anything is resolved, so
 * that a body lowered from the AST instead has asked for no instance of its own. */
static bool resolvable(const LowerCtx *ctx, const Def *d) {
    if (!d || is_generic_use(d) || generic_generated(ctx, d)) return true;
    if (d->node && d->node->kind == N_CLOSURE) return true;
    return !(d->ngenerics && !d->generic) && !(d->trait && !d->impl && !has_body(d));
}

static bool operand_resolvable(const LowerCtx *ctx, const Operand *op) {
    return op->kind != OP_CONST || op->c.kind != CONST_FN || resolvable(ctx, op->c.fn);
}

static bool body_resolvable(const LowerCtx *ctx, const Body *b) {
    for (int i = 0; i < b->nblocks; i++) {
        const Block *bb = &b->blocks[i];
        for (int k = 0; k < bb->nstmts; k++) {
            const Rvalue *rv = &bb->stmts[k].rv;
            if (!operand_resolvable(ctx, &rv->a) || !operand_resolvable(ctx, &rv->b)) return false;
            for (int e = 0; e < rv->nelems; e++)
                if (!operand_resolvable(ctx, &rv->elems[e])) return false;
        }
        const Term *t = &bb->term;
        if (t->kind != TM_CALL) continue;
        /* a dynamic call names the trait's method: its vtable slot is the callee */
        if (!t->dyn_call && !operand_resolvable(ctx, &t->func)) return false;
        for (int a = 0; a < t->nargs; a++)
            if (!operand_resolvable(ctx, &t->args[a])) return false;
    }
    return true;
}

/* The concrete fn a callee of the generic body reaches in this instance. */
static Def *resolve_callee(Subst *s, Def *d) {
    if (is_generic_use(d)) {
        Def *g = d->generic;
        BinOp op;
        /* a type's fact, an operator: see settle_type_fact, settle_operator_call */
        if (g->kind == DEF_BUILTIN_FN || operator_fn_of(s->ctx, g, &op)) return d;
        if (g->trait && g->trait->lang == LANG_DEFAULT) return d; /* see settle_default_call */
        Type **args = arena_alloc(sizeof(Type *) * (size_t)(g->ngenerics + 1));
        for (int i = 0; i < g->ngenerics; i++) args[i] = subst_type(s, d->inst_args[i]);
        if (!g->trait) return instance_of(s->ctx, g, args, g->ngenerics);
        Def *m = trait_method_instance(s->ctx, g, args, g->ngenerics);
        if (is_builtin_fmt(m)) return generated_method(s->ctx, args[0], GEN_FMT, g);
        if (!has_body(m)) s->unresolved = true; /* a built-in impl (Clone of a Copy type) */
        return m;
    }
    GeneratedBody *gb = generic_generated(s->ctx, d);
    if (gb) return generated_method(s->ctx, subst_type(s, gb->ty), gb->kind, gb->decl);
    if (d->node && d->node->kind == N_CLOSURE && d->nparams && d->param_tys[0]->kind == TY_REF) {
        /* its environment's type names the instance: the closure of this instance's fn */
        Type *env = subst_type(s, d->param_tys[0]->elem);
        return env->kind == TY_CLOSURE ? closure_def(s->ctx, env) : d;
    }
    return d;
}

static void subst_operand(Subst *s, Body *b, Operand *op, bool resolve_fn) {
    if (op->kind != OP_CONST) {
        subst_place(s, &op->place);
        if (op->kind == OP_MOVE && ty_is_copy(ir_place_type(b, op->place))) op->kind = OP_COPY;
        return;
    }
    Const *c = &op->c;
    c->ty = subst_type(s, c->ty);
    if (c->kind == CONST_FN && c->fn && resolve_fn) {
        c->fn = resolve_callee(s, c->fn);
        c->ty = ty_fn_def(c->fn);
    } else if (c->kind == CONST_VTABLE) {
        IrVtable *vt = &b->program->vtables[(int)c->bits];
        Type *ty = subst_type(s, vt->ty);
        if (ty != vt->ty) c->bits = (IntBits)vtable_of(s->ctx, ty, vt->trait);
    }
}

static void subst_rvalue(Subst *s, Body *b, Rvalue *rv) {
    rv->ty = subst_type(s, rv->ty);
    subst_operand(s, b, &rv->a, true);
    subst_operand(s, b, &rv->b, true);
    subst_place(s, &rv->place);
    for (int i = 0; i < rv->nelems; i++) subst_operand(s, b, &rv->elems[i], true);
    if (rv->kind == RV_AGGREGATE && rv->ty->kind == TY_CLOSURE) closure_def(s->ctx, rv->ty);
}

/* A call of `size_of::<T>()` (type_fact_fn) in the generic body: in the instance, the
 * constant for its type (rustc's NullaryOp(SizeOf, T), evaluated at monomorphization). */
static void settle_type_fact(const Subst *s, Block *bb, Term *t) {
    Def *d = t->kind == TM_CALL && t->func.kind == OP_CONST && t->func.c.kind == CONST_FN
        ? t->func.c.fn
        : NULL;
    if (!d || !is_generic_use(d) || d->generic->kind != DEF_BUILTIN_FN) return;
    Builtin fact = d->generic->builtin;
    Type *of = subst_type(s, d->inst_args[0]), *ty = type_fact_type(fact);
    if (fact == BUILTIN_SIZE_OF && layout_too_big(of)) layout_report_too_big(of, t->span, "E0080");
    IntBits v = type_fact_value(fact, of);
    Const c = ty == ty_bool ? (Const){.kind = CONST_BOOL, .ty = ty, .bits = v != 0}
                            : (Const){.kind = CONST_INT, .ty = ty, .bits = v};
    Stmt st = {.kind = ST_ASSIGN, .span = t->span, .place = t->dest};
    st.rv = (Rvalue){.kind = RV_USE, .ty = ty, .a = {.kind = OP_CONST, .c = c}};
    ir_push_stmt(bb, st);
    *t = (Term){.kind = TM_GOTO, .span = t->span, .target = t->target};
}

/* A call of `<T as Clone>::clone(&x)` or `<T as PartialEq>::eq(&a, &b)` whose T turned out
 * a scalar: the copy `*x`, or the comparison `*a == *b`, in place, as the lowering of a
 * non-generic body writes them (no body per scalar type to call). */
static bool settle_scalar_call(const Subst *s, Block *bb, Term *t) {
    Def *d = t->kind == TM_CALL && t->func.kind == OP_CONST && t->func.c.kind == CONST_FN
        ? t->func.c.fn
        : NULL;
    GeneratedBody *g = d ? generic_generated(s->ctx, d) : NULL;
    if (!g || (g->kind != GEN_CLONE && g->kind != GEN_EQ)) return false;
    Type *ty = subst_type(s, g->ty);
    bool scalar = ty->kind == TY_INT || ty->kind == TY_FLOAT || ty->kind == TY_BOOL ||
        ty->kind == TY_CHAR;
    if (!scalar && (g->kind != GEN_CLONE || !ty_is_copy(ty))) return false;
    Operand at[2];
    for (int i = 0; i < t->nargs && i < 2; i++) {
        /* the argument is a `&T` in a local: read through it */
        Place p = t->args[i].place;
        Proj *proj = arena_alloc(sizeof(Proj) * (size_t)(p.nproj + 1));
        if (p.nproj) memcpy(proj, p.proj, sizeof(Proj) * (size_t)p.nproj);
        proj[p.nproj] = (Proj){.kind = PROJ_DEREF, .ty = ty};
        at[i] = (Operand){.kind = OP_COPY, .place = {p.local, p.nproj + 1, proj}};
    }
    Stmt st = {.kind = ST_ASSIGN, .span = t->span, .place = t->dest};
    st.rv = g->kind == GEN_CLONE
        ? (Rvalue){.kind = RV_USE, .ty = ty, .a = at[0]}
        : (Rvalue){.kind = RV_BINARY, .ty = ty_bool, .binop = BIN_EQ, .a = at[0], .b = at[1]};
    ir_push_stmt(bb, st);
    *t = (Term){.kind = TM_GOTO, .span = t->span, .target = t->target};
    return true;
}

static void subst_term(Subst *s, Body *b, Block *bb, Term *t) {
    subst_operand(s, b, &t->discr, true);
    for (int i = 0; i < t->nargs; i++) subst_operand(s, b, &t->args[i], true);
    subst_place(s, &t->dest);
    if (settle_scalar_call(s, bb, t)) return;
    s->ctx->call_site = t->span;              /* where a recursion limit is reported */
    /* a dynamic call names the trait's method: its vtable slot is the callee */
    subst_operand(s, b, &t->func, !t->dyn_call);
    if (t->indirect_sig && t->indirect_sig->const_ty)
        t->indirect_sig = fn_ptr_signature(s->ctx, subst_type(s, t->indirect_sig->const_ty));
    subst_operand(s, b, &t->cond, true);
    subst_operand(s, b, &t->len, true);
    subst_operand(s, b, &t->index, true);
    subst_place(s, &t->place);
    if (t->kind != TM_DROP) return;
    Type *dropped = ir_place_type(b, t->place);
    if (ty_needs_drop(dropped)) request_drop_glue(s->ctx, dropped);
    else *t = (Term){.kind = TM_GOTO, .span = t->span, .target = t->target};
}

/* `<T as Add<R>>::add(a, b)` (operator_fn) in block `block` of the instance: a call of the
 * impl's method for the concrete types, or the built-in operation with the overflow and
 * division checks of opts, as the lowering of a non-generic body writes it, in its place
 * (a panic reports the operator's span, as rustc's `#[track_caller]` operator impls do). */
static void settle_operator_call(const Subst *s, Body *b, int block) {
    Term call = b->blocks[block].term;
    Def *d = call.kind == TM_CALL && call.func.kind == OP_CONST && call.func.c.kind == CONST_FN
        ? call.func.c.fn
        : NULL;
    BinOp op;
    if (!d || !is_generic_use(d) || !operator_fn_of(s->ctx, d->generic, &op)) return;
    Type *self = subst_type(s, d->inst_args[0]), *rhs = subst_type(s, d->inst_args[1]);
    Def *m = operator_method(s->ctx, NULL, self, ty_operator_lang(op, false), rhs);
    if (m) {
        b->blocks[block].term.func = fn_operand(m);
        return;
    }
    /* the cleanup a panic of the operation runs: the call's */
    Lower lw = {.ctx = s->ctx, .opts = s->ctx->opts, .body = b, .cur = block,
                .caller_location = -1, .resume_bb = call.unwind};
    b->blocks[block].term = (Term){.kind = TM_UNREACHABLE, .span = call.span, .target = -1};
    arith_into(&lw, call.dest, op, ir_place_type(b, call.dest), call.args[0], call.args[1],
               call.span);
    close_temps(&lw, 0, call.span);             /* the checked pair's storage ends here */
    goto_block(&lw, call.target, call.span, call.target);
}

/* `<T as Default>::default()` in block `block` of the instance: a call of the impl's
 * method, or the built-in default (zero, false, empty, a derived impl's fields' defaults)
 * written in its place, as the lowering of a non-generic body writes it. */
static void settle_default_call(const Subst *s, Body *b, int block) {
    Term call = b->blocks[block].term;
    Def *d = call.kind == TM_CALL && call.func.kind == OP_CONST && call.func.c.kind == CONST_FN
        ? call.func.c.fn
        : NULL;
    if (!d || !is_generic_use(d) || !d->generic->trait ||
        d->generic->trait->lang != LANG_DEFAULT)
        return;
    Type *self = subst_type(s, d->inst_args[0]);
    Def *m = trait_method_instance(s->ctx, d->generic, &self, 1);
    if (has_body(m)) {
        b->blocks[block].term.func = fn_operand(m);
        return;
    }
    Lower lw = {.ctx = s->ctx, .opts = s->ctx->opts, .body = b, .cur = block,
                .caller_location = -1, .resume_bb = call.unwind};
    b->blocks[block].term = (Term){.kind = TM_UNREACHABLE, .span = call.span, .target = -1};
    default_into(&lw, call.dest, self, call.span);
    close_temps(&lw, 0, call.span);
    goto_block(&lw, call.target, call.span, call.target);
}

/* Blocks that the instance's resolved calls no longer reach (the cleanup chain of a call
 * that became a copy) are emptied: a landing pad that nothing unwinds to is not emitted. */
static void empty_unreachable_blocks(Body *b) {
    const Cfg *cfg = ir_cfg(b);
    for (int i = 0; i < b->nblocks; i++) {
        if (cfg->reachable[i]) continue;
        b->blocks[i].nstmts = 0;
        b->blocks[i].term = (Term){.kind = TM_UNREACHABLE, .span = b->blocks[i].term.span,
                                   .target = -1};
    }
    ir_body_changed(b);
}

Body *mono_instance_body(LowerCtx *ctx, const Body *generic, Def *instance, Type **args,
                         int nargs) {
    if (!body_resolvable(ctx, generic)) return NULL;
    Subst s = {ctx, args, nargs, false};
    Body *b = ir_body_clone(generic);
    b->def = instance;
    b->symbol = instance->symbol;
    b->unused_unless_called = false;
    b->instance_dependent = false;
    /* the region variables are renumbered afresh by whoever reads them (the printer) */
    for (int i = 0; i < b->nlocals; i++) {
        Local *l = &b->locals[i];
        l->ty = subst_type(&s, l->ty);
        l->renumbered_ty = NULL;
    }
    for (int i = 0; i < b->nblocks; i++) {
        Block *bb = &b->blocks[i];
        for (int k = 0; k < bb->nstmts; k++) {
            subst_place(&s, &bb->stmts[k].place);
            subst_rvalue(&s, b, &bb->stmts[k].rv);
        }
        subst_term(&s, b, bb, &bb->term);
        settle_type_fact(&s, bb, &bb->term);
    }
    if (s.unresolved) return NULL;
    /* (the built-in operations add blocks: the body's own are settled first) */
    for (int i = 0, n = b->nblocks; i < n; i++) {
        settle_operator_call(&s, b, i);
        settle_default_call(&s, b, i);
    }
    empty_unreachable_blocks(b);
    return b;
}
