/* region_errors.c — the borrow checker's reports about regions that outlive what they may.
 *
 * Takes: a body's region inference (region_infer.c): its universal regions, its outlives
 * constraints with their categories, and which variables reach which universal region's
 * end.
 * Gives: rustc's errors for universal regions that must outlive one another without a
 * declared bound (E0621 "explicit lifetime required", E0521 "borrowed data escapes", and
 * "lifetime may not live long enough"), rustc's names for regions in labels (`'a`, or
 * "let's call the lifetime of this reference `'1`"), and the constraint to blame for why a
 * region must outlive another (the loans' reports use it for E0373, E0515, E0597).
 *
 * As rustc_borrowck's region_errors.rs and region_name.rs: the blamed constraint is on the
 * shortest path of constraints from the longer region to the one it must outlive, the most
 * interesting by category (a return, then an argument or an assignment, ...), the one
 * closest to the end of the path among equals. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

/* ── paths of constraints ── */

/* How interesting a constraint is to blame, lower first (rustc's constraint_interest):
 * an unsizing to `dyn` that must be 'static comes right after a return. */
static int interest(ConstraintCategory c, bool to_static) {
    switch (c) {
    case CAT_RETURN: return 0;
    case CAT_CAST: case CAT_COERCION: return to_static ? 1 : 2;
    case CAT_CALL_ARGUMENT: case CAT_ASSIGNMENT: return 2;
    case CAT_OPAQUE: case CAT_PREDICATE: return 4;
    case CAT_BORING: return 5;
    case CAT_SIGNATURE: return 6;
    }
    return 7;
}

typedef bool (*TargetTest)(const RegionGraph *g, int var, const void *arg);

/* The shortest path of constraints (edge indexes, in order) from variable `from` to the
 * first variable passing `test`, breadth first; its length in *n (-1: none). */
static int *constraint_path(const RegionGraph *g, int from, TargetTest test, const void *arg,
                            int *n) {
    *n = -1;
    int *first = scratch_alloc(sizeof(int) * (size_t)(g->nvars + 1));
    int *next = scratch_alloc(sizeof(int) * (size_t)(g->nedges + 1));
    for (int v = 0; v < g->nvars; v++) first[v] = -1;
    for (int e = g->nedges - 1; e >= 0; e--) {  /* each variable's edges in their order */
        next[e] = first[g->edges[e].longer];
        first[g->edges[e].longer] = e;
    }
    int *via = scratch_alloc(sizeof(int) * (size_t)(g->nvars + 1));   /* edge in, or -1 */
    bool *seen = scratch_alloc(sizeof(bool) * (size_t)(g->nvars + 1));
    int *queue = scratch_alloc(sizeof(int) * (size_t)(g->nvars + 1));
    int head = 0, tail = 0, found = -1;
    queue[tail++] = from;
    seen[from] = true;
    via[from] = -1;
    while (head < tail && found < 0) {
        int r = queue[head++];
        if (r != from && test(g, r, arg)) {
            found = r;
            break;
        }
        for (int e = first[r]; e >= 0; e = next[e]) {
            int s = g->edges[e].shorter;
            if (seen[s]) continue;
            seen[s] = true;
            via[s] = e;
            queue[tail++] = s;
        }
    }
    if (found < 0) return NULL;
    int len = 0;
    for (int r = found; via[r] >= 0; r = g->edges[via[r]].longer) len++;
    int *path = scratch_alloc(sizeof(int) * (size_t)(len + 1));
    *n = len;
    for (int r = found, i = len - 1; via[r] >= 0; r = g->edges[via[r]].longer) path[i--] = via[r];
    return path;
}

/* What a constraint is blamed as: a cast's statement both casts and writes (two
 * constraints in rustc, the write after the cast), the more interesting of the two. */
static ConstraintCategory blamed_as(const Outlives *o, bool to_static) {
    return interest(o->category, to_static) < interest(o->write, to_static) ? o->category
                                                                            : o->write;
}

/* The constraint of the path to blame: the most interesting, the last among equals (a
 * copy, with the category it is blamed as). */
static const Outlives *best_blame(const RegionGraph *g, const int *path, int n, bool to_static) {
    const Outlives *best = NULL;
    for (int i = n - 1; i >= 0; i--) {
        const Outlives *o = &g->edges[path[i]];
        if (!best || interest(blamed_as(o, to_static), to_static) <
                         interest(blamed_as(best, to_static), to_static))
            best = o;
    }
    if (!best) return NULL;
    Outlives *blamed = scratch_alloc(sizeof *blamed);
    *blamed = *best;
    blamed->category = blamed_as(best, to_static);
    return blamed;
}

static bool is_var(const RegionGraph *g, int var, const void *arg) {
    (void)g;
    return var == *(const int *)arg;
}

/* ── naming regions (rustc's region_name.rs) ── */

static bool is_static(const RegionGraph *g, int u) { return u == g->nuniversal - 1; }

static bool is_named(const RegionGraph *g, int u) {
    return is_static(g, u) || (g->sig && g->sig->params[u].name);
}

/* The name of universal region u in reports, and its label in d (NULL: none). An
 * anonymous region keeps its `'N` across the body's reports, numbered in the order they
 * first name it (rustc's region_name.rs). */
static const char *region_name(const RegionGraph *g, int u, Diag *d) {
    if (is_static(g, u)) return "'static";
    const RegionParam *p = &g->sig->params[u];
    if (!g->names[u])
        g->names[u] = p->name ? arena_printf("'%s", sym_str(p->name))
                              : arena_printf("'%d", ++*g->nnamed);
    if (d && p->name)
        diag_secondary(d, p->span, "lifetime `%s` defined here", g->names[u]);
    else if (d)
        diag_secondary(d, p->span, "let's call the lifetime of this reference `%s`",
                       g->names[u]);
    return g->names[u];
}

const char *regions_universal_name(const RegionCx *cx, int u, Diag *d) {
    return region_name(regions_graph(cx), u, d);
}

/* ── the parameter a region is in ── */

typedef struct HasRegion {
    int param;                                  /* a RegionSig parameter, or -1: 'static */
    bool found;
} HasRegion;

static Region note_region(void *ctx, Region r) {
    HasRegion *h = ctx;
    if ((r.kind == REGION_PARAM && r.index == h->param) ||
        (r.kind == REGION_STATIC && h->param < 0))
        h->found = true;
    return r;
}

/* The first parameter of the body's fn whose declared type holds universal region u,
 * or -1 (rustc's get_var_name_and_span_for_region, find_param_with_region). */
static int param_with_region(const RegionGraph *g, int u) {
    Def *def = g->body->def;
    if (!def || !def->sig_param_tys) return -1;
    HasRegion h = {is_static(g, u) ? -1 : u, false};
    for (int i = 0; i < def->nparams && i < g->body->nargs; i++) {
        ty_map_regions(def->sig_param_tys[i], note_region, &h);
        if (h.found) return i;
    }
    return -1;
}

/* ── universal regions that outlive too much ── */

static bool is_closure_body(const Body *body) {
    return body->def && body->def->node && body->def->node->kind == N_CLOSURE;
}

static const char *def_description(const Body *body) {
    Def *def = body->def;
    if (is_closure_body(body)) return "closure";
    if (def && def->self_kind != SELF_NONE) return "method";
    return "function";
}

static const char *category_description(ConstraintCategory c) {
    switch (c) {
    case CAT_RETURN: return "returning this value ";
    case CAT_CALL_ARGUMENT: return "argument ";
    case CAT_ASSIGNMENT: return "assignment ";
    case CAT_CAST: return "cast ";
    case CAT_COERCION: return "coercion ";
    case CAT_OPAQUE: return "opaque type ";
    case CAT_PREDICATE: case CAT_BORING: case CAT_SIGNATURE: return "";
    }
    return "";
}

static const char *param_name(const RegionGraph *g, int param) {
    const Local *l = &g->body->locals[param + 1];
    return l->name ? sym_str(l->name) : NULL;
}

static void variance_note(Diag *d, const Outlives *blame) {
    if (!blame || !blame->invariant_in) return;
    diag_note(d, "requirement occurs because of a mutable reference to `%s`",
              ty_str_of(ty_erase_regions(blame->invariant_in)));
    diag_note(d, "mutable references are invariant over their type parameter");
    diag_help(d, "see <https://doc.rust-lang.org/nomicon/subtyping.html> for more information "
                 "about variance");
}

/* rustc's named_anon_conflict: an anonymous parameter region that must be (or outlive) a
 * named one, not 'static, asks for the name in the parameter's type (E0621). */
static bool report_explicit_lifetime_required(const RegionGraph *g, int fr, int outlived,
                                              Span span) {
    int named = -1, anon = -1;
    if (is_named(g, outlived) && !is_named(g, fr)) named = outlived, anon = fr;
    else if (is_named(g, fr) && !is_named(g, outlived)) named = fr, anon = outlived;
    if (named < 0 || is_static(g, named)) return false;
    Def *def = g->body->def;
    if (!def || def->impl) return false;        /* a trait impl's method: rustc bails out */
    int param = param_with_region(g, anon);
    if (param < 0 || (param == 0 && def->self_kind != SELF_NONE)) return false;
    const char *lifetime = region_name(g, named, NULL);
    const char *name = param_name(g, param);
    Diag *d = name ? diag_error("E0621", span, "explicit lifetime required in the type of `%s`",
                                name)
                   : diag_error("E0621", span, "explicit lifetime required in parameter type");
    diag_label(d, "lifetime `%s` required", lifetime);
    if (name) diag_help(d, "add explicit lifetime `%s` to the type of `%s`", lifetime, name);
    else diag_help(d, "add explicit lifetime `%s` to type", lifetime);
    diag_emit(d);
    return true;
}

/* rustc's report_escaping_data_error: data of a parameter's region passed or assigned
 * where 'static is required (E0521). */
static void report_escaping_data(const RegionGraph *g, int fr, int outlived,
                                 const Outlives *blame) {
    const char *from = def_description(g->body);
    Diag *d = diag_error("E0521", blame->span, "borrowed data escapes outside of %s", from);
    int outlived_param = param_with_region(g, outlived);
    const char *outlived_name = outlived_param >= 0 ? param_name(g, outlived_param) : NULL;
    if (outlived_name)
        diag_secondary(d, g->body->locals[outlived_param + 1].span,
                       "`%s` declared here, outside of the %s body", outlived_name, from);
    int fr_param = param_with_region(g, fr);
    const char *fr_name = fr_param >= 0 ? param_name(g, fr_param) : NULL;
    if (fr_name) {
        diag_secondary(d, g->body->locals[fr_param + 1].span,
                       "`%s` is a reference that is only valid in the %s body", fr_name, from);
        diag_label(d, "`%s` escapes the %s body here", fr_name, from);
    }
    const char *a = region_name(g, fr, d), *b = region_name(g, outlived, d);
    const char *why = category_description(blame->category);
    if (fr_name) diag_also_primary_label(d, blame->span, "%srequires that `%s` must outlive `%s`",
                                         why, a, b);
    else diag_label(d, "%srequires that `%s` must outlive `%s`", why, a, b);
    variance_note(d, blame);
    diag_emit(d);
}

static void report_general(const RegionGraph *g, int fr, int outlived, const Outlives *blame,
                           Span span) {
    Diag *d = diag_error(NULL, span, "lifetime may not live long enough");
    const char *a = region_name(g, fr, d), *b = region_name(g, outlived, d);
    ConstraintCategory category = blame ? blame->category : CAT_BORING;
    /* a closure's regions are not its own in rustc's sense (not "local"): no such wording */
    bool closure = is_closure_body(g->body);
    if (category == CAT_RETURN && !is_static(g, outlived) && !closure)
        diag_label(d, "%s was supposed to return data with lifetime `%s` but it is returning "
                      "data with lifetime `%s`", def_description(g->body), b, a);
    else
        diag_label(d, "%srequires that `%s` must outlive `%s`", category_description(category),
                   a, b);
    if (is_named(g, fr) && is_named(g, outlived))
        diag_help(d, "consider adding the following bound: `%s: %s`", a, b);
    variance_note(d, blame);
    if (!is_named(g, fr) && !is_named(g, outlived) && !closure)
        diag_help(d, "consider introducing a named lifetime parameter%s",
                  g->body->def && g->body->def->self_kind != SELF_NONE
                      ? " and update trait if needed" : "");
    diag_emit(d);
}

/* rustc's report_region_error for `fr: outlived`, which nothing declares. */
static void report_region_error(const RegionGraph *g, int fr, int outlived) {
    int n;
    int *path = constraint_path(g, g->universal[fr], is_var, &g->universal[outlived], &n);
    const Outlives *blame = path ? best_blame(g, path, n, is_static(g, outlived)) : NULL;
    Span span = blame ? blame->span : g->body->span;
    if (report_explicit_lifetime_required(g, fr, outlived, span)) return;
    bool escapes = blame && is_static(g, outlived) &&
                   (blame->category == CAT_CALL_ARGUMENT ||
                    (blame->category == CAT_ASSIGNMENT && is_closure_body(g->body)));
    if (escapes && (param_with_region(g, fr) >= 0 || param_with_region(g, outlived) >= 0))
        report_escaping_data(g, fr, outlived, blame);
    else
        report_general(g, fr, outlived, blame, span);
}

void regions_check_universal(const RegionCx *cx) {
    const RegionGraph *g = regions_graph(cx);
    int n = g->nuniversal, st = n - 1;
    for (int a = 0; a < st; a++) {
        /* 'static first, as rustc numbers it, then the parameters in order */
        for (int k = 0; k < n; k++) {
            int b = k == 0 ? st : k - 1;
            if (b == a || g->known[a * n + b] || !regions_reach_end(cx, g->universal[a], b))
                continue;
            report_region_error(g, a, b);
            break;                              /* one report per region, as rustc's */
        }
    }
}

/* ── loans that must outlive the body ── */

typedef struct ReturnVars {
    const RegionGraph *g;
    bool *in_return;                            /* per variable: a region of `_0`'s type */
} ReturnVars;

static Region note_return_var(void *ctx, Region r) {
    ReturnVars *rv = ctx;
    if (r.kind == REGION_VAR && r.index < rv->g->nvars) rv->in_return[r.index] = true;
    return r;
}

static bool is_universal_or_returned(const RegionGraph *g, int var, const void *arg) {
    const bool *in_return = arg;
    for (int u = 0; u < g->nuniversal; u++)
        if (g->universal[u] == var) return true;
    return in_return[var];
}

/* Why a loan's region must outlive the body: the constraint to blame on the path from it
 * to a universal region or a region of the returned value, and the region it must be
 * valid for (rustc's explain_why_borrow_contains_point, MustBeValidFor). */
typedef struct MustOutlive {
    const Outlives *blame;                      /* NULL: the region stays in the body */
    int universal;                              /* the universal region reached, or -1 */
    const char *region;                         /* its name: "'static", "'a", "'1" */
} MustOutlive;

static MustOutlive must_outlive(const RegionCx *cx, int region) {
    const RegionGraph *g = regions_graph(cx);
    MustOutlive m = {NULL, -1, "'static"};
    if (region < 0 || region >= g->nvars) return m;
    ReturnVars rv = {g, scratch_alloc(sizeof(bool) * (size_t)(g->nvars + 1))};
    const Local *ret = &g->body->locals[0];
    ty_map_regions(ret->renumbered_ty ? ret->renumbered_ty : ret->ty, note_return_var, &rv);
    int n;
    int *path = constraint_path(g, region, is_universal_or_returned, rv.in_return, &n);
    if (!path || !n) return m;
    m.blame = best_blame(g, path, n, false);
    for (int u = 0; u < g->nuniversal; u++)
        if (regions_reach_end(cx, region, u)) {
            m.universal = u;
            m.region = region_name(g, u, NULL);
            break;
        }
    return m;
}

/* The closure a loan is a capture of: the closure aggregate its reference is moved into
 * right after the borrow (rustc's borrow_spans().for_closure()), or NULL. */
static Def *capturing_closure(const RegionCx *cx, const Loan *loan) {
    Body *body = regions_graph(cx)->body;
    if (loan->assigned_local < 0 || loan->reserve.block < 0) return NULL;
    const Block *bb = &body->blocks[loan->reserve.block];
    for (int s = loan->reserve.stmt + 1; s < bb->nstmts; s++) {
        const Stmt *st = &bb->stmts[s];
        if (st->kind != ST_ASSIGN || st->rv.kind != RV_AGGREGATE) continue;
        for (int i = 0; i < st->rv.nelems; i++) {
            const Operand *op = &st->rv.elems[i];
            if (op->kind == OP_CONST || op->place.local != loan->assigned_local) continue;
            Type *t = st->place.nproj ? NULL
                      : body->locals[st->place.local].ty;
            if (!t || t->kind != TY_CLOSURE || !t->def || !t->def->node) return NULL;
            return t->def->node->kind == N_CLOSURE ? t->def : NULL;
        }
    }
    return NULL;
}

typedef struct FindUse {
    Sym name;
    Span found;
    bool hit;
} FindUse;

static void find_path_use(Node *n, const char *role, void *ctx) {
    (void)role;
    FindUse *f = ctx;
    if (!n || f->hit) return;
    if (n->kind == N_PATH && n->u.path.binding && n->u.path.nsegs == 1 &&
        n->u.path.segs[0] == f->name) {
        f->found = n->span;
        f->hit = true;
        return;
    }
    ast_visit_children(n, find_path_use, f);
}

/* Where the closure uses the captured variable (rustc's var_span), or the closure. */
static Span capture_use_span(const Def *closure, Sym name) {
    FindUse f = {name, closure->node->span, false};
    find_path_use(closure->node->u.closure.body, NULL, &f);
    return f.found;
}

/* The closure's parameter list with its bars, `|x|` (rustc's args_span). */
static Span closure_args_span(const Def *closure) {
    Span sp = closure->node->span;
    size_t len;
    const char *text = span_text(sp, &len);
    size_t i = 0;
    while (i < len && text[i] != '|') i++;
    size_t j = i + 1;
    while (j < len && text[j] != '|') j++;
    if (j >= len) return sp;
    return (Span){sp.file, sp.lo + (uint32_t)i, sp.lo + (uint32_t)j + 1};
}

bool regions_capture_through_shared_ref(const RegionCx *cx, const Loan *loan) {
    Body *body = regions_graph(cx)->body;
    int root = loan->place.local;
    if (root < 0 || loan->place.nproj || !capturing_closure(cx, loan)) return false;
    Type *t = body->locals[root].ty;
    return t->kind == TY_REF && !t->is_mut;
}

bool regions_report_escaping_capture(const RegionCx *cx, const Loan *loan) {
    Body *body = regions_graph(cx)->body;
    Def *closure = capturing_closure(cx, loan);
    int root = loan->place.local;
    if (!closure || root < 0 || !body->locals[root].name) return false;
    MustOutlive m = must_outlive(cx, loan->region);
    if (!m.blame || (m.blame->category != CAT_RETURN && m.blame->category != CAT_OPAQUE &&
                     m.blame->category != CAT_CALL_ARGUMENT))
        return false;
    const char *name = sym_str(body->locals[root].name);
    Span args = closure_args_span(closure);
    Diag *d = diag_error("E0373", args, "closure may outlive the current function, but it "
                         "borrows `%s`, which is owned by the current function", name);
    diag_label(d, "may outlive borrowed value `%s`", name);
    diag_secondary(d, capture_use_span(closure, body->locals[root].name), "`%s` is borrowed here",
                   name);
    if (m.blame->category == CAT_CALL_ARGUMENT)
        diag_note_at(d, m.blame->span, "function requires argument type to outlive `%s`",
                     m.region);
    else
        diag_note_at(d, m.blame->span, "closure is returned here");
    diag_help(d, "to force the closure to take ownership of `%s` (and any other referenced "
                 "variables), use the `move` keyword", name);
    diag_emit(d);
    return true;
}

bool regions_returned_by_return(const RegionCx *cx, const Loan *loan) {
    MustOutlive m = must_outlive(cx, loan->region);
    return !m.blame || m.blame->category == CAT_RETURN || m.blame->category == CAT_BORING ||
           m.blame->category == CAT_SIGNATURE;
}

void regions_label_must_outlive(const RegionCx *cx, const Loan *loan, Diag *d,
                                const char *name) {
    Def *closure = capturing_closure(cx, loan);
    MustOutlive m = must_outlive(cx, loan->region);
    if (closure) diag_secondary(d, closure->node->span, "value captured here");
    if (m.blame && *category_description(m.blame->category))
        diag_secondary(d, m.blame->span, "%srequires that %s is borrowed for `%s`",
                       category_description(m.blame->category), name, m.region);
}

Span regions_borrow_span(const RegionCx *cx, const Loan *loan) {
    Def *closure = capturing_closure(cx, loan);
    Body *body = regions_graph(cx)->body;
    int root = loan->place.local;
    if (closure && root >= 0 && body->locals[root].name)
        return capture_use_span(closure, body->locals[root].name);
    return loan->span;
}

/* The type with a destructor a place's loan is inside: the outermost ADT with a user
 * `Drop` impl whose field the place goes through (rustc's classify_drop_access_kind), or
 * NULL. */
static Type *destructor_around(const Body *body, const Place *p) {
    Type *t = p->local >= 0 ? body->locals[p->local].ty : NULL;
    for (int i = 0; t && i < p->nproj; i++) {
        if (p->proj[i].kind == PROJ_FIELD && t->kind == TY_ADT && ty_drop_impl(t, NULL) &&
            !t->adt->is_prelude)
            return t;
        t = p->proj[i].ty;
    }
    return NULL;
}

bool regions_report_drop_conflict(const RegionCx *cx, const Loan *loan, const Place *dropped,
                                  Span drop_span, const char *(*name)(Body *, const Place *)) {
    const RegionGraph *g = regions_graph(cx);
    Type *dtor = destructor_around(g->body, &loan->place);
    if (!dtor || dropped->nproj || loan->place.local != dropped->local || !loan->place.nproj)
        return false;
    const char *borrowed = name(g->body, &loan->place);
    const char *owner = name(g->body, dropped);
    if (!borrowed || !owner) return false;
    Diag *d = diag_error("E0713", regions_borrow_span(cx, loan),
                         "borrow may still be in use when destructor runs");
    MustOutlive m = must_outlive(cx, loan->region);
    if (m.blame) {
        const char *region = m.universal >= 0 ? region_name(g, m.universal, d) : m.region;
        const char *why = category_description(m.blame->category);
        if (m.blame->span.lo == loan->span.lo && m.blame->span.hi == loan->span.hi)
            diag_label(d, "%srequires that `%s` is borrowed for `%s`", why, borrowed, region);
        else
            diag_secondary(d, m.blame->span, "%srequires that `%s` is borrowed for `%s`", why,
                           borrowed, region);
    }
    const char *ty = ty_str_of(ty_erase_regions(dtor));
    if (dtor->adt->nlifetimes && !strchr(ty, '<')) ty = arena_printf("%s<'_>", ty);
    diag_secondary(d, drop_span, "here, drop of `%s` needs exclusive access to `%s`, because "
                   "the type `%s` implements the `Drop` trait", owner, borrowed, ty);
    diag_emit(d);
    return true;
}
