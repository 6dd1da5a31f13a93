/* traits.c — trait and impl selection: the one place that decides whether a type
 * implements a trait and which method a name selects.
 *
 * Takes: types (perhaps with inference variables: selection runs during inference, which
 * is why it lives in typeck and not in sema), the crate's trait_impls, the bounds and
 * where clauses of the fn being checked.
 * Gives: implements (built-in lang traits, hand-written and blanket impls, bounds),
 * impl_applies, trait_method_for (bounds, dyn, blanket impls), operator and Deref impls,
 * generic traits' impls selected by their argument (which may infer it: select_trait_args),
 * Iterator's Item, Display/Debug support, and the E0277/E0599/E0525 of unmet bounds of a
 * generic call (check_call_bounds), worded by `#[diagnostic::on_unimplemented]`. */
#include "patina.h"
#include "typeck_internal.h"
#include "parser.h"

#include <string.h>

static bool has_fmt_impl(Type *t, LangTrait lang);
static bool impl_applies_arg(Tc *tc, ImplDef *im, Type *t, Type *arg);

/* The types of fn's `where Self::Item: Trait` clauses, lowered once on first use. */
static void lower_where_projs(Tc *tc, Def *fn) {
    while (fn->where_proj_types.len < fn->where_projs.len)
        ptrvec_push(&fn->where_proj_types,
                    lower_type(tc, fn->where_projs.items[fn->where_proj_types.len], false));
}

/* Whether type parameter t is bounded by trait (or lang trait): by its own bounds, or by
 * a `where` clause of the fn being checked on its impl's parameter. */
bool param_bound(Tc *tc, Type *t, TraitDef *trait, LangTrait lang) {
    if (ty_param_bound(t, trait, lang)) return true;
    TraitDef *declared = assoc_type_bound(t, NULL);     /* `type IntoIter: Iterator<...>;` */
    if (declared && trait_implies(declared, trait, lang)) return true;
    Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
    if (fn && t->kind == TY_PROJ) {
        lower_where_projs(tc, fn);
        for (int i = 0; i < fn->where_projs.len; i++) {
            TraitDef *w = fn->where_proj_traits.items[i];
            if (fn->where_proj_types.items[i] == t && trait_implies(w, trait, lang)) return true;
        }
    }
    for (int i = 0; fn && i < fn->where_params.len; i++) {
        TraitDef *w = fn->where_traits.items[i];
        if (fn->where_params.items[i] == t->def && trait_implies(w, trait, lang)) return true;
    }
    return false;
}

bool comparable(Tc *tc, Type *t, bool ordering) {
    t = shallow(tc, t);
    switch (t->kind) {
    case TY_INT:
    case TY_BOOL:
    case TY_CHAR:
    case TY_FLOAT:
    case TY_INFER:
    case TY_ERROR:
    case TY_NEVER:
    case TY_STR: return true;
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (!comparable(tc, t->elems[i], ordering)) return false;
        return true;
    case TY_ADT:
        if (!(ordering ? t->adt->derive_partial_ord : t->adt->derive_partial_eq)) {
            /* an impl by hand (the prelude's String, Vec, Box; the program's) */
            for (int i = 0; i < trait_impls.len; i++) {
                ImplDef *im = trait_impls.items[i];
                if (im->trait->lang == (ordering ? LANG_PARTIAL_ORD : LANG_PARTIAL_EQ) &&
                    impl_applies(tc, im, t))
                    return true;
            }
            return false;
        }
        /* derived impls require the same of every type argument */
        for (int i = 0; i < t->nelems; i++)
            if (!comparable(tc, t->elems[i], ordering)) return false;
        return true;
    case TY_ARRAY: case TY_REF:
        return comparable(tc, t->elem, ordering);
    case TY_PTR:
        return true;
    case TY_PARAM: case TY_PROJ:
        return param_bound(tc, t, NULL, ordering ? LANG_PARTIAL_ORD : LANG_PARTIAL_EQ);
    default:
        return false;
    }
}

static bool takes_arg(Tc *tc, Type *param, Type *arg, bool by_ref) {
    param = shallow(tc, param);
    /* `==` and `<` take their operands by reference: `eq(&self, other: &&str)` for a `&str` */
    if (by_ref) return param->kind == TY_REF && could_unify(tc, param->elem, arg);
    return could_unify(tc, param, arg);
}

/* The hand-written operator method for operands of type t, and its (self, rhs, result)
 * types in sig with a generic impl's parameters taken from t. With several impls (`impl
 * Mul<f64> for V` and `impl Mul<V> for V`) the argument node decides: it is checked here,
 * its type left in *arg_ty (else *arg_ty is NULL and the caller checks it against sig[1]). */
Def *operator_impl(Tc *tc, Type *t, LangTrait lang, Type *sig[3], Node *arg, Type **arg_ty) {
    t = zonk(tc, t);
    Def *cands[8];
    int n = ty_operator_methods(t, lang, cands, 8);
    if (arg_ty) *arg_ty = NULL;
    if (!n) return NULL;
    Def *m = cands[0];
    /* a derived PartialEq/PartialOrd is one more candidate, for the same type */
    bool derived = t->kind == TY_ADT && ((lang == LANG_PARTIAL_EQ && t->adt->derive_partial_eq) ||
                                         (lang == LANG_PARTIAL_ORD && t->adt->derive_partial_ord));
    if ((n > 1 || derived) && arg && arg_ty) {
        *arg_ty = check_expr(tc, arg, NULL);
        if (derived && could_unify(tc, t, *arg_ty)) return NULL;
        for (int i = 0; i < n && i < 8; i++)
            if (cands[i]->nparams > 1 &&
                takes_arg(tc, cands[i]->param_tys[1], *arg_ty,
                          lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD)) {
                m = cands[i];
                break;
            }
    }
    Type **args = NULL;
    if (m->ngenerics && m->impl && !impl_matches(m->impl, t, &args)) args = NULL;
    for (int i = 0; i < 2; i++)
        sig[i] = i < m->nparams
                     ? (args ? ty_subst(m->param_tys[i], args, m->ngenerics) : m->param_tys[i])
                     : ty_unit;
    sig[2] = args ? ty_subst(m->ret_ty, args, m->ngenerics) : m->ret_ty;
    return m;
}

/* `impl Deref for T`: its deref method, and the Target in *target. */
Def *deref_impl(Tc *tc, Type *t, Type **target) {
    t = shallow(tc, t);
    Type *sig[3];
    Def *m = t->kind == TY_ADT ? operator_impl(tc, t, LANG_DEREF, sig, NULL, NULL) : NULL;
    if (!m || sig[2]->kind != TY_REF) return NULL;
    *target = sig[2]->elem;
    return m;
}

/* Whether t (through references) has a method of that name of its own or of a trait. */
bool user_method_named(Tc *tc, Type *t, Sym name) {
    t = shallow(tc, t);
    while (t->kind == TY_REF) t = shallow(tc, t->elem);
    for (int i = 0; t->kind == TY_ADT && i < t->adt->methods.len; i++)
        if (((Def *)t->adt->methods.items[i])->name == name) return true;
    if (t->kind == TY_INFER) return false;
    for (int i = 0; i < trait_impls.len; i++) {
        /* `clone` of `impl Clone for Box<T>`: the operator traits' methods are the impl's */
        ImplDef *im = trait_impls.items[i];
        for (int k = 0; k < im->methods.len; k++)
            if (((Def *)im->methods.items[k])->name == name && impl_applies(tc, im, zonk(tc, t)))
                return true;
    }
    return trait_method_for(tc, t, name);
}

/* Clone without heap types: Copy types, derived-Clone types, and tuples/arrays of them. */
bool is_clone(Type *t) {
    switch (t->kind) {
    case TY_ADT:
        if (ty_operator_method(t, LANG_CLONE)) return true;     /* `impl Clone for T` by hand */
        if (!t->adt->derive_clone && !t->adt->derive_copy) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!is_clone(t->elems[i])) return false;
        return true;
    case TY_PARAM: return ty_param_bound(t, NULL, LANG_CLONE);
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (!is_clone(t->elems[i])) return false;
        return true;
    case TY_ARRAY: return is_clone(t->elem);
    default: return ty_is_copy(t);
    }
}

Def *method_of_trait(TraitDef *t, Sym name) {
    for (int i = 0; i < t->methods.len; i++) {
        Def *m = t->methods.items[i];
        if (m->name == name && m->self_kind != SELF_NONE) return m;
    }
    for (int i = 0; i < t->supertraits.len; i++) {
        Def *m = method_of_trait(t->supertraits.items[i], name);
        if (m) return m;
    }
    return NULL;
}

/* Whether impl im is for type t, its parameters' bounds satisfied (a generic trait's impl:
 * for some trait argument, its parameters only the argument has standing for themselves). */
bool impl_applies(Tc *tc, ImplDef *im, Type *t) {
    return impl_applies_arg(tc, im, t, im->trait->ngenerics ? im->trait_arg : NULL);
}

/* ... for a generic trait's impl, with trait argument arg giving the parameters t does not. */
static bool impl_applies_arg(Tc *tc, ImplDef *im, Type *t, Type *arg) {
    Type **args;
    if (!impl_matches_arg(im, t, arg, &args)) return false;
    for (int k = 0; k < im->ngenerics; k++) {
        Def *param = im->generic_defs[k];
        for (int b = 0; b < param->bounds.len; b++)
            if (!implements(tc, args[k], param->bounds.items[b])) return false;
    }
    return true;
}

/* A method of a blanket impl that covers s, its bounds satisfied (`impl<T: Display + ?Sized>
 * ToString for T` for a `T: Display` or a `dyn Display`), or NULL. */
static Def *blanket_method_for(Tc *tc, Type *s, Sym name) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        Def *m = im->self_ty && im->self_ty->kind == TY_PARAM && impl_applies(tc, im, s)
                     ? method_of_trait(im->trait, name)
                     : NULL;
        if (m) return m;
    }
    return NULL;
}

/* A trait method `name` for receiver type s: through the bounds of a type parameter, or
 * through the traits implemented for s. The trait's declaration stands for it; lowering
 * picks the impl's (or the default) for the instance's Self. */
Def *trait_method_for(Tc *tc, Type *s, Sym name) {
    if (s->kind == TY_DYN) {
        Def *m = method_of_trait(s->trait, name);
        return m ? m : blanket_method_for(tc, s, name);
    }
    Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
    if (s->kind == TY_PROJ && fn) {
        /* `where Self::Item: Step` gives Self::Item Step's methods */
        lower_where_projs(tc, fn);
        for (int i = 0; i < fn->where_projs.len; i++) {
            if (fn->where_proj_types.items[i] != s) continue;
            Def *m = method_of_trait(fn->where_proj_traits.items[i], name);
            if (m) return m;
        }
    }
    TraitDef *declared = assoc_type_bound(s, NULL);
    Def *declared_m = declared ? method_of_trait(declared, name) : NULL;
    if (declared_m) return declared_m;
    if (s->kind == TY_PARAM) {
        for (int i = 0; s->def && i < s->def->bounds.len; i++) {
            Def *m = method_of_trait(s->def->bounds.items[i], name);
            if (m) return m;
        }
        for (int i = 0; fn && i < fn->where_params.len; i++) {
            /* `where T: Clone` on a method, T its impl's */
            Def *m = fn->where_params.items[i] == s->def
                         ? method_of_trait(fn->where_traits.items[i], name)
                         : NULL;
            if (m) return m;
        }
        return blanket_method_for(tc, s, name);
    }
    Type *z = zonk(tc, s);
    TraitDef *own = fn && fn->impl ? fn->impl->trait : NULL;
    if (own && (own->lang == LANG_DISPLAY || own->lang == LANG_DEBUG) && implements(tc, z, own)) {
        /* inside `impl Display for W`, Display is the trait in scope: `self.0.fmt(f)` forwards
         * to the field's Display, built in or not */
        Def *m = method_of_trait(own, name);
        if (m) return m;
    }
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (!impl_applies(tc, im, z)) continue;
        Def *m = method_of_trait(im->trait, name);
        if (m) return m;
    }
    return NULL;
}

static bool trait_has_super(TraitDef *have, TraitDef *want) {
    if (have == want) return true;
    for (int i = 0; i < have->supertraits.len; i++)
        if (trait_has_super(have->supertraits.items[i], want)) return true;
    return false;
}

/* Whether a blanket impl of tr covers t: `impl<T: Display + ?Sized> ToString for T`. */
static bool blanket_impl_covers(Tc *tc, Type *t, TraitDef *tr) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && im->self_ty && im->self_ty->kind == TY_PARAM &&
            impl_applies(tc, im, t))
            return true;
    }
    return false;
}

/* ── generic traits (`trait Sum<A = Self>`): one type argument besides Self ── */

/* The argument generic trait tr takes when none is written, for Self type self (`A = Self`),
 * or NULL when its parameter has no default. */
Type *trait_default_arg(Tc *tc, TraitDef *tr, Type *self) {
    Node *dflt = tr->generic_defs[0]->node->u.generic_param.default_value;
    return dflt ? ty_subst(lower_type(tc, dflt, false), &self, 1) : NULL;
}

/* The argument of param's bound on generic trait tr, in the types of param's item: as
 * written (`S: Sum<Self::Item>`), the trait's parameter for its own Self, else the default. */
static Type *bound_arg(Tc *tc, Def *param, TraitDef *tr) {
    if (param == tr->self_param) return ty_param(tr->generic_defs[0]);
    PtrVec *lowered = &param->arg_bound_types;
    while (lowered->len < param->arg_bound_nodes.len)
        ptrvec_push(lowered, lower_type(tc, param->arg_bound_nodes.items[lowered->len], false));
    for (int i = 0; i < param->arg_bound_traits.len; i++)
        if (param->arg_bound_traits.items[i] == tr) return param->arg_bound_types.items[i];
    return trait_default_arg(tc, tr, ty_param(param));
}

/* impl im's trait argument for self type t (which it matches) and wanted argument arg,
 * with the impl's parameters they give. */
static Type *impl_trait_arg(ImplDef *im, Type *t, Type *arg) {
    Type **args;
    if (!im->ngenerics || !impl_matches_arg(im, t, arg, &args)) return im->trait_arg;
    return ty_subst(im->trait_arg, args, im->ngenerics);
}

/* The impls of generic trait tr for t whose argument may be arg: the count, the last in
 * *found. */
static int impls_for_arg(Tc *tc, Type *t, TraitDef *tr, Type *arg, ImplDef **found) {
    int n = 0;
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait != tr || !im->trait_arg || !impl_applies_arg(tc, im, t, arg) ||
            !could_unify(tc, impl_trait_arg(im, t, arg), arg))
            continue;
        *found = im;
        n++;
    }
    return n;
}

/* Whether t implements tr with the argument arg (`i32: Sum<&i32>`; NULL: any argument). */
static bool implements_with(Tc *tc, Type *t, TraitDef *tr, Type *arg) {
    if (!tr->ngenerics || !arg) return implements(tc, t, tr);
    if (t->kind == TY_ERROR || arg->kind == TY_ERROR || t->kind == TY_NEVER) return true;
    if (t->kind == TY_INFER && t->infer != INFER_GENERAL)
        t = t->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64);
    if (t->kind == TY_PARAM || t->kind == TY_PROJ) {
        Type *declared = t->kind == TY_PARAM && t->def ? bound_arg(tc, t->def, tr) : NULL;
        return implements(tc, t, tr) && (!declared || could_unify(tc, declared, arg));
    }
    ImplDef *im;
    return impls_for_arg(tc, t, tr, arg, &im) > 0;
}

/* The generic-trait bounds of a call (`S: Sum<Self::Item>`, and a generic trait's method's
 * `Self: Extend<A>`) are also what infers their arguments: when one impl of the trait for
 * the (known) type fits, its argument is the bound's (`v.iter().sum::<i64>()` over a vec of
 * literals makes them i64, as in rustc). */
void select_trait_args(Tc *tc, Node *call) {
    Def *d = call->kind == N_METHOD_CALL ? call->u.call.method_def
             : call->kind == N_CALL && call->u.call.callee && call->u.call.callee->kind == N_PATH
                 ? call->u.call.callee->u.path.def
                 : NULL;
    for (int k = 0; d && d->generic_defs && k < call->ntargs && k < d->ngenerics; k++) {
        Def *param = d->generic_defs[k];
        Type *self = zonk(tc, call->targs[k]);
        for (int b = 0; param && b < param->bounds.len; b++) {
            TraitDef *tr = param->bounds.items[b];
            if (!tr->ngenerics || (self->kind == TY_INFER && self->infer == INFER_GENERAL) ||
                self->kind == TY_PARAM || self->kind == TY_PROJ)
                continue;
            Type *arg = bound_arg(tc, param, tr);
            ImplDef *im;
            if (!arg) continue;
            arg = ty_subst(arg, call->targs, call->ntargs);
            if (impls_for_arg(tc, self, tr, arg, &im) == 1)
                unify(tc, arg, impl_trait_arg(im, self, arg));
        }
    }
}

/* A generic trait's method called with Self in call->targs[0]: its trait argument (in
 * targs[1]) from Self's bound when Self is a type parameter (`S::sum(iter)` for `S:
 * Sum<Self::Item>`). */
void bind_trait_arg(Tc *tc, Node *call, Def *m) {
    if (!m->trait || !m->trait->ngenerics || call->ntargs < 2) return;
    Type *self = shallow(tc, call->targs[0]);
    Type *arg = self->kind == TY_PARAM && self->def ? bound_arg(tc, self->def, m->trait) : NULL;
    if (arg) unify(tc, call->targs[1], arg);
}

/* Whether type t (resolved) implements trait tr. */
bool implements(Tc *tc, Type *t, TraitDef *tr) {
    if (t->kind == TY_ERROR || t->kind == TY_NEVER) return true;
    /* `{integer}` / `{float}` (a literal's type not fixed yet): what its fallback implements */
    if (t->kind == TY_INFER && t->infer != INFER_GENERAL)
        return implements(tc, t->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64), tr);
    if (t->kind == TY_DYN) return trait_has_super(t->trait, tr) || blanket_impl_covers(tc, t, tr);
    if (t->kind == TY_PARAM || t->kind == TY_PROJ) {
        if (param_bound(tc, t, tr, tr->lang)) return true;
        return t->kind == TY_PARAM && blanket_impl_covers(tc, t, tr);
    }
    for (int i = 0; tr->lang != LANG_NONE && i < trait_impls.len; i++) {
        /* a lang trait implemented by hand (`impl PartialOrd for Grade`) */
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && impl_applies(tc, im, t)) return true;
    }
    switch (tr->lang) {
    case LANG_COPY: return ty_is_copy(t);
    case LANG_CLONE: return is_clone(t);
    case LANG_DEFAULT:
        if (ty_operator_method(t, LANG_DEFAULT)) return true;
        return t->kind != TY_ADT || t->adt->derive_default;
    case LANG_DEBUG: return implements_fmt(tc, t, FMT_DEBUG);
    case LANG_DISPLAY: return implements_fmt(tc, t, FMT_DISPLAY);
    case LANG_PARTIAL_EQ: case LANG_EQ:
        if (tr->lang == LANG_PARTIAL_EQ && ty_operator_method(t, LANG_PARTIAL_EQ)) return true;
        return comparable(tc, t, false) &&
               (tr->lang == LANG_PARTIAL_EQ || !ty_contains(t, TY_FLOAT));
    case LANG_PARTIAL_ORD:
    case LANG_ORD:
        return comparable(tc, t, true) &&
               (tr->lang == LANG_PARTIAL_ORD || !ty_contains(t, TY_FLOAT));
    case LANG_STEP: return t->kind == TY_INT || (t->kind == TY_INFER && t->infer == INFER_INT);
    case LANG_FN: case LANG_FN_MUT: case LANG_FN_ONCE:
        if (t->kind == TY_FN_DEF || t->kind == TY_FN_PTR) return true;
        /* `&F` calls F through the reference: Fn when F is (`&mut F`: FnMut when F is) */
        if (t->kind == TY_REF && (t->elem->kind == TY_FN_DEF || t->elem->kind == TY_FN_PTR))
            return true;
        if (t->kind == TY_REF && t->elem->kind == TY_CLOSURE)
            return t->is_mut ? tr->lang != LANG_FN && !t->elem->def->closure_consumes
                             : !t->elem->def->closure_mutates && !t->elem->def->closure_consumes;
        return t->kind == TY_CLOSURE && (tr->lang != LANG_FN || !t->def->closure_mutates);
    case LANG_NEG: if (t->kind == TY_FLOAT || ty_is_signed(t)) return true; break;
    case LANG_ADD:
    case LANG_SUB:
    case LANG_MUL:
    case LANG_DIV:
    case LANG_REM:
    case LANG_ADD_ASSIGN:
    case LANG_SUB_ASSIGN:
    case LANG_MUL_ASSIGN: case LANG_DIV_ASSIGN: case LANG_REM_ASSIGN:
        if (t->kind == TY_INT || t->kind == TY_FLOAT ||
            (t->kind == TY_INFER && t->infer != INFER_GENERAL))
            return true;
        break;
    default: break;
    }
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && impl_applies(tc, im, t)) return true;
    }
    return false;
}

/* Whether attr is `#[diagnostic::on_unimplemented(...)]`. */
static bool is_on_unimplemented(const Node *attr) {
    const Token *t = attr->u.attr.toks;
    for (int k = 0; k < attr->u.attr.ntoks && k < 4; k++)
        if (t[k].kind == TK_IDENT && strcmp(sym_str(t[k].sym), "on_unimplemented") == 0)
            return attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "diagnostic") == 0;
    return false;
}

/* The text of `key = "..."` in trait tr's `#[diagnostic::on_unimplemented(...)]` (how the
 * prelude words rustc's library errors), `{Self}` and `{A}` (its parameter) put in, or NULL. */
static const char *on_unimplemented(TraitDef *tr, const char *key, Type *self, Type *arg) {
    for (int i = 0; i < tr->node->attrs.len; i++) {
        Node *attr = tr->node->attrs.items[i];
        if (!is_on_unimplemented(attr)) continue;
        const Token *t = attr->u.attr.toks;
        for (int k = 0; k + 2 < attr->u.attr.ntoks; k++) {
            if (t[k].kind != TK_IDENT || strcmp(sym_str(t[k].sym), key) || t[k + 2].kind != TK_STR)
                continue;
            const char *text = t[k + 2].v.str.bytes;
            size_t len = t[k + 2].v.str.len;
            const char *param = tr->ngenerics ? sym_str(tr->generic_defs[0]->name) : "";
            size_t plen = strlen(param);
            const char *out = "";
            for (size_t j = 0; j < len; j++) {
                if (strncmp(text + j, "{Self}", 6) == 0) {
                    out = arena_printf("%s%s", out, ty_str_of(self));
                    j += 5;
                } else if (plen && text[j] == '{' && strncmp(text + j + 1, param, plen) == 0 &&
                           text[j + 1 + plen] == '}') {
                    out = arena_printf("%s%s", out, ty_str_of(arg));
                    j += plen + 1;
                } else {
                    out = arena_printf("%s%c", out, text[j]);
                }
            }
            return out;
        }
    }
    return NULL;
}

/* E0277 for a call whose type argument t does not implement generic trait tr with
 * argument arg: in the trait's own words when it has them (`a value of type `Money` cannot
 * be made by summing ...`), at the method's name for a method call. */
static void report_unimplemented(Tc *tc, Node *call, Type *t, TraitDef *tr, Type *arg) {
    Type *dflt = trait_default_arg(tc, tr, t);
    const char *trait = dflt == arg ? sym_str(tr->name)
                                    : arena_printf("%s<%s>", sym_str(tr->name), ty_str_of(arg));
    const char *ty = ty_str_of(t);
    const char *message = on_unimplemented(tr, "message", t, arg);
    const char *label = on_unimplemented(tr, "label", t, arg);
    Span at = call->kind == N_METHOD_CALL ? call->u.call.method_span : call->span;
    Diag *dg = message ? diag_error("E0277", at, "%s", message)
                       : diag_error("E0277", at, "the trait bound `%s: %s` is not satisfied", ty,
                                    trait);
    if (label) diag_label(dg, "%s", label);
    else diag_label(dg, "the trait `%s` is not implemented for `%s`", trait, ty);
    if (label) diag_help(dg, "the trait `%s` is not implemented for `%s`", trait, ty);
    diag_emit(dg);
}

/* The bounds of a generic call's type parameters, once its type arguments are known (E0277). */
void check_call_bounds(Tc *tc, Node *call) {
    /* rewritten since (a cast, a coercion) */
    if (call->kind != N_CALL && call->kind != N_METHOD_CALL) return;
    Def *d = call->kind == N_METHOD_CALL ? call->u.call.method_def
             : call->u.call.callee && call->u.call.callee->kind == N_PATH
                 ? call->u.call.callee->u.path.def
                 : NULL;
    if (!d || !d->generic_defs) return;
    for (int i = 0; i < d->where_params.len; i++) {
        Def *param = d->where_params.items[i];
        TraitDef *tr = d->where_traits.items[i];
        if (param->variant >= call->ntargs || implements(tc, call->targs[param->variant], tr))
            continue;
        const char *ty = ty_str_of(call->targs[param->variant]);
        if (i < d->impl_bound_count && call->kind == N_METHOD_CALL) {
            /* rustc: the method is there, its impl's bounds are not met */
            Type *self = call->u.call.method_def && d->adt
                             ? ty_subst(ty_adt(d->adt), call->targs, call->ntargs)
                             : NULL;
            Diag *dg =
                diag_error("E0599", call->u.call.method_span,
                           "the method `%s` exists for %s, but its trait bounds were not satisfied",
                           sym_str(d->name),
                           self ? arena_printf("struct `%s`", ty_str_of(self)) : "this type");
            diag_note(dg, "the following trait bounds were not satisfied: `%s: %s`", ty,
                      sym_str(tr->name));
            diag_emit(dg);
            return;
        }
        Diag *dg = diag_error("E0277", call->span, "the trait bound `%s: %s` is not satisfied", ty,
                              sym_str(tr->name));
        diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
        diag_emit(dg);
        return;
    }
    if (d->where_projs.len) {
        /* `where Self::Item: Ord`: in this instance */
        lower_where_projs(tc, d);
        for (int i = 0; i < d->where_projs.len; i++) {
            Type *t = ty_subst(d->where_proj_types.items[i], call->targs, call->ntargs);
            TraitDef *tr = d->where_proj_traits.items[i];
            if (t->kind != TY_PROJ && !implements(tc, t, tr)) {
                const char *ty = ty_str_of(t);
                Diag *dg = diag_error(
                    "E0277", call->kind == N_METHOD_CALL ? call->u.call.method_span : call->span,
                    "the trait bound `%s: %s` is not satisfied", ty, sym_str(tr->name));
                diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
                diag_emit(dg);
                return;
            }
        }
    }
    for (int k = 0; k < call->ntargs && k < d->ngenerics; k++) {
        Def *param = d->generic_defs[k];
        for (int b = 0; param && b < param->bounds.len; b++) {
            TraitDef *tr = param->bounds.items[b];
            Type *arg = tr->ngenerics ? bound_arg(tc, param, tr) : NULL;
            if (arg) arg = ty_subst(arg, call->targs, call->ntargs);
            if (implements_with(tc, call->targs[k], tr, arg)) continue;
            if (arg) {
                report_unimplemented(tc, call, call->targs[k], tr, arg);
                return;
            }
            if (call->targs[k]->kind == TY_CLOSURE && tr->lang == LANG_FN) {
                Diag *dg = diag_error("E0525", call->targs[k]->def->node->span,
                                      "expected a closure that implements the `Fn` trait, but this "
                                      "closure only implements `FnMut`");
                diag_label(dg, "this closure implements `FnMut`, not `Fn`");
                diag_emit(dg);
                return;
            }
            const char *ty = ty_str_of(call->targs[k]);
            Diag *dg = diag_error("E0277", call->span, "the trait bound `%s: %s` is not satisfied",
                                  ty, sym_str(tr->name));
            diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
            diag_emit(dg);
            return;
        }
    }
}

/* The Item of an iterator type (one implementing the prelude's Iterator), or NULL. */
Type *iterator_item(Tc *tc, Type *t) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_ITERATOR && impl_applies(tc, im, t))
            return ty_proj(t, im->trait, 0);
    }
    if (t->kind == TY_PARAM) {
        for (int i = 0; t->def && i < t->def->bounds.len; i++) {
            TraitDef *tr = t->def->bounds.items[i];
            if (tr->lang == LANG_ITERATOR) return ty_proj(t, tr, 0);
        }
    }
    Node *path;
    TraitDef *declared = assoc_type_bound(t, &path);
    if (declared && declared->lang == LANG_ITERATOR) {
        /* `<I as IntoIterator>::IntoIter`, declared `Iterator<Item = Self::Item>` */
        Node *args = path->u.path.seg_args ? path->u.path.seg_args[path->u.path.nsegs - 1] : NULL;
        for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            if (a->kind == N_ASSOC_BINDING && a->u.assoc_binding.ty &&
                a->u.assoc_binding.name == (Sym)(uintptr_t)declared->assoc_names.items[0])
                return ty_subst(lower_type(tc, a->u.assoc_binding.ty, false), &t->elem, 1);
        }
        return ty_proj(t, declared, 0);
    }
    return NULL;
}

/* ── macros after expansion ── */

bool implements_fmt(Tc *tc, Type *t, FmtTrait trait) {
    t = shallow(tc, t);
    while (t->kind == TY_REF) t = shallow(tc, t->elem);
    switch (t->kind) {
    case TY_INT: case TY_INFER: case TY_ERROR: case TY_NEVER:
        return true;
    case TY_BOOL: case TY_CHAR: case TY_STR:
        return trait == FMT_DISPLAY || trait == FMT_DEBUG;
    case TY_FLOAT:
        return trait == FMT_DISPLAY || trait == FMT_DEBUG || trait == FMT_LOWER_EXP ||
               trait == FMT_UPPER_EXP;
    case TY_TUPLE:
        if (trait != FMT_DEBUG) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!implements_fmt(tc, t->elems[i], trait)) return false;
        return true;
    case TY_ADT:
        if (trait == FMT_DISPLAY && has_fmt_impl(t, LANG_DISPLAY)) return true;
        if (trait == FMT_DEBUG && has_fmt_impl(t, LANG_DEBUG)) return true;
        if (trait != FMT_DEBUG || !t->adt->derive_debug) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!implements_fmt(tc, t->elems[i], trait)) return false;
        return true;
    case TY_ARRAY: case TY_SLICE:
        return trait == FMT_DEBUG && implements_fmt(tc, t->elem, trait);
    case TY_PARAM: case TY_PROJ:
        return (trait == FMT_DEBUG && param_bound(tc, t, NULL, LANG_DEBUG)) ||
               (trait == FMT_DISPLAY && param_bound(tc, t, NULL, LANG_DISPLAY));
    /* `dyn Display`, or a trait with it as a supertrait */
    case TY_DYN:
        return (trait == FMT_DEBUG && trait_implies(t->trait, NULL, LANG_DEBUG)) ||
               (trait == FMT_DISPLAY && trait_implies(t->trait, NULL, LANG_DISPLAY));
    default:
        return false;
    }
}

/* A hand-written `impl Display for T` / `impl Debug for T`. */
static bool has_fmt_impl(Type *t, LangTrait lang) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == lang && impl_matches(im, t, NULL)) return true;
    }
    return false;
}

/* Whether lt has an impl of PartialEq for the other type rt (`String == &str`). */
bool compared_by_impl(Tc *tc, Type *lt, Type *rt) {
    Type *ls = zonk(tc, lt);
    if (ls->kind != TY_ADT || could_unify(tc, lt, rt)) return false;
    Def *cands[8];
    int n = ty_operator_methods(ls, LANG_PARTIAL_EQ, cands, 8);
    for (int i = 0; i < n && i < 8; i++)
        if (cands[i]->nparams > 1 && takes_arg(tc, cands[i]->param_tys[1], rt, true)) return true;
    return false;
}
