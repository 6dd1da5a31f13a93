/* lifetimes.c — lifetime names resolved, elision applied, signatures' regions recorded.
 *
 * Takes: the AST after resolve (type paths bound to their Defs), prelude included.
 * Gives: a RegionSig on every fn Def and every struct and enum (lifetimes.h), with the
 * region at each type node of its signature (for typeck, which builds the declared types
 * from them: Def.sig_param_tys), and the
 * errors rustc's late resolution and astconv report about lifetimes: E0106 (missing
 * lifetime specifier), E0107 (lifetime argument count), E0226, E0261 (undeclared),
 * E0262, E0401 (a lifetime of an outer item), E0403 (declared twice), E0496 (shadowed),
 * E0637 (`'_` or `&` where a name is needed), E0726 (elided in an impl header's path).
 *
 * This follows rustc_resolve's late lifetime resolution: a walk over each item with a
 * stack of binders (the item's generics, an impl's before its methods', `for<'a>`), and
 * a mode saying what an elided lifetime (`&T`, `'_`, or an ADT path without its lifetime
 * arguments) means where it stands: a fresh parameter in fn inputs and impl headers,
 * the inputs' single lifetime (or `&self`'s) in fn outputs, an error in fields and
 * bounds, `'static` in consts, and an inference variable in bodies. Fn pointer types and
 * `Fn(..)` sugar are signatures of their own, with late-bound (REGION_BOUND) regions. */
#include "patina.h"

#include <string.h>

/* What an elided lifetime means where the walk stands. */
typedef enum Mode {
    MODE_BODY,          /* inference (erased) */
    MODE_INPUT,         /* a fresh input lifetime of the innermost signature */
    MODE_OUTPUT,        /* the inputs' one lifetime, or self's; else E0106 */
    MODE_FIELD,         /* a struct, enum or type alias: E0106 */
    MODE_IMPL_HEADER,   /* a fresh parameter of the impl (E0726 for a path's hidden ones) */
    MODE_STATIC,        /* a const or static item's type: 'static */
    MODE_BOUND,         /* a generic bound or where clause: E0637 */
} Mode;

/* One list of lifetime names in scope: an item's `<...>`, a `for<...>`, or the anonymous
 * binder of a fn pointer type or `Fn(..)` sugar. */
typedef struct Binder {
    struct Binder *parent;
    RegionKind kind;                            /* REGION_PARAM (the item's) or REGION_BOUND */
    int n;
    Sym *names;
    Span *spans;
    int *index;                                 /* the region index of each name */
    bool item_boundary;                         /* an item's outermost: names further out
                                                 * are an outer item's */
} Binder;

/* A parameter of the innermost signature (E0106's help cites those with lifetimes). */
typedef struct Input {
    Sym name;                                   /* its binding's name, 0 for "argument N" */
    int position;                               /* 1-based */
    Span ty_span;
    int lifetimes;                              /* distinct regions its type mentions */
    Region *regions;                            /* ... each once */
    int cap;
} Input;

/* A place of a signature's output whose elided lifetime could not be chosen. */
typedef struct Missing {
    Span span;
    int count;                                  /* lifetimes it stands for (a path's hidden ones) */
} Missing;

/* One signature: an item fn, a fn pointer type or `Fn(A) -> B` sugar. */
typedef struct Elision {
    bool late_bound;                            /* fn pointer or Fn sugar: anonymous inputs
                                                 * are REGION_BOUND */
    Binder *anon;                               /* ... numbered after its `for<..>` names */
    int nanon;
    /* rustc's rule: the output's elided lifetimes are self's (`&self`, `&mut self`,
     * `self: &Self`), else the one lifetime of the only parameter that mentions any */
    enum { ELIDE_NONE, ELIDE_PARAM, ELIDE_SELF, ELIDE_AMBIGUOUS } state;
    Region chosen;
    bool elided_inputs;                         /* an input's lifetime is elided (else E0106 says
                                                 * the arguments' named ones cannot be used) */
    PtrVec inputs;                              /* Input* */
    Input *current;                             /* the parameter being walked */
    PtrVec missing;                             /* Missing* */
} Elision;

/* The region at one type node of a signature: the T_REF's, the T_DYN's object lifetime
 * (arg 0), or the arg-th lifetime argument of an ADT's T_PATH (written or elided). */
typedef struct RegionUse {
    const Node *site;
    int arg;
    Region region;
} RegionUse;

/* The RegionSig being built, with the capacities of its arrays. */
typedef struct SigBuilder {
    RegionSig sig;                              /* first: a builder's RegionSig* is the builder */
    int cap_params, cap_uses, cap_outlives, cap_type_outlives;
} SigBuilder;

typedef struct Lt {
    Binder *binder;                             /* innermost */
    Mode mode;
    Elision *elision;                           /* innermost signature, NULL outside one */
    SigBuilder *sig;                            /* the item's; NULL where nothing is recorded */
    bool in_impl_header_path;                   /* a path's hidden lifetimes there are E0726 */
    const Node *impl_self;                      /* the enclosing impl's self type: `Self` in
                                                 * its items has that type's regions */
} Lt;

static void lt_node(Lt *lt, Node *n);
static void lt_type(Lt *lt, Node *t);
static void lt_item(Lt *lt, Node *item);
static void walk_child(Node *child, const char *role, void *ctx);
static void lt_alias(Lt *lt, Node *item, SigBuilder *impl_sig);

/* ── recording ── */

static void *grow(void *items, int len, int *cap, size_t size) {
    if (len < *cap) return items;
    int new_cap = *cap ? *cap * 2 : 4;
    items = arena_realloc(items, size * (size_t)*cap, size * (size_t)new_cap);
    *cap = new_cap;
    return items;
}

static Region region(RegionKind kind, int index) { return (Region){kind, index}; }

static bool region_eq(Region a, Region b) { return a.kind == b.kind && a.index == b.index; }

static int add_param(SigBuilder *sb, Sym name, Span span) {
    RegionSig *s = &sb->sig;
    s->params = grow(s->params, s->nparams, &sb->cap_params, sizeof *s->params);
    s->params[s->nparams] = (RegionParam){name, span};
    return s->nparams++;
}

static void record_use(Lt *lt, const Node *site, int arg, Region r) {
    if (!lt->sig) return;
    RegionSig *s = &lt->sig->sig;
    s->uses = grow(s->uses, s->nuses, &lt->sig->cap_uses, sizeof *s->uses);
    s->uses[s->nuses++] = (RegionUse){site, arg, r};
}

static void record_outlives(Lt *lt, Region longer, Region shorter, Span span) {
    if (!lt->sig || longer.kind == REGION_ERASED || shorter.kind == REGION_ERASED) return;
    RegionSig *s = &lt->sig->sig;
    s->outlives = grow(s->outlives, s->noutlives, &lt->sig->cap_outlives, sizeof *s->outlives);
    s->outlives[s->noutlives++] = (RegionOutlives){longer, shorter, span};
}

static void record_type_outlives(Lt *lt, const Node *ty, Region r, Span span) {
    if (!lt->sig || r.kind == REGION_ERASED) return;
    RegionSig *s = &lt->sig->sig;
    s->type_outlives = grow(s->type_outlives, s->ntype_outlives, &lt->sig->cap_type_outlives,
                            sizeof *s->type_outlives);
    s->type_outlives[s->ntype_outlives++] = (TypeOutlives){ty, r, span};
}

/* n items of size at from, copied to the arena (a builder array whose capacity is n). */
static void *copy_items(const void *from, int n, int *cap, size_t size) {
    *cap = n;
    return n ? memcpy(arena_alloc(size * (size_t)n), from, size * (size_t)n) : NULL;
}

/* A method's signature starts as a copy of its impl's (parameters, header uses, bounds). */
static SigBuilder *sig_copy(const SigBuilder *from) {
    SigBuilder *sb = arena_alloc(sizeof *sb);
    if (!from) return sb;
    const RegionSig *f = &from->sig;
    sb->sig = (RegionSig){
        .params = copy_items(f->params, f->nparams, &sb->cap_params, sizeof *f->params),
        .nparams = f->nparams,
        .nimpl_params = f->nparams,
        .outlives = copy_items(f->outlives, f->noutlives, &sb->cap_outlives, sizeof *f->outlives),
        .noutlives = f->noutlives,
        .type_outlives = copy_items(f->type_outlives, f->ntype_outlives, &sb->cap_type_outlives,
                                    sizeof *f->type_outlives),
        .ntype_outlives = f->ntype_outlives,
        .uses = copy_items(f->uses, f->nuses, &sb->cap_uses, sizeof *f->uses),
        .nuses = f->nuses,
    };
    return sb;
}

/* ── names ── */

static bool is_sym(Sym s, const char *text) { return s && strcmp(sym_str(s), text) == 0; }

static const char *plural(int n, const char *word) {
    return arena_printf("%d %s%s", n, word, n == 1 ? "" : "s");
}

static Span first_char(Span sp) { return (Span){sp.file, sp.lo, sp.lo + 1}; }

/* The named lifetimes an elided one could be written as: the innermost item binder's. */
static Binder *named_binder(Lt *lt) {
    for (Binder *b = lt->binder; b; b = b->parent) {
        if (b->kind == REGION_PARAM && b->n) return b;
        if (b->item_boundary) break;
    }
    return NULL;
}

static void help_name_lifetime(Lt *lt, Diag *d) {
    Binder *b = named_binder(lt);
    if (b) diag_help(d, "consider using the `'%s` lifetime", sym_str(b->names[0]));
    else diag_help(d, "consider introducing a named lifetime parameter");
}

/* `'name` at span: the region it names, or an error (E0261, E0401). */
static Region named_region(Lt *lt, Sym name, Span span) {
    bool crossed = false;
    for (Binder *b = lt->binder; b; b = b->parent) {
        for (int i = 0; i < b->n; i++) {
            if (b->names[i] != name) continue;
            if (crossed) {
                Diag *d = diag_error("E0401", span, "can't use generic parameters from outer item");
                diag_label(d, "use of generic parameter from outer item");
                diag_secondary(d, b->spans[i], "lifetime parameter from outer item");
                diag_help(d, "consider introducing lifetime `'%s` here", sym_str(name));
                diag_emit(d);
                return region(REGION_ERASED, 0);
            }
            return region(b->kind, b->index[i]);
        }
        if (b->item_boundary) crossed = true;
    }
    Diag *d = diag_error("E0261", span, "use of undeclared lifetime name `'%s`", sym_str(name));
    diag_label(d, "undeclared lifetime");
    diag_help(d, "consider introducing lifetime `'%s` here", sym_str(name));
    diag_emit(d);
    return region(REGION_ERASED, 0);
}

/* A lifetime the parameter being walked mentions: counted for the output's elision. */
static void note_input(Lt *lt, Region r) {
    Elision *e = lt->elision;
    Input *in = e ? e->current : NULL;
    if (lt->mode != MODE_INPUT || !in || r.kind == REGION_ERASED) return;
    for (int i = 0; i < in->lifetimes; i++)
        if (region_eq(in->regions[i], r)) return;
    in->regions = grow(in->regions, in->lifetimes, &in->cap, sizeof *in->regions);
    in->regions[in->lifetimes++] = r;
}

static Region fresh_input(Lt *lt, Span span) {
    Elision *e = lt->elision;
    if (e && e->late_bound && lt->mode == MODE_INPUT)
        return region(REGION_BOUND, e->anon->n + e->nanon++);
    if (!lt->sig) return region(REGION_PARAM, 0);
    return region(REGION_PARAM, add_param(lt->sig, 0, span));
}

/* How an elided lifetime is (not) written. */
typedef enum Elided { ELIDED_REF, ELIDED_UNDERSCORE, ELIDED_PATH } Elided;

/* E0106 where a lifetime must be named: count lifetimes at span. */
static void report_missing_here(Lt *lt, Span span, int count) {
    Diag *d = diag_error("E0106", span, "missing lifetime specifier%s", count > 1 ? "s" : "");
    if (count > 1) diag_label(d, "expected %d lifetime parameters", count);
    else diag_label(d, "expected named lifetime parameter");
    help_name_lifetime(lt, d);
    diag_emit(d);
}

/* count elided lifetimes at span (`&`, `'_`, or a path's hidden arguments), given where the
 * walk stands. Errors are reported once per place (count 0 for the place's others). */
static Region elided_region(Lt *lt, Span span, int count, Elided form) {
    Elision *e = lt->elision;
    switch (lt->mode) {
    case MODE_BODY:
        return region(REGION_ERASED, 0);
    case MODE_STATIC:
        return region(REGION_STATIC, 0);
    case MODE_INPUT:
    case MODE_IMPL_HEADER: {
        Region r = fresh_input(lt, span);
        note_input(lt, r);
        if (e && lt->mode == MODE_INPUT) e->elided_inputs = true;
        return r;
    }
    case MODE_OUTPUT:
        if (!e) return region(REGION_ERASED, 0);
        if (e->state == ELIDE_PARAM || e->state == ELIDE_SELF) return e->chosen;
        if (count) {
            Missing *m = arena_alloc(sizeof *m);
            *m = (Missing){span, count};
            ptrvec_push(&e->missing, m);
        }
        return region(REGION_ERASED, 0);
    case MODE_FIELD:
        if (count) report_missing_here(lt, span, count);
        return region(REGION_ERASED, 0);
    case MODE_BOUND:
        if (count && form == ELIDED_PATH) {
            report_missing_here(lt, span, count);   /* `T: Named` for `Named<'a>` */
        } else if (count) {
            Diag *d;
            if (form == ELIDED_UNDERSCORE) {
                d = diag_error("E0637", span, "`'_` cannot be used here");
                diag_label(d, "`'_` is a reserved lifetime name");
            } else {
                d = diag_error("E0637", span,
                               "`&` without an explicit lifetime name cannot be used here");
                diag_label(d, "explicit lifetime name needed here");
                diag_help(d, "consider introducing a higher-ranked lifetime here");
            }
            diag_emit(d);
        }
        return region(REGION_ERASED, 0);
    }
    return region(REGION_ERASED, 0);
}

/* A written lifetime (`'a`, `'static`, `'_`) or an elided one (name 0) at span. */
static Region lifetime_region(Lt *lt, Sym name, Span span) {
    if (!name) return elided_region(lt, span, 1, ELIDED_REF);
    if (is_sym(name, "_")) return elided_region(lt, span, 1, ELIDED_UNDERSCORE);
    if (is_sym(name, "static")) {
        Region r = region(REGION_STATIC, 0);
        note_input(lt, r);
        return r;
    }
    Region r = named_region(lt, name, span);
    note_input(lt, r);
    return r;
}

/* ── binders ── */

/* Opens the scope of generics g's lifetimes (REGION_PARAM ones get parameters of the
 * signature; REGION_BOUND ones are numbered from 0), checking their names. */
static Binder *push_binder(Lt *lt, Node *g, RegionKind kind, bool item_boundary) {
    Binder *b = arena_alloc(sizeof *b);
    b->parent = lt->binder;
    b->kind = kind;
    b->item_boundary = item_boundary;
    int cap = (g ? g->u.generics.params.len : 0) + 1;
    b->names = arena_alloc(sizeof(Sym) * (size_t)cap);
    b->spans = arena_alloc(sizeof(Span) * (size_t)cap);
    b->index = arena_alloc(sizeof(int) * (size_t)cap);
    lt->binder = b;
    for (int i = 0; g && i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind != GP_LIFETIME) continue;
        Sym name = p->u.generic_param.name;
        if (is_sym(name, "static")) {
            Diag *d = diag_error("E0262", p->span, "invalid lifetime parameter name: `'static`");
            diag_label(d, "'static is a reserved lifetime name");
            diag_emit(d);
            continue;
        }
        if (is_sym(name, "_")) {
            Diag *d = diag_error("E0637", p->span, "`'_` cannot be used here");
            diag_label(d, "`'_` is a reserved lifetime name");
            diag_help(d, "use another lifetime specifier");
            diag_emit(d);
            continue;
        }
        int dup = -1;
        for (int k = 0; k < b->n && dup < 0; k++)
            if (b->names[k] == name) dup = k;
        if (dup >= 0) {
            Diag *d = diag_error("E0403", p->span, "the name `'%s` is already used for a generic "
                                 "parameter in this item's generic parameters", sym_str(name));
            diag_label(d, "already used");
            diag_secondary(d, b->spans[dup], "first use of `'%s`", sym_str(name));
            diag_emit(d);
            continue;
        }
        for (Binder *o = b->parent; o; o = o->parent) {
            int k = 0;
            while (k < o->n && o->names[k] != name) k++;
            if (k < o->n) {
                Diag *d = diag_error("E0496", p->span, "lifetime name `'%s` shadows a lifetime "
                                     "name that is already in scope", sym_str(name));
                diag_label(d, "lifetime `'%s` already in scope", sym_str(name));
                diag_secondary(d, o->spans[k], "first declared here");
                diag_emit(d);
                break;
            }
            if (o->item_boundary) break;
        }
        b->names[b->n] = name;
        b->spans[b->n] = p->span;
        b->index[b->n] = kind == REGION_PARAM && lt->sig ? add_param(lt->sig, name, p->span) : b->n;
        b->n++;
    }
    return b;
}

static void pop_binder(Lt *lt, Binder *b) { lt->binder = b->parent; }

/* A bound of a generic parameter, where clause, `dyn` or `impl` type; subject (a type
 * node, or NULL for a lifetime's own bounds) outlives a lifetime bound. */
static void lt_bound(Lt *lt, Node *bound, const Node *subject, Region *longer) {
    if (bound->u.bound.kind == BOUND_LIFETIME) {
        Region r = lifetime_region(lt, bound->u.bound.lifetime, bound->span);
        if (longer) record_outlives(lt, *longer, r, bound->span);
        else if (subject) record_type_outlives(lt, subject, r, bound->span);
        return;
    }
    Node *hrtb = bound->u.bound.hrtb;
    Binder *b = hrtb ? push_binder(lt, hrtb, REGION_BOUND, false) : NULL;
    lt_type(lt, bound->u.bound.path);
    if (b) pop_binder(lt, b);
}

/* The bounds and where clauses of generics g (in MODE_BOUND). */
static void lt_generic_bounds(Lt *lt, Node *g) {
    if (!g) return;
    Mode saved = lt->mode;
    lt->mode = MODE_BOUND;
    for (int i = 0; i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        NodeList *bounds = &p->u.generic_param.bounds;
        Region longer = region(REGION_ERASED, 0);
        bool is_lifetime = p->u.generic_param.kind == GP_LIFETIME;
        if (is_lifetime && bounds->len)
            longer = lifetime_region(lt, p->u.generic_param.name, p->span);
        for (int k = 0; k < bounds->len; k++)
            lt_bound(lt, bounds->items[k], p, is_lifetime ? &longer : NULL);
        if (p->u.generic_param.ty) lt_type(lt, p->u.generic_param.ty);
        if (p->u.generic_param.default_value) lt_node(lt, p->u.generic_param.default_value);
    }
    for (int i = 0; i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        NodeList *bounds = &w->u.where_pred.bounds;
        if (!w->u.where_pred.ty) {                      /* `'a: 'b + 'c` */
            uint32_t len = 1 + (uint32_t)sym_len(w->u.where_pred.lifetime);   /* `'a` */
            Span sp = {w->span.file, w->span.lo, w->span.lo + len};
            Region longer = lifetime_region(lt, w->u.where_pred.lifetime, sp);
            for (int k = 0; k < bounds->len; k++) lt_bound(lt, bounds->items[k], NULL, &longer);
            continue;
        }
        Node *hrtb = w->u.where_pred.hrtb;
        Binder *b = hrtb ? push_binder(lt, hrtb, REGION_BOUND, false) : NULL;
        lt_type(lt, w->u.where_pred.ty);
        for (int k = 0; k < bounds->len; k++)
            lt_bound(lt, bounds->items[k], w->u.where_pred.ty, NULL);
        if (b) pop_binder(lt, b);
    }
    lt->mode = saved;
}

/* ── signatures ── */

/* "`x`", "argument 2", "one of `x`'s 2 lifetimes": how E0106's help names an input. */
static const char *input_phrase(const Input *in, bool one_of) {
    const char *who = in->name ? arena_printf("`%s`", sym_str(in->name))
                               : arena_printf("argument %d", in->position);
    if (in->lifetimes == 1 || !one_of) return who;
    return arena_printf("one of %s's %d lifetimes", who, in->lifetimes);
}

/* E0106 for a signature's output lifetimes that its inputs do not determine. */
static void report_missing_output(Lt *lt, Elision *e) {
    int total = 0;
    for (int i = 0; i < e->missing.len; i++) total += ((Missing *)e->missing.items[i])->count;
    Missing *first = e->missing.items[0];
    Diag *d = diag_error("E0106", first->span, "missing lifetime specifier%s",
                         total > 1 ? "s" : "");
    for (int i = 0; i < e->missing.len; i++) {
        Missing *m = e->missing.items[i];
        const char *label = m->count > 1 ? arena_printf("expected %d lifetime parameters", m->count)
                          : "expected named lifetime parameter";
        if (i) diag_also_primary_label(d, m->span, "%s", label);
        else diag_label(d, "%s", label);
    }
    PtrVec with = {0};
    for (int i = 0; i < e->inputs.len; i++) {
        Input *in = e->inputs.items[i];
        if (!in->lifetimes) continue;
        ptrvec_push(&with, in);
        diag_secondary(d, in->ty_span, "%s", "");
    }
    const char *lead = "this function's return type contains a borrowed value";
    if (with.len == 0) {
        diag_help(d, "%s, but there is no value for it to be borrowed from", lead);
        diag_help(d, "consider using the `'static` lifetime, but this is uncommon unless you're "
                  "returning a borrowed value from a `const` or a `static`");
        diag_help(d, "instead, you are more likely to want to return an owned value");
    } else if (!e->elided_inputs) {
        diag_help(d, "%s with an elided lifetime, but the lifetime cannot be derived from the "
                  "arguments", lead);
        help_name_lifetime(lt, d);
    } else if (with.len == 1) {
        Input *only = with.items[0];
        diag_help(d, "%s, but the signature does not say which one of %s's %d lifetimes it is "
                  "borrowed from", lead, input_phrase(only, false), only->lifetimes);
        help_name_lifetime(lt, d);
    } else {
        char *list = "";
        for (int i = 0; i < with.len; i++) {
            const char *sep = i == 0 ? "" : i + 1 < with.len ? ", "
                            : with.len == 2 ? " or " : ", or ";
            list = arena_printf("%s%s%s", list, sep, input_phrase(with.items[i], true));
        }
        diag_help(d, "%s, but the signature does not say whether it is borrowed from %s",
                  lead, list);
        help_name_lifetime(lt, d);
    }
    diag_emit(d);
}

/* A parameter's name as E0106 cites it: its binding's (`_` and patterns are "argument N"). */
static Sym param_name(Node *pat) {
    if (!pat || pat->kind != P_IDENT || is_sym(pat->u.pat_ident.name, "_")) return 0;
    return pat->u.pat_ident.name;
}

/* The params (N_PARAM, or bare types for a fn pointer / Fn sugar) and output of one
 * signature, with e its elision state; names: the parameters' bindings name them. */
static void lt_signature(Lt *lt, Elision *e, NodeList *params, Node *ret, bool names) {
    Elision *saved_e = lt->elision;
    Mode saved_mode = lt->mode;
    lt->elision = e;
    lt->mode = MODE_INPUT;
    for (int i = 0; i < params->len; i++) {
        Node *p = params->items[i];
        Node *ty = p->kind == N_PARAM ? p->u.param.ty : p;
        if (!ty) continue;                              /* an untyped closure parameter */
        Input *in = arena_alloc(sizeof *in);
        in->name = names && p->kind == N_PARAM ? param_name(p->u.param.pat) : 0;
        in->position = i + 1;
        in->ty_span = ty->span;
        ptrvec_push(&e->inputs, in);
        e->current = in;
        lt_type(lt, ty);
        e->current = NULL;
        if (in->lifetimes && e->state != ELIDE_SELF) {
            e->state = e->state == ELIDE_NONE && in->lifetimes == 1 ? ELIDE_PARAM : ELIDE_AMBIGUOUS;
            e->chosen = in->regions[0];
        }
        bool is_self = p->kind == N_PARAM && p->u.param.pat && p->u.param.pat->kind == P_IDENT
                    && is_sym(p->u.param.pat->u.pat_ident.name, "self");
        if (i == 0 && is_self) {
            /* `self` by value: the other parameters decide */
            e->state = ty->kind == T_REF ? ELIDE_SELF : ELIDE_NONE;
            if (ty->kind == T_REF)
                e->chosen = lifetimes_region_at(lt->sig ? &lt->sig->sig : NULL, ty, 0);
        }
    }
    lt->mode = MODE_OUTPUT;
    if (ret) lt_type(lt, ret);
    if (e->missing.len) report_missing_output(lt, e);
    lt->elision = saved_e;
    lt->mode = saved_mode;
}

/* A fn pointer type or `Fn(A) -> B` sugar (hrtb: its `for<..>`, or NULL). */
static void lt_nested_signature(Lt *lt, Node *hrtb, NodeList *params, Node *ret) {
    Binder *b = push_binder(lt, hrtb, REGION_BOUND, false);
    Elision e = {.late_bound = true, .anon = b};
    lt_signature(lt, &e, params, ret, false);
    pop_binder(lt, b);
}

/* ── types ── */

static bool is_type_node(const Node *n) { return n->kind >= T_PATH && n->kind <= T_INFER; }

/* The item whose lifetime parameters a path's last segment takes: a struct, enum or trait
 * (`Self` takes none: it is the impl's type as declared). NULL generics: none declared. */
static bool path_lifetime_owner(const Node *t, const char **what, Node **generics) {
    Def *d = t->u.path.def;
    if (!d || is_sym(t->u.path.segs[t->u.path.nsegs - 1], "Self")) return false;
    if (d->kind == DEF_ADT && d->adt) {
        *what = d->adt->is_enum ? "enum" : "struct";
        *generics = d->adt->node ? d->adt->node->u.adt.generics : NULL;
        return true;
    }
    if (d->kind == DEF_TRAIT && d->trait) {
        *what = "trait";
        *generics = d->trait->node ? d->trait->node->u.trait.generics : NULL;
        return true;
    }
    return false;
}

static int generics_lifetime_count(const Node *g) {
    int n = 0;
    for (int i = 0; g && i < g->u.generics.params.len; i++)
        n += ((Node *)g->u.generics.params.items[i])->u.generic_param.kind == GP_LIFETIME;
    return n;
}

/* The lifetime arguments of a struct, enum or trait path, checked against its declared count
 * (E0107), or its hidden ones when none is written. */
static void lt_path_lifetimes(Lt *lt, Node *t, Node *args, const char *what, Node *g,
                              Span name_span) {
    int want = generics_lifetime_count(g);
    int given = 0;
    for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
        Node *a = args->u.generic_args.args.items[i];
        if (a->kind == N_BOUND && a->u.bound.kind == BOUND_LIFETIME)
            record_use(lt, t, given++, lifetime_region(lt, a->u.bound.lifetime, a->span));
    }
    if (given && given != want) {
        Diag *d = diag_error("E0107", name_span, "%s takes %s but %s %s supplied", what,
                             plural(want, "lifetime argument"), plural(given, "lifetime argument"),
                             given == 1 ? "was" : "were");
        diag_label(d, "expected %s", plural(want, "lifetime argument"));
        char *names = "";
        for (int i = 0, k = 0; g && i < g->u.generics.params.len; i++) {
            Node *p = g->u.generics.params.items[i];
            if (p->u.generic_param.kind == GP_LIFETIME)
                names = arena_printf("%s%s`'%s`", names, k++ ? ", " : "",
                                     sym_str(p->u.generic_param.name));
        }
        diag_note(d, "%s defined here, with %s%s%s", what, plural(want, "lifetime parameter"),
                  want ? ": " : "", names);
        diag_emit(d);
        return;
    }
    if (given || !want) return;
    if (lt->mode == MODE_IMPL_HEADER) {
        Diag *d = diag_error("E0726", name_span, "implicit elided lifetime not allowed here");
        diag_label(d, "expected lifetime parameter");
        diag_help(d, "indicate the anonymous lifetime");
        diag_emit(d);
        return;
    }
    for (int i = 0; i < want; i++)
        record_use(lt, t, i, elided_region(lt, name_span, i ? 0 : want, ELIDED_PATH));
}

/* `Self` in an impl of a struct or enum: the regions of the impl's self type. */
static void lt_self_path(Lt *lt, Node *t) {
    const Node *self = lt->impl_self;
    Def *d = t->u.path.def;
    if (!lt->sig || !self || self->kind != T_PATH || !d || d->kind != DEF_ADT || !d->adt) return;
    for (int i = 0; i < d->adt->nlifetimes; i++)
        record_use(lt, t, i, lifetimes_region_at(&lt->sig->sig, self, i));
}

static void lt_path(Lt *lt, Node *t) {
    int n = t->u.path.nsegs;
    const char *what = NULL;
    Node *generics = NULL;
    bool owned = path_lifetime_owner(t, &what, &generics);
    if (n == 1 && is_sym(t->u.path.segs[0], "Self")) lt_self_path(lt, t);
    for (int s = 0; s < n; s++) {
        Node *args = t->u.path.seg_args ? t->u.path.seg_args[s] : NULL;
        bool counted = s == n - 1 && owned;
        if (counted) lt_path_lifetimes(lt, t, args, what, generics, t->u.path.seg_spans[s]);
        if (!args) continue;
        if (args->u.generic_args.parenthesized) {       /* `Fn(&A) -> &B`: a signature of its own */
            lt_nested_signature(lt, NULL, &args->u.generic_args.args, args->u.generic_args.ret);
            continue;
        }
        for (int i = 0; i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            if (a->kind == N_BOUND && a->u.bound.kind == BOUND_LIFETIME) {
                if (!counted) lifetime_region(lt, a->u.bound.lifetime, a->span);
                continue;
            }
            lt_node(lt, a);
        }
    }
}

/* `dyn A + 'a`, `impl A + 'a`: at most one lifetime bound (E0226), the object's region;
 * without one, a `dyn`'s is object_default (rustc's default object lifetime: the region
 * of the `&` around it, else `'static`). */
static void lt_object_type(Lt *lt, Node *t, Region object_default) {
    int lifetimes = 0;
    for (int i = 0; i < t->u.list.elems.len; i++) {
        Node *b = t->u.list.elems.items[i];
        if (b->u.bound.kind == BOUND_LIFETIME) {
            if (lifetimes++ && t->kind == T_DYN) {
                diag_emit(diag_error("E0226", b->span,
                                     "only a single explicit lifetime bound is permitted"));
                continue;
            }
            record_use(lt, t, 0, lifetime_region(lt, b->u.bound.lifetime, b->span));
            continue;
        }
        lt_bound(lt, b, NULL, NULL);
    }
    if (!lifetimes && t->kind == T_DYN) record_use(lt, t, 0, object_default);
}

static void lt_type(Lt *lt, Node *t) {
    if (!t) return;
    switch (t->kind) {
    case T_REF: {
        Sym name = t->u.ty_ref.lifetime;
        Span sp = name ? t->u.ty_ref.lifetime_span : first_char(t->span);
        Region r = lifetime_region(lt, name, sp);
        record_use(lt, t, 0, r);
        Node *inner = t->u.ty_ref.inner;
        if (inner && inner->kind == T_DYN) lt_object_type(lt, inner, r);
        else lt_type(lt, inner);
        break;
    }
    case T_PATH:
        lt_path(lt, t);
        break;
    case T_FN:
        lt_nested_signature(lt, t->u.fn_type.hrtb, &t->u.fn_type.params, t->u.fn_type.ret);
        break;
    case T_DYN: case T_IMPL:
        lt_object_type(lt, t, region(REGION_STATIC, 0));
        break;
    case T_ARRAY: {
        lt_type(lt, t->u.repeat.value);
        Mode saved = lt->mode;
        lt->mode = MODE_BODY;
        lt_node(lt, t->u.repeat.count);
        lt->mode = saved;
        break;
    }
    default:                                            /* tuples, slices, pointers, qpaths */
        ast_visit_children(t, walk_child, lt);
        break;
    }
}

/* ── items and bodies ── */

static void walk_child(Node *child, const char *role, void *ctx) {
    (void)role;
    lt_node(ctx, child);
}

/* Any node: types and items are walked by their own rules, the rest through children. */
static void lt_node(Lt *lt, Node *n) {
    if (!n) return;
    if (is_type_node(n)) {
        lt_type(lt, n);
        return;
    }
    switch (n->kind) {
    case N_FN: case N_STRUCT: case N_ENUM: case N_UNION: case N_IMPL: case N_TRAIT:
    case N_TYPE_ALIAS: case N_CONST_ITEM: case N_STATIC: case N_MOD:
        lt_item(lt, n);
        break;
    case N_BOUND:
        lt_bound(lt, n, NULL, NULL);
        break;
    default:
        ast_visit_children(n, walk_child, lt);
        break;
    }
}

/* A fn item; impl_sig: its impl's or trait's signature (whose binder is lt->binder). */
static void lt_fn(Lt *lt, Node *fn, SigBuilder *impl_sig) {
    SigBuilder *sb = sig_copy(impl_sig);
    lt->sig = sb;
    lt->mode = MODE_INPUT;
    Binder *b = push_binder(lt, fn->u.fn.generics, REGION_PARAM, !impl_sig);
    lt_generic_bounds(lt, fn->u.fn.generics);
    Elision e = {0};
    lt_signature(lt, &e, &fn->u.fn.params, fn->u.fn.ret, fn->u.fn.body != NULL);
    if (fn->u.fn.def) fn->u.fn.def->regions = &sb->sig;
    lt->sig = NULL;
    lt->mode = MODE_BODY;
    lt_node(lt, fn->u.fn.body);
    pop_binder(lt, b);
}

/* `type A<'a> = &'a T;`, also an associated type (impl_sig: its impl's or trait's signature,
 * whose lifetimes it may use; NULL outside one). */
static void lt_alias(Lt *lt, Node *item, SigBuilder *impl_sig) {
    bool boundary = impl_sig == NULL;
    SigBuilder *saved_sig = lt->sig;
    Mode saved_mode = lt->mode;
    lt->sig = impl_sig;                         /* an impl's `type Item = &'a T;` keeps 'a */
    lt->mode = MODE_FIELD;
    Binder *b = push_binder(lt, item->u.type_alias.generics, REGION_PARAM, boundary);
    lt_generic_bounds(lt, item->u.type_alias.generics);
    lt->mode = MODE_BOUND;
    for (int i = 0; i < item->u.type_alias.bounds.len; i++)
        lt_bound(lt, item->u.type_alias.bounds.items[i], NULL, NULL);
    lt->mode = MODE_FIELD;
    lt_type(lt, item->u.type_alias.ty);
    pop_binder(lt, b);
    lt->sig = saved_sig;
    lt->mode = saved_mode;
}

/* An impl or trait: its header, then its items inside its binder. */
static void lt_impl_or_trait(Lt *lt, Node *item) {
    bool is_impl = item->kind == N_IMPL;
    Node *g = is_impl ? item->u.impl.generics : item->u.trait.generics;
    SigBuilder *sb = sig_copy(NULL);
    lt->sig = sb;
    lt->mode = MODE_IMPL_HEADER;
    Binder *b = push_binder(lt, g, REGION_PARAM, true);
    if (is_impl) {
        lt_type(lt, item->u.impl.trait_ref);
        lt_type(lt, item->u.impl.self_ty);
        lt->impl_self = item->u.impl.self_ty;
    }
    lt_generic_bounds(lt, g);
    lt->mode = MODE_BOUND;
    for (int i = 0; !is_impl && i < item->u.trait.supertraits.len; i++)
        lt_bound(lt, item->u.trait.supertraits.items[i], NULL, NULL);
    NodeList *items = is_impl ? &item->u.impl.items : &item->u.trait.items;
    for (int i = 0; i < items->len; i++) {
        Node *m = items->items[i];
        if (m->kind == N_FN) lt_fn(lt, m, sb);
        else if (m->kind == N_TYPE_ALIAS) lt_alias(lt, m, sb);
        else lt_item(lt, m);
    }
    if (is_impl && item->u.impl.def) item->u.impl.def->regions = &sb->sig;
    pop_binder(lt, b);
}

/* The fields of a struct, enum variant or union (types in MODE_FIELD, discriminants as
 * bodies). */
static void lt_fields(Lt *lt, Node *adt) {
    for (int i = 0; i < adt->u.adt.fields.len; i++) {
        Node *f = adt->u.adt.fields.items[i];
        lt->mode = MODE_FIELD;
        lt_type(lt, f->kind == N_FIELD_DEF ? f->u.field_def.ty : f);
    }
    for (int i = 0; i < adt->u.adt.variants.len; i++) lt_fields(lt, adt->u.adt.variants.items[i]);
    if (adt->u.adt.discriminant) {
        lt->mode = MODE_BODY;
        SigBuilder *saved = lt->sig;
        lt->sig = NULL;
        lt_node(lt, adt->u.adt.discriminant);
        lt->sig = saved;
    }
}

/* One item, wherever it stands: it starts a new item (outer items' lifetimes are E0401). */
static void lt_item(Lt *lt, Node *item) {
    Lt saved = *lt;
    lt->elision = NULL;
    lt->impl_self = NULL;
    switch (item->kind) {
    case N_FN:
        lt_fn(lt, item, NULL);
        break;
    case N_IMPL: case N_TRAIT:
        lt_impl_or_trait(lt, item);
        break;
    case N_STRUCT: case N_ENUM: case N_UNION: {
        SigBuilder *sb = sig_copy(NULL);
        lt->sig = sb;
        lt->mode = MODE_FIELD;
        Binder *b = push_binder(lt, item->u.adt.generics, REGION_PARAM, true);
        lt_generic_bounds(lt, item->u.adt.generics);
        lt_fields(lt, item);
        if (item->u.adt.def) item->u.adt.def->regions = &sb->sig;
        pop_binder(lt, b);
        break;
    }
    case N_TYPE_ALIAS:
        lt_alias(lt, item, NULL);
        break;
    case N_CONST_ITEM: case N_STATIC:
        lt->sig = NULL;
        lt->mode = MODE_STATIC;
        lt_type(lt, item->u.value_item.ty);
        lt->mode = MODE_BODY;
        lt_node(lt, item->u.value_item.value);
        break;
    default:                                            /* modules */
        lt->sig = NULL;
        lt->mode = MODE_BODY;
        ast_visit_children(item, walk_child, lt);
        break;
    }
    *lt = saved;
}

/* ── the interface ── */

const RegionSig *lifetimes_of_def(const Def *fn) {
    if (!fn) return NULL;
    return fn->regions ? fn->regions : fn->generic ? fn->generic->regions : NULL;
}

const RegionSig *lifetimes_of_adt(const AdtDef *adt) { return adt ? adt->regions : NULL; }

/* A declared type of fn, whose Def may be an instance of a generic fn (sharing its
 * declared types: their type parameters are the instance's arguments). */
static Type *declared(const Def *fn, Type *t) {
    return fn->generic && fn->inst_args ? ty_subst(t, fn->inst_args, fn->ngenerics) : t;
}

Type *def_sig_param_ty(const Def *fn, int i) {
    /* lowering appends #[track_caller]'s location parameters, which are not declared */
    bool is_declared = fn->sig_param_tys && fn->node && fn->node->kind == N_FN &&
                       i < fn->node->u.fn.params.len;
    return is_declared ? declared(fn, fn->sig_param_tys[i]) : fn->param_tys[i];
}

Type *def_sig_ret_ty(const Def *fn) {
    return fn->sig_ret_ty ? declared(fn, fn->sig_ret_ty) : fn->ret_ty;
}

Region lifetimes_region_at(const RegionSig *sig, const Node *site, int arg) {
    for (int i = 0; sig && i < sig->nuses; i++)
        if (sig->uses[i].site == site && sig->uses[i].arg == arg) return sig->uses[i].region;
    return region(REGION_ERASED, 0);
}

const char *region_str(const RegionSig *sig, Region r) {
    switch (r.kind) {
    case REGION_ERASED: return "'erased";
    case REGION_STATIC: return "'static";
    case REGION_PARAM:
        if (sig && r.index < sig->nparams && sig->params[r.index].name)
            return arena_printf("'%s", sym_str(sig->params[r.index].name));
        return arena_printf("'_#%d", r.index);
    case REGION_BOUND: return arena_printf("'^%d", r.index);
    case REGION_VAR: return arena_printf("'?%d", r.index);
    }
    return "'?";
}

/* `    sig fn(&'a str) -> Cursor<'a>`: a fn's declared types, with their regions. */
static void print_fn_types(FILE *out, const Def *fn, const RegionSig *sig) {
    if (!fn->param_tys) return;                 /* not type-checked (an unused trait's) */
    fputs("    sig fn(", out);
    for (int i = 0; i < fn->nparams; i++)
        fprintf(out, "%s%s", i ? ", " : "", ty_str_in(def_sig_param_ty(fn, i), sig));
    fprintf(out, ") -> %s\n", ty_str_in(def_sig_ret_ty(fn), sig));
}

/* `    field text: &'a str`, per field of a struct or of each variant of an enum. */
static void print_field_types(FILE *out, const AdtDef *adt) {
    for (int v = 0; v < (adt->is_enum ? adt->nvariants : 1); v++) {
        const AdtField *fields = adt->is_enum ? adt->variants[v].fields : adt->fields;
        int n = adt->is_enum ? adt->variants[v].nfields : adt->nfields;
        for (int i = 0; i < n; i++) {
            if (!fields[i].sig_ty) continue;
            fputs("    field ", out);
            if (adt->is_enum) fprintf(out, "%s.", sym_str(adt->variants[v].name));
            if (fields[i].name) fprintf(out, "%s", sym_str(fields[i].name));
            else fprintf(out, "%d", i);
            fprintf(out, ": %s\n", ty_str_in(fields[i].sig_ty, adt->regions));
        }
    }
}

static void print_sig(FILE *out, const char *kind, Sym name, const RegionSig *sig) {
    fprintf(out, "%s %s:", kind, sym_str(name));
    for (int i = 0; i < sig->nparams; i++)
        fprintf(out, " %s%s", region_str(sig, region(REGION_PARAM, i)),
                i < sig->nimpl_params ? "(impl)" : "");
    fputc('\n', out);
    for (int i = 0; i < sig->noutlives; i++)
        fprintf(out, "    outlives %s: %s\n", region_str(sig, sig->outlives[i].longer),
                region_str(sig, sig->outlives[i].shorter));
    for (int i = 0; i < sig->ntype_outlives; i++) {
        size_t len;
        const char *text = span_text(sig->type_outlives[i].ty->span, &len);
        fprintf(out, "    type %.*s: %s\n", (int)len, text,
                region_str(sig, sig->type_outlives[i].region));
    }
    for (int i = 0; i < sig->nuses; i++) {
        const RegionUse *u = &sig->uses[i];
        int line, col;
        source_line_col(u->site->span, &line, &col);
        const char *what = u->site->kind == T_REF ? "&" : u->site->kind == T_PATH ? "path" : "dyn";
        fprintf(out, "    %d:%d %s", line, col, what);
        if (u->site->kind == T_PATH) fprintf(out, " #%d", u->arg);
        fprintf(out, " %s\n", region_str(sig, u->region));
    }
}

static void print_items(FILE *out, NodeList *items) {
    for (int i = 0; i < items->len; i++) {
        Node *item = items->items[i];
        if (item->kind == N_FN && item->u.fn.def && item->u.fn.def->regions) {
            print_sig(out, "fn", item->u.fn.name, item->u.fn.def->regions);
            print_fn_types(out, item->u.fn.def, item->u.fn.def->regions);
        } else if ((item->kind == N_STRUCT || item->kind == N_ENUM) && item->u.adt.def &&
                   item->u.adt.def->regions) {
            print_sig(out, item->kind == N_STRUCT ? "struct" : "enum", item->u.adt.name,
                      item->u.adt.def->regions);
            print_field_types(out, item->u.adt.def);
        }
        else if (item->kind == N_IMPL) print_items(out, &item->u.impl.items);
        else if (item->kind == N_TRAIT) print_items(out, &item->u.trait.items);
    }
}

void lifetimes_print(FILE *out, Node *crate) { print_items(out, &crate->u.crate.items); }

void lifetimes_check(Node *crate) {
    Lt lt = {.mode = MODE_BODY};
    if (crate->u.crate.prelude) ast_visit_children(crate->u.crate.prelude, walk_child, &lt);
    ast_visit_children(crate, walk_child, &lt);
}
