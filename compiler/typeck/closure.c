/* closure.c — closures and what they do with their captures.
 *
 * Takes: N_CLOSURE nodes, with the signature the context expects (an Fn bound).
 * Gives: the closure's type and signature, and whether it mutates or consumes a capture
 * (Fn / FnMut / FnOnce); the places it captures, and how, as rustc 2021 computes them
 * (RFC 2229: `|| s.x += 1` captures `s.x`, not `s`); note_mutation notes the places a body
 * writes. place_path: a place expression as a variable and steps. */
#include "patina.h"
#include "typeck_internal.h"

#include <stdlib.h>
#include <string.h>

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

/* ── place paths ── */

typedef struct PathTypes {
    Type *(*resolve)(void *ctx, Type *t);
    void *ctx;
} PathTypes;

static Type *path_type(const PathTypes *pt, Type *t) {
    return pt->resolve && t ? pt->resolve(pt->ctx, t) : t;
}

static bool push_step(PlacePath *p, PlaceStepKind kind, int field, Type *base, Type *ty) {
    if (p->n == PLACE_PATH_MAX) return false;
    p->steps[p->n++] = (PlaceStep){.kind = kind, .field = field, .base = base, .ty = ty};
    return true;
}

/* The derefs of the references a value of type t is, as `r.x` takes them implicitly. */
static bool push_ref_derefs(const PathTypes *pt, PlacePath *p, Type *t) {
    for (t = path_type(pt, t); t->kind == TY_REF; t = path_type(pt, t->elem))
        if (!push_step(p, STEP_DEREF, 0, t, path_type(pt, t->elem))) return false;
    return true;
}

static bool path_of(const PathTypes *pt, Node *e, PlacePath *out);
static bool path_of_node(const PathTypes *pt, Node *e, PlacePath *out);

/* How many of e's adjustments its value goes through (a reborrow, last, is no step). */
static int place_adjustments(const Node *e) {
    int n = e->nadjustments;
    while (n && e->adjustments[n - 1].kind == ADJUST_REBORROW) n--;
    return n;
}

/* As lower/place.c's as_place projects them: a field through any references its base is,
 * a builtin deref of a reference, a Box's contents through references to it; of e's own
 * adjustments (typeck's, Node.adjustments) the first upto, its children's all. */
static bool path_of_upto(const PathTypes *pt, Node *e, int upto, PlacePath *out) {
    if (!path_of_node(pt, e, out)) return false;
    Type *t = path_type(pt, e->ty);
    for (int i = 0; i < upto; i++) {
        const Adjustment *a = &e->adjustments[i];
        if (a->kind == ADJUST_DEREF) {
            if (t->kind != TY_REF || !push_step(out, STEP_DEREF, 0, t, path_type(pt, t->elem)))
                return false;
            t = path_type(pt, t->elem);
        } else if (a->kind == ADJUST_OVERLOADED_DEREF) {
            Type *boxed = t, *target = path_type(pt, a->target);
            while (boxed->kind == TY_REF) boxed = path_type(pt, boxed->elem);
            if (!ty_is_box(boxed)) return false;  /* an overloaded deref calls code */
            if (!push_ref_derefs(pt, out, t) ||
                !push_step(out, STEP_BOX_DEREF, 0, boxed, target))
                return false;
            t = target;
        } else {
            return false;                       /* a borrow, an unsizing: a new value */
        }
    }
    return true;
}

static bool path_of(const PathTypes *pt, Node *e, PlacePath *out) {
    return path_of_upto(pt, e, place_adjustments(e), out);
}

/* e's own path, its adjustments aside. */
static bool path_of_node(const PathTypes *pt, Node *e, PlacePath *out) {
    e = skip_identity_conversions(e);
    switch (e->kind) {
    case N_PAREN: return path_of(pt, e->u.unary.operand, out);
    case N_PATH:
        out->root = e->u.path.binding;
        out->n = 0;
        return out->root != NULL;
    case N_FIELD: {
        Node *base = e->u.field.base;
        if (!path_of(pt, base, out) || !push_ref_derefs(pt, out, adjusted_ty(base))) return false;
        Type *bt = out->n ? out->steps[out->n - 1].ty : path_type(pt, adjusted_ty(base));
        return push_step(out, STEP_FIELD, (int)e->u.field.index, bt, path_type(pt, e->ty));
    }
    case N_UNARY: {
        if (e->u.unary.op != UN_DEREF) return false;
        Node *operand = e->u.unary.operand;
        Type *t = path_type(pt, adjusted_ty(operand));
        if (!e->u.unary.method) {
            /* a raw pointer's target is no part of the variable (rustc's captures stop
             * before it) */
            return t->kind == TY_REF && path_of(pt, operand, out) &&
                push_step(out, STEP_DEREF, 0, t, path_type(pt, e->ty));
        }
        Type *boxed = t;
        while (boxed->kind == TY_REF) boxed = path_type(pt, boxed->elem);
        if (!ty_is_box(boxed)) return false;  /* an overloaded deref calls code */
        return path_of(pt, operand, out) && push_ref_derefs(pt, out, t) &&
            push_step(out, STEP_BOX_DEREF, 0, boxed, path_type(pt, e->ty));
    }
    default: return false;
    }
}

bool place_path(Node *e, Type *(*resolve)(void *ctx, Type *t), void *ctx, PlacePath *out) {
    PathTypes pt = {resolve, ctx};
    return path_of(&pt, e, out);
}

bool place_path_upto(Node *e, int upto, PlacePath *out) {
    PathTypes pt = {0};
    return path_of_upto(&pt, e, upto, out);
}

/* The place type after the first n steps of p. */
static Type *path_type_at(const PlacePath *p, int n) {
    return n ? p->steps[n - 1].ty : p->root->ty;
}

/* The path of a captured place: its node's, cut to its steps or extended by the derefs
 * of the references it is. */
static bool path_of_capture(const PathTypes *pt, const CapturedPlace *cp, PlacePath *out) {
    /* through as many of the node's adjustments as are steps of a path (note_use's) */
    int upto = place_adjustments(cp->node);
    while (!path_of_upto(pt, cp->node, upto, out))
        if (--upto < 0) return false;
    if (out->n < cp->nsteps && !push_ref_derefs(pt, out, path_type_at(out, out->n)))
        return false;
    if (out->n < cp->nsteps) return false;
    out->n = cp->nsteps;
    return true;
}

bool captured_place_path(const CapturedPlace *cp, PlacePath *out) {
    PathTypes pt = {0};
    return path_of_capture(&pt, cp, out);
}

static Type *zonk_cb(void *tc, Type *t) { return zonk(tc, t); }

/* ── what a closure body does with the outer variables it names ── */

/* A use of a place of a variable the closure names, with the capture it needs. */
typedef struct UpvarUse {
    Node *node;
    PlacePath path;
    int mode;                                   /* CAPTURE_* */
    bool copy;                                  /* a by-value read of a Copy place */
} UpvarUse;

typedef struct UseScan {
    Tc *tc;
    Def *closure;
    PtrVec uses;                                /* UpvarUse* */
} UseScan;

static bool mentions(Def *c, Binding *b) {
    for (int k = 0; k < c->upvars_mentioned.len; k++)
        if (c->upvars_mentioned.items[k] == b) return true;
    return false;
}

/* Records the use of place expression e after its first upto adjustments (with extra
 * derefs through the references it is, for a receiver), or returns false when that is no
 * path of a variable the closure names. */
static bool note_use_upto(UseScan *us, Node *e, int upto, int mode, bool through_refs) {
    UpvarUse *u = arena_alloc(sizeof *u);
    PathTypes types = {zonk_cb, us->tc};
    if (!path_of_upto(&types, e, upto, &u->path) || !mentions(us->closure, u->path.root))
        return false;
    if (through_refs) {
        PathTypes pt = {zonk_cb, us->tc};
        if (!push_ref_derefs(&pt, &u->path, path_type_at(&u->path, u->path.n))) return false;
    }
    u->node = e;
    u->mode = mode;
    Type *t = zonk(us->tc, path_type_at(&u->path, u->path.n));
    u->copy = mode == CAPTURE_MOVE && ty_is_copy(t);
    ptrvec_push(&us->uses, u);
    return true;
}

static bool note_use(UseScan *us, Node *e, int mode, bool through_refs) {
    return note_use_upto(us, e, place_adjustments(e), mode, through_refs);
}

/* The use of e's value through adjustments that are no place path (an overloaded deref, a
 * borrow, an unsizing): the longest path below them is borrowed (as their operand was
 * when they were nodes); false when there is none. */
static bool note_use_below_adjustments(UseScan *us, Node *e) {
    for (int k = place_adjustments(e) - 1; k >= 0; k--)
        if (note_use_upto(us, e, k, CAPTURE_REF, false)) return true;
    return false;
}

/* A write through e: the longest path of a variable above it (an index or an overloaded
 * deref stops the path: their base is what the closure borrows mutably). */
static void note_write(UseScan *us, Node *e, bool receiver) {
    for (bool through_refs = receiver; e; through_refs = false) {
        if (note_use(us, e, CAPTURE_MUT, through_refs)) return;
        for (int k = place_adjustments(e) - 1; k >= 0; k--)
            if (note_use_upto(us, e, k, CAPTURE_MUT, false)) return;
        switch (e->kind) {
        case N_PAREN: case N_UNARY: e = e->u.unary.operand; break;
        case N_FIELD: e = e->u.field.base; break;
        case N_INDEX: e = e->u.binary.lhs; break;
        default: return;
        }
    }
}

static void scan_uses(UseScan *us, Node *e, bool value);

static void scan_uses_in(Node *n, const char *role, void *ctx) {
    (void)role;
    scan_uses(ctx, n, false);
}

static void scan_use_list(UseScan *us, NodeList *l) {
    for (int i = 0; i < l->len; i++) scan_uses(us, l->items[i], true);
}

/* The captures of a closure inside this one are uses of its places here. */
static void scan_inner_closure(UseScan *us, Def *inner) {
    PathTypes pt = {zonk_cb, us->tc};
    for (int k = 0; k < inner->capture_places.len; k++) {
        UpvarUse *u = arena_alloc(sizeof *u);
        if (!path_of_capture(&pt, inner->capture_places.items[k], &u->path) ||
            !mentions(us->closure, u->path.root))
            continue;
        intptr_t mode = (intptr_t)inner->capture_modes.items[k];
        Type *t = zonk(us->tc, path_type_at(&u->path, u->path.n));
        u->node = ((CapturedPlace *)inner->capture_places.items[k])->node;
        u->mode = mode == CAPTURE_UNIQUE ? CAPTURE_MUT : (int)mode;
        u->copy = mode == CAPTURE_MOVE && ty_is_copy(t);
        ptrvec_push(&us->uses, u);
    }
}

/* Walks a closure body for the places of outer variables it uses: by value (an argument,
 * a `self` receiver, an initializer, a literal's field, a result: a move, or a copy of a
 * Copy place), else by reference (the writes come from note_mutation). */
static void scan_uses(UseScan *us, Node *e, bool value) {
    if (!e) return;
    if (e->conversion) {
        /* the value converted is used as the conversion's result is (identity), or moved
         * into the conversion (a call of `from`, a cast) */
        Conversion *c = e->conversion;
        scan_uses(us, c->operand, c->kind == CONVERSION_IDENTITY ? value : true);
        return;
    }
    if (place_adjustments(e)) {
        if (note_use(us, e, value ? CAPTURE_MOVE : CAPTURE_REF, false) ||
            note_use_below_adjustments(us, e))
            return;
        value = false;                          /* what e is made of is only read */
    }
    switch (e->kind) {
    case N_PATH: case N_FIELD: case N_UNARY:
        if ((e->kind != N_UNARY || e->u.unary.op == UN_DEREF) &&
            note_use(us, e, value ? CAPTURE_MOVE : CAPTURE_REF, false))
            return;
        if (e->kind == N_FIELD) scan_uses(us, e->u.field.base, false);
        else if (e->kind == N_UNARY) scan_uses(us, e->u.unary.operand, false);
        return;
    case N_PAREN: scan_uses(us, e->u.unary.operand, value); return;
    case N_CALL: {
        /* an `F: FnOnce` parameter is moved into its call (`call_once(f)`) */
        Type *f = e->u.call.callee->ty ? zonk(us->tc, e->u.call.callee->ty) : NULL;
        Node *bound = f && f->kind == TY_PARAM ? f->def->fn_bound : NULL;
        bool once = bound && bound->u.path.def && bound->u.path.def->trait->lang == LANG_FN_ONCE;
        scan_uses(us, e->u.call.callee, once);
        scan_use_list(us, &e->u.call.args);
        return;
    }
    case N_METHOD_CALL:
        scan_uses(us, e->u.call.receiver,
                  e->u.call.method_def && e->u.call.method_def->self_kind == SELF_VALUE);
        scan_use_list(us, &e->u.call.args);
        return;
    case N_LET:
        /* `let _ = place;` reads nothing: no capture (rustc 2021) */
        if (e->u.let.pat && e->u.let.pat->kind == P_WILD && e->u.let.init) {
            PlacePath named;
            if (place_path(e->u.let.init, NULL, NULL, &named)) return;
        }
        scan_uses(us, e->u.let.init, true);
        scan_uses(us, e->u.let.else_block, false);
        return;
    case N_EXPR_STMT: scan_uses(us, e->u.expr_stmt.expr, true); return;
    case N_BLOCK:
        for (int i = 0; i < e->u.block.stmts.len; i++)
            scan_uses(us, e->u.block.stmts.items[i], false);
        scan_uses(us, e->u.block.tail, value);
        return;
    case N_IF:
        scan_uses(us, e->u.if_.cond, false);
        scan_uses(us, e->u.if_.then_block, value);
        scan_uses(us, e->u.if_.else_branch, value);
        return;
    case N_MATCH:
        scan_uses(us, e->u.match.scrutinee, false);
        for (int i = 0; i < e->u.match.arms.len; i++) {
            Node *arm = e->u.match.arms.items[i];
            scan_uses(us, arm->u.arm.guard, false);
            scan_uses(us, arm->u.arm.body, value);
        }
        return;
    case N_RETURN: case N_BREAK: scan_uses(us, e->u.jump.value, true); return;
    case N_TUPLE: case N_ARRAY: scan_use_list(us, &e->u.list.elems); return;
    case N_STRUCT_LIT:
        for (int i = 0; i < e->u.struct_lit.fields.len; i++)
            scan_uses(us, ((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr, true);
        scan_uses(us, e->u.struct_lit.base, true);
        return;
    case N_ASSIGN:
        scan_uses(us, e->u.binary.lhs, false);
        scan_uses(us, e->u.binary.rhs, true);
        return;
    case N_CLOSURE: scan_inner_closure(us, e->u.closure.def); return;
    case N_FOR:     /* IntoIterator::into_iter takes the value it is given */
        scan_uses(us, e->u.loop.iter, e->u.loop.into_iter != NULL);
        scan_uses(us, e->u.loop.body, false);
        return;
    default: ast_visit_children(e, scan_uses_in, us); return;
    }
}

/* A write through place expression e: a closure capturing its root captures it mutably. */
static void note_write_in_closures(Tc *tc, Node *e, bool receiver) {
    Binding *b = place_root(e);
    if (!b) return;
    for (int i = 0; i < tc->closures.len; i++) {
        Def *c = tc->closures.items[i];
        if (!mentions(c, b)) continue;
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
        ptrvec_push(receiver ? &c->written_receivers : &c->written_places, e);
    }
}

void note_mutation(Tc *tc, Node *e) { note_write_in_closures(tc, e, false); }

void note_receiver_mutation(Tc *tc, Node *e) { note_write_in_closures(tc, e, true); }

/* ── rustc's capture analysis (rustc_hir_typeck's upvar.rs) ── */

/* Cuts p to its first n steps, as truncate_place_to_len_and_update_capture_kind: a
 * mutable borrow that no longer reaches through a `&mut` it went through becomes a unique
 * borrow of the place above. */
static void truncate_use(UpvarUse *u, int n) {
    if (n >= u->path.n) return;
    if (u->mode == CAPTURE_MUT)
        for (int i = n; i < u->path.n; i++) {
            Type *base = u->path.steps[i].base;
            if (u->path.steps[i].kind == STEP_DEREF && base->kind == TY_REF && base->is_mut)
                u->mode = CAPTURE_UNIQUE;
        }
    u->path.n = n;
}

static int first_deref(const PlacePath *p) {
    for (int i = 0; i < p->n; i++)
        if (p->steps[i].kind != STEP_FIELD) return i;
    return p->n;
}

/* The place a use captures: a `move` closure takes every place by value, up to the first
 * deref (the reference or Box itself); a by-value use of a non-move closure stops there
 * too; a by-value capture does not move out of a type with a destructor (it takes the
 * whole); a copy of a Copy place in a non-move closure is a shared borrow. */
static void settle_use(Tc *tc, UpvarUse *u, bool is_move) {
    if (u->copy && !is_move) u->mode = CAPTURE_REF;
    if (is_move) u->mode = CAPTURE_MOVE;
    if (u->mode != CAPTURE_MOVE) return;
    truncate_use(u, first_deref(&u->path));
    if (ty_is_copy(zonk(tc, path_type_at(&u->path, u->path.n)))) return;
    for (int i = 0; i < u->path.n; i++) {
        Type *base = zonk(tc, u->path.steps[i].base);
        if (base->kind == TY_ADT && ty_drop_impl(base, NULL)) {
            truncate_use(u, i);
            break;
        }
    }
}

/* Whether path a is path b or above it (its first steps). */
static bool path_is_prefix(const PlacePath *a, const PlacePath *b) {
    if (a->root != b->root || a->n > b->n) return false;
    for (int i = 0; i < a->n; i++) {
        const PlaceStep *x = &a->steps[i], *y = &b->steps[i];
        if (x->kind != y->kind || (x->kind == STEP_FIELD && x->field != y->field)) return false;
    }
    return true;
}

static int stronger_mode(int a, int b) { return a > b ? a : b; }

/* rustc's capture order within a variable: by the fields' declaration order. */
static int compare_paths(const PlacePath *a, const PlacePath *b) {
    int n = a->n < b->n ? a->n : b->n;
    for (int i = 0; i < n; i++)
        if (a->steps[i].kind == STEP_FIELD && b->steps[i].kind == STEP_FIELD &&
            a->steps[i].field != b->steps[i].field)
            return a->steps[i].field - b->steps[i].field;
    return a->n - b->n;
}

static int compare_use_positions(const void *a, const void *b) {
    const UpvarUse *x = *(UpvarUse *const *)a, *y = *(UpvarUse *const *)b;
    return (x->node->span.lo > y->node->span.lo) - (x->node->span.lo < y->node->span.lo);
}

/* rustc's compute_min_captures: the uses in body order, each merged into the captures of
 * its variable: one that is above a capture takes it over (with the stronger kind, the
 * capture cut to its length), one below a capture strengthens it; no capture is above
 * another. Variables in the order of their first use, each one's captures sorted by field. */
static PtrVec min_captures(PtrVec *uses) {
    if (uses->len > 1)
        qsort(uses->items, (size_t)uses->len, sizeof(void *), compare_use_positions);
    PtrVec caps = {0};                          /* UpvarUse*, grouped by variable */
    for (int i = 0; i < uses->len; i++) {
        UpvarUse *u = uses->items[i];
        bool merged = false;
        for (int k = 0; k < caps.len; k++) {
            UpvarUse *c = caps.items[k];
            if (path_is_prefix(&u->path, &c->path)) {
                truncate_use(c, u->path.n);
                u->mode = stronger_mode(u->mode, c->mode);
                caps.items[k] = NULL;
            } else if (path_is_prefix(&c->path, &u->path)) {
                truncate_use(u, c->path.n);
                c->mode = stronger_mode(c->mode, u->mode);
                merged = true;
            }
        }
        int kept = 0;                           /* drop the captures u took over */
        for (int k = 0; k < caps.len; k++)
            if (caps.items[k]) caps.items[kept++] = caps.items[k];
        caps.len = kept;
        if (!merged) {
            /* after the last capture of its variable, else at the end */
            int at = caps.len;
            for (int k = caps.len - 1; k >= 0; k--)
                if (((UpvarUse *)caps.items[k])->path.root == u->path.root) {
                    at = k + 1;
                    break;
                }
            ptrvec_push(&caps, NULL);
            memmove(caps.items + at + 1, caps.items + at,
                    sizeof(void *) * (size_t)(caps.len - 1 - at));
            caps.items[at] = u;
        }
    }
    /* sort each variable's run by fields (an insertion sort: runs are short) */
    for (int i = 1; i < caps.len; i++)
        for (int k = i; k > 0; k--) {
            UpvarUse *a = caps.items[k - 1], *b = caps.items[k];
            if (a->path.root != b->path.root || compare_paths(&a->path, &b->path) <= 0) break;
            caps.items[k - 1] = b;
            caps.items[k] = a;
        }
    return caps;
}

/* The closure's captures (Def.captures, capture_modes, capture_places) from its body. */
static void analyze_captures(Tc *tc, Def *d, Node *closure) {
    UseScan us = {.tc = tc, .closure = d};
    scan_uses(&us, closure->u.closure.body, true);
    for (int i = 0; i < d->written_places.len; i++)
        note_write(&us, d->written_places.items[i], false);
    for (int i = 0; i < d->written_receivers.len; i++)
        note_write(&us, d->written_receivers.items[i], true);
    for (int i = 0; i < us.uses.len; i++)
        settle_use(tc, us.uses.items[i], closure->u.closure.is_move);
    PtrVec caps = min_captures(&us.uses);
    d->captures = (PtrVec){0};
    d->capture_modes = (PtrVec){0};
    d->capture_places = (PtrVec){0};
    for (int k = 0; k < caps.len; k++) {
        UpvarUse *u = caps.items[k];
        CapturedPlace *cp = arena_alloc(sizeof *cp);
        *cp = (CapturedPlace){.node = u->node, .nsteps = u->path.n};
        ptrvec_push(&d->captures, u->path.root);
        ptrvec_push(&d->capture_modes, (void *)(intptr_t)u->mode);
        ptrvec_push(&d->capture_places, cp);
    }
}

/* The type of capture k's place. */
static Type *captured_type(Tc *tc, Def *d, int k) {
    PlacePath p;
    PathTypes pt = {zonk_cb, tc};
    if (!path_of_capture(&pt, d->capture_places.items[k], &p)) return ty_error;
    return zonk(tc, path_type_at(&p, p.n));
}

/* `|params| body`: parameter types from annotations, else from the expected `Fn(A) -> B`
 * signature, else inferred; the body is checked with the closure's return type, then what
 * it captures is worked out from it (analyze_captures): the closure type's fields. */
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
    if (!d->upvars_mentioned.len) d->upvars_mentioned = d->captures;
    Type *saved_ret = tc->ret_ty;
    PtrVec saved_loops = tc->loops;
    tc->ret_ty = ret;
    tc->loops = (PtrVec){0};
    ptrvec_push(&tc->closures, d);
    check_expr(tc, n->u.closure.body, ret);
    tc->closures.len--;
    analyze_captures(tc, d, n);
    tc->ret_ty = saved_ret;
    tc->loops = saved_loops;
    Type **caps = arena_alloc(sizeof(Type *) * (size_t)(d->captures.len + 1));
    for (int k = 0; k < d->captures.len; k++) {
        Type *t = captured_type(tc, d, k);
        intptr_t mode = (intptr_t)d->capture_modes.items[k];
        caps[k] = mode == CAPTURE_MOVE ? t : ty_ref(t, mode != CAPTURE_REF);
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
