/* call.c — calls of fns, associated fns, closures and fn pointers.
 *
 * Takes: N_CALL nodes.
 * Gives: the callee's signature instantiated (turbofish, expected types, associated type
 * bindings), each argument checked against it (E0061, E0618), E0133 for unsafe fns, and
 * generic calls recorded so their type arguments are resolved and bounds checked at the end. */
#include "patina.h"
#include "typeck_internal.h"

/* The signature of an `Fn(A) -> B` bound's path (with the callee's type arguments). */
void fn_path_sig(Tc *tc, Node *path, Type **targs, int ntargs, Type ***params, int *nparams,
                 Type **ret) {
    Node *args = path->u.path.seg_args[path->u.path.nsegs - 1];
    *nparams = args->u.generic_args.args.len;
    *params = arena_alloc(sizeof(Type *) * (size_t)(*nparams + 1));
    for (int i = 0; i < *nparams; i++)
        (*params)[i] =
            ty_subst(lower_type(tc, args->u.generic_args.args.items[i], false), targs, ntargs);
    *ret = ty_subst(args->u.generic_args.ret ? lower_type(tc, args->u.generic_args.ret, false)
                                             : ty_unit,
                    targs, ntargs);
    tc->closure_fn =
        path->u.path.def && path->u.path.def->trait && path->u.path.def->trait->lang == LANG_FN;
}

/* The signature of type parameter `param`'s `Fn(A) -> B` bound, in the instance targs. */
bool fn_bound_sig(Tc *tc, Def *param, Type **targs, int ntargs, Type ***params, int *nparams,
                  Type **ret) {
    if (!param || !param->fn_bound) return false;
    fn_path_sig(tc, param->fn_bound, targs, ntargs, params, nparams, ret);
    return true;
}

/* The `Fn(A) -> B` bound of the current fn's `-> impl Fn(A) -> B`, when `expected` is that
 * return type (a closure returned as the tail or by `return`), or NULL. */
Node *opaque_fn_bound(Tc *tc, Type *expected) {
    Node *fn = tc->fn;
    if (!fn || !expected || tc->closures.len || !fn->u.fn.ret || fn->u.fn.ret->kind != T_IMPL)
        return NULL;
    if (shallow(tc, expected) != shallow(tc, fn->u.fn.def->ret_ty)) return NULL;
    for (int b = 0; b < fn->u.fn.ret->u.list.elems.len; b++) {
        Node *bound = fn->u.fn.ret->u.list.elems.items[b];
        Def *td = bound->u.bound.kind == BOUND_TRAIT ? bound->u.bound.path->u.path.def : NULL;
        if (td && td->kind == DEF_TRAIT && td->trait->lang >= LANG_FN &&
            td->trait->lang <= LANG_FN_ONCE)
            return bound->u.bound.path;
    }
    return NULL;
}

/* `U: Iterator<Item = Self::Item>` on a callee's parameter: the argument's item type is
 * that (so `primes().chain(100..103)` makes the range's integers u32). */
void unify_assoc_bindings(Tc *tc, Def *def, Node *call) {
    for (int k = 0; def->generic_defs && k < def->ngenerics && k < call->ntargs; k++) {
        Def *p = def->generic_defs[k];
        for (int i = 0; i < p->assoc_eq.len && i < p->assoc_eq_types.len; i++) {
            TraitDef *tr = p->assoc_eq_traits.items[i];
            Node *b = p->assoc_eq.items[i];
            for (int j = 0; j < tr->assoc_names.len; j++) {
                if ((Sym)(uintptr_t)tr->assoc_names.items[j] != b->u.assoc_binding.name) continue;
                Type *actual = ty_proj(zonk(tc, call->targs[k]), tr, j);
                if (actual->kind != TY_PROJ)
                    unify(tc, actual,
                          ty_subst(p->assoc_eq_types.items[i], call->targs, call->ntargs));
            }
        }
    }
}

/* A fn item passed for an `F: Fn(A) -> B` parameter: its signature gives A and B. */
void unify_fn_item_sig(Tc *tc, Type *declared, Type *arg, Node *call) {
    Type **sig, *ret, *a = arg ? shallow(tc, arg) : NULL;
    int nsig;
    if (!declared || declared->kind != TY_PARAM || !a || a->kind != TY_FN_DEF || !a->def->param_tys)
        return;
    if (!fn_bound_sig(tc, declared->def, call->targs, call->ntargs, &sig, &nsig, &ret)) return;
    for (int k = 0; k < nsig && k < a->def->nparams; k++) unify(tc, sig[k], a->def->param_tys[k]);
    unify(tc, ret, a->def->ret_ty);
}

/* Arguments against parameters; a closure passed for an `F: Fn(A) -> B` parameter of
 * callee is checked against that signature (so `|x| x + 1` knows x's type). */
static void check_args_of(Tc *tc, Node *call, Type **params, int nparams, Node *fn_node,
                          Def *callee, int first) {
    NodeList *args = &call->u.call.args;
    if (args->len != nparams) {
        /* E0057 when calling a closure or an `F: Fn` parameter, E0061 a fn */
        Diag *d =
            diag_error(callee && (callee->kind == DEF_TYPE_PARAM ||
                                  (callee->node && callee->node->kind == N_CLOSURE))
                           ? "E0057"
                           : "E0061",
                       call->u.call.callee ? call->u.call.callee->span : call->span,
                       "this function takes %d argument%s but %d argument%s supplied", nparams,
                       nparams == 1 ? "" : "s", args->len, args->len == 1 ? " was" : "s were");
        if (fn_node) diag_note(d, "function defined here");
        diag_emit(d);
    }
    for (int i = 0; i < args->len; i++) {
        Type *declared = callee && callee->kind == DEF_FN && first + i < callee->nparams
                             ? callee->param_tys[first + i]
                             : NULL;
        if (declared && declared->kind == TY_PARAM && ((Node *)args->items[i])->kind == N_CLOSURE)
            fn_bound_sig(tc, declared->def, call->targs, call->ntargs, &tc->closure_params,
                         &tc->closure_nparams, &tc->closure_ret);
        Type *at = check_expr(tc, args->items[i], i < nparams ? params[i] : NULL);
        tc->closure_params = NULL;
        unify_fn_item_sig(tc, declared, at, call);
    }
}

void check_args(Tc *tc, Node *call, Type **params, int nparams, Node *fn_node) {
    check_args_of(tc, call, params, nparams, fn_node, NULL, 0);
}

/* A call of a generic fn: fresh variables for its type parameters (the impl's come from
 * the receiver's type when there is one), recorded on the call for monomorphization.
 * Gives the parameter types of this instance. */
Type **instantiate_fn(Tc *tc, Node *call, Def *def, Type *recv) {
    call->ntargs = def->ngenerics;
    call->targs = arena_alloc(sizeof(Type *) * (size_t)(def->ngenerics + 1));
    for (int i = 0; i < def->ngenerics; i++)
        /* Self */
        call->targs[i] = recv && def->trait && i == 0 ? recv
                         : recv && !def->trait && i < def->nimpl_generics && i < recv->nelems
                             ? recv->elems[i]
                             : fresh(tc, INFER_GENERAL);
    if (def->ngenerics) {
        ptrvec_push(&tc->generic_calls, call);
        ptrvec_push(&tc->generic_call_fns, tc->fn);
    }
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(def->nparams + 1));
    for (int i = 0; i < def->nparams; i++)
        params[i] = ty_subst(def->param_tys[i], call->targs, call->ntargs);
    return params;
}

/* `f::<A, B>(..)`: the fn's own type parameters are A and B (E0107 for another count). */
void apply_turbofish(Tc *tc, Node *call, Def *def, Node *args, Span at) {
    int own = def->ngenerics - def->nimpl_generics, given = args->u.generic_args.args.len;
    if (given != own) {
        Diag *d = diag_error("E0107", at,
                             "%s takes %d generic argument%s but %d generic argument%s supplied",
                             def->self_kind != SELF_NONE ? "method" : "function", own,
                             own == 1 ? "" : "s", given, given == 1 ? " was" : "s were");
        diag_label(d, "expected %d generic argument%s", own, own == 1 ? "" : "s");
        diag_emit(d);
        return;
    }
    for (int i = 0; i < given; i++)
        unify(tc, call->targs[def->nimpl_generics + i],
              lower_type(tc, args->u.generic_args.args.items[i], true));
}

/* Calling an `unsafe fn` (or method) outside `unsafe` is E0133. */
void check_unsafe_call(Tc *tc, Def *def, Span at) {
    if (!def->node || !def->node->u.fn.is_unsafe || tc->unsafe_depth) return;
    const char *name = def->adt
                           ? arena_printf("%s::%s", sym_str(def->adt->name), sym_str(def->name))
                           : sym_str(def->name);
    Diag *d = diag_error(
        "E0133", at, "call to unsafe function `%s` is unsafe and requires unsafe function or block",
        name);
    diag_label(d, "call to unsafe function");
    diag_note(
        d,
        "consult the function's documentation for information on how to avoid undefined behavior");
    diag_emit(d);
}

/* The instance inst of an enum whose variant the path `Enum::<Args>::Variant` names: with
 * those arguments. */
Type *with_given_args(Tc *tc, Node *path, Type *inst) {
    if (path->u.path.qself) unify(tc, inst, lower_type(tc, path->u.path.qself, true));
    return inst;
}

Type *check_call(Tc *tc, Node *n, Type *expected) {
    Node *callee = n->u.call.callee;
    Def *def = callee->kind == N_PATH ? callee->u.path.def : NULL;
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_METHOD)
        return check_prim_method_path(tc, n, def, expected);
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_FROM)
        return check_prim_from(tc, n, def->const_ty);
    if (def && def->kind == DEF_FN && def->impl && def->impl->trait->lang == LANG_FROM &&
        !def->ngenerics && n->u.call.args.len == 1) {
        /* `Type::from(x)`: the impl of From for x's type (a type may have several) */
        Node *arg = n->u.call.args.items[0];
        Type *at = check_expr(tc, arg, NULL);
        Def *m = from_impl(tc, def->impl->self_ty, at);
        if (!m) {
            report_no_from(tc, n->span, def->impl->self_ty, at);
            return def->impl->self_ty;
        }
        callee->u.path.def = m;
        set_ty(tc, callee, ty_fn_def(m));
        coerce(tc, arg, at, m->param_tys[0]);
        return m->ret_ty;
    }
    if (def && def->kind == DEF_FN) {
        check_unsafe_call(tc, def, n->span);
        set_ty(tc, callee, ty_fn_def(def));
        Type **params = instantiate_fn(tc, n, def, NULL);
        if (callee->u.path.self_param && def->trait && n->ntargs)
            unify(tc, n->targs[0], ty_param(callee->u.path.self_param));
        if (callee->u.path.qself && def->trait && n->ntargs)
            unify(tc, n->targs[0], lower_type(tc, callee->u.path.qself, true));
        bind_trait_arg(tc, n, def);
        if (callee->u.path.qself && !def->trait) {
            /* `Vec::<u8>::new()`: the type's arguments are its impl's (`impl<T> Vec<T>`) */
            Type *q = lower_type(tc, callee->u.path.qself, true);
            for (int i = 0; q->kind == TY_ADT && q->adt == def->adt && i < def->nimpl_generics &&
                            i < q->nelems && i < n->ntargs;
                 i++)
                unify(tc, n->targs[i], q->elems[i]);
        }
        if (callee->u.path.seg_args)
            apply_turbofish(tc, n, def, callee->u.path.seg_args[callee->u.path.nsegs - 1],
                            callee->span);
        check_args_of(tc, n, params, def->nparams, def->node, def, 0);
        unify_assoc_bindings(tc, def, n);
        select_trait_args(tc, n);
        return ty_subst(zonk(tc, def->ret_ty), n->targs, n->ntargs);
    }
    if (def && def->kind == DEF_VARIANT && def->adt->variants[def->variant].shape == SHAPE_TUPLE) {
        AdtVariant *v = &def->adt->variants[def->variant];
        Type *inst = with_given_args(tc, callee, instantiate_expected(tc, def->adt, expected));
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(v->nfields ? v->nfields : 1));
        for (int i = 0; i < v->nfields; i++) params[i] = ty_field(inst, &v->fields[i]);
        check_args(tc, n, params, v->nfields, def->adt->node);
        return inst;
    }
    if (def && def->kind == DEF_ADT && def->adt->shape == SHAPE_TUPLE) {
        AdtDef *a = def->adt;
        Type *inst = instantiate_expected(tc, a, expected);
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(a->nfields ? a->nfields : 1));
        for (int i = 0; i < a->nfields; i++) params[i] = ty_field(inst, &a->fields[i]);
        check_args(tc, n, params, a->nfields, a->node);
        return inst;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_DEFAULT) {
        /* a generic type's arguments: from `W::<u8>::default()` or the expected type */
        Type *inst = with_given_args(tc, callee, instantiate_expected(tc, def->adt, expected));
        check_args(tc, n, NULL, 0, NULL);
        return inst;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_SIZE_OF &&
        def->builtin <= BUILTIN_IS_SCALAR) {
        def->const_ty = lower_type(tc, def->type_arg, false);
        /* on the call, so that a generic body's instances see their own T */
        n->ntargs = 1;
        n->targs = arena_alloc(sizeof(Type *));
        n->targs[0] = def->const_ty;
        check_args(tc, n, NULL, 0, NULL);
        return def->builtin >= BUILTIN_NEEDS_DROP ? ty_bool : ty_int(IK_USIZE);
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_ALLOC)
        return check_std_builtin(tc, n, def);
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_MEM_SWAP &&
        def->builtin <= BUILTIN_ALIGN_OF_VAL) {
        /* mem::swap(&mut T, &mut T), mem::forget(T), mem::size_of_val(&T), mem::align_of_val(&T) */
        Type *t = fresh(tc, INFER_GENERAL);
        Type *params[2] = {ty_ref(t, true), ty_ref(t, true)};
        if (def->builtin == BUILTIN_MEM_FORGET) params[0] = t;
        if (def->builtin >= BUILTIN_SIZE_OF_VAL) params[0] = ty_ref(t, false);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, params, def->builtin == BUILTIN_MEM_SWAP ? 2 : 1, NULL);
        return def->builtin >= BUILTIN_SIZE_OF_VAL ? ty_int(IK_USIZE) : ty_unit;
    }
    if (def && def->kind == DEF_BUILTIN_FN &&
        (def->builtin == BUILTIN_PROCESS_EXIT || def->builtin == BUILTIN_PROCESS_ABORT)) {
        /* process::exit(code: i32) -> !, process::abort() -> ! */
        Type *param = ty_int(IK_I32);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, &param, def->builtin == BUILTIN_PROCESS_EXIT, NULL);
        return ty_never;
    }
    Type *t = shallow(tc, check_expr(tc, callee, NULL));
    while (t->kind == TY_REF &&
           (shallow(tc, t->elem)->kind == TY_CLOSURE || shallow(tc, t->elem)->kind == TY_PARAM ||
            shallow(tc, t->elem)->kind == TY_FN_PTR))
        t = shallow(tc, t->elem);                /* `f(x)` with f: &F calls through the reference */
    if (t->kind == TY_CLOSURE) {
        /* a closure value: its parameters after the environment */
        Def *c = t->def;
        if (c->param_tys) {
            Type **params = arena_alloc(sizeof(Type *) * (size_t)c->nparams);
            for (int i = 0; i < c->nparams; i++)
                params[i] = ty_closure_sig(t, zonk(tc, c->param_tys[i]));
            check_args_of(tc, n, params + 1, c->nparams - 1, NULL, c, 1);
            return ty_closure_sig(t, zonk(tc, c->ret_ty));
        }
    }
    Type **sig;
    int nsig;
    Type *ret;
    if (t->kind == TY_PARAM && fn_bound_sig(tc, t->def, NULL, 0, &sig, &nsig, &ret)) {
        /* calling an `F: FnMut` parameter borrows it mutably (`call_mut(&mut f)`: E0596 when
         * f is not `mut`, reported from the IR): a closure capturing f captures it so */
        TraitDef *kind = t->def->fn_bound->u.path.def ? t->def->fn_bound->u.path.def->trait : NULL;
        if (kind && kind->lang == LANG_FN_MUT) note_mutation(tc, callee);
        check_args_of(tc, n, sig, nsig, NULL, t->def, 0);
        return ret;
    }
    if (t->kind == TY_FN_DEF && t->def->param_tys) {
        check_args(tc, n, t->def->param_tys, t->def->nparams, t->def->node);
        return t->def->ret_ty;
    }
    if (t->kind == TY_FN_PTR) {
        check_args(tc, n, t->elems, t->nelems, NULL);
        return t->ret;
    }
    for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
    if (t->kind == TY_ERROR) return ty_error;
    Type *behind = zonk(tc, t);
    while (behind->kind == TY_REF ||
           (behind->kind == TY_ADT && is_prelude_adt(behind, "Box") && behind->nelems == 1))
        behind = behind->kind == TY_REF ? behind->elem : behind->elems[0];
    if (behind->kind == TY_DYN &&
        (behind->trait->lang == LANG_FN || behind->trait->lang == LANG_FN_MUT ||
         behind->trait->lang == LANG_FN_ONCE)) {
        /* `&dyn Fn(i32) -> i32`, `Box<dyn Fn..>`: rustc calls it; Patina has no Fn vtables yet */
        diag_unsupported(callee->span, "calling a `dyn Fn` trait object");
        return ty_error;
    }
    Diag *d = diag_error("E0618", callee->span, "expected function, found %s", show(tc, t));
    diag_label(d, "call expression requires function");
    diag_emit(d);
    return ty_error;
}
