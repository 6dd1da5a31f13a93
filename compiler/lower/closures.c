/* closures.c — closures.
 *
 * Takes: a closure expression, its Def (captured places from typeck) and its body.
 * Gives: the closure value (its captures), the places of captured variables inside its
 * body (through the environment), the Defs of closures of generic fns per
 * instance, the signatures of calls through fn pointers, the closure body as a fn of
 * (&env, params...), and, for a closure that moves a capture out (FnOnce), a body owning
 * its environment and callers that give the closure up. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static void queue_closure_body(LowerCtx *ctx, Def *def, Type *parent, bool generic) {
    ClosureBody *cb = arena_alloc(sizeof *cb);
    *cb = (ClosureBody){.node = def->node, .def = def, .parent = parent, .generic = generic};
    def->symbol = arena_printf("_ptclosure%d", ctx->closure_bodies.len);
    ptrvec_push(&ctx->closure_bodies, cb);
}

/* The Def a closure type calls: the closure's own, or for a closure inside a generic fn
 * its instance for the fn's type arguments (made, and its body queued, on first use). */
Def *closure_def(LowerCtx *ctx, Type *ct) {
    Def *c = ct->def;
    if (!ct->elem || ty_contains(ct->elem, TY_PARAM)) {
        if (!c->symbol) queue_closure_body(ctx, c, ct->elem, ct->elem != NULL);
        return c;
    }
    for (int i = 0; i < ctx->closure_instances.len; i++) {
        Def *in = ctx->closure_instances.items[i];
        if (in->generic == c && in->inst_args == ct->elem->elems) return in;
    }
    Def *in = arena_alloc(sizeof *in);
    *in = *c;
    in->generic = c;
    in->inst_args = ct->elem->elems;
    in->param_tys = arena_alloc(sizeof(Type *) * (size_t)(c->nparams + 1));
    for (int i = 0; i < c->nparams; i++) in->param_tys[i] = ty_closure_sig(ct, c->param_tys[i]);
    in->ret_ty = ty_closure_sig(ct, c->ret_ty);
    ptrvec_push(&ctx->closure_instances, in);
    queue_closure_body(ctx, in, ct->elem, false);
    return in;
}

/* The signature a call through a `fn(A) -> B` pointer has: a Def of no body, one per type. */
Def *fn_ptr_signature(LowerCtx *ctx, Type *fn_ptr) {
    for (int i = 0; i < ctx->fn_ptr_signatures.len; i++)
        if (((Def *)ctx->fn_ptr_signatures.items[i])->const_ty == fn_ptr)
            return ctx->fn_ptr_signatures.items[i];
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr("<fn pointer>");
    d->const_ty = fn_ptr;
    d->param_tys = fn_ptr->elems;
    d->nparams = fn_ptr->nelems;
    d->ret_ty = fn_ptr->ret;
    ptrvec_push(&ctx->fn_ptr_signatures, d);
    return d;
}

/* The IR place of path's steps from..n applied to p, as as_place projects them. */
static Place apply_steps(Place p, const PlacePath *path, int from) {
    for (int i = from; i < path->n; i++) {
        const PlaceStep *s = &path->steps[i];
        switch (s->kind) {
        case STEP_FIELD: p = project_field(p, s->field, s->ty); break;
        case STEP_DEREF: p = project_deref(p, s->ty); break;
        case STEP_BOX_DEREF:
            p = project_field(p, 0, ty_field(s->base, &s->base->adt->fields[0]));
            p = project_deref(p, s->ty);
            break;
        }
    }
    return p;
}

static bool steps_are_prefix(const PlacePath *a, const PlacePath *b) {
    if (a->root != b->root || a->n > b->n) return false;
    for (int i = 0; i < a->n; i++)
        if (a->steps[i].kind != b->steps[i].kind ||
            (a->steps[i].kind == STEP_FIELD && a->steps[i].field != b->steps[i].field))
            return false;
    return true;
}

static bool names_upvar(Def *c, Binding *b) {
    for (int k = 0; c && k < c->upvars_mentioned.len; k++)
        if (c->upvars_mentioned.items[k] == b) return true;
    return false;
}

/* The place of path in the body being lowered: in a closure's body, a place of an outer
 * variable is reached through the capture above it (its environment field, through the
 * captured reference unless it was moved in), then the rest of the steps (rustc's
 * PlaceBuilder::Upvar). UPVAR_NOT_CAPTURED: a place of an outer variable no capture
 * holds (`let _ = x;` captures nothing). */
static UpvarPlace place_of_path(Lower *lw, const PlacePath *path, Place *out) {
    Def *c = lw->closure;
    if (!names_upvar(c, path->root)) {
        *out = apply_steps(binding_place(lw, path->root), path, 0);
        return UPVAR_LOCAL;
    }
    for (int k = 0; k < c->capture_places.len; k++) {
        PlacePath captured;
        if (!captured_place_path(c->capture_places.items[k], &captured) ||
            !steps_are_prefix(&captured, path))
            continue;
        Type *env_ty = c->param_tys[0]->elem;
        Place env = project_deref(local_place(1), env_ty);
        Place field = project_field(env, k, env_ty->elems[k]);
        if ((intptr_t)c->capture_modes.items[k] != CAPTURE_MOVE)
            field = project_deref(field, env_ty->elems[k]->elem);
        *out = apply_steps(field, path, captured.n);
        return UPVAR_CAPTURED;
    }
    return UPVAR_NOT_CAPTURED;
}

UpvarPlace closure_upvar_place(Lower *lw, Node *e, Place *out) {
    return closure_upvar_place_upto(lw, e, 0, out);
}

/* closure_upvar_place of e's value through the first upto of its adjustments. */
UpvarPlace closure_upvar_place_upto(Lower *lw, Node *e, int upto, Place *out) {
    PlacePath path;
    if (!lw->closure || !place_path_upto(e, upto, &path) ||
        !names_upvar(lw->closure, path.root))
        return UPVAR_LOCAL;
    return place_of_path(lw, &path, out);
}

/* A closure value: its environment, one field per captured place (a reference to it, or
 * its value when moved or copied in); its body becomes a function of its own, lowered
 * after the enclosing one. */
void lower_closure_into(Lower *lw, Place dest, Node *e) {
    Def *c = e->u.closure.def;
    Type *ct = e->ty;
    Rvalue env = {.kind = RV_AGGREGATE, .ty = ct, .nelems = c->captures.len};
    env.elems = arena_alloc(sizeof(Operand) * (size_t)(c->captures.len + 1));
    for (int k = 0; k < c->captures.len; k++) {
        PlacePath path;
        Place p;
        if (!captured_place_path(c->capture_places.items[k], &path) ||
            place_of_path(lw, &path, &p) == UPVAR_NOT_CAPTURED)
            ice("a closure's captured place is out of reach of the enclosing body");
        intptr_t mode = (intptr_t)c->capture_modes.items[k];
        if (mode == CAPTURE_MOVE) {
            env.elems[k] = use_place(p, ct->elems[k]);
            continue;
        }
        BorrowKind kind = mode == CAPTURE_REF ? BORROW_SHARED
            : mode == CAPTURE_UNIQUE          ? BORROW_UNIQUE
                                              : BORROW_MUT;
        env.elems[k] = borrow_arg(lw, ct->elems[k], p, kind, e->span);
    }
    assign(lw, dest, env, e->span);
    closure_def(lw->ctx, ct);
}

/* A closure's body: a function of (&env, params...) whose captured variables live in env.
 * One inside a generic fn is the substitution of its checked generic body. */
Body *lower_closure_body(LowerCtx *ctx, ClosureBody *cb) {
    Node *n = cb->node;
    ice_at(n->span);
    Def *d = cb->def;
    if (cb->parent && !cb->generic)
        return mono_instance_body(ctx, checked_generic_body(ctx, d->generic), d,
                                  cb->parent->elems, cb->parent->nelems);
    Lower lw = {.ctx = ctx, .opts = ctx->opts, .caller_location = -1, .closure = d};
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
    return b;
}

/* ── closures that move a capture out (FnOnce) ──
 * Such a closure's body is lowered like any other, its captures reached through the
 * environment reference (local 1). Afterwards the body takes the environment over (a
 * local that owns it, dropped at return with what is left), and each call of it moves
 * the closure value, so its owner no longer drops it (and a second call is E0382). */

static bool moves_capture(const Operand *op, Body *b) {
    const Place *p = &op->place;
    return op->kind == OP_MOVE && p->local == 1 && p->nproj >= 2 && p->proj[0].kind == PROJ_DEREF &&
        p->proj[1].kind == PROJ_FIELD && !ty_is_copy(p->proj[1].ty) &&
        b->locals[1].ty->kind == TY_REF;
}

typedef struct CaptureMoves {
    Body *body;
    bool found;
} CaptureMoves;

static void note_capture_move(void *ctx, const PlaceUse *use) {
    CaptureMoves *c = ctx;
    if (use->kind == USE_MOVE && moves_capture(use->operand, c->body)) c->found = true;
}

bool body_moves_capture(Body *b) {
    CaptureMoves c = {.body = b};
    ir_visit_body(&(IrVisitor){.ctx = &c, .place = note_capture_move}, b);
    return c.found;
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

void take_over_environment(LowerCtx *ctx, Body *b) {
    Type *env = b->locals[1].ty->elem;
    int owned = ir_new_local(b, (Local){.ty = env, .span = b->span});
    for (int k = 0; k < b->nblocks; k++) {
        Block *bb = &b->blocks[k];
        for (int i = 0; i < bb->nstmts; i++) {
            Stmt *st = &bb->stmts[i];
            if (st->kind == ST_FAKE_READ || st->kind == ST_PLACE_MENTION)
                own_env_place(&st->place, owned);
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
    /* StorageLive(owned); owned = move *_1, first thing */
    Block *entry = &b->blocks[0];
    ir_push_stmt(entry, (Stmt){.kind = ST_NOP});
    ir_push_stmt(entry, (Stmt){.kind = ST_NOP});
    memmove(entry->stmts + 2, entry->stmts, sizeof(Stmt) * (size_t)(entry->nstmts - 2));
    entry->stmts[0] = (Stmt){.kind = ST_STORAGE_LIVE, .span = b->span, .local = owned};
    entry->stmts[1] = (Stmt){.kind = ST_ASSIGN,
                             .span = b->span,
                             .place = local_place(owned),
                             .rv = rv_use((Operand){.kind = OP_MOVE,
                                                    .place = project_deref(local_place(1), env),
                                                    .by_compiler = true},
                                          env)};
    /* on each return: drop(owned) when it needs it, then StorageDead(owned) */
    int nblocks = b->nblocks;
    for (int k = 0; k < nblocks; k++) {
        if (b->blocks[k].term.kind != TM_RETURN) continue;
        Term ret = b->blocks[k].term;
        int last = k;
        if (ty_needs_drop(env)) {
            last = ir_new_block(b);
            b->blocks[last].term = ret;
            request_drop_glue(ctx, env);
            b->blocks[k].term = (Term){
                .kind = TM_DROP, .span = ret.span, .place = local_place(owned), .target = last};
        }
        ir_push_stmt(&b->blocks[last],
                     (Stmt){.kind = ST_STORAGE_DEAD, .span = ret.span, .local = owned});
    }
}

/* After a call of a consuming closure, its value is moved (into a local never dropped). */
void use_up_consumed_closures(Body *b) {
    int nblocks = b->nblocks;
    for (int k = 0; k < nblocks; k++) {
        Term *t = &b->blocks[k].term;
        if (t->kind != TM_CALL || t->func.kind != OP_CONST || t->func.c.kind != CONST_FN ||
            !t->func.c.fn || !t->func.c.fn->closure_consumes || t->nargs == 0 ||
            t->args[0].kind == OP_CONST || t->target < 0)
            continue;
        int env_ref = t->args[0].place.local;
        Block *bb = &b->blocks[k];
        int at = bb->nstmts - 1;
        for (; at >= 0; at--)
            if (bb->stmts[at].kind == ST_ASSIGN && bb->stmts[at].place.local == env_ref &&
                bb->stmts[at].place.nproj == 0 && bb->stmts[at].rv.kind == RV_REF)
                break;
        if (at < 0) continue;
        /* used up as the call starts (its body owns the environment from then on, also
         * when a panic unwinds out of it): moved into a local that is never dropped, which
         * the call borrows, so no loan of the closure's own place outlives the move */
        Place closure = bb->stmts[at].rv.place;
        Type *ct = ir_place_type(b, closure);
        int used = ir_new_local(b, (Local){.ty = ct, .span = t->span});
        /* its storage: from the move to the call's return (an unwind ends no storage) */
        ir_push_stmt(bb, (Stmt){.kind = ST_NOP});
        ir_push_stmt(bb, (Stmt){.kind = ST_NOP});
        memmove(bb->stmts + at + 2, bb->stmts + at, sizeof(Stmt) * (size_t)(bb->nstmts - 2 - at));
        bb->stmts[at] = (Stmt){.kind = ST_STORAGE_LIVE, .span = t->span, .local = used};
        bb->stmts[at + 1] = (Stmt){.kind = ST_ASSIGN, .span = t->span, .place = local_place(used),
                                   .rv = rv_use((Operand){.kind = OP_MOVE, .place = closure}, ct)};
        bb->stmts[at + 2].rv.place = local_place(used);
        Block *after = &b->blocks[t->target];
        ir_push_stmt(after, (Stmt){.kind = ST_NOP});
        memmove(after->stmts + 1, after->stmts, sizeof(Stmt) * (size_t)(after->nstmts - 1));
        after->stmts[0] = (Stmt){.kind = ST_STORAGE_DEAD, .span = t->span, .local = used};
    }
}
