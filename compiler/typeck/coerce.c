/* coerce.c — the coercion sites.
 *
 * Takes: an expression node, the type found and the type expected there.
 * Gives: `!` to anything, unsizing (`&[T; N]` to `&[T]`, `&T`/`Box<T>` to `dyn Trait`),
 * `&mut T` to `&T` and to raw pointers, deref coercions through Deref, fn items and
 * non-capturing closures to fn pointers, reborrows of `&mut` places; each recorded as an
 * adjustment beside the node (Node.adjustments: record_adjustment, adjusted_ty), which
 * lowering applies; the node itself stays as parsed. Otherwise the types unify, or E0308. */
#include "patina.h"
#include "typeck_internal.h"

#include <string.h>

static void set_reborrow(Node *at, bool is_mut);

/* A fn item, or a closure that captures nothing, where a `fn(A) -> B` pointer is
 * expected: its value is reified to the pointer type where it is used. */
static bool coerce_to_fn_ptr(Tc *tc, Node *at, Type *f, Type *x) {
    Def *d = f->def;
    int skip = f->kind == TY_CLOSURE;           /* a closure's environment parameter */
    /* rustc asks whether it names an outer variable, not what it captures of them */
    if (f->kind == TY_CLOSURE && (d->captures.len || d->upvars_mentioned.len)) {
        Diag *dg = diag_error("E0308", at->span, "mismatched types");
        diag_label(dg, "expected fn pointer, found closure");
        diag_note(
            dg, "closures can only be coerced to `fn` types if they do not capture any variables");
        diag_emit(dg);
        return false;
    }
    if (f->kind == TY_FN_DEF && d->ngenerics) {
        diag_unsupported(at->span, "generic functions as function pointers");
        return false;
    }
    if (f->kind == TY_FN_DEF && d->track_caller) {
        diag_unsupported(at->span, "`#[track_caller]` functions as function pointers");
        return false;
    }
    bool ok = d->param_tys && d->nparams - skip == x->nelems;
    for (int i = 0; ok && i < x->nelems; i++) ok = unify(tc, d->param_tys[i + skip], x->elems[i]);
    if (ok) ok = unify(tc, d->ret_ty, x->ret);
    if (!ok) {
        Diag *dg = diag_error("E0308", at->span, "mismatched types");
        diag_label(dg, "expected fn pointer, found %s",
                   f->kind == TY_CLOSURE ? "closure" : "fn item");
        diag_note(dg, "expected fn pointer `%s`\n   found %s `%s`", ty_str_of(zonk(tc, x)),
                  f->kind == TY_CLOSURE ? "closure" : "fn item", ty_str_of(zonk(tc, f)));
        diag_emit(dg);
        return false;
    }
    record_adjustment(at, (Adjustment){.kind = ADJUST_REIFY_FN_PTR, .target = x});
    return true;
}

/* rustc's recursion limit for auto-deref: with `impl Deref for S { type Target = S; ... }`
 * a method, field or index lookup through Deref would go on forever. False (after E0055)
 * once `steps` derefs of `start` have reached it. */
enum { AUTODEREF_LIMIT = 128 };

bool autoderef_allowed(Tc *tc, int *steps, Type *start, Span at) {
    if (++*steps <= AUTODEREF_LIMIT) return true;
    Diag *d = diag_error("E0055", at, "reached the recursion limit while auto-dereferencing `%s`",
                         ty_str_of(zonk(tc, start)));
    diag_label(d, "deref recursion limit reached");
    diag_emit(d);
    return false;
}

/* `&w` where `&U` is expected and w's type derefs to U (or to `&U`): `&*w` through Deref. */
static bool deref_coerce(Tc *tc, Node *at, Type *f, Type *x) {
    Type *inner = shallow(tc, f->elem), *want = shallow(tc, x->elem);
    while (inner->kind == TY_REF) inner = shallow(tc, inner->elem);
    if (inner->kind != TY_ADT || want->kind == TY_INFER || could_unify(tc, want, inner))
        return false;
    /* the derefs from inner to want: `&MyBox<String>` to `&str` takes two */
    enum { MAX_STEPS = 4 };
    Def *steps[MAX_STEPS];
    Type *targets[MAX_STEPS], *t = inner;
    int n = 0;
    bool through_ref = false, reached = false;
    while (!reached && n < MAX_STEPS && t->kind == TY_ADT &&
           (steps[n] = deref_impl(tc, t, &targets[n]))) {
        t = shallow(tc, targets[n++]);
        through_ref =
            t->kind == TY_REF && !could_unify(tc, want, t) && could_unify(tc, want, t->elem);
        reached = could_unify(tc, want, t) || through_ref;
    }
    if (!reached) return false;
    /* `*w`, a place of type Target */
    for (int i = 0; i < n; i++) record_overloaded_deref(at, steps[i], targets[i]);
    if (!through_ref)   /* `&*w` (for a Target of `&U`, `*w` is that reference) */
        record_adjustment(at, (Adjustment){.kind = ADJUST_BORROW, .is_mut = x->is_mut,
                                           .target = x});
    return unify(tc, through_ref ? t->elem : t, want);
}

/* A pointer to T (`&T`, `Box<T>`) where the same pointer to `dyn Trait` is expected: when
 * T implements the trait the value is unsized where it is used (data pointer plus T's
 * vtable).
 * 1 done, 0 reported (E0277), -1 not a case of it (other types, or T not known yet). */
int unsize_to_dyn(Tc *tc, Node *at, Type *found, Type *expected) {
    Type *f = shallow(tc, found), *x = shallow(tc, expected), *pointee, *dyn;
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut) &&
        shallow(tc, x->elem)->kind == TY_DYN) {
        pointee = f->elem, dyn = x->elem;
    } else if (f->kind == TY_ADT && x->kind == TY_ADT && f->adt == x->adt &&
               is_prelude_adt(f, "Box") && shallow(tc, x->elems[0])->kind == TY_DYN) {
        pointee = f->elems[0], dyn = x->elems[0];
    } else {
        return -1;
    }
    Type *target = shallow(tc, dyn), *from = zonk(tc, pointee);
    if (from == target) return 1;
    if (from->kind == TY_INFER && from->infer != INFER_GENERAL) {
        /* `&5` as `&dyn Display`: the literal's type falls back (i32, f64) as rustc's does */
        unify(tc, from, from->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64));
        from = zonk(tc, pointee);
    }
    if (from->kind == TY_INFER || from->kind == TY_DYN) return -1;
    if (implements(tc, from, target->trait)) {
        record_adjustment(at, (Adjustment){.kind = ADJUST_UNSIZE, .target = expected});
        return 1;
    }
    if (from->kind == TY_ERROR) return -1;
    Diag *d = diag_error("E0277", at->span, "the trait bound `%s: %s` is not satisfied",
                         ty_str_of(from), sym_str(target->trait->name));
    diag_label(d, "the trait `%s` is not implemented for `%s`", sym_str(target->trait->name),
               ty_str_of(from));
    diag_emit(d);
    return 0;
}

/* A coercion site: `!` becomes anything, otherwise the types must unify. */
bool coerce(Tc *tc, Node *at, Type *found, Type *expected) {
    if (is_never(tc, found)) return true;
    Type *f = shallow(tc, found), *x = shallow(tc, expected);
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut)) {
        Type *fe = shallow(tc, f->elem), *xe = shallow(tc, x->elem);
        if (fe->kind == TY_ARRAY && xe->kind == TY_SLICE && unify(tc, fe->elem, xe->elem)) {
            /* unsizing: `&[T; N] as &[T]` */
            record_adjustment(at, (Adjustment){.kind = ADJUST_UNSIZE, .target = expected});
            return true;
        }
    }
    /* `&T` to `&dyn Trait`, `Box<T>` to `Box<dyn Trait>` */
    int unsized = unsize_to_dyn(tc, at, f, x);
    if (unsized >= 0) return unsized;
    if ((f->kind == TY_PTR || f->kind == TY_REF) && x->kind == TY_PTR &&
        (f->is_mut || !x->is_mut) && unify(tc, f->elem, x->elem))
        /* `*mut T` to `*const T`, `&T` to `*const T`: the same address */
        return true;
    if (f->kind == TY_REF && x->kind == TY_REF && f->is_mut && !x->is_mut &&
        unify(tc, f->elem, x->elem)) {
        set_reborrow(at, false);                /* `&mut T` to `&T`: `&*e` */
        return true;
    }
    if (f->kind == TY_REF && x->kind == TY_REF && !x->is_mut &&
        shallow(tc, f->elem)->kind == TY_REF && shallow(tc, x->elem)->kind != TY_INFER &&
        !could_unify(tc, f, x) && could_unify(tc, f->elem, x)) {
        /* deref coercion of a reference to a reference: `&&str` to `&str`, `&&Rc<T>` to `&Rc<T>` */
        add_adjustment(at, ADJUST_DEREF);
        return unify(tc, f->elem, x);
    }
    if (x->kind == TY_FN_PTR && (f->kind == TY_FN_DEF || f->kind == TY_CLOSURE))
        return coerce_to_fn_ptr(tc, at, f, x);
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut) &&
        deref_coerce(tc, at, f, x))
        return true;
    if (unify(tc, found, expected)) {
        /* a `&mut T` where a `&mut T` is expected: `&mut *e`, so a place stays usable */
        if (f->kind == TY_REF && f->is_mut && x->kind == TY_REF) set_reborrow(at, true);
        return true;
    }
    mismatch(tc, at->span, expected, found);
    return false;
}

/* The node an adjustment of at's value is kept on: at without parentheses and identity
 * conversions, whose value at's is (lowering looks through them to it). */
Node *adjustment_site(Node *at) {
    for (;;) {
        if (at->kind == N_PAREN) at = at->u.unary.operand;
        else if (at->conversion && at->conversion->kind == CONVERSION_IDENTITY)
            at = at->conversion->operand;
        else return at;
    }
}

/* Records that at's value goes through adj where it is used (after those recorded). */
void record_adjustment(Node *at, Adjustment adj) {
    at = adjustment_site(at);
    Adjustment *all = arena_alloc(sizeof *all * (size_t)(at->nadjustments + 1));
    if (at->nadjustments) memcpy(all, at->adjustments, sizeof *all * (size_t)at->nadjustments);
    all[at->nadjustments++] = adj;
    at->adjustments = all;
}

void add_adjustment(Node *at, AdjustKind kind) {
    record_adjustment(at, (Adjustment){.kind = kind});
}

/* `*at` through Deref (m, the impl's deref), of type target (at's value is the type with
 * the impl, or a reference to it). */
void record_overloaded_deref(Node *at, Def *m, Type *target) {
    record_adjustment(at,
                      (Adjustment){.kind = ADJUST_OVERLOADED_DEREF, .method = m, .target = target});
}

/* at (a `&mut` at a coercion site) is reborrowed, `&mut *at` or `&*at`: the site's last
 * coercion decides, as it did when the site was checked again. */
static void set_reborrow(Node *at, bool is_mut) {
    at = adjustment_site(at);
    for (int i = 0; i < at->nadjustments; i++)
        if (at->adjustments[i].kind == ADJUST_REBORROW) {
            at->adjustments[i].is_mut = is_mut;
            return;
        }
    record_adjustment(at, (Adjustment){.kind = ADJUST_REBORROW, .is_mut = is_mut});
}

Type *adjusted_ty_upto(const Node *e, int n) {
    Type *t = e->ty;
    for (int i = 0; i < n; i++) {
        const Adjustment *a = &e->adjustments[i];
        if (a->kind == ADJUST_DEREF) t = t->elem;
        else if (a->kind != ADJUST_REBORROW) t = a->target;
    }
    return t;
}

Type *adjusted_ty(const Node *e) {
    return adjusted_ty_upto(e, e->nadjustments);
}

bool adjusted_to_value(const Node *e) {
    const Adjustment *last = NULL;
    for (int i = 0; i < e->nadjustments; i++)
        if (e->adjustments[i].kind != ADJUST_REBORROW) last = &e->adjustments[i];
    return last && (last->kind == ADJUST_BORROW || last->kind == ADJUST_UNSIZE ||
                    last->kind == ADJUST_REIFY_FN_PTR);
}

const Adjustment *reborrow_of(const Node *e) {
    for (int i = 0; i < e->nadjustments; i++)
        if (e->adjustments[i].kind == ADJUST_REBORROW) return &e->adjustments[i];
    return NULL;
}
