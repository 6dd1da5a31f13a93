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
 * `<T as PartialEq>::eq` of a scalar a copy and a comparison, the operator calls
 * (`Add::add`, `PartialOrd::lt`, `Neg::neg`, `AddAssign::add_assign`: operator_fn) the
 * impl's method or the built-in operation with its checks, `<T as Default>::default()`
 * the built-in default, `Step::forward` of an integer `+ 1`; a call of an `F: Fn`
 * parameter (fn_param_call) becomes the call of the closure's body, fn item or fn
 * pointer, and `T::CONST` (assoc_const_use) the impl's value.
 * The code that runs is then the code that was checked: every instance is a substitution,
 * none is lowered from the AST again. */
#include "lower/lower.h"
#include "ir/cfg.h"

#include <string.h>

typedef struct Subst {
    LowerCtx *ctx;                              /* the crate's lowering asking for it */
    Type **args;
    int nargs;
    bool unresolved;                            /* a callee no instance can be found for
                                                   (reported) */
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

/* A callee the instance cannot resolve: a trait's method with no impl behind it for the
 * concrete type (a built-in impl the compiler does not write out), or a generic fn named
 * without type arguments. A limit of Patina's, reported at the call (once per instance). */
static void report_unresolved(Subst *s, const Def *d) {
    if (s->unresolved) return;
    s->unresolved = true;
    Diag *dg = diag_error(NULL, s->ctx->call_site,
                          "calling `%s` here is not supported by Patina yet", sym_str(d->name));
    diag_label(dg, "no implementation of it can be chosen for this instance");
    diag_emit(dg);
}

/* The hand-written Ord::cmp or PartialOrd::partial_cmp (kind GEN_CMP or GEN_PARTIAL_CMP) of
 * concrete type ty, which a type parameter's order calls in the instance instead of a
 * generated body, or NULL (derived, built in, or another kind). */
static Def *own_order_method(LowerCtx *ctx, Type *ty, GeneratedKind kind) {
    if (ty->kind != TY_ADT || (kind != GEN_CMP && kind != GEN_PARTIAL_CMP)) return NULL;
    if (kind == GEN_CMP ? ty->adt->derive_ord : ty->adt->derive_partial_ord) return NULL;
    return operator_method(ctx, NULL, ty, kind == GEN_CMP ? LANG_ORD : LANG_PARTIAL_ORD, ty);
}

/* The concrete fn a callee of the generic body reaches in this instance. */
static Def *resolve_callee(Subst *s, Def *d) {
    if (is_generic_use(d)) {
        Def *g = d->generic;
        OperatorShape shape;
        BinOp op;
        /* a type's fact, an operator: see settle_type_fact, settle_operator_call */
        if (g->kind == DEF_BUILTIN_FN || operator_fn_of(s->ctx, g, &shape, &op)) return d;
        if (g->trait && g->trait->lang == LANG_DEFAULT) return d; /* see settle_default_call */
        Type **args = arena_alloc(sizeof(Type *) * (size_t)(g->ngenerics + 1));
        for (int i = 0; i < g->ngenerics; i++) args[i] = subst_type(s, d->inst_args[i]);
        if (!g->trait) return instance_of(s->ctx, g, args, g->ngenerics);
        Def *m = trait_method_instance(s->ctx, g, args, g->ngenerics);
        if (is_builtin_fmt(m)) return generated_method(s->ctx, args[0], GEN_FMT, g);
        /* Step of an integer is built in: see settle_step_call */
        if (!has_body(m) && g->trait->lang == LANG_STEP && args[0]->kind == TY_INT) return d;
        if (!has_body(m)) report_unresolved(s, m);
        return m;
    }
    if (d->ngenerics && !d->generic) report_unresolved(s, d);
    GeneratedBody *gb = generic_generated(s->ctx, d);
    if (gb) {
        Type *ty = subst_type(s, gb->ty);
        Def *own = own_order_method(s->ctx, ty, gb->kind);
        return own ? own : generated_method(s->ctx, ty, gb->kind, gb->decl);
    }
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

/* A call the generic body makes of a trait's method that is, in this instance, a
 * #[track_caller] impl method (`<[T] as SliceMethods>::swap`): it gains the hidden (file,
 * line, col) operands lowering gives such calls: its own location, or in a #[track_caller]
 * body, its caller's. */
static void add_caller_location(Body *b, Term *t) {
    Def *callee = t->func.kind == OP_CONST && t->func.c.kind == CONST_FN ? t->func.c.fn : NULL;
    if (!callee || !callee->track_caller || t->nargs != callee->nparams) return;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(t->nargs + 3));
    memcpy(args, t->args, sizeof(Operand) * (size_t)t->nargs);
    Operand *loc = args + t->nargs;
    if (b->def && b->def->track_caller) {
        for (int i = 0; i < 3; i++)
            loc[i] = (Operand){.kind = OP_COPY, .place = {.local = b->nargs - 2 + i}};
    } else {
        location_constants(t->fn_span.hi ? t->fn_span : t->span, loc);
    }
    t->args = args;
    t->nargs += 3;
}

static void subst_term(Subst *s, Body *b, Block *bb, Term *t) {
    subst_operand(s, b, &t->discr, true);
    for (int i = 0; i < t->nargs; i++) subst_operand(s, b, &t->args[i], true);
    subst_place(s, &t->dest);
    if (settle_scalar_call(s, bb, t)) return;
    s->ctx->call_site = t->span;              /* where a recursion limit is reported */
    /* a dynamic call names the trait's method: its vtable slot is the callee */
    subst_operand(s, b, &t->func, !t->dyn_call);
    if (t->kind == TM_CALL && !t->dyn_call) add_caller_location(b, t);
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

/* The two-phase borrow that reserved the place an operator call's `&mut` argument (local)
 * points at becomes a plain mutable one where the call became the built-in write through
 * it: no call activates it any more. */
static void unreserve(Block *bb, int local) {
    for (int k = 0; k < bb->nstmts; k++) {
        Stmt *st = &bb->stmts[k];
        if (st->kind == ST_ASSIGN && st->place.local == local && st->place.nproj == 0 &&
            st->rv.kind == RV_REF && st->rv.borrow == BORROW_TWO_PHASE)
            st->rv.borrow = BORROW_MUT;
    }
}

/* An operator_fn call (`<T as Add<R>>::add(a, b)`, `<T as PartialOrd>::lt(&a, &b)`,
 * `<T as Neg>::neg(a)`, `<T as AddAssign<R>>::add_assign(&mut a, b)`) in block `block` of
 * the instance: a call of the impl's method for the concrete types, or the operation as the
 * lowering of a non-generic body writes it (operator_into: the built-in one with the
 * overflow and division checks of opts, a comparison through the impl's partial_cmp), in
 * its place (a panic reports the operator's span, as rustc's `#[track_caller]` operator
 * impls do). */
static void settle_operator_call(const Subst *s, Body *b, int block) {
    Term call = b->blocks[block].term;
    Def *d = call.kind == TM_CALL && call.func.kind == OP_CONST && call.func.c.kind == CONST_FN
        ? call.func.c.fn
        : NULL;
    OperatorShape shape;
    BinOp op;
    if (!d || !is_generic_use(d) || !operator_fn_of(s->ctx, d->generic, &shape, &op)) return;
    Type *self = subst_type(s, d->inst_args[0]);
    Type *rhs = shape == OPERATOR_NEG ? NULL : subst_type(s, d->inst_args[1]);
    Def *m = shape == OPERATOR_ORDER
        ? NULL
        : operator_method(s->ctx, NULL, self, operator_fn_lang(shape, op), rhs);
    if (m) {
        b->blocks[block].term.func = fn_operand(m);
        return;
    }
    if (shape == OPERATOR_ASSIGN) unreserve(&b->blocks[block], call.args[0].place.local);
    /* the cleanup a panic of the operation runs: the call's */
    Lower lw = {.ctx = s->ctx, .opts = s->ctx->opts, .body = b, .cur = block,
                .caller_location = -1, .resume_bb = call.unwind};
    b->blocks[block].term = (Term){.kind = TM_UNREACHABLE, .span = call.span, .target = -1};
    operator_into(&lw, call.dest, shape, op, self, rhs, call.args, call.span);
    close_temps(&lw, 0, call.span);             /* the checked pair's storage ends here */
    goto_block(&lw, call.target, call.span, call.target);
}

/* `<F as Fn<Args>>::call(&f, args)` (fn_param_call; call_mut, call_once) in block `block`
 * of the instance: the call of what F is here, as a non-generic body calls it. A closure's
 * body gets its environment by reference (an FnOnce's F, moved into the call, lives in a
 * temporary until the call returns, then is dropped; a closure that consumes its captures
 * takes it over instead, see use_up_consumed_closures); a fn item is called directly, a fn
 * pointer through the pointer. */
static void settle_fn_param_call(const Subst *s, Body *b, int block) {
    Term at = b->blocks[block].term;
    Def *d = at.kind == TM_CALL && at.func.kind == OP_CONST && at.func.c.kind == CONST_FN
        ? at.func.c.fn
        : NULL;
    LangTrait kind;
    if (!fn_param_call_of(s->ctx, d, &kind)) return;
    Type *f_ty = subst_type(s, d->inst_args[0]);
    Lower lw = {.ctx = s->ctx, .opts = s->ctx->opts, .body = b, .cur = block,
                .caller_location = -1, .resume_bb = at.unwind};
    b->blocks[block].term = (Term){.kind = TM_UNREACHABLE, .span = at.span, .target = -1};
    Place f = at.args[0].place;
    if (kind != LANG_FN_ONCE) f = project_deref(f, f_ty);
    bool owned = kind == LANG_FN_ONCE && f_ty->kind != TY_REF;
    for (; f_ty->kind == TY_REF; f_ty = f_ty->elem) f = project_deref(f, f_ty->elem);
    Operand *args = at.args + 1;
    int nargs = at.nargs - 1;
    bool diverges = d->ret_ty->kind == TY_NEVER;
    if (f_ty->kind == TY_CLOSURE) {
        Def *body = closure_def(s->ctx, f_ty);
        Type *env_ref = body->param_tys[0];
        if (owned) {
            Place held = temp(&lw, f_ty, at.span);
            assign(&lw, held, rv_use((Operand){.kind = OP_MOVE, .place = f}, f_ty), at.span);
            f = held;
        }
        Place env = temp(&lw, env_ref, at.span);
        assign(&lw, env,
               rv_ref(&lw, env_ref, f, env_ref->is_mut ? BORROW_MUT : BORROW_SHARED), at.span);
        Operand *full = arena_alloc(sizeof(Operand) * (size_t)(nargs + 1));
        full[0] = (Operand){.kind = OP_MOVE, .place = env};
        for (int i = 0; i < nargs; i++) full[i + 1] = args[i];
        call(&lw, fn_operand(body), full, nargs + 1, at.dest, diverges, at.span);
    } else if (f_ty->kind == TY_FN_PTR) {
        call_through(&lw, use_place(f, f_ty), fn_ptr_signature(s->ctx, f_ty), args, nargs,
                     at.dest, diverges, at.span);
    } else {                                    /* a fn item */
        call(&lw, fn_operand(f_ty->def), args, nargs, at.dest, diverges, at.span);
    }
    close_temps(&lw, 0, at.span);             /* (an FnOnce's closure is dropped here) */
    goto_block(&lw, at.target, at.span, at.target);
}

/* `<T as Tr>::N` (assoc_const_use) in block `block` of the instance: the value of the impl
 * for the concrete Self, inlined as a non-generic body inlines a const. */
static void settle_assoc_const(const Subst *s, Body *b, int block) {
    Term at = b->blocks[block].term;
    Def *d = at.kind == TM_CALL && at.func.kind == OP_CONST && at.func.c.kind == CONST_FN
        ? at.func.c.fn
        : NULL;
    Def *c = assoc_const_of(s->ctx, d);
    if (!c) return;
    Node *value = assoc_const_value(c, subst_type(s, d->inst_args[0]));
    Lower lw = {.ctx = s->ctx, .opts = s->ctx->opts, .body = b, .cur = block,
                .caller_location = -1, .resume_bb = at.unwind};
    b->blocks[block].term = (Term){.kind = TM_UNREACHABLE, .span = at.span, .target = -1};
    lower_into(&lw, at.dest, value);
    close_temps(&lw, 0, at.span);
    goto_block(&lw, at.target, at.span, at.target);
}

/* `<T as Step>::forward(x)` (backward) of an integer T in block `block` of the instance:
 * x + 1 (x - 1), as a non-generic body writes it (a range never steps past its ends). */
static void settle_step_call(const Subst *s, Block *bb) {
    Term *t = &bb->term;
    Def *d = t->kind == TM_CALL && t->func.kind == OP_CONST && t->func.c.kind == CONST_FN
        ? t->func.c.fn
        : NULL;
    if (!d || !is_generic_use(d) || !d->generic->trait || d->generic->trait->lang != LANG_STEP)
        return;
    Type *ty = subst_type(s, d->inst_args[0]);
    BinOp op = d->name == sym_cstr("backward") ? BIN_SUB : BIN_ADD;
    Stmt st = {.kind = ST_ASSIGN, .span = t->span, .place = t->dest};
    st.rv = rv_binary(op, t->args[0], const_int(ty, 1), ty);
    ir_push_stmt(bb, st);
    *t = (Term){.kind = TM_GOTO, .span = t->span, .target = t->target};
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
    Subst s = {ctx, args, nargs, false};
    Body *b = ir_body_clone(generic);
    b->def = instance;
    b->symbol = instance->symbol;
    b->unused_unless_called = false;
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
        settle_step_call(&s, bb);
    }
    /* (the built-in operations add blocks: the body's own are settled first) */
    for (int i = 0, n = b->nblocks; i < n; i++) {
        settle_operator_call(&s, b, i);
        settle_default_call(&s, b, i);
        settle_fn_param_call(&s, b, i);
        settle_assoc_const(&s, b, i);
    }
    empty_unreachable_blocks(b);
    return b;
}
