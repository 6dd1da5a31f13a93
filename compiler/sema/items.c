/* items.c — the items of a module or block, declared before bodies are resolved.
 *
 * Takes: the items of the crate, the prelude or a block, and the Resolver's scope.
 * Gives: a Def (AdtDef, TraitDef, fn Def) for each item, declared in its namespace (E0428
 * for a redefinition); generics with their bounds and where clauses; traits (the prelude's
 * lang items among them) and their impls, collected into trait_impls and each ADT's
 * methods; `use` declarations of enum variants and known std paths. */
#include "patina.h"
#include "resolve_internal.h"
#include "parser.h"

#include <string.h>

static bool is_fn_trait(const TraitDef *t);
static SelfKind desugar_self_param(Node *fn);

static Def *new_fn_def(Node *fn) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = fn->u.fn.name;
    d->node = fn;
    for (int i = 0; i < fn->attrs.len; i++) {
        Node *attr = fn->attrs.items[i];
        if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "track_caller") == 0)
            d->track_caller = true;
    }
    fn->u.fn.def = d;
    return d;
}

/* An associated `const N: T = v;` of an impl or trait (v may be absent in a trait). */
static Def *assoc_const_def(Node *m) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_CONST;
    d->name = m->u.value_item.name;
    d->node = m;
    return d;
}

Def *find_const(PtrVec *consts, Sym name) {
    for (int i = 0; i < consts->len; i++)
        if (((Def *)consts->items[i])->name == name) return consts->items[i];
    return NULL;
}

/* A fn among an impl's or a trait's items (others are not supported yet): its Def, with
 * its `self` parameter made an ordinary one. */
static Def *method_def(Node *m) {
    if (m->kind != N_FN) {
        report_unsupported(m, item_head_span(m));
        return NULL;
    }
    Def *d = new_fn_def(m);
    d->self_kind = desugar_self_param(m);
    return d;
}

/* An ADT's type parameters, in order (lifetime parameters are accepted and ignored until
 * the borrow checker uses them). Bounds need traits, which are not supported yet. */
int read_type_params(Node *g, int first, Def ***defs, Sym **names) {
    int n = 0, cap = (g ? g->u.generics.params.len : 0) + 1;
    *defs = arena_alloc(sizeof(Def *) * (size_t)cap);
    *names = arena_alloc(sizeof(Sym) * (size_t)cap);
    if (!g) return 0;
    for (int i = 0; i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind == GP_LIFETIME) continue;
        if (p->u.generic_param.kind != GP_TYPE) {
            diag_unsupported(p->span, "const generics");
            continue;
        }
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_TYPE_PARAM;
        d->name = p->u.generic_param.name;
        d->node = p;
        d->variant = first + n;
        (*names)[n] = d->name;
        (*defs)[n++] = d;
    }
    return n;
}

/* Whether a bound list is lifetimes only (`T: 'a + 'b`), which lifetimes.c resolves. */
static bool only_lifetime_bounds(const NodeList *bounds) {
    for (int i = 0; i < bounds->len; i++)
        if (((Node *)bounds->items[i])->u.bound.kind != BOUND_LIFETIME) return false;
    return true;
}

/* An ADT's type parameters, in order; trait bounds and `where` clauses with them are not
 * supported (lifetime bounds are: `T: 'a`). */
static void read_generics(AdtDef *a, Node *item) {
    a->ngenerics = read_type_params(item->u.adt.generics, 0, &a->generic_defs, &a->generic_names);
    Node *g = item->u.adt.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        a->nlifetimes += p->u.generic_param.kind == GP_LIFETIME;
        if (p->u.generic_param.kind == GP_TYPE && !only_lifetime_bounds(&p->u.generic_param.bounds))
            diag_unsupported(p->span, "trait bounds on the type parameters of structs and enums");
    }
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        if (only_lifetime_bounds(&w->u.where_pred.bounds)) continue;   /* `where T: 'a` */
        diag_unsupported(w->span, "`where` clauses on structs and enums");
        break;
    }
}

/* `x: impl Trait` parameters are anonymous type parameters: each gets one (after the
 * declared ones, numbered from first), and the parameter's type becomes a path to it. */
int impl_trait_params(Resolver *r, Node *fn, int first, Def ***defs, Sym **names, int have) {
    (void)r;
    int extra = 0;
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *ty = ((Node *)fn->u.fn.params.items[i])->u.param.ty;
        if (ty && ty->kind == T_IMPL) extra++;
    }
    if (!extra) return 0;
    Def **all = arena_alloc(sizeof(Def *) * (size_t)(have + extra + 1));
    Sym *all_names = arena_alloc(sizeof(Sym) * (size_t)(have + extra + 1));
    memcpy(all, *defs, sizeof(Def *) * (size_t)have);
    memcpy(all_names, *names, sizeof(Sym) * (size_t)have);
    int k = have;
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *ty = ((Node *)fn->u.fn.params.items[i])->u.param.ty;
        if (!ty || ty->kind != T_IMPL) continue;
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_TYPE_PARAM;
        size_t len;
        const char *text = span_text(ty->span, &len);
        d->name = sym_intern(text, len);        /* printed as written: `impl Fn(i32) -> i32` */
        d->variant = first + (k - have);
        Node *bounds = ast_new(T_IMPL, ty->span);
        *bounds = *ty;
        d->node = bounds;                       /* until its bounds are resolved */
        ty->kind = T_PATH;
        memset(&ty->u.path, 0, sizeof ty->u.path);
        ty->u.path.nsegs = 1;
        ty->u.path.segs = arena_alloc(sizeof(Sym));
        ty->u.path.segs[0] = d->name;
        ty->u.path.seg_spans = arena_alloc(sizeof(Span));
        ty->u.path.seg_spans[0] = ty->span;
        ty->u.path.def = d;                     /* by identity: two `impl Display` are two types */
        all_names[k] = d->name;
        all[k++] = d;
    }
    *defs = all;
    *names = all_names;
    return extra;
}

void declare_type_params(Resolver *r, Def **defs, int n) {
    for (int k = 0; k < n; k++) declare_type(r, defs[k]->name, defs[k]);
}

/* `T: Iterator<Item = u32>`: inside the item, `T::Item` is u32. */
static void record_assoc_bindings(Def *param, TraitDef *t, Node *path) {
    Node *args = path->u.path.seg_args ? path->u.path.seg_args[path->u.path.nsegs - 1] : NULL;
    for (int i = 0;
         args && !args->u.generic_args.parenthesized && i < args->u.generic_args.args.len; i++) {
        Node *a = args->u.generic_args.args.items[i];
        if (a->kind != N_ASSOC_BINDING || !a->u.assoc_binding.ty) continue;
        for (int k = 0; k < t->assoc_names.len; k++)
            if ((Sym)(uintptr_t)t->assoc_names.items[k] == a->u.assoc_binding.name) {
                ptrvec_push(&param->assoc_eq, a);
                ptrvec_push(&param->assoc_eq_traits, t);
            }
    }
}

/* `T: A + B` and `where T: C`: the traits each parameter of generics g must implement. */
/* The traits of bound list `A + B + 'a` (lifetimes skipped), resolved, with their paths. */
static int resolve_bound_list(Resolver *r, NodeList *bounds, TraitDef ***traits, Node ***paths) {
    int n = 0;
    *traits = arena_alloc(sizeof(TraitDef *) * (size_t)(bounds->len + 1));
    *paths = arena_alloc(sizeof(Node *) * (size_t)(bounds->len + 1));
    for (int b = 0; b < bounds->len; b++) {
        Node *bound = bounds->items[b];
        if (bound->u.bound.kind != BOUND_TRAIT) continue;
        TraitDef *t = resolve_trait_path(r, bound->u.bound.path);
        if (!t) continue;
        (*paths)[n] = bound->u.bound.path;
        (*traits)[n++] = t;
    }
    return n;
}

/* `param: A + B`: its bounds, with an `Fn(..)` signature or `Item = X` bindings noted. */
void add_bounds(Resolver *r, Def *param, NodeList *bounds) {
    TraitDef **traits;
    Node **paths;
    int n = resolve_bound_list(r, bounds, &traits, &paths);
    for (int i = 0; i < n; i++) {
        ptrvec_push(&param->bounds, traits[i]);
        if (is_fn_trait(traits[i])) param->fn_bound = paths[i];
        record_assoc_bindings(param, traits[i], paths[i]);
    }
}

/* `where X: A + B` on something other than the item's own parameter: (X, A), (X, B) pairs. */
static void add_where_pairs(Resolver *r, NodeList *bounds, void *subject, PtrVec *subjects,
                            PtrVec *traits_out) {
    TraitDef **traits;
    Node **paths;
    int n = resolve_bound_list(r, bounds, &traits, &paths);
    for (int i = 0; i < n; i++) {
        ptrvec_push(subjects, subject);
        ptrvec_push(traits_out, traits[i]);
    }
}

/* A copy of type parameter p, for one method's `where` on its impl's parameter: the
 * method's bodies see the extra bounds, its impl's other methods do not. */
Def *method_param_copy(Def *p) {
    Def *c = arena_alloc(sizeof *c);
    *c = *p;
    c->bounds = (PtrVec){0};
    c->assoc_eq = c->assoc_eq_traits = c->assoc_eq_types = (PtrVec){0};
    for (int i = 0; i < p->bounds.len; i++) ptrvec_push(&c->bounds, p->bounds.items[i]);
    for (int i = 0; i < p->assoc_eq.len; i++) {
        ptrvec_push(&c->assoc_eq, p->assoc_eq.items[i]);
        ptrvec_push(&c->assoc_eq_traits, p->assoc_eq_traits.items[i]);
    }
    return c;
}

void resolve_bounds(Resolver *r, Node *g, Def **defs, int n, Def *fn) {
    if (!g) return;
    for (int i = 0; i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        for (int k = 0; k < n; k++)
            if (defs[k]->node == p) add_bounds(r, defs[k], &p->u.generic_param.bounds);
    }
    for (int i = 0; i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        if (!ty) continue;                              /* `'a: 'b`: lifetimes.c's */
        bool simple = ty && ty->kind == T_PATH && ty->u.path.nsegs == 1;
        Def *param = NULL, *outer = NULL;
        for (int k = 0; simple && k < n; k++)
            if (ty->u.path.segs[0] == defs[k]->name) param = defs[k];
        for (int k = 0; simple && fn && !param && k < fn->nimpl_generics; k++)
            if (ty->u.path.segs[0] == fn->generic_defs[k]->name) outer = fn->generic_defs[k];
        if (param) {
            add_bounds(r, param, &w->u.where_pred.bounds);
        } else if (outer) {
            /* a method's extra requirement on its impl's parameter (of an inherent impl: the
             * method's own copy of it carries the bounds too) */
            add_where_pairs(r, &w->u.where_pred.bounds, outer, &fn->where_params,
                            &fn->where_traits);
            if (r->impl_params && fn->adt == r->current_impl && !fn->impl && !fn->trait &&
                outer != r->impl_params[outer->variant])
                add_bounds(r, outer, &w->u.where_pred.bounds);
        } else if (fn && ty && ty->kind == T_PATH && ty->u.path.nsegs == 2 &&
                   resolve_assoc_type(r, ty)) {
            /* `where Self::Item: Add`: a requirement on an associated type */
            add_where_pairs(r, &w->u.where_pred.bounds, ty, &fn->where_projs,
                            &fn->where_proj_traits);
        } else if (!only_lifetime_bounds(&w->u.where_pred.bounds)) {
            diag_unsupported(w->span,
                             "`where` clauses on types other than the item's own parameters");
        }
    }
}

/* An `impl` of a generic type must be `impl<A, B> Name<A, B>`: its parameters are the
 * type's, in order (impls for particular instances are not supported yet). */
static bool impl_is_identity(Node *impl, AdtDef *a) {
    Node *self_ty = impl->u.impl.self_ty;
    Sym *names;
    Def **defs;
    int n = read_type_params(impl->u.impl.generics, 0, &defs, &names);
    Node *args =
        self_ty->u.path.seg_args ? self_ty->u.path.seg_args[self_ty->u.path.nsegs - 1] : NULL;
    int k = 0;
    for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
        Node *arg = args->u.generic_args.args.items[i];
        if (arg->kind == N_BOUND) continue;
        if (arg->kind != T_PATH || arg->u.path.nsegs != 1 || arg->u.path.seg_args || k >= n ||
            arg->u.path.segs[0] != names[k])
            return false;
        k++;
    }
    return k == n && n == a->ngenerics;
}

/* `#[derive(Debug, Clone, ...)]` and `#[repr(C)]` on a struct. */
static bool has_default_variant(Node *item) {
    for (int v = 0; v < item->u.adt.variants.len; v++) {
        Node *vn = item->u.adt.variants.items[v];
        for (int i = 0; i < vn->attrs.len; i++) {
            Node *attr = vn->attrs.items[i];
            if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "default") == 0)
                return true;
        }
    }
    return false;
}

static void read_struct_attrs(AdtDef *a, Node *item) {
    for (int i = 0; i < item->attrs.len; i++) {
        Node *attr = item->attrs.items[i];
        const char *name = attr->u.attr.path ? sym_str(attr->u.attr.path) : "";
        bool derive = strcmp(name, "derive") == 0, repr = strcmp(name, "repr") == 0;
        if (!derive && !repr) continue;
        for (int k = 0; k < attr->u.attr.ntoks; k++) {
            const Token *t = &attr->u.attr.toks[k];
            if (t->kind != TK_IDENT || !t->sym) continue;
            const char *w = sym_str(t->sym);
            if (repr && strcmp(w, "C") == 0) a->repr_c = true;
            if (!derive) continue;
            if (strcmp(w, "Debug") == 0) a->derive_debug = true;
            else if (strcmp(w, "Clone") == 0) a->derive_clone = true;
            else if (strcmp(w, "Copy") == 0) a->derive_copy = true;
            else if (strcmp(w, "PartialEq") == 0) a->derive_partial_eq = true;
            else if (strcmp(w, "Eq") == 0) a->derive_eq = true;
            else if (strcmp(w, "Default") == 0) {
                a->derive_default = true;
                if (item->kind == N_ENUM && !has_default_variant(item)) {
                    Diag *d = diag_error("E0665", t->span,
                                         "`#[derive(Default)]` on enum with no `#[default]`");
                    diag_secondary(d, item->u.adt.name_span,
                                   "this enum needs a unit variant marked with `#[default]`");
                    diag_emit(d);
                }
            }
            else if (strcmp(w, "PartialOrd") == 0) a->derive_partial_ord = true;
            else if (strcmp(w, "Ord") == 0) a->derive_ord = true;
        }
    }
}

/* The fields of a struct or enum variant (N_FIELD_DEFs), their types left to typeck. */
static AdtField *read_fields(const NodeList *defs, int *n) {
    *n = defs->len;
    AdtField *fields = arena_alloc(sizeof(AdtField) * (size_t)(defs->len ? defs->len : 1));
    for (int i = 0; i < defs->len; i++) {
        Node *f = defs->items[i];
        fields[i] =
            (AdtField){ f->u.field_def.name, f->u.field_def.name_span, f->u.field_def.ty, NULL, NULL };
    }
    return fields;
}

/* What a struct and an enum declare alike: attributes, generics, the type's name. */
static Def *declare_adt(Resolver *r, AdtDef *a, Node *item) {
    read_struct_attrs(a, item);
    read_generics(a, item);
    item->u.adt.def = a;
    Def *d = adt_value_def(a);
    declare_type(r, a->name, d);
    return d;
}

static Def *declare_enum(Resolver *r, Node *item) {
    AdtDef *a = arena_alloc(sizeof *a);
    a->name = item->u.adt.name;
    a->node = item;
    a->is_enum = true;
    a->nvariants = item->u.adt.variants.len;
    a->variants = arena_alloc(sizeof(AdtVariant) * (size_t)(a->nvariants ? a->nvariants : 1));
    for (int v = 0; v < a->nvariants; v++) {
        Node *vn = item->u.adt.variants.items[v];
        AdtVariant *var = &a->variants[v];
        var->name = vn->u.adt.name;
        var->span = vn->u.adt.name_span;
        var->shape = vn->u.adt.shape;
        var->fields = read_fields(&vn->u.adt.fields, &var->nfields);
        var->discr_expr = vn->u.adt.discriminant;
        var->discr = (uint64_t)v;                 /* explicit values are evaluated by typeck */
        for (int j = 0; j < v; j++)
            if (a->variants[j].name == var->name) {
                Diag *d = diag_error("E0428", var->span, "the name `%s` is defined multiple times",
                                     sym_str(var->name));
                diag_label(d, "`%s` redefined here", sym_str(var->name));
                diag_emit(d);
            }
    }
    return declare_adt(r, a, item);
}

static Def *declare_struct(Resolver *r, Node *item) {
    AdtDef *a = arena_alloc(sizeof *a);
    a->name = item->u.adt.name;
    a->node = item;
    a->shape = item->u.adt.shape;
    a->fields = read_fields(&item->u.adt.fields, &a->nfields);
    for (int i = 0; i < a->nfields; i++)
        for (int j = 0; j < i && a->fields[i].name; j++)
            if (a->fields[j].name == a->fields[i].name) {
                Diag *d = diag_error("E0124", a->fields[i].span, "field `%s` is already declared",
                                     sym_str(a->fields[i].name));
                diag_label(d, "field already declared");
                diag_secondary(d, a->fields[j].span, "`%s` first declared here",
                               sym_str(a->fields[i].name));
                diag_emit(d);
            }
    Def *d = declare_adt(r, a, item);
    /* unit and tuple structs are also values: the unit value and the constructor */
    if (a->shape != SHAPE_NAMED) declare(r, a->name, NULL, d);
    return d;
}

static void report_redefinition(Sym name, Span here, Span first, const char *ns, bool in_block) {
    Diag *d = diag_error("E0428", here, "the name `%s` is defined multiple times", sym_str(name));
    diag_label(d, "`%s` redefined here", sym_str(name));
    diag_secondary(d, first, "previous definition of the %s `%s` here", ns, sym_str(name));
    diag_note(d, "`%s` must be defined only once in the %s namespace of this %s", sym_str(name), ns,
              in_block ? "block" : "module");
    diag_emit(d);
}

PtrVec trait_impls;

void resolve_reset(void) { trait_impls = (PtrVec){0}; }

/* The prelude's traits that are lang items, by name: the compiler knows what they mean. */
static const struct {
    const char *name;
    LangTrait lang;
} lang_traits[] = {
    {"Copy", LANG_COPY}, {"Clone", LANG_CLONE}, {"Debug", LANG_DEBUG}, {"Display", LANG_DISPLAY},
    {"PartialEq", LANG_PARTIAL_EQ}, {"Eq", LANG_EQ}, {"PartialOrd", LANG_PARTIAL_ORD},
    {"Ord", LANG_ORD}, {"Default", LANG_DEFAULT}, {"Add", LANG_ADD}, {"Sub", LANG_SUB},
    {"Mul", LANG_MUL}, {"Div", LANG_DIV}, {"Rem", LANG_REM}, {"Neg", LANG_NEG},
    {"AddAssign", LANG_ADD_ASSIGN}, {"SubAssign", LANG_SUB_ASSIGN}, {"MulAssign", LANG_MUL_ASSIGN},
    {"DivAssign", LANG_DIV_ASSIGN}, {"RemAssign", LANG_REM_ASSIGN}, {"Index", LANG_INDEX},
    {"IndexMut", LANG_INDEX_MUT}, {"From", LANG_FROM}, {"Into", LANG_INTO}, {"Deref", LANG_DEREF},
    {"DerefMut", LANG_DEREF_MUT}, {"Fn", LANG_FN}, {"FnMut", LANG_FN_MUT}, {"FnOnce", LANG_FN_ONCE},
    {"Iterator", LANG_ITERATOR}, {"IntoIterator", LANG_INTO_ITERATOR}, {"Step", LANG_STEP},
    {"Drop", LANG_DROP},
};

/* The operator traits (and PartialEq by hand) declare no methods in the prelude: their one
 * method (`add`, `add_assign`, `eq`...) and `type Output` are the impl's. */
static bool is_operator_trait(const TraitDef *t) {
    return (t->lang >= LANG_ADD && t->lang < LANG_FN) || t->lang == LANG_PARTIAL_EQ ||
           t->lang == LANG_CLONE || t->lang == LANG_DEFAULT || t->lang == LANG_PARTIAL_ORD ||
           t->lang == LANG_ORD;
}

static bool is_fn_trait(const TraitDef *t) { return t->lang >= LANG_FN && t->lang <= LANG_FN_ONCE; }

/* A trait and its methods; the prelude's traits of the lang_traits names are the lang items. */
static void declare_trait(Resolver *r, Node *item) {
    TraitDef *t = arena_alloc(sizeof *t);
    t->name = item->u.trait.name;
    t->node = item;
    item->u.trait.def = t;
    for (size_t i = 0; r->in_prelude && i < sizeof lang_traits / sizeof *lang_traits; i++)
        if (strcmp(sym_str(t->name), lang_traits[i].name) == 0) t->lang = lang_traits[i].lang;
    Def *self = arena_alloc(sizeof *self);
    self->kind = DEF_TYPE_PARAM;
    self->name = sym_cstr("Self");
    ptrvec_push(&self->bounds, t);
    t->self_param = self;
    Node *g = item->u.trait.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++)
        if (((Node *)g->u.generics.params.items[i])->u.generic_param.kind != GP_LIFETIME) {
            diag_unsupported(item->u.trait.name_span, "generic traits");   /* lifetimes only */
            break;
        }
    for (int i = 0; i < item->u.trait.items.len; i++) {
        Node *m = item->u.trait.items.items[i];
        if (m->kind == N_TYPE_ALIAS && !m->u.type_alias.ty && !m->u.type_alias.generics) {
            /* `type Item;` */
            ptrvec_push(&t->assoc_names, (void *)(uintptr_t)m->u.type_alias.name);
            continue;
        }
        if (m->kind == N_CONST_ITEM) {
            Def *c = assoc_const_def(m);
            c->trait = t;
            ptrvec_push(&t->consts, c);
            continue;
        }
        Def *d = method_def(m);
        if (!d) continue;
        d->trait = t;
        d->nimpl_generics = 1;
        ptrvec_push(&t->methods, d);
    }
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_TRAIT;
    d->name = t->name;
    d->node = item;
    d->trait = t;
    declare_type(r, t->name, d);
}

Def *trait_method(TraitDef *t, Sym name) {
    for (int i = 0; i < t->methods.len; i++)
        if (((Def *)t->methods.items[i])->name == name) return t->methods.items[i];
    return NULL;
}

/* A trait's associated const, also one of its supertraits'. */
Def *trait_const(TraitDef *t, Sym name) {
    Def *c = find_const(&t->consts, name);
    for (int i = 0; !c && i < t->supertraits.len; i++)
        c = trait_const(t->supertraits.items[i], name);
    return c;
}

/* The lang trait the first n segments of path name through its std module (`fmt::Display`,
 * `std::ops::Add`, `core::cmp::Ord`), or NULL. */
Def *std_trait_path(Resolver *r, Node *path, int n) {
    static const char *const modules[] = { "fmt",     "cmp", "clone",   "marker",
                                           "default", "ops", "convert", "iter" };
    int first = strcmp(sym_str(path->u.path.segs[0]), "std") == 0 ||
                strcmp(sym_str(path->u.path.segs[0]), "core") == 0;
    if (n - first != 2) return NULL;
    bool known = false;
    for (size_t i = 0; !known && i < sizeof modules / sizeof *modules; i++)
        known = strcmp(sym_str(path->u.path.segs[first]), modules[i]) == 0;
    Def *d = known ? lookup_type(r, path->u.path.segs[n - 1]) : NULL;
    return d && d->kind == DEF_TRAIT && d->trait->lang ? d : NULL;
}

/* The trait a bound or an `impl Trait for` names: one in scope, or the prelude's through
 * its std path (`fmt::Display`, `std::cmp::PartialOrd`). E0405 otherwise. */
TraitDef *resolve_trait_path(Resolver *r, Node *path) {
    int n = path->u.path.nsegs;
    Sym last = path->u.path.segs[n - 1];
    Def *d = lookup_type(r, last);
    if (n > 1) d = std_trait_path(r, path, n);
    bool only_bindings = path->u.path.seg_args && path->u.path.seg_args[n - 1] &&
                         !path->u.path.seg_args[n - 1]->u.generic_args.parenthesized;
    for (int i = 0; only_bindings && i < path->u.path.seg_args[n - 1]->u.generic_args.args.len;
         i++) {
        Node *a = path->u.path.seg_args[n - 1]->u.generic_args.args.items[i];
        if (a->kind == N_BOUND && a->u.bound.kind == BOUND_LIFETIME) continue;   /* lifetimes.c's */
        only_bindings = a->kind == N_ASSOC_BINDING && a->u.assoc_binding.ty;
        if (only_bindings) resolve_type(r, a->u.assoc_binding.ty);
    }
    if (path->u.path.seg_args && !only_bindings &&
        !(d && d->kind == DEF_TRAIT && (is_operator_trait(d->trait) || is_fn_trait(d->trait)))) {
        diag_unsupported(path->span, "generic traits");
        return NULL;
    }
    if (d && d->kind == DEF_TRAIT && is_fn_trait(d->trait)) {
        /* `Fn(A, B) -> R`: the signature's types */
        Node *args = path->u.path.seg_args ? path->u.path.seg_args[n - 1] : NULL;
        if ((!args || !args->u.generic_args.parenthesized) && !r->in_prelude) {
            diag_unsupported(path->span, "`Fn` bounds without a `(A) -> B` signature");
            return NULL;
        }
        for (int i = 0; args && i < args->u.generic_args.args.len; i++)
            resolve_type(r, args->u.generic_args.args.items[i]);
        if (args) resolve_type(r, args->u.generic_args.ret);
    }
    if (d && d->kind == DEF_TRAIT) {
        path->u.path.def = d;
        return d->trait;
    }
    static const char *const later[] = {
        "Not", "TryFrom", "TryInto",
        "Hash", "Sized", "Send", "Sync", "AsRef", "AsMut", "Borrow", "ToString", "FromStr", "Error",
        "Write", "Read", "Any",
    };
    for (size_t i = 0; i < sizeof later / sizeof *later; i++)
        if (strcmp(sym_str(last), later[i]) == 0) {
            diag_unsupported(path->span, arena_printf("the `%s` trait", later[i]));
            return NULL;
        }
    Diag *dg =
        diag_error("E0405", path->span, "cannot find trait `%s` in this scope", sym_str(last));
    diag_label(dg, "not found in this scope");
    diag_emit(dg);
    return NULL;
}

/* `impl Trait for Type { fn ... }`: its methods must be the trait's (E0407). */
static void collect_trait_impl(Resolver *r, Node *item, AdtDef *a) {
    TraitDef *t = resolve_trait_path(r, item->u.impl.trait_ref);
    if (!t) {
        if (a) a->has_unsupported_impl = true;
        return;
    }
    ImplDef *im = arena_alloc(sizeof *im);
    im->trait = t;
    im->node = item;
    im->adt = a;
    Node *tref = item->u.impl.trait_ref;
    Node *targs = tref->u.path.seg_args ? tref->u.path.seg_args[tref->u.path.nsegs - 1] : NULL;
    for (int k = 0;
         targs && !targs->u.generic_args.parenthesized && k < targs->u.generic_args.args.len; k++) {
        Node *arg = targs->u.generic_args.args.items[k];
        if (arg->kind >= T_PATH && arg->kind <= T_INFER && !im->trait_arg_node)
            im->trait_arg_node = arg;
    }
    item->u.impl.def = im;
    im->assoc_nodes = arena_alloc(sizeof(Node *) * (size_t)(t->assoc_names.len + 1));
    Sym *names;
    im->ngenerics = read_type_params(item->u.impl.generics, 0, &im->generic_defs, &names);
    for (int k = 0; k < item->u.impl.items.len; k++) {
        Node *m = item->u.impl.items.items[k];
        /* `type Output = T;`: the method says it */
        if (m->kind == N_TYPE_ALIAS && is_operator_trait(t)) continue;
        if (m->kind == N_TYPE_ALIAS && m->u.type_alias.ty) {
            int idx = -1;
            for (int j = 0; j < t->assoc_names.len; j++)
                if ((Sym)(uintptr_t)t->assoc_names.items[j] == m->u.type_alias.name) idx = j;
            if (idx < 0) {
                Diag *dg = diag_error("E0437", m->u.type_alias.name_span,
                                      "type `%s` is not a member of trait `%s`",
                                      sym_str(m->u.type_alias.name), sym_str(t->name));
                diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
                diag_emit(dg);
                continue;
            }
            im->assoc_nodes[idx] = m;
            continue;
        }
        if (m->kind == N_CONST_ITEM) {
            if (!find_const(&t->consts, m->u.value_item.name)) {
                Diag *dg = diag_error("E0438", m->span, "const `%s` is not a member of trait `%s`",
                                      sym_str(m->u.value_item.name), sym_str(t->name));
                diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
                diag_emit(dg);
                continue;
            }
            Def *c = assoc_const_def(m);
            c->adt = a;
            c->impl = im;
            ptrvec_push(&im->consts, c);
            continue;
        }
        Def *d = method_def(m);
        if (!d) continue;
        d->adt = a;
        d->impl = im;
        d->nimpl_generics = im->ngenerics;
        if (!trait_method(t, d->name) && !is_operator_trait(t)) {
            Diag *dg =
                diag_error("E0407", m->u.fn.name_span, "method `%s` is not a member of trait `%s`",
                           sym_str(d->name), sym_str(t->name));
            diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
            diag_emit(dg);
            continue;
        }
        ptrvec_push(&im->methods, d);
    }
    ptrvec_push(&trait_impls, im);
}

/* The item a scope's entry declares: the entry itself at the top level, an item statement's
 * item in a block (NULL for a block's other statements). */
static Node *scope_item(Node *entry, bool in_block) {
    if (!in_block) return entry;
    return entry->kind == N_ITEM_STMT ? entry->u.item_stmt.item : NULL;
}

/* Items are visible in their whole scope, before and after their definition. */
static void declare_items(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_ERROR || item->kind == N_IMPL) continue;
        if (item->kind == N_TRAIT) {
            declare_trait(r, item);
            continue;
        }
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.generics) {
            diag_unsupported(item_head_span(item), "generic `type` aliases");
            continue;
        }
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.ty) {
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_TYPE_ALIAS;
            d->name = item->u.type_alias.name;
            d->node = item->u.type_alias.ty;
            declare_type(r, d->name, d);
            continue;
        }
        if (item->kind == N_USE) continue;      /* once the scope's enums are declared */
        if (item->kind == N_STRUCT || item->kind == N_ENUM) {
            Entry *prev = scope_find(r->scope, item->u.adt.name);
            if (prev && prev->type_def) {
                report_redefinition(item->u.adt.name, item->u.adt.name_span,
                                    prev->type_def->adt->node->u.adt.name_span, "type", in_block);
                continue;
            }
            if (item->kind == N_ENUM) declare_enum(r, item);
            else declare_struct(r, item);
            continue;
        }
        if (item->kind == N_CONST_ITEM ||
            (item->kind == N_STATIC && !item->u.value_item.is_mut && item->u.value_item.value)) {
            Sym name = item->u.value_item.name;
            if (name == sym_cstr("_")) continue;
            Entry *prev = scope_find(r->scope, name);
            if (prev && prev->def && prev->def->kind == DEF_CONST) {
                report_redefinition(name, item->u.value_item.name_span,
                                    prev->def->node->u.value_item.name_span, "value", in_block);
                continue;
            }
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_CONST;
            d->name = name;
            d->node = item;
            declare(r, name, NULL, d);
            continue;
        }
        if (item->kind == N_STATIC && item->u.value_item.is_mut && item->u.value_item.value) {
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_STATIC_MUT;
            d->name = item->u.value_item.name;
            d->node = item;
            declare(r, d->name, NULL, d);
            continue;
        }
        if (item->kind != N_FN) {
            report_unsupported(item, item_head_span(item));
            continue;
        }
        Entry *prev = scope_find(r->scope, item->u.fn.name);
        if (prev && prev->def && prev->def->kind == DEF_FN) {
            report_redefinition(item->u.fn.name, item->u.fn.name_span,
                                prev->def->node->u.fn.name_span, "value", in_block);
            continue;
        }
        declare(r, item->u.fn.name, NULL, new_fn_def(item));
    }
}

/* A method's `self` becomes an ordinary parameter `self: Self` / `&Self` / `&mut Self`,
 * so that the later stages need not know about receivers. */
static SelfKind desugar_self_param(Node *fn) {
    if (!fn->u.fn.params.len) return SELF_NONE;
    Node *p = fn->u.fn.params.items[0];
    if (p->kind != N_SELF_PARAM) return SELF_NONE;
    SelfKind kind =
        p->u.self_param.by_ref ? (p->u.self_param.is_mut ? SELF_REF_MUT : SELF_REF) : SELF_VALUE;
    Node *pat = ast_new(P_IDENT, p->span);
    pat->u.pat_ident.name = sym_cstr("self");
    pat->u.pat_ident.is_mut = kind == SELF_VALUE && p->u.self_param.is_mut;
    Node *self_ty = ast_new(T_PATH, p->span);
    self_ty->u.path.segs = arena_alloc(sizeof(Sym));
    self_ty->u.path.seg_spans = arena_alloc(sizeof(Span));
    self_ty->u.path.segs[0] = sym_cstr("Self");
    self_ty->u.path.seg_spans[0] = p->span;
    self_ty->u.path.nsegs = 1;
    Node *ty = self_ty;
    if (kind != SELF_VALUE) {
        ty = ast_new(T_REF, p->span);
        ty->u.ty_ref.is_mut = kind == SELF_REF_MUT;
        ty->u.ty_ref.lifetime = p->u.self_param.lifetime;      /* `&'a self` */
        ty->u.ty_ref.lifetime_span = p->u.self_param.lifetime_span;
        ty->u.ty_ref.inner = self_ty;
    }
    Node *param = ast_new(N_PARAM, p->span);
    param->u.param.pat = pat;
    param->u.param.ty = ty;
    fn->u.fn.params.items[0] = param;
    return kind;
}

/* Whether a path has type arguments (lifetime arguments do not count). */
static bool has_type_args(const Node *path) {
    for (int s = 0; path->u.path.seg_args && s < path->u.path.nsegs; s++) {
        Node *args = path->u.path.seg_args[s];
        for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            if (a->kind != N_BOUND || a->u.bound.kind != BOUND_LIFETIME) return true;
        }
    }
    return false;
}

/* Collects the methods of every inherent `impl` among items onto its struct, before any
 * body is resolved, so that `Point::new` and `p.len()` work wherever they are written. */
static void collect_impls(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind != N_IMPL) continue;
        Node *self_ty = item->u.impl.self_ty;
        AdtDef *a = self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1
                        ? lookup_struct(r, self_ty->u.path.segs[0])
                        : NULL;
        if (item->u.impl.trait_ref) {
            collect_trait_impl(r, item, a && !a->ngenerics ? a : NULL);
            continue;
        }
        bool generic = a && (a->ngenerics || item->u.impl.generics);
        const char *unsupported = item->u.impl.trait_ref
                                      ? "trait implementations (`impl Trait for Type`)"
                                  : generic && !impl_is_identity(item, a)
                                      ? "`impl` blocks for particular instances of generic types"
                                      : NULL;
        if (unsupported) {
            diag_unsupported(item_head_span(item), unsupported);
            if (a) a->has_unsupported_impl = true;      /* calls of its methods are not E0599 */
            continue;
        }
        if (self_ty->kind == T_PATH && has_type_args(self_ty) && !generic) a = NULL;
        if (!a) {
            if (self_ty->kind == T_PATH &&
                !prim_type(self_ty->u.path.segs[self_ty->u.path.nsegs - 1])) {
                Diag *d = diag_error("E0412", self_ty->span, "cannot find type `%s` in this scope",
                                     sym_str(self_ty->u.path.segs[self_ty->u.path.nsegs - 1]));
                diag_label(d, "not found in this scope");
                diag_emit(d);
            } else {
                Diag *d = diag_error("E0390", self_ty->span,
                                     "cannot define inherent `impl` for primitive types");
                diag_help(d, "consider using an extension trait instead");
                diag_emit(d);
            }
            continue;
        }
        if (a->ngenerics) {
            Sym *names;
            read_type_params(item->u.impl.generics, 0, &item->u.impl.param_defs, &names);
        }
        if (self_ty->kind == T_PATH) self_ty->u.path.def = adt_value_def(a);   /* lifetimes.c's */
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_CONST_ITEM && m->u.value_item.value) {
                Def *c = assoc_const_def(m);
                c->adt = a;
                ptrvec_push(&a->consts, c);
                continue;
            }
            Def *d = method_def(m);
            if (!d) continue;
            d->adt = a;
            d->nimpl_generics = a->ngenerics;
            bool dup = false;
            for (int j = 0; j < a->methods.len && !dup; j++) {
                Def *other = a->methods.items[j];
                if (other->name != d->name) continue;
                Diag *dg = diag_error("E0592", m->u.fn.name_span,
                                      "duplicate definitions with name `%s`", sym_str(d->name));
                diag_label(dg, "duplicate definitions for `%s`", sym_str(d->name));
                diag_secondary(dg, other->node->u.fn.name_span, "other definition for `%s`",
                               sym_str(d->name));
                diag_emit(dg);
                dup = true;
            }
            if (!dup) ptrvec_push(&a->methods, d);
        }
    }
}

/* `impl<T: PartialOrd> Pair<T>`: the impl's own parameters (ps) carry its bounds, which
 * its bodies rely on; they are also each method's requirements on its callers' type. */
static void impl_param_bounds(Resolver *r, Node *impl, Def **ps, int n) {
    Node *g = impl->u.impl.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++)
        for (int k = 0; k < n; k++)
            if (ps[k]->node == g->u.generics.params.items[i])
                add_bounds(r, ps[k],
                           &((Node *)g->u.generics.params.items[i])->u.generic_param.bounds);
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        for (int k = 0; ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && k < n; k++)
            if (ty->u.path.segs[0] == ps[k]->name) add_bounds(r, ps[k], &w->u.where_pred.bounds);
    }
}

static void inherit_impl_bounds(Resolver *r, Node *impl, AdtDef *a, Def *method) {
    Node *g = impl->u.impl.generics;
    Def **ps = impl->u.impl.param_defs;
    int k = 0;
    for (int i = 0; g && i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind != GP_TYPE) continue;
        if (k < a->ngenerics) {
            add_where_pairs(r, &p->u.generic_param.bounds, ps[k], &method->where_params,
                            &method->where_traits);
            for (int b = 0; b < p->u.generic_param.bounds.len; b++) {
                /* `impl<F: Fn(i32) -> i32> Machine<F>`: a literal's closure gets the signature */
                Node *bound = p->u.generic_param.bounds.items[b];
                Def *td =
                    bound->u.bound.kind == BOUND_TRAIT ? bound->u.bound.path->u.path.def : NULL;
                if (td && td->kind == DEF_TRAIT && is_fn_trait(td->trait))
                    a->generic_defs[k]->fn_bound = bound->u.bound.path;
            }
        }
        k++;
    }
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        for (int j = 0; ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && j < a->ngenerics; j++)
            if (ty->u.path.segs[0] == ps[j]->name)
                add_where_pairs(r, &w->u.where_pred.bounds, ps[j], &method->where_params,
                                &method->where_traits);
    }
    method->impl_bound_count = method->where_params.len;
}

static void resolve_const_item(Resolver *r, Node *item) {
    Node *saved_fn = r->current_fn;
    r->current_fn = NULL;
    push_scope(r, true);                        /* a const sees items, never locals */
    resolve_type(r, item->u.value_item.ty);
    if (item->u.value_item.value) resolve_expr(r, item->u.value_item.value);
    pop_scope(r);
    r->current_fn = saved_fn;
}

static void resolve_assoc_consts(Resolver *r, PtrVec *consts) {
    for (int i = 0; i < consts->len; i++) resolve_const_item(r, ((Def *)consts->items[i])->node);
}

/* A trait's supertraits, and its methods' signatures and default bodies, with `Self`. */
static void resolve_trait_body(Resolver *r, TraitDef *t) {
    NodeList *supers = &t->node->u.trait.supertraits;
    for (int i = 0; i < supers->len; i++) {
        Node *b = supers->items[i];
        if (b->u.bound.kind != BOUND_TRAIT) continue;
        TraitDef *s = resolve_trait_path(r, b->u.bound.path);
        if (s) ptrvec_push(&t->supertraits, s);
    }
    AdtDef *saved = r->current_impl;
    r->current_impl = NULL;
    push_scope(r, false);
    declare_type(r, t->self_param->name, t->self_param);
    for (int i = 0; i < t->methods.len; i++) resolve_fn(r, ((Def *)t->methods.items[i])->node);
    resolve_assoc_consts(r, &t->consts);
    pop_scope(r);
    r->current_impl = saved;
}

/* An `impl Trait for Type`'s methods; `Self` is Type (for a non-struct type, an alias). */
static void resolve_trait_impl(Resolver *r, Node *item) {
    ImplDef *im = item->u.impl.def;
    Node *self_ty = item->u.impl.self_ty;
    AdtDef *a = im->methods.len ? ((Def *)im->methods.items[0])->adt : NULL;
    if (!a && self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1)
        a = lookup_struct(r, self_ty->u.path.segs[0]);
    AdtDef *saved = r->current_impl;
    r->current_impl = a && !a->ngenerics && !im->ngenerics ? a : NULL;
    push_scope(r, false);
    declare_type_params(r, im->generic_defs, im->ngenerics);
    resolve_bounds(r, item->u.impl.generics, im->generic_defs, im->ngenerics, NULL);
    resolve_type(r, self_ty);
    if (im->trait_arg_node) resolve_type(r, im->trait_arg_node);
    if (!r->current_impl) {
        Def *alias = arena_alloc(sizeof *alias);
        alias->kind = DEF_TYPE_ALIAS;
        alias->name = sym_cstr("Self");
        alias->node = self_ty;
        declare_type(r, alias->name, alias);
    }
    for (int i = 0; i < im->trait->assoc_names.len; i++)
        if (im->assoc_nodes[i]) resolve_type(r, im->assoc_nodes[i]->u.type_alias.ty);
    ImplDef *saved_trait_impl = r->current_trait_impl;
    r->current_trait_impl = im;
    for (int i = 0; i < im->methods.len; i++) resolve_fn(r, ((Def *)im->methods.items[i])->node);
    resolve_assoc_consts(r, &im->consts);
    r->current_trait_impl = saved_trait_impl;
    pop_scope(r);
    r->current_impl = saved;
}

/* The bodies of the methods of the impls among items, and the values of consts. */
void resolve_impls(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_CONST_ITEM || item->kind == N_STATIC) {
            resolve_const_item(r, item);
            continue;
        }
        if (item->kind == N_TRAIT && item->u.trait.def) {
            resolve_trait_body(r, item->u.trait.def);
            continue;
        }
        if (item->kind == N_IMPL && item->u.impl.def) {
            resolve_trait_impl(r, item);
            continue;
        }
        if (item->kind != N_IMPL || item->u.impl.trait_ref) continue;
        Node *self_ty = item->u.impl.self_ty;
        AdtDef *a = self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1
                        ? lookup_struct(r, self_ty->u.path.segs[0])
                        : NULL;
        if (!a || a->has_unsupported_impl) continue;
        AdtDef *saved = r->current_impl;
        Def **saved_params = r->impl_params;
        r->current_impl = a;
        r->impl_params = item->u.impl.param_defs;
        push_scope(r, false);
        if (r->impl_params) {
            declare_type_params(r, r->impl_params, a->ngenerics);
            impl_param_bounds(r, item, r->impl_params, a->ngenerics);
        }
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_FN && m->u.fn.def) inherit_impl_bounds(r, item, a, m->u.fn.def);
        }
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_FN && m->u.fn.def) resolve_fn(r, m);
        }
        resolve_assoc_consts(r, &a->consts);
        pop_scope(r);
        r->current_impl = saved;
        r->impl_params = saved_params;
    }
}

/* Field types are resolved in the scope that declares the struct. */
static void resolve_struct_fields(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_TYPE_ALIAS && !item->u.type_alias.generics)
            resolve_type(r, item->u.type_alias.ty);
        if ((item->kind != N_STRUCT && item->kind != N_ENUM) || !item->u.adt.def) continue;
        AdtDef *a = item->u.adt.def;
        push_scope(r, false);
        declare_type_params(r, a->generic_defs, a->ngenerics);
        for (int k = 0; k < item->u.adt.fields.len; k++)
            resolve_type(r, ((Node *)item->u.adt.fields.items[k])->u.field_def.ty);
        for (int v = 0; v < item->u.adt.variants.len; v++) {
            Node *vn = item->u.adt.variants.items[v];
            for (int k = 0; k < vn->u.adt.fields.len; k++)
                resolve_type(r, ((Node *)vn->u.adt.fields.items[k])->u.field_def.ty);
            if (vn->u.adt.discriminant) resolve_expr(r, vn->u.adt.discriminant);
        }
        pop_scope(r);
    }
}

/* `use Shape::{Circle, Square};`, `use Shape::*;`, `use self::Shape::Circle as C;`: an
 * enum of this crate's variants, by their own names. False for any other path. */
static bool use_enum_variants(Resolver *r, Node *tree, AdtDef *within) {
    int first = 0;
    while (first < tree->u.use_tree.nsegs && !within &&
           (strcmp(sym_str(tree->u.use_tree.segs[first]), "self") == 0 ||
            strcmp(sym_str(tree->u.use_tree.segs[first]), "crate") == 0))
        first++;
    int n = tree->u.use_tree.nsegs - first;
    AdtDef *a = within;
    if (!a) {
        if (n < 1) return false;
        a = lookup_struct(r, tree->u.use_tree.segs[first]);
        if (!a || !a->is_enum) return false;
        first++, n--;
    }
    if (n == 0 && tree->u.use_tree.is_glob) {
        for (int v = 0; v < a->nvariants; v++)
            declare(r, a->variants[v].name, NULL, variant_def(a, v));
        return true;
    }
    if (n == 0 && tree->u.use_tree.is_group) {
        for (int i = 0; i < tree->u.use_tree.children.len; i++)
            if (!use_enum_variants(r, tree->u.use_tree.children.items[i], a)) return false;
        return true;
    }
    if (n != 1) return false;
    Sym name = tree->u.use_tree.segs[first];
    for (int v = 0; v < a->nvariants; v++)
        if (a->variants[v].name == name) {
            Sym as = tree->u.use_tree.alias ? tree->u.use_tree.alias : name;
            declare(r, as, NULL, variant_def(a, v));
            return true;
        }
    return false;
}

/* What a `use` names, for the error that it is not supported: "`std::collections::HashMap`". */
static const char *use_path_text(Node *tree) {
    const char *text = "";
    for (int i = 0; i < tree->u.use_tree.nsegs; i++)
        text = arena_printf("%s%s%s", text, i ? "::" : "", sym_str(tree->u.use_tree.segs[i]));
    if (tree->u.use_tree.is_glob) text = arena_printf("%s::*", text);
    if (tree->u.use_tree.is_group) text = arena_printf("%s::{...}", text);
    return arena_printf("`use %s`", text);
}

/* A scope's `use` declarations: std paths Patina knows, and its enums' variants. */
static void declare_uses(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind != N_USE) continue;
        Node *tree = item->u.use_tree.children.items[0];
        if (!known_std_use(tree, NULL, 0) && !use_enum_variants(r, tree, NULL))
            diag_unsupported(item_head_span(item), use_path_text(tree));
    }
}

/* Everything a scope's items need before its statements are resolved. */
void prepare_items(Resolver *r, Node **items, int n, bool in_block) {
    declare_items(r, items, n, in_block);
    declare_uses(r, items, n, in_block);
    resolve_struct_fields(r, items, n, in_block);
    collect_impls(r, items, n, in_block);
}
