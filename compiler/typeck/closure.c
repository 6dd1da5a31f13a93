/* closure.c — closures and what they do with their captures.
 *
 * Takes: N_CLOSURE nodes, with the signature the context expects (an Fn bound).
 * Gives: the closure's type and signature, and whether it mutates or consumes a capture
 * (Fn / FnMut / FnOnce); note_mutation marks the bindings a body mutates. */
#include "patina.h"
#include "typeck_internal.h"

/* The binding a place expression is rooted in (`a.b[i].c`, `*r`), or NULL. */
static Binding *place_root(Node *e) {
    for (;;) {
        e = skip_identity_conversions(e);
        switch (e->kind) {
        case N_PAREN: e = e->u.unary.operand; break;
        case N_FIELD: e = e->u.field.base; break;
        case N_INDEX: e = e->u.binary.lhs; break;
        case N_UNARY: if (e->u.unary.op != UN_DEREF) return NULL; e = e->u.unary.operand; break;
        case N_PATH: return e->u.path.binding;
        default: return NULL;
        }
    }
}

/* A write through place expression e: a closure capturing its root captures it mutably. */
void note_mutation(Tc *tc, Node *e) {
    Binding *b = place_root(e);
    if (!b) return;
    for (int i = 0; i < tc->closures.len; i++) {
        Def *c = tc->closures.items[i];
        for (int k = 0; k < c->captures.len; k++) {
            if (c->captures.items[k] != b) continue;
            if (c->closure_must_be_fn) {
                Diag *d = diag_error(
                    "E0594", e->span,
                    "cannot assign to `%s`, as it is a captured variable in a `Fn` closure",
                    sym_str(b->name));
                diag_label(d, "cannot assign");
                diag_emit(d);
                c->closure_must_be_fn = false;  /* once */
                continue;
            }
            c->closure_mutates = true;
            if ((intptr_t)c->capture_modes.items[k] == CAPTURE_REF)
                c->capture_modes.items[k] = (void *)(intptr_t)CAPTURE_MUT;
        }
    }
}

/* The variables a closure body moves: used by value (an argument, a `self` receiver, an
 * initializer, a literal's field, a result) with a type that is not Copy. rustc captures
 * those by value even without `move` (and the closure is then FnOnce). */
typedef struct MoveScan {
    Tc *tc;
    PtrVec moved;                               /* Binding* */
} MoveScan;

static void scan_moves(MoveScan *ms, Node *e, bool value);

static void scan_moves_in(Node *n, const char *role, void *ctx) {
    (void)role;
    scan_moves(ctx, n, false);
}

static void scan_move_list(MoveScan *ms, NodeList *l) {
    for (int i = 0; i < l->len; i++) scan_moves(ms, l->items[i], true);
}

static void scan_moves(MoveScan *ms, Node *e, bool value) {
    if (!e) return;
    if (e->conversion) {
        /* the value converted is used as the conversion's result is (identity), or moved
         * into the conversion (a call of `from`, a cast) */
        Conversion *c = e->conversion;
        scan_moves(ms, c->operand, c->kind == CONVERSION_IDENTITY ? value : true);
        return;
    }
    switch (e->kind) {
    case N_PATH: case N_FIELD: {
        Binding *b = place_root(e);
        if (value && b && e->ty && !ty_is_copy(zonk(ms->tc, e->ty))) ptrvec_push(&ms->moved, b);
        if (e->kind == N_FIELD) scan_moves(ms, e->u.field.base, false);
        return;
    }
    case N_PAREN: scan_moves(ms, e->u.unary.operand, value); return;
    case N_CALL: {
        /* an `F: FnOnce` parameter is moved into its call (`call_once(f)`) */
        Type *f = e->u.call.callee->ty ? zonk(ms->tc, e->u.call.callee->ty) : NULL;
        Node *bound = f && f->kind == TY_PARAM ? f->def->fn_bound : NULL;
        bool once = bound && bound->u.path.def && bound->u.path.def->trait->lang == LANG_FN_ONCE;
        scan_moves(ms, e->u.call.callee, once);
        scan_move_list(ms, &e->u.call.args);
        return;
    }
    case N_METHOD_CALL:
        scan_moves(ms, e->u.call.receiver,
                   e->u.call.method_def && e->u.call.method_def->self_kind == SELF_VALUE);
        scan_move_list(ms, &e->u.call.args);
        return;
    case N_LET:
        scan_moves(ms, e->u.let.init, true);
        scan_moves(ms, e->u.let.else_block, false);
        return;
    case N_EXPR_STMT: scan_moves(ms, e->u.expr_stmt.expr, true); return;
    case N_BLOCK:
        for (int i = 0; i < e->u.block.stmts.len; i++)
            scan_moves(ms, e->u.block.stmts.items[i], false);
        scan_moves(ms, e->u.block.tail, value);
        return;
    case N_IF:
        scan_moves(ms, e->u.if_.cond, false);
        scan_moves(ms, e->u.if_.then_block, value);
        scan_moves(ms, e->u.if_.else_branch, value);
        return;
    case N_MATCH:
        scan_moves(ms, e->u.match.scrutinee, false);
        for (int i = 0; i < e->u.match.arms.len; i++) {
            Node *arm = e->u.match.arms.items[i];
            scan_moves(ms, arm->u.arm.guard, false);
            scan_moves(ms, arm->u.arm.body, value);
        }
        return;
    case N_RETURN: case N_BREAK: scan_moves(ms, e->u.jump.value, true); return;
    case N_TUPLE: case N_ARRAY: scan_move_list(ms, &e->u.list.elems); return;
    case N_STRUCT_LIT:
        for (int i = 0; i < e->u.struct_lit.fields.len; i++)
            scan_moves(ms, ((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr, true);
        scan_moves(ms, e->u.struct_lit.base, true);
        return;
    case N_ASSIGN:
        scan_moves(ms, e->u.binary.lhs, false);
        scan_moves(ms, e->u.binary.rhs, true);
        return;
    case N_CLOSURE: return;                     /* its own captures */
    default: ast_visit_children(e, scan_moves_in, ms); return;
    }
}

/* `|params| body`: parameter types from annotations, else from the expected `Fn(A) -> B`
 * signature, else inferred; the body is checked with the closure's return type; captured
 * variables are borrowed (mutably if the body writes them) or, for `move`, moved. */
Type *check_closure(Tc *tc, Node *n, Type *expected) {
    Def *d = n->u.closure.def;
    int np = n->u.closure.params.len;
    Type **sig = tc->closure_params, *sig_ret = tc->closure_ret;
    int nsig = sig ? tc->closure_nparams : 0;
    Type *fn_ptr = expected ? shallow(tc, expected) : NULL;
    Node *opaque = sig ? NULL : opaque_fn_bound(tc, expected);
    /* `-> impl Fn(A) -> B` */
    if (opaque) fn_path_sig(tc, opaque, NULL, 0, &sig, &nsig, &sig_ret);
    if (!sig && fn_ptr && fn_ptr->kind == TY_FN_PTR) {
        /* written where a `fn(A) -> B` is expected: its signature */
        sig = fn_ptr->elems;
        nsig = fn_ptr->nelems;
        sig_ret = fn_ptr->ret;
    }
    d->closure_must_be_fn = sig && tc->closure_fn;
    tc->closure_params = NULL;
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(np + 2));
    for (int i = 0; i < np; i++) {
        Node *p = n->u.closure.params.items[i];
        params[i + 1] = p->u.param.ty ? lower_type(tc, p->u.param.ty, true)
                        : i < nsig    ? sig[i]
                                      : fresh(tc, INFER_GENERAL);
        if (p->u.param.ty && i < nsig) unify(tc, params[i + 1], sig[i]);
        check_pattern(tc, p->u.param.pat, params[i + 1]);
    }
    Type *ret = n->u.closure.ret ? lower_type(tc, n->u.closure.ret, true)
                : sig            ? sig_ret
                                 : fresh(tc, INFER_GENERAL);
    if (n->u.closure.ret && sig) unify(tc, ret, sig_ret);
    for (int k = 0; k < d->captures.len; k++)
        ptrvec_push(&d->capture_modes,
                    (void *)(intptr_t)(n->u.closure.is_move ? CAPTURE_MOVE : CAPTURE_REF));
    Type *saved_ret = tc->ret_ty;
    PtrVec saved_loops = tc->loops;
    tc->ret_ty = ret;
    tc->loops = (PtrVec){0};
    ptrvec_push(&tc->closures, d);
    check_expr(tc, n->u.closure.body, ret);
    tc->closures.len--;
    if (!n->u.closure.is_move) {
        MoveScan ms = {.tc = tc};
        scan_moves(&ms, n->u.closure.body, true);
        for (int k = 0; k < d->captures.len; k++)
            for (int i = 0; i < ms.moved.len; i++)
                if (ms.moved.items[i] == d->captures.items[k])
                    d->capture_modes.items[k] = (void *)(intptr_t)CAPTURE_MOVE;
    }
    tc->ret_ty = saved_ret;
    tc->loops = saved_loops;
    Type **caps = arena_alloc(sizeof(Type *) * (size_t)(d->captures.len + 1));
    for (int k = 0; k < d->captures.len; k++) {
        Binding *b = d->captures.items[k];
        intptr_t mode = (intptr_t)d->capture_modes.items[k];
        caps[k] = mode == CAPTURE_MOVE ? b->ty : ty_ref(b->ty, mode == CAPTURE_MUT);
    }
    Def *outer = tc->fn ? tc->fn->u.fn.def : NULL;
    Type *parent = NULL;
    if (outer && outer->ngenerics) {
        Type **args = arena_alloc(sizeof(Type *) * (size_t)outer->ngenerics);
        for (int i = 0; i < outer->ngenerics; i++) args[i] = ty_param(outer->generic_defs[i]);
        parent = ty_tuple(args, outer->ngenerics);
    }
    Type *ct = ty_closure_in(d, caps, d->captures.len, parent);
    params[0] = ty_ref(ct, d->closure_mutates);
    /* what the body fixed, put in now: an impl matched against the closure's type later in
     * the statement (`map(|x| x).copied()`'s `I: Iterator<Item = &T>`) reads its result */
    for (int i = 1; i <= np; i++) params[i] = zonk(tc, params[i]);
    d->param_tys = params;
    d->nparams = np + 1;
    d->ret_ty = zonk(tc, ret);
    ptrvec_push(&tc->all_closures, d);
    return ct;
}
