/* lower_type.c — types written in the source, as Types.
 *
 * Takes: type syntax (T_PATH, T_REF, T_ARRAY, ...), resolved; for a signature's types,
 * the regions sema/lifetimes.c resolved at each of its nodes.
 * Gives: the hash-consed Type, after E0107 (generic argument counts), E0038 (dyn
 * compatibility), E0121 (`_` in a signature), E0391 (alias cycles); array lengths from
 * constant expressions; instances of generic ADTs with fresh variables. Regions are
 * erased, except in lower_sig_type's types, which carry the declared ones. */
#include "patina.h"
#include "typeck_internal.h"

/* The value of an array length: integer literals, consts and + - * / of them. False
 * (after reporting) for anything else. */
bool eval_const_usize(Node *e, uint64_t *out) {
    while (e->kind == N_PAREN) e = e->u.unary.operand;
    switch (e->kind) {
    case N_LIT_INT: *out = e->u.lit.int_value; return true;
    case N_PATH:
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST &&
            e->u.path.def->expansion == EXPANSION_CYCLIC) {
            *out = 0;                           /* E0391 was reported; 0 keeps it from cascading */
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST)
            return e->u.path.def->node->u.value_item.value &&
                   eval_const_usize(e->u.path.def->node->u.value_item.value, out);
        if (e->u.path.def && e->u.path.def->kind == DEF_INT_CONST) {
            *out = e->u.path.def->value;
            return true;
        }
        return false;
    case N_BINARY: {
        uint64_t a, b;
        if (!eval_const_usize(e->u.binary.lhs, &a) || !eval_const_usize(e->u.binary.rhs, &b))
            return false;
        switch (e->u.binary.op) {
        case BIN_ADD: *out = a + b; return true;
        case BIN_SUB: *out = a - b; return true;
        case BIN_MUL: *out = a * b; return true;
        case BIN_DIV: if (!b) return false; *out = a / b; return true;
        case BIN_REM: if (!b) return false; *out = a % b; return true;
        default: return false;
        }
    }
    case N_CAST: return eval_const_usize(e->u.cast.expr, out);   /* `N as usize` */
    default: return false;
    }
}

uint64_t array_len(Tc *tc, Node *count) {
    uint64_t n = 0;
    check_expr(tc, count, ty_int(IK_USIZE));
    if (!eval_const_usize(count, &n))
        diag_unsupported(count->span, "array lengths that are not integer constants");
    return n;
}

/* ── types written in the source ── */

static const char *plural_args(int n) {
    return arena_printf("%d generic argument%s", n, n == 1 ? "" : "s");
}

/* The region at position arg of the type node site: the declared one in a signature
 * (lower_sig_type), else erased. */
static Region region_at(const Tc *tc, const Node *site, int arg) {
    return tc->sig_regions ? lifetimes_region_at(tc->sig_regions, site, arg) : region_erased;
}

Type *lower_sig_type(Tc *tc, Node *t, const RegionSig *sig) {
    const RegionSig *saved = tc->sig_regions;
    tc->sig_regions = sig;
    Type *ty = lower_type(tc, t, false);
    tc->sig_regions = saved;
    return ty;
}

/* `Name` or `Name<'a, A, B>`: the instance it names (lifetime arguments are its regions),
 * after checking the argument count (E0107). */
static Type *adt_type_of_path(Tc *tc, AdtDef *a, Node *t, bool allow_infer) {
    Node *args = t->u.path.seg_args ? t->u.path.seg_args[t->u.path.nsegs - 1] : NULL;
    int n = 0, total = args ? args->u.generic_args.args.len : 0;
    Type **tys = arena_alloc(sizeof(Type *) * (size_t)(total + 1));
    for (int i = 0; i < total; i++) {
        Node *arg = args->u.generic_args.args.items[i];
        if (arg->kind != N_BOUND) tys[n++] = lower_type(tc, arg, allow_infer);
    }
    Region few[8];
    Region *regions = a->nlifetimes <= 8 ? few : arena_alloc(sizeof(Region) * (size_t)a->nlifetimes);
    for (int i = 0; i < a->nlifetimes; i++) regions[i] = region_at(tc, t, i);
    if (n == a->ngenerics) return ty_adt_in(a, tys, n, regions);
    if (n == 0 && t->u.path.nsegs == 1 && t->u.path.segs[0] == sym_cstr("Self")) {
        /* in its impl: a method of an inherent impl has that impl's own parameters */
        Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
        if (!fn || fn->adt != a || fn->trait || fn->impl || fn->nimpl_generics != a->ngenerics ||
            !fn->generic_defs)
            return ty_adt_in(a, ty_adt(a)->elems, a->ngenerics, regions);
        Type **ps = arena_alloc(sizeof(Type *) * (size_t)a->ngenerics);
        for (int i = 0; i < a->ngenerics; i++) ps[i] = ty_param(fn->generic_defs[i]);
        return ty_adt_in(a, ps, a->ngenerics, regions);
    }
    const char *kind = a->is_enum ? "enum" : "struct";
    Diag *d;
    if (n == 0) {
        d = diag_error("E0107", t->span, "missing generics for %s `%s`", kind, sym_str(a->name));
    } else {
        d = diag_error("E0107", t->u.path.seg_spans[t->u.path.nsegs - 1],
                       "%s takes %s but %s %s supplied", kind, plural_args(a->ngenerics),
                       plural_args(n), n == 1 ? "was" : "were");
    }
    diag_label(d, "expected %s", plural_args(a->ngenerics));
    diag_emit(d);
    return ty_error;
}

/* A fresh instance of a (possibly generic) ADT, its type arguments left to inference. */
Type *instantiate(Tc *tc, AdtDef *a) {
    if (!a->ngenerics) return ty_adt(a);
    Type **args = arena_alloc(sizeof(Type *) * (size_t)a->ngenerics);
    for (int i = 0; i < a->ngenerics; i++) args[i] = fresh(tc, INFER_GENERAL);
    return ty_adt_args(a, args, a->ngenerics);
}

/* An instance for a constructor whose expected type is known: its type arguments come from
 * the expectation first, as in rustc, so `let r: Result<i32, bool> = Ok(true)` blames `true`. */
Type *instantiate_expected(Tc *tc, AdtDef *a, Type *expected) {
    Type *inst = instantiate(tc, a);
    Type *x = expected ? shallow(tc, expected) : NULL;
    if (a->ngenerics && x && x->kind == TY_ADT && x->adt == a) unify(tc, inst, x);
    return inst;
}

/* `dyn Trait`: one trait, which must be dyn compatible (E0038): methods with a `self`
 * reference receiver, no type parameters of their own, and no `Self` but behind it. */
static Type *dyn_type(Tc *tc, Node *t) {
    TraitDef *trait = NULL;
    for (int i = 0; i < t->u.list.elems.len; i++) {
        Node *bound = t->u.list.elems.items[i];
        if (bound->u.bound.kind != BOUND_TRAIT) continue;
        Def *d = bound->u.bound.path->u.path.def;
        if (!d || d->kind != DEF_TRAIT) return ty_error;
        if (trait) {
            diag_unsupported(t->span, "trait objects of several traits");
            return ty_error;
        }
        trait = d->trait;
    }
    if (!trait) return ty_error;
    for (int i = 0; i < trait->methods.len; i++) {
        Def *m = trait->methods.items[i];
        bool ok = (m->self_kind == SELF_REF || m->self_kind == SELF_REF_MUT) && m->ngenerics <= 1;
        for (int k = 1; ok && k < m->nparams; k++) ok = !ty_contains(m->param_tys[k], TY_PARAM);
        if (ok && m->ret_ty) ok = !ty_contains(m->ret_ty, TY_PARAM);
        if (ok) continue;
        Diag *d = diag_error("E0038", t->span, "the trait `%s` is not dyn compatible",
                             sym_str(trait->name));
        diag_label(d, "`%s` is not dyn compatible", sym_str(trait->name));
        diag_note(d, "the method `%s` %s", sym_str(m->name),
                  m->self_kind == SELF_NONE || m->self_kind == SELF_VALUE
                      ? "has no `&self` receiver"
                      : "mentions `Self` or has type parameters");
        diag_emit(d);
        return ty_error;
    }
    return ty_dyn_in(trait, region_at(tc, t, 0));
}

/* The type a `type` alias stands for; `type A = B; type B = A;` is E0391, reported once,
 * not an endless expansion. */
static Type *lower_alias(Tc *tc, Def *alias, bool allow_infer) {
    if (alias->expansion == EXPANSION_CYCLIC) return ty_error;
    if (alias->expansion == EXPANSION_ACTIVE) {
        alias->expansion = EXPANSION_CYCLIC;
        diag_emit(diag_error("E0391", alias->node->span,
                             "cycle detected when expanding type alias `%s`",
                             sym_str(alias->name)));
        return ty_error;
    }
    alias->expansion = EXPANSION_ACTIVE;
    Type *t = lower_type(tc, alias->node, allow_infer);
    if (alias->expansion == EXPANSION_ACTIVE) alias->expansion = EXPANSION_NONE;
    return t;
}

Type *lower_type(Tc *tc, Node *t, bool allow_infer) {
    if (!t) return ty_unit;
    switch (t->kind) {
    case T_PATH:
        if (t->u.path.prim) return t->u.path.prim;
        if (t->u.path.def && t->u.path.def->kind == DEF_ADT)
            return adt_type_of_path(tc, t->u.path.def->adt, t, allow_infer);
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_PARAM) return ty_param(t->u.path.def);
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_ALIAS)
            return lower_alias(tc, t->u.path.def, allow_infer);
        if (t->u.path.def && t->u.path.def->kind == DEF_ASSOC_TYPE) {
            Def *d = t->u.path.def, *base = d->assoc_base;
            Type *bt = base->kind == DEF_TYPE_PARAM ? ty_param(base)
                       : base->kind == DEF_TYPE_ALIAS ? lower_alias(tc, base, allow_infer)
                       : base->kind == DEF_ADT ? ty_adt(base->adt) : ty_error;
            return bt->kind == TY_ERROR ? bt : ty_proj(bt, d->trait, d->variant);
        }
        return ty_error;
    case T_TUPLE: {
        int n = t->u.list.elems.len;
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++)
            elems[i] = lower_type(tc, t->u.list.elems.items[i], allow_infer);
        return ty_tuple(elems, n);
    }
    case T_REF: {
        Type *inner = lower_type(tc, t->u.ty_ref.inner, allow_infer);
        return ty_ref_in(inner, t->u.ty_ref.is_mut, region_at(tc, t, 0));
    }
    case T_NEVER: return ty_never;
    case T_FN: {
        int n = t->u.fn_type.params.len;
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++)
            params[i] = lower_type(tc, t->u.fn_type.params.items[i], allow_infer);
        return ty_fn_ptr(
            params, n, t->u.fn_type.ret ? lower_type(tc, t->u.fn_type.ret, allow_infer) : ty_unit);
    }
    case T_DYN: return dyn_type(tc, t);
    case T_SLICE: return ty_slice(lower_type(tc, t->u.ty_ref.inner, allow_infer));
    case T_PTR: return ty_ptr(lower_type(tc, t->u.ty_ref.inner, allow_infer), t->u.ty_ref.is_mut);
    case T_ARRAY: {
        Type *elem = lower_type(tc, t->u.repeat.value, allow_infer);
        return ty_array(elem, array_len(tc, t->u.repeat.count));
    }
    case T_INFER:
        if (allow_infer) return fresh(tc, INFER_GENERAL);
        Diag *d = diag_error(
            "E0121", t->span,
            "the placeholder `_` is not allowed within types on item signatures for functions");
        diag_label(d, "not allowed in type signatures");
        diag_emit(d);
        return ty_error;
    default:
        return ty_error;
    }
}
