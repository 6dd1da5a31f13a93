/* infer.c — inference variables and unification.
 *
 * Takes: the types the checker meets, with TY_INFER variables in them.
 * Gives: fresh variables, unify (with the occurs check), shallow/zonk resolution, and
 * the display of a partly inferred type for diagnostics (show, mismatch: E0308). */
#include "patina.h"
#include "typeck_internal.h"

Type *fresh(Tc *tc, InferKind kind) {
    ptrvec_push(&tc->vars, NULL);
    Type *t = ty_infer(kind, tc->vars.len - 1);
    ptrvec_push(&tc->var_types, t);
    return t;
}

static Type *resolve_var(Tc *tc, Type *t) {
    Type *root = t;
    while (root->kind == TY_INFER && tc->vars.items[root->var]) root = tc->vars.items[root->var];
    /* path compression: variables can chain as long as the program (an `else if` chain
     * unifies each branch's type with the next), and each lookup would walk the chain */
    while (t != root) {
        Type *next = tc->vars.items[t->var];
        tc->vars.items[t->var] = root;
        t = next;
    }
    return root;
}

Type *shallow(Tc *tc, Type *t) {
    t = resolve_var(tc, t);
    if (t->kind == TY_PROJ && ty_contains(t, TY_INFER)) {
        /* `<Map<I, ?F> as Iterator>::Item` once ?F is known: the impl's type */
        Type *z = zonk(tc, t);
        if (z->kind != TY_PROJ) return shallow(tc, z);
    }
    return t;
}

/* Fully substitutes bound variables; unbound integer variables stay as they are. */
Type *zonk(Tc *tc, Type *t) {
    t = resolve_var(tc, t);
    switch (t->kind) {
    case TY_TUPLE: {
        if (!t->nelems) return t;
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)t->nelems);
        for (int i = 0; i < t->nelems; i++) elems[i] = zonk(tc, t->elems[i]);
        return ty_tuple(elems, t->nelems);
    }
    case TY_REF: return ty_ref(zonk(tc, t->elem), t->is_mut);
    case TY_PTR: return ty_ptr(zonk(tc, t->elem), t->is_mut);
    case TY_PROJ: {
        Type *n = ty_proj(zonk(tc, t->elem), t->trait, t->var);
        return n->kind == TY_PROJ ? n : zonk(tc, n);   /* the impl's type may be a variable too */
    }
    case TY_ARRAY: return ty_array(zonk(tc, t->elem), t->len);
    case TY_SLICE: return ty_slice(zonk(tc, t->elem));
    case TY_ADT: case TY_CLOSURE: {
        if (!t->nelems && !t->elem) return t;
        Type **args = arena_alloc(sizeof(Type *) * (size_t)(t->nelems + 1));
        for (int i = 0; i < t->nelems; i++) args[i] = zonk(tc, t->elems[i]);
        return t->kind == TY_ADT
                   ? ty_adt_args(t->adt, args, t->nelems)
                   : ty_closure_in(t->def, args, t->nelems, t->elem ? zonk(tc, t->elem) : NULL);
    }
    default: return t;
    }
}

const char *show(Tc *tc, Type *t) {
    t = zonk(tc, t);
    if (t->kind == TY_INFER && t->infer == INFER_INT) return "integer";
    if (t->kind == TY_INFER && t->infer == INFER_FLOAT) return "floating-point number";
    return arena_printf("`%s`", ty_str_of(t));
}

static bool occurs(Tc *tc, int var, Type *t) {
    t = shallow(tc, t);
    if (t->kind == TY_INFER) return t->var == var;
    if (t->elem && occurs(tc, var, t->elem)) return true;
    for (int i = 0; i < t->nelems; i++)
        if (occurs(tc, var, t->elems[i])) return true;
    return false;
}

bool unify(Tc *tc, Type *a, Type *b) {
    a = shallow(tc, a);
    b = shallow(tc, b);
    if (a == b) return true;
    if (a->kind == TY_ERROR || b->kind == TY_ERROR) {
        /* a variable unified with an error is that error, so it cannot cause another */
        if (a->kind == TY_INFER && a->infer == INFER_GENERAL) tc->vars.items[a->var] = b;
        if (b->kind == TY_INFER && b->infer == INFER_GENERAL) tc->vars.items[b->var] = a;
        return true;
    }
    if (b->kind == TY_INFER && a->kind != TY_INFER) {
        Type *t = a; a = b; b = t;
    }
    if (a->kind == TY_INFER) {
        if (b->kind == TY_INFER) {
            /* keep the more specific kind of variable as the representative */
            if (a->infer != INFER_GENERAL && b->infer != INFER_GENERAL && a->infer != b->infer)
                return false;
            if (a->infer == INFER_GENERAL) tc->vars.items[a->var] = b;
            else tc->vars.items[b->var] = a;
            return true;
        }
        if (a->infer == INFER_INT && b->kind != TY_INT) return false;
        if (a->infer == INFER_FLOAT && b->kind != TY_FLOAT) return false;
        if (occurs(tc, a->var, b)) return false;
        tc->vars.items[a->var] = b;
        return true;
    }
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case TY_ADT: case TY_TUPLE: case TY_CLOSURE:   /* an ADT's type arguments pairwise */
        if (a->adt != b->adt || a->def != b->def || a->nelems != b->nelems) return false;
        for (int i = 0; i < a->nelems; i++)
            if (!unify(tc, a->elems[i], b->elems[i])) return false;
        /* a closure's enclosing fn's arguments */
        return !a->elem || !b->elem || unify(tc, a->elem, b->elem);
    case TY_REF: case TY_PTR:
        return a->is_mut == b->is_mut && unify(tc, a->elem, b->elem);
    case TY_ARRAY:
        return a->len == b->len && unify(tc, a->elem, b->elem);
    case TY_SLICE:
        return unify(tc, a->elem, b->elem);
    /* `<?I as Iterator>::Item` against `<Self as Iterator>::Item` */
    case TY_PROJ:
        return a->trait == b->trait && a->var == b->var && unify(tc, a->elem, b->elem);
    default:
        return false;                           /* distinct interned leaves */
    }
}

bool is_never(Tc *tc, Type *t) { return shallow(tc, t)->kind == TY_NEVER; }

void mismatch(Tc *tc, Span sp, Type *expected, Type *found) {
    Diag *d = diag_error("E0308", sp, "mismatched types");
    diag_label(d, "expected %s, found %s", show(tc, expected), show(tc, found));
    diag_emit(d);
}

Type *set_ty(Tc *tc, Node *n, Type *t) {
    n->ty = t;
    ptrvec_push(&tc->typed, n);
    return t;
}

/* Whether a value of type arg (perhaps not fully inferred) could be passed as param. */
bool could_unify(Tc *tc, Type *param, Type *arg) {
    param = shallow(tc, param);
    arg = shallow(tc, arg);
    if (param == arg || param->kind == TY_PARAM || param->kind == TY_ERROR || arg->kind == TY_ERROR)
        return true;
    if (arg->kind == TY_INFER || param->kind == TY_INFER) {
        Type *v = arg->kind == TY_INFER ? arg : param, *o = arg->kind == TY_INFER ? param : arg;
        return v->infer == INFER_GENERAL || (o->kind == TY_INFER && o->infer == INFER_GENERAL) ||
               (v->infer == INFER_INT && o->kind == TY_INT) ||
               (v->infer == INFER_FLOAT && o->kind == TY_FLOAT) ||
               (o->kind == TY_INFER && o->infer == v->infer);
    }
    if (param->kind != arg->kind || param->adt != arg->adt || param->nelems != arg->nelems ||
        param->is_mut != arg->is_mut || param->len != arg->len)
        return false;
    if (param->elem && arg->elem && !could_unify(tc, param->elem, arg->elem)) return false;
    for (int i = 0; i < param->nelems; i++)
        if (!could_unify(tc, param->elems[i], arg->elems[i])) return false;
    return param->kind != TY_INT && param->kind != TY_FLOAT
               ? true
               : param->ik == arg->ik && param->fk == arg->fk;
}
