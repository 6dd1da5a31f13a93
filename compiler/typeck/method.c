/* method.c — method calls.
 *
 * Takes: N_METHOD_CALL nodes.
 * Gives: the method selected (inherent, trait, primitive, library), auto-ref and auto-deref
 * of the receiver (through Deref impls: adjustments on it), the arguments checked,
 * E0599/E0689/E0282/E0040; arrays passed for IntoIterator parameters made iterators
 * (into_iter calls), and what a `for` loop over an IntoIterator value calls (on the loop). */
#include "patina.h"
#include "typeck_internal.h"

#include <string.h>

static Type *check_into_iterator_arg(Tc *tc, Node *arg, Type *expected);

/* A method found for receiver type s: its arguments against its (instantiated) parameters. */
static Type *check_method_args(Tc *tc, Node *n, Def *m, Type *s, Node *turbofish) {
    n->u.call.method_def = m;
    if (m->trait && m->trait->lang == LANG_DROP) {
        Diag *d = diag_error("E0040", n->u.call.method_span, "explicit use of destructor method");
        diag_label(d, "explicit destructor calls not allowed");
        size_t len;
        const char *recv = span_text(n->u.call.receiver->span, &len);
        diag_help(d, "consider using `drop` function: `drop(%.*s)`", (int)len, recv);
        diag_emit(d);
    }
    NodeList *args = &n->u.call.args;
    check_unsafe_call(tc, m, n->span);
    if (args->len != m->nparams - 1) {
        Diag *d = diag_error("E0061", n->u.call.method_span,
                             "this method takes %d argument%s but %d argument%s supplied",
                             m->nparams - 1, m->nparams - 1 == 1 ? "" : "s", args->len,
                             args->len == 1 ? " was" : "s were");
        diag_emit(d);
    }
    Type **params = instantiate_fn(tc, n, m, s);
    bind_trait_arg(tc, n, m);
    if (turbofish) apply_turbofish(tc, n, m, turbofish, n->u.call.method_span);
    for (int i = 0; i < args->len; i++) {
        Type *declared = i + 1 < m->nparams ? m->param_tys[i + 1] : NULL;
        if (declared && declared->kind == TY_PARAM && ((Node *)args->items[i])->kind == N_CLOSURE)
            fn_bound_sig(tc, declared->def, n->targs, n->ntargs, &tc->closure_params,
                         &tc->closure_nparams, &tc->closure_ret);
        bool into_iter = declared && declared->kind == TY_PARAM &&
                         param_bound(tc, declared, NULL, LANG_INTO_ITERATOR);
        Type *at = into_iter ? check_into_iterator_arg(tc, args->items[i], params[i + 1])
                   : check_expr(tc, args->items[i], i + 1 < m->nparams ? params[i + 1] : NULL);
        tc->closure_params = NULL;
        unify_fn_item_sig(tc, declared, at, n);
    }
    if (m->self_kind == SELF_REF_MUT) note_receiver_mutation(tc, n->u.call.receiver);
    unify_assoc_bindings(tc, m, n);
    select_trait_args(tc, n);
    return ty_subst(zonk(tc, m->ret_ty), n->targs, n->ntargs);
}

Type *check_method_call(Tc *tc, Node *n, Type *expected) {
    /* the method looked up, and its turbofish */
    Sym name = n->u.call.method;
    Node *turbofish = n->u.call.turbofish;
    Type *hint = tc->receiver_hint;
    tc->receiver_hint = NULL;
    Type *recv = check_expr(tc, n->u.call.receiver, hint);
    if (has_infer(zonk(tc, recv)))
        /* `let v: Vec<_> = it.collect(); v.join(",")`: what the impls say first */
        for (int i = 0; i < tc->generic_calls.len; i++)
            select_trait_args(tc, tc->generic_calls.items[i]);
    Type *s = shallow(tc, recv);
    if (name == sym_cstr("into") && n->u.call.args.len == 0 && !turbofish &&
        !user_method_named(tc, s, name))
        return check_into(tc, n, recv, expected);
    if (s->kind == TY_REF) {
        /* a trait implemented for the reference type itself (`impl IntoIterator for &Stack`) */
        Type *z = zonk(tc, s);
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            Def *tm = im->self_ty->kind == TY_REF && impl_applies(tc, im, z)
                          ? method_of_trait(im->trait, name)
                          : NULL;
            if (tm) return check_method_args(tc, n, tm, z, turbofish);
        }
    }
    while (s->kind == TY_REF) s = shallow(tc, s->elem);   /* auto-deref */
    Type *target, *start = s;
    Def *dm;
    int steps = 0;
    while (s->kind == TY_ADT && !user_method_named(tc, s, name) &&
           (dm = deref_impl(tc, s, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.call.method_span)) {
        /* a method of what the receiver derefs to */
        record_overloaded_deref(n->u.call.receiver, dm, target);
        recv = target;
        s = shallow(tc, target);
        while (s->kind == TY_REF) s = shallow(tc, s->elem);
    }
    PrimMethod pm;
    if ((s->kind == TY_INT || s->kind == TY_FLOAT || s->kind == TY_PTR) &&
        prim_method_lookup(s, name, &pm)) {
        NodeList *args = &n->u.call.args;
        if (args->len != pm.nargs) {
            Diag *d =
                diag_error("E0061", n->u.call.method_span,
                           "this method takes %d argument%s but %d argument%s supplied", pm.nargs,
                           pm.nargs == 1 ? "" : "s", args->len, args->len == 1 ? " was" : "s were");
            diag_emit(d);
            for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], NULL);
            return pm.ret;
        }
        for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], pm.arg);
        if (pm.op >= PRIM_CHECKED_ADD && pm.op <= PRIM_CHECKED_POW &&
            prelude_adt(tc->prelude, "Option")) {
            Type *opt_args[1] = {pm.ret};
            /* `a.checked_add(b)`: None on overflow */
            return ty_adt_args(prelude_adt(tc->prelude, "Option"), opt_args, 1);
        }
        return pm.ret;
    }
    if (name == sym_cstr("clone") && n->u.call.args.len == 0 &&
        (is_clone(s) || (s->kind == TY_PARAM && param_bound(tc, s, NULL, LANG_CLONE))))
        return s;
    bool cmp = name == sym_cstr("cmp"),
         partial = name == sym_cstr("partial_cmp");
    if ((cmp || partial) && n->u.call.args.len == 1 && comparable(tc, s, true) &&
        prelude_adt(tc->prelude, "Ordering")) {
        /* `a.cmp(&b)` on the primitive types: an Ordering (Option<Ordering> for partial_cmp) */
        if (cmp && s->kind == TY_FLOAT) {
            Diag *d = diag_error(
                "E0599", n->u.call.method_span,
                "the method `cmp` exists for type `%s`, but its trait bounds were not satisfied",
                ty_str_of(s));
            diag_emit(d);
            return ty_error;
        }
        check_expr(tc, n->u.call.args.items[0], ty_ref(s, false));
        Type *ord = ty_adt(prelude_adt(tc->prelude, "Ordering"));
        Type *args[1] = {ord};
        return cmp ? ord : ty_adt_args(prelude_adt(tc->prelude, "Option"), args, 1);
    }
    if (s->kind == TY_STR && n->u.call.args.len == 0 &&
        (name == sym_cstr("len") || name == sym_cstr("is_empty")))
        return name == sym_cstr("len") ? ty_int(IK_USIZE) : ty_bool;
    if (s->kind == TY_STR && n->u.call.args.len == 0 && name == sym_cstr("as_bytes"))
        return ty_ref(ty_slice(ty_int(IK_U8)), false);  /* the same bytes, as a slice */
    if ((s->kind == TY_ARRAY || s->kind == TY_SLICE) && n->u.call.args.len == 0 &&
        (name == sym_cstr("len") || name == sym_cstr("is_empty"))) {
        return name == sym_cstr("len") ? ty_int(IK_USIZE) : ty_bool;
    }
    if (s->kind == TY_ARRAY && shallow(tc, recv)->kind == TY_ARRAY && n->u.call.args.len == 0 &&
        name == sym_cstr("into_iter") && prelude_adt(tc->prelude, "IntoIter")) {
        /* edition 2021: an array's into_iter() yields its elements by value */
        Type *args[1] = {s->elem};
        return ty_adt_args(prelude_adt(tc->prelude, "IntoIter"), args, 1);
    }
    bool iter_mut = name == sym_cstr("iter_mut");
    if ((s->kind == TY_ARRAY || s->kind == TY_SLICE) && n->u.call.args.len == 0 &&
        (name == sym_cstr("iter") || iter_mut) && prelude_adt(tc->prelude, "IterMut")) {
        /* the prelude's Iter / IterMut over the elements (a `for` loop walks it by index) */
        Type *args[1] = {s->elem};
        return ty_adt_args(prelude_adt(tc->prelude, iter_mut ? "IterMut" : "Iter"), args, 1);
    }
    if (s->kind == TY_ADT) {
        AdtDef *a = s->adt;
        Def *m = NULL;
        for (int i = 0; i < a->methods.len; i++)
            if (((Def *)a->methods.items[i])->name == name) m = a->methods.items[i];
        if (m && m->self_kind != SELF_NONE) return check_method_args(tc, n, m, s, turbofish);
        Def *tm = trait_method_for(tc, s, name);
        if (tm) return check_method_args(tc, n, tm, s, turbofish);
        for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
        /* `Map<I, {error}>` after an unsupported closure argument: reported already */
        if (a->has_unsupported_impl || ty_contains(zonk(tc, s), TY_ERROR)) return ty_error;
        Diag *d = diag_error("E0599", n->u.call.method_span,
                             "no method named `%s` found for struct `%s` in the current scope",
                             sym_str(name), sym_str(a->name));
        diag_label(d,
                   m ? "this is an associated function, not a method" : "method not found in `%s`",
                   sym_str(a->name));
        if (m)
            diag_note(d, "found the following associated functions; to be used as methods, "
                         "functions must have a `self` parameter");
        diag_emit(d);
        return ty_error;
    }
    if (s->kind == TY_INFER && s->infer != INFER_GENERAL) {
        /* `21.double()`: the one numeric type of that kind with the method decides */
        Type *only = NULL;
        int found = 0;
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            bool kind_ok =
                s->infer == INFER_INT ? im->self_ty->kind == TY_INT : im->self_ty->kind == TY_FLOAT;
            if (kind_ok && method_of_trait(im->trait, name) && im->self_ty != only) {
                only = im->self_ty;
                found++;
            }
        }
        if (found > 1) {
            /* several numeric impls: the literal's default type decides, as in rustc */
            Type *fallback = s->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64);
            for (int i = 0; i < trait_impls.len; i++) {
                ImplDef *im = trait_impls.items[i];
                if (im->self_ty == fallback && method_of_trait(im->trait, name))
                    only = fallback, found = 1;
            }
        }
        if (found == 1) {
            unify(tc, s, only);
            s = only;
        } else if (found == 0) {
            /* a blanket impl (`impl<T: Display> ToString for T`): found as for the literal's
             * default type, but the literal's type is left to later uses to settle
             * (`let i = 3; i.to_string(); "*".repeat(i)` makes it usize) */
            Type *fallback = s->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64);
            Def *blanket = trait_method_for(tc, fallback, name);
            if (blanket) return check_method_args(tc, n, blanket, s, turbofish);
        }
    }
    Def *tm = s->kind != TY_INFER ? trait_method_for(tc, s, name) : NULL;
    if (tm) return check_method_args(tc, n, tm, s, turbofish);
    if (s->kind == TY_ARRAY && (tm = trait_method_for(tc, ty_slice(s->elem), name)))
        /* a slice method, the array unsized */
        return check_method_args(tc, n, tm, ty_slice(s->elem), turbofish);
    for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
    if (s->kind == TY_ERROR) return ty_error;
    if (s->kind == TY_INFER && s->infer == INFER_GENERAL) {
        /* `|c| c.area()` with nothing saying what c is */
        Binding *b = n->u.call.receiver->kind == N_PATH ? n->u.call.receiver->u.path.binding : NULL;
        Diag *d =
            diag_error("E0282", b ? b->span : n->u.call.receiver->span, "type annotations needed");
        diag_emit(d);
        return ty_error;
    }
    if (s->kind == TY_PARAM) {
        Diag *d =
            diag_error("E0599", n->u.call.method_span,
                       "no method named `%s` found for type parameter `%s` in the current scope",
                       sym_str(name), sym_str(s->pname));
        diag_label(d, "method not found in `%s`", sym_str(s->pname));
        diag_emit(d);
        return ty_error;
    }
    PrimMethod probe;
    bool numeric_method = prim_method_lookup(ty_int(IK_I32), name, &probe) ||
                          prim_method_lookup(ty_float(FK_F64), name, &probe);
    if (s->kind == TY_INFER && s->infer != INFER_GENERAL && numeric_method) {
        const char *numeric = s->infer == INFER_INT ? "{integer}" : "{float}";
        Diag *d = diag_error("E0689", n->u.call.method_span,
                             "can't call method `%s` on ambiguous numeric type `%s`",
                             sym_str(name), numeric);
        diag_emit(d);
        return ty_error;
    }
    if (is_known_int_method(name)) {
        diag_unsupported(n->u.call.method_span,
                         arena_printf("the method `%s`", sym_str(name)));
        return ty_error;
    }
    const char *ty =
        s->kind == TY_INFER && s->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, s));
    Diag *d = diag_error("E0599", n->u.call.method_span,
                         "no method named `%s` found for type `%s` in the current scope",
                         sym_str(name), ty);
    diag_label(d, "method not found in `%s`", ty);
    diag_emit(d);
    return ty_error;
}

/* Turns the expression node `it` in place into the call `it.method()`: its parents keep
 * pointing at it. */
static void rewrite_as_method_call(Tc *tc, Node *it, const char *method) {
    Node *recv = ast_new(it->kind, it->span);
    *recv = *it;
    ptrvec_push(&tc->typed, recv);
    memset(&it->u, 0, sizeof it->u);
    it->kind = N_METHOD_CALL;
    it->u.call.receiver = recv;
    it->u.call.method = sym_cstr(method);
    it->u.call.method_span = it->span;
}

/* An argument for a parameter bounded by IntoIterator (`Extend::extend`'s iter): an array,
 * or a reference to one, is passed as `a.into_iter()` (`a.iter()`, `a.iter_mut()`), the
 * iterator rustc's IntoIterator impls for `[T; N]` and `&[T; N]` give, which the prelude
 * cannot write without const generics. Gives the argument's type. */
static Type *check_into_iterator_arg(Tc *tc, Node *arg, Type *expected) {
    Type *a = shallow(tc, check_expr(tc, arg, NULL));
    Type *seq = a->kind == TY_REF ? shallow(tc, a->elem) : a;
    if (seq->kind == TY_ARRAY && !iterator_item(tc, a)) {
        rewrite_as_method_call(tc, arg,
                               a->kind != TY_REF ? "into_iter"
                               : a->is_mut       ? "iter_mut"
                                                 : "iter");
        a = check_expr(tc, arg, NULL);
    }
    unify(tc, expected, a);
    return a;
}

/* A `for` loop over a value of a type t implementing IntoIterator: the loop records the
 * trait's into_iter and the iterator type, whose `next` it calls (lowering calls into_iter
 * of t's impl on the value); the Item of that iterator, or NULL when t has no such impl. */
Type *into_iterator_item(Tc *tc, Node *loop, Type *t) {
    TraitDef *found = NULL;
    for (int i = 0; i < trait_impls.len && !found; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_INTO_ITERATOR && impl_applies(tc, im, t)) found = im->trait;
    }
    for (int i = 0; !found && t->kind == TY_PARAM && t->def && i < t->def->bounds.len; i++)
        if (((TraitDef *)t->def->bounds.items[i])->lang == LANG_INTO_ITERATOR)
            found = t->def->bounds.items[i];            /* `I: IntoIterator<Item = T>` */
    Def *m = found ? method_of_trait(found, sym_cstr("into_iter")) : NULL;
    if (!m) return NULL;
    Type *iter = zonk(tc, ty_proj(t, found, 1));
    Type *item = iterator_item(tc, iter);
    if (!item) return NULL;
    loop->u.loop.into_iter = m;                 /* the trait's: the impl's for t when lowered */
    loop->u.loop.into_iter_ty = iter;           /* zonked with the loop's type */
    return item;
}
