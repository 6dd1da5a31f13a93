/* matches.c — patterns, match, if let and let.
 *
 * Takes: a Lower, a pattern and the place it matches.
 * Gives: the tests of a refutable pattern (branching to a fail block), the bindings of
 * its variables (moves, copies or borrows of the place's parts), match arms with guards,
 * and `let` statements. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static bool pattern_binds(Node *pat);

/* ── patterns, statements, blocks ── */

/* A later alternative of an or-pattern binds the same local again, on a path of its own. */
static int rebind(Lower *lw, Binding *b) {
    int local = binding_local(lw, b);
    storage(lw, ST_STORAGE_LIVE, local, b->span);
    return local;
}

static int declare_binding(Lower *lw, Binding *b) {
    if (lw->rebinding) return rebind(lw, b);
    int local = new_local(lw, b->ty, b->name, b->span, b->is_mut, true);
    set_binding_local(lw, b, local);
    storage(lw, ST_STORAGE_LIVE, local, b->span);
    ptrvec_push(&lw->scope_locals, scope_entry(local, ENTRY_VAR));
    return local;
}

/* What a match guard sees of a by-value binding: a shared reference to the scrutinee's
 * part (rustc binds it so in a guard: nothing is moved or copied before the guard holds),
 * which the guard reads through (binding_place); a variable of the arm's attempt, so a
 * failed guard ends its storage. */
static int guard_view(Lower *lw, Binding *b) {
    if (lw->rebinding) return rebind(lw, b);
    int view = new_local(lw, ty_ref(b->ty, false), 0, b->span, false, false);
    set_binding_local(lw, b, view);
    storage(lw, ST_STORAGE_LIVE, view, b->span);
    ptrvec_push(&lw->scope_locals, scope_entry(view, ENTRY_VAR));
    ptrvec_push(&lw->guard_views, b);
    return view;
}

/* The place a (sub)pattern matches: through the references its type-checking saw past
 * (default binding modes), then into the variant it names. */
static Place pattern_place(Place src, Type *src_ty, Node *pat, Type **out_ty) {
    Type *t = src_ty;
    while (t->kind == TY_REF && pat->ty != t && pat->kind != P_IDENT && pat->kind != P_WILD &&
           pat->kind != P_REF) {
        src = project_deref(src, t->elem);
        t = t->elem;
    }
    *out_ty = t;
    return src;
}

static Def *pattern_def(Node *pat) {
    Node *path = pat->kind == P_PATH ? pat->u.unary.operand : pat->u.pat_struct.path;
    return path->u.path.def;
}

/* Fields of an ADT (or variant) as a downcast place and their types. */
static Place variant_field(Place p, Type *adt_ty, Def *d, int i, Type **fty) {
    AdtDef *a = adt_ty->adt;
    if (d->kind == DEF_VARIANT) {
        *fty = ty_field(adt_ty, &a->variants[d->variant].fields[i]);
        Place dc = project_field(p, d->variant, adt_ty);
        dc.proj[dc.nproj - 1].kind = PROJ_DOWNCAST;
        return project_field(dc, i, *fty);
    }
    *fty = ty_field(adt_ty, &a->fields[i]);
    return project_field(p, i, *fty);
}

/* The element sub-pattern i of a list with an optional `..` matches (the patterns after
 * `..` match the last elements); -1 for the `..` itself. */
static int rest_index(NodeList *el, int i, int nelems) {
    int k = 0;
    for (int j = 0; j < el->len; j++) {
        if (((Node *)el->items[j])->kind == P_REST) {
            if (j == i) return -1;
            k = nelems - (el->len - 1 - j);
            continue;
        }
        if (j == i) return k;
        k++;
    }
    return -1;
}

static bool is_slice_rest(Node *s) {
    return s->kind == P_REST ||
        (s->kind == P_IDENT && s->u.pat_ident.subpat && s->u.pat_ident.subpat->kind == P_REST);
}

/* The position of a slice pattern's `..` (or `rest @ ..`), or -1. */
static int slice_rest_position(NodeList *el) {
    for (int k = 0; k < el->len; k++)
        if (is_slice_rest(el->items[k])) return k;
    return -1;
}

/* The place of element i of a slice pattern over src (array or slice of type t): rustc's
 * constant index, counted from the start for the elements before `..` and from the end
 * for those after it, with the length the pattern tests, so the borrow checker tells the
 * elements apart. An array's length is known: its element is a field, a move path of its
 * own, so a pattern may move some elements out and leave the rest to be dropped. */
static Place slice_elem_place(Node *pat, Place src, Type *t, int i) {
    NodeList *el = &pat->u.list.elems;
    int rest = slice_rest_position(el);
    bool from_end = rest >= 0 && i > rest;
    if (t->kind == TY_ARRAY)
        return project_field(src, from_end ? (int)t->len - (el->len - i) : i, t->elem);
    Place p = project_field(src, 0, t->elem);
    p.proj[p.nproj - 1] = (Proj){.kind = PROJ_CONST_INDEX,
                                 .offset = from_end ? el->len - i : i,
                                 .min_length = rest >= 0 ? el->len - 1 : el->len,
                                 .from_end = from_end,
                                 .ty = t->elem};
    return p;
}

/* The place `rest @ ..` binds in a slice pattern over src (array or slice of type t), of
 * type *rest_ty: rustc's subslice, the elements between the pattern's prefix and suffix
 * (a slice, or an array of the known count). */
static Place slice_rest_place(Node *pat, Place src, Type *t, Type **rest_ty) {
    NodeList *el = &pat->u.list.elems;
    int from = slice_rest_position(el), suffix = el->len - 1 - from;
    bool from_end = t->kind == TY_SLICE;
    int to = from_end ? suffix : (int)t->len - suffix;
    *rest_ty = from_end ? t : ty_array(t->elem, (uint64_t)(to - from));
    Place p = project_field(src, 0, *rest_ty);
    p.proj[p.nproj - 1] =
        (Proj){.kind = PROJ_SUBSLICE, .from = from, .to = to, .from_end = from_end, .ty = *rest_ty};
    return p;
}

/* The sub-patterns of a struct or tuple-struct pattern with the field places they match. */
typedef struct SubPatterns {
    Node **pats;
    Place *places;
    Type **types;
    int n;
} SubPatterns;

static SubPatterns adt_subpatterns(Node *pat, Def *d, Place src, Type *t) {
    int count = pat->u.pat_struct.elems.len;
    SubPatterns sp = {arena_alloc(sizeof(Node *) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Place) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Type *) * (size_t)(count + 1)), 0};
    int nf = d->kind == DEF_VARIANT ? t->adt->variants[d->variant].nfields : t->adt->nfields;
    for (int i = 0; i < count; i++) {
        Node *sub = pat->u.pat_struct.elems.items[i];
        int k = pat->kind == P_STRUCT ? sub->u.field_init.index
                                      : rest_index(&pat->u.pat_struct.elems, i, nf);
        if (pat->kind == P_STRUCT) sub = sub->u.field_init.expr;
        if (k < 0 || sub->kind == P_REST) continue;
        sp.pats[sp.n] = sub;
        sp.places[sp.n] = variant_field(src, t, d, k, &sp.types[sp.n]);
        sp.n++;
    }
    return sp;
}

static SubPatterns tuple_subpatterns(Node *pat, Place src, Type *t) {
    int count = pat->u.list.elems.len;
    SubPatterns sp = {arena_alloc(sizeof(Node *) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Place) * (size_t)(count + 1)),
                      arena_alloc(sizeof(Type *) * (size_t)(count + 1)), 0};
    for (int i = 0; i < count; i++) {
        Node *sub = pat->u.list.elems.items[i];
        int k = rest_index(&pat->u.list.elems, i, t->kind == TY_TUPLE ? t->nelems : 0);
        if (k < 0) continue;
        Type *ft = t->kind == TY_TUPLE && k < t->nelems ? t->elems[k] : sub->ty;
        sp.pats[sp.n] = sub;
        sp.places[sp.n] = project_field(src, k, ft);
        sp.types[sp.n++] = ft;
    }
    return sp;
}

/* Binds the variables of an irrefutable pattern to the parts of src. */
void bind_pattern(Lower *lw, Node *pat, Place src, Span span) {
    bind_pattern_typed(lw, pat, src, pat->ty, span);
}

/* Binds pat's variables from src, the place of the expression `matched`: a binding that
 * moves out of it where no move is allowed is reported at that expression, as rustc does. */
void bind_matched(Lower *lw, Node *pat, Place src, Node *matched, Span span) {
    Span saved = lw->matched;
    lw->matched = matched->span;
    bind_pattern_typed(lw, pat, src, matched->ty, span);
    lw->matched = saved;
}

/* What a by-value binding of place src takes: its value; for `rest @ ..` of an array
 * whose elements move, an array of the elements moved one by one, so that the move paths
 * and drops of the elements left behind stay exact. */
static Rvalue binding_value(Place src, Type *ty) {
    const Proj *last = src.nproj ? &src.proj[src.nproj - 1] : NULL;
    if (!last || last->kind != PROJ_SUBSLICE || last->from_end || ty_is_copy(ty))
        return rv_use(use_place(src, ty), ty);
    Place array = {.local = src.local, .nproj = src.nproj - 1, .proj = src.proj};
    Rvalue rest = {.kind = RV_AGGREGATE, .ty = ty, .nelems = (int)ty->len};
    rest.elems = arena_alloc(sizeof(Operand) * (ty->len + 1));
    for (int k = 0; k < rest.nelems; k++)
        rest.elems[k] = use_place(project_field(array, last->from + k, ty->elem), ty->elem);
    return rest;
}

/* Binds the variables of a pattern that is known to match src. */
void bind_pattern_typed(Lower *lw, Node *pat, Place src, Type *src_ty, Span span) {
    Type *t;
    src = pattern_place(src, src_ty, pat, &t);
    switch (pat->kind) {
    case P_IDENT: {
        Binding *b = pat->u.pat_ident.binding;
        if (pat->u.pat_ident.subpat) bind_pattern_typed(lw, pat->u.pat_ident.subpat, src, t, span);
        bool viewed = lw->guard_reads && !b->by_ref;
        int local = viewed ? guard_view(lw, b) : declare_binding(lw, b);
        if (viewed) {
            assign(lw, local_place(local), rv_ref(lw, ty_ref(b->ty, false), src, BORROW_SHARED),
                   pat->span);
        } else if (b->by_ref) {
            Rvalue rv = rv_ref(lw, b->ty, src, b->ref_mut ? BORROW_MUT : BORROW_SHARED);
            assign(lw, local_place(local), rv, span);
        } else {
            *push_stmt(lw, ST_ASSIGN, pat->span) = (Stmt){.kind = ST_ASSIGN,
                                                          .span = pat->span,
                                                          .place = local_place(local),
                                                          .rv = binding_value(src, b->ty),
                                                          .origin = lw->matched};
        }
        break;
    }
    case P_TUPLE: {
        SubPatterns sp = tuple_subpatterns(pat, src, t);
        for (int i = 0; i < sp.n; i++)
            bind_pattern_typed(lw, sp.pats[i], sp.places[i], sp.types[i], span);
        break;
    }
    case P_REF:
        bind_pattern_typed(lw, pat->u.unary.operand, project_deref(src, t->elem), t->elem, span);
        break;
    case P_SLICE:
        for (int i = 0; i < pat->u.list.elems.len; i++) {
            Node *sub = pat->u.list.elems.items[i];
            if (sub->kind == P_REST) continue;
            if (is_slice_rest(sub)) {
                Type *rest_ty;
                Place rest = slice_rest_place(pat, src, t, &rest_ty);
                bind_pattern_typed(lw, sub, rest, rest_ty, span);
                continue;
            }
            bind_pattern_typed(lw, sub, slice_elem_place(pat, src, t, i), t->elem, span);
        }
        break;
    case P_OR: {
        /* every alternative binds the same variables, each at its own places: bind from the
         * first alternative that matches (the whole pattern is known to) */
        NodeList *alts = &pat->u.list.elems;
        if (!pattern_binds(pat)) break;
        int join = new_block(lw);
        bool saved = lw->rebinding;
        for (int i = 0; i < alts->len; i++) {
            int next = i + 1 < alts->len ? new_block(lw) : join;
            if (i + 1 < alts->len) test_pattern(lw, alts->items[i], src, t, next, span);
            bind_pattern_typed(lw, alts->items[i], src, t, span);
            lw->rebinding = true;
            goto_block(lw, join, span, next);
        }
        lw->rebinding = saved;
        break;
    }
    case P_TUPLE_STRUCT: case P_STRUCT: {
        Def *d = pattern_def(pat);
        if (!d || t->kind != TY_ADT) break;
        SubPatterns sp = adt_subpatterns(pat, d, src, t);
        for (int i = 0; i < sp.n; i++)
            bind_pattern_typed(lw, sp.pats[i], sp.places[i], sp.types[i], span);
        break;
    }
    default:
        break;
    }
}

static void find_binding(Node *n, const char *role, void *ctx) {
    (void)role;
    if (n->kind == P_IDENT) *(bool *)ctx = true;
    else ast_visit_children(n, find_binding, ctx);
}

/* Whether a pattern binds any variable. */
static bool pattern_binds(Node *pat) {
    bool found = false;
    find_binding(pat, NULL, &found);
    return found;
}

/* ── pattern tests ── */

/* CFG: switch(cond) → [false: fail | true: next] */
void branch_if_false(Lower *lw, Operand cond, int fail, Span span) {
    int ok = new_block(lw);
    branch_on_bool(lw, cond, fail, ok, ok, span);
}

Operand discriminant_of(Lower *lw, Place p, Span span) {
    Place d = temp(lw, ty_int(IK_ISIZE), span);
    assign(lw, d, (Rvalue){.kind = RV_DISCRIMINANT, .ty = ty_int(IK_ISIZE), .place = p}, span);
    return (Operand){.kind = OP_MOVE, .place = d};
}

/* Emits the tests of pat against src: falls through when it matches, jumps to fail when
 * it does not.
 * CFG: per sub-pattern: test → [match: next test | no match: fail] */
void test_pattern(Lower *lw, Node *pat, Place src, Type *src_ty, int fail, Span span) {
    Type *t;
    src = pattern_place(src, src_ty, pat, &t);
    switch (pat->kind) {
    case P_IDENT:
        if (pat->u.pat_ident.subpat) test_pattern(lw, pat->u.pat_ident.subpat, src, t, fail, span);
        break;
    case P_LIT: {
        if (t->kind == TY_REF && t->elem->kind == TY_STR) {
            Place lit = temp(lw, t, span);
            lower_into(lw, lit, pat->u.unary.operand);
            branch_if_false(lw, equal_values(lw, t, src, lit, span), fail, span);
            break;
        }
        Operand lit = as_operand(lw, pat->u.unary.operand);
        branch_if_false(lw, compare(lw, BIN_EQ, use_place(src, t), lit, span), fail, span);
        break;
    }
    case P_RANGE: {
        if (pat->u.range.lo) {
            Operand lo = as_operand(lw, pat->u.range.lo);
            branch_if_false(lw, compare(lw, BIN_GE, use_place(src, t), lo, span), fail, span);
        }
        if (pat->u.range.hi) {
            Operand hi = as_operand(lw, pat->u.range.hi);
            branch_if_false(
                lw,
                compare(lw, pat->u.range.inclusive ? BIN_LE : BIN_LT, use_place(src, t), hi, span),
                fail, span);
        }
        break;
    }
    case P_TUPLE: {
        SubPatterns sp = tuple_subpatterns(pat, src, t);
        for (int i = 0; i < sp.n; i++)
            test_pattern(lw, sp.pats[i], sp.places[i], sp.types[i], fail, span);
        break;
    }
    case P_REF:
        test_pattern(lw, pat->u.unary.operand, project_deref(src, t->elem), t->elem, fail, span);
        break;
    case P_SLICE: {
        int n = pat->u.list.elems.len, rest = 0;
        for (int i = 0; i < n; i++) rest |= is_slice_rest(pat->u.list.elems.items[i]);
        if (t->kind == TY_SLICE) {
            Operand len = seq_len(lw, src, t, span);
            Operand want = const_int(ty_int(IK_USIZE), (uint64_t)(rest ? n - 1 : n));
            branch_if_false(lw, compare(lw, rest ? BIN_GE : BIN_EQ, len, want, span), fail, span);
        }
        for (int i = 0; i < n; i++) {
            Node *sub = pat->u.list.elems.items[i];
            if (is_slice_rest(sub)) continue;
            test_pattern(lw, sub, slice_elem_place(pat, src, t, i), t->elem, fail, span);
        }
        break;
    }
    case P_OR: {
        /* try each alternative; the first that matches continues at `matched` */
        int matched = new_block(lw);
        int n = pat->u.list.elems.len;
        for (int i = 0; i < n; i++) {
            int next = i == n - 1 ? fail : new_block(lw);
            test_pattern(lw, pat->u.list.elems.items[i], src, t, next, span);
            goto_block(lw, matched, span, next);
        }
        lw->cur = matched;
        break;
    }
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT: {
        Def *d = pattern_def(pat);
        if (!d) break;
        if (d->kind == DEF_CONST) {
            Operand c = as_operand(lw, pat->u.unary.operand);
            branch_if_false(lw, compare(lw, BIN_EQ, use_place(src, t), c, span), fail, span);
            break;
        }
        if (d->kind == DEF_VARIANT && t->adt->nvariants > 1) {
            Operand disc = discriminant_of(lw, src, span);
            Operand want = const_int(ty_int(IK_ISIZE), t->adt->variants[d->variant].discr);
            branch_if_false(lw, compare(lw, BIN_EQ, disc, want, span), fail, span);
        }
        if (pat->kind == P_PATH) break;
        SubPatterns sp = adt_subpatterns(pat, d, src, t);
        for (int i = 0; i < sp.n; i++)
            test_pattern(lw, sp.pats[i], sp.places[i], sp.types[i], fail, span);
        break;
    }
    default:
        break;
    }
}

/* ── what the guards may not change ── */

/* The places a match's guards must leave as the arms tested them (rustc's
 * collect_fake_borrows): every place a pattern tests (a discriminant, a constant, a
 * range, a slice's length), each with a fake shallow borrow, and every dereference on the
 * way to a tested or bound place, so that the guard may not redirect the reference either.
 * A place only bound, or matched by `_`, is not fixed: `_ if { x = 1; false }` is fine. */
typedef struct FakeBorrows {
    Place *places;
    int n, cap;
} FakeBorrows;

static bool same_place(const Place *a, const Place *b) {
    if (a->local != b->local || a->nproj != b->nproj) return false;
    for (int i = 0; i < a->nproj; i++) {
        const Proj *x = &a->proj[i], *y = &b->proj[i];
        if (x->kind != y->kind || x->field != y->field || x->index_local != y->index_local)
            return false;
    }
    return true;
}

static void fake_borrow_place(FakeBorrows *fb, Place p) {
    for (int i = 0; i < fb->n; i++)
        if (same_place(&fb->places[i], &p)) return;
    if (fb->n == fb->cap) {
        fb->cap = fb->cap ? 2 * fb->cap : 8;
        Place *grown = arena_alloc(sizeof(Place) * (size_t)fb->cap);
        if (fb->n) memcpy(grown, fb->places, sizeof(Place) * (size_t)fb->n);
        fb->places = grown;
    }
    fb->places[fb->n++] = p;
}

/* The places p is reached through by dereferencing: `r` of `*r`, `a.r` of `(*a.r).x`. */
static void fake_borrow_deref_prefixes(FakeBorrows *fb, Place p) {
    for (int i = p.nproj - 1; i >= 0; i--)
        if (p.proj[i].kind == PROJ_DEREF) fake_borrow_place(fb, (Place){p.local, i, p.proj});
}

static void fake_borrow_tested(FakeBorrows *fb, Place p) {
    fake_borrow_place(fb, p);
    fake_borrow_deref_prefixes(fb, p);
}

/* The places pat, matched against src, tests or binds (test_pattern's walk, without its
 * code). A slice's elements sit at index locals its test computes on its own path, so
 * of a slice only the length's place is kept. */
static void collect_fake_borrows(Lower *lw, Node *pat, Place src, Type *src_ty,
                                 FakeBorrows *fb) {
    Type *t;
    src = pattern_place(src, src_ty, pat, &t);
    switch (pat->kind) {
    case P_IDENT:
        fake_borrow_deref_prefixes(fb, src);
        if (pat->u.pat_ident.subpat) collect_fake_borrows(lw, pat->u.pat_ident.subpat, src, t, fb);
        break;
    case P_LIT: case P_RANGE:
        fake_borrow_tested(fb, src);
        break;
    case P_TUPLE: {
        SubPatterns sp = tuple_subpatterns(pat, src, t);
        for (int i = 0; i < sp.n; i++)
            collect_fake_borrows(lw, sp.pats[i], sp.places[i], sp.types[i], fb);
        break;
    }
    case P_REF:
        collect_fake_borrows(lw, pat->u.unary.operand, project_deref(src, t->elem), t->elem, fb);
        break;
    case P_SLICE:
        if (t->kind == TY_SLICE) {
            fake_borrow_tested(fb, src);
            break;
        }
        for (int i = 0; i < pat->u.list.elems.len; i++) {
            Node *sub = pat->u.list.elems.items[i];
            if (is_slice_rest(sub)) continue;
            Place elem = slice_elem_place(pat, src, t, i);
            collect_fake_borrows(lw, sub, elem, t->elem, fb);
        }
        break;
    case P_OR:
        for (int i = 0; i < pat->u.list.elems.len; i++)
            collect_fake_borrows(lw, pat->u.list.elems.items[i], src, t, fb);
        break;
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT: {
        Def *d = pattern_def(pat);
        if (!d) break;
        if (d->kind == DEF_CONST || (d->kind == DEF_VARIANT && t->adt->nvariants > 1))
            fake_borrow_tested(fb, src);
        if (pat->kind == P_PATH || d->kind == DEF_CONST || t->kind != TY_ADT) break;
        SubPatterns sp = adt_subpatterns(pat, d, src, t);
        for (int i = 0; i < sp.n; i++)
            collect_fake_borrows(lw, sp.pats[i], sp.places[i], sp.types[i], fb);
        break;
    }
    default:
        break;
    }
}

/* The fake borrows of a match whose arms have a guard (none otherwise). */
static FakeBorrows match_fake_borrows(Lower *lw, Node *match, Place sp) {
    FakeBorrows fb = {0};
    NodeList *arms = &match->u.match.arms;
    bool guarded = false;
    for (int i = 0; i < arms->len; i++) guarded |= ((Node *)arms->items[i])->u.arm.guard != NULL;
    if (!guarded) return fb;
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        collect_fake_borrows(lw, arm->u.arm.pat, sp, match->u.match.scrutinee->ty, &fb);
    }
    return fb;
}

/* The variables a guard saw, read (FakeRead ForGuardBinding) once it holds. */
typedef struct GuardBindings {
    Lower *lw;
    Span span;
} GuardBindings;

static void read_guard_bindings(Node *n, const char *role, void *ctx) {
    (void)role;
    GuardBindings *g = ctx;
    if (n->kind == P_IDENT && n->u.pat_ident.binding)
        fake_read(g->lw, FAKE_FOR_GUARD_BINDING,
                  local_place(binding_local(g->lw, n->u.pat_ident.binding)), g->span);
    ast_visit_children(n, read_guard_bindings, ctx);
}

/* A guard sees the arm's bindings before the arm is chosen: for it the by-value ones
 * are shared references to the scrutinee's parts (rustc binds them so in a guard, so
 * assigning what a binding points into is E0506), and only once it holds are the arm's
 * variables bound, moving or copying. Then the match's fake borrows, so that the guard
 * may not change what the arms tested (E0510). A failed guard leaves the scrutinee whole.
 * The guard is a terminating scope (rustc's): its temporaries die as soon as it is decided,
 * and a failed guard ends the storage of everything the attempt made before the next arm.
 * CFG: guard bindings, fake borrows → guard → its temps' drops →
 *      [true: fake reads, bind, move → body | false: StorageDeads → next] */
static void bind_guarded_arm(Lower *lw, Node *arm, Place sp, Node *scrut, int next,
                             const FakeBorrows *fb) {
    int mark = lw->scope_locals.len;
    lw->guard_reads = true;
    bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
    lw->guard_reads = false;
    Place *fakes = arena_alloc(sizeof(Place) * (size_t)(fb->n + 1));
    for (int i = 0; i < fb->n; i++) {
        Type *ref = ty_ref(ir_place_type(lw->body, fb->places[i]), false);
        fakes[i] = temp(lw, ref, arm->span);
        assign(lw, fakes[i], rv_ref(lw, ref, fb->places[i], BORROW_SHALLOW),
               scrut->span);                    /* E0510 names the scrutinee */
    }
    Node *guard = arm->u.arm.guard;
    int temps = lw->scope_locals.len;
    Operand holds = as_operand(lw, guard);
    close_temps_keeping(lw, temps, guard->span, operand_local(holds));
    int failed = new_block(lw);
    branch_if_false(lw, holds, failed, guard->span);
    int passed = lw->cur;
    lw->cur = failed;
    drop_scopes_above(lw, mark, guard->span);
    goto_block(lw, next, guard->span, passed);
    for (int i = 0; i < fb->n; i++) fake_read(lw, FAKE_FOR_MATCH_GUARD, fakes[i], arm->span);
    GuardBindings seen = {lw, arm->span};
    read_guard_bindings(arm->u.arm.pat, NULL, &seen);
    lw->guard_views.len = 0;
    bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
}

/* The place a `match`, `if let` or `while let` tests: scrut's, read (FakeRead
 * ForMatchedPlace) before any arm is tried. */
Place scrutinee_place(Lower *lw, Node *scrut) {
    Place sp = value_place(lw, scrut);
    fake_read(lw, FAKE_FOR_MATCHED_PLACE, sp, scrut->span);
    return sp;
}

/* `match`: each arm tests its pattern (then its guard) in order; the first that passes
 * binds its variables and runs its body into dest.
 * CFG: scrutinee → arm 1 test → [guard → body → join | next arm test] … → join */
void lower_match_into(Lower *lw, Place dest, Node *e) {
    Node *scrut = e->u.match.scrutinee;
    NodeList *arms = &e->u.match.arms;
    Place sp = scrutinee_place(lw, scrut);
    FakeBorrows fakes = match_fake_borrows(lw, e, sp);
    int join = new_block(lw);
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        int next = new_block(lw);
        /* the tests read the scrutinee where it is written (rustc's E0503 points there) */
        test_pattern(lw, arm->u.arm.pat, sp, value_ty(lw, scrut), next, scrut->span);
        int mark = lw->scope_locals.len;
        if (arm->u.arm.guard) bind_guarded_arm(lw, arm, sp, scrut, next, &fakes);
        else bind_matched(lw, arm->u.arm.pat, sp, scrut, arm->span);
        lower_into(lw, dest, arm->u.arm.body);
        close_scope(lw, mark, arm->span);
        goto_block(lw, join, arm->span, next);
    }
    /* no arm matched: impossible for an exhaustive match */
    terminate(lw, (Term){.kind = TM_UNREACHABLE, .span = e->span, .target = -1}, join);
}

/* `if let P = e { a } else { b }` is a two-arm match.
 * CFG: test pattern → [bind → then → join | else → join] */
void lower_if_let_into(Lower *lw, Place dest, Node *e) {
    Node *cond = e->u.if_.cond;
    Node *scrut = cond->u.let_cond.expr;
    Place sp = scrutinee_place(lw, scrut);
    int join = new_block(lw), other = new_block(lw);
    test_pattern(lw, cond->u.let_cond.pat, sp, value_ty(lw, scrut), other, scrut->span);
    int mark = lw->scope_locals.len;
    bind_matched(lw, cond->u.let_cond.pat, sp, scrut, cond->span);
    lower_block_into(lw, dest, e->u.if_.then_block);
    close_scope(lw, mark, e->span);
    goto_block(lw, join, e->span, other);
    if (e->u.if_.else_branch) lower_branch_into(lw, dest, e->u.if_.else_branch);
    else assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
    goto_block(lw, join, e->span, join);
}

static void declare_pattern_uninit(Lower *lw, Node *pat) {
    if (pat->kind == P_IDENT) declare_binding(lw, pat->u.pat_ident.binding);
    else if (pat->kind == P_TUPLE)
        for (int i = 0; i < pat->u.list.elems.len; i++)
            declare_pattern_uninit(lw, pat->u.list.elems.items[i]);
}

/* Whether pat is a plain name (`x`, `mut x`): its variable holds the value itself, so a
 * parameter's local or a `let`'s initializer is stored straight into it. (`ref x` and
 * `x @ pat` go through the pattern binder, which borrows or also tests.) */
bool is_plain_binding(Node *pat) {
    return pat->kind == P_IDENT && !pat->u.pat_ident.subpat && !pat->u.pat_ident.binding->by_ref;
}

void lower_let(Lower *lw, Node *s) {
    Node *pat = s->u.let.pat, *init = s->u.let.init;
    if (!init) {
        declare_pattern_uninit(lw, pat);
        return;
    }
    if (s->u.let.else_block) {
        /* let P = e else { diverge }: test, run the else block on mismatch, then bind */
        Place t = temp_holding(lw, init);
        int other = new_block(lw), ok = new_block(lw);
        test_pattern(lw, pat, t, value_ty(lw, init), other, s->span);
        goto_block(lw, ok, s->span, other);
        Place ignored =
            temp(lw, s->u.let.else_block->ty ? s->u.let.else_block->ty : ty_never, s->span);
        lower_block_into(lw, ignored, s->u.let.else_block);
        terminate(lw, (Term){.kind = TM_UNREACHABLE, .span = s->span, .target = -1}, ok);
        bind_matched(lw, pat, t, init, s->span);
        return;
    }
    if (is_plain_binding(pat)) {
        /* evaluate first: `let x = x + 1` reads the outer x */
        Binding *b = pat->u.pat_ident.binding;
        Place t = temp_holding(lw, init);
        int local = declare_binding(lw, b);
        assign(lw, local_place(local), rv_read_as(lw, t, value_ty(lw, init), b->ty), init->span);
        fake_read(lw, FAKE_FOR_LET, local_place(local), s->span);
        return;
    }
    if (pat->kind == P_WILD && is_place_node(lw, init)) {
        /* `let _ = place;` reads nothing; in a closure, a place of an outer variable is not
         * even captured for it (rustc 2021): there is nothing to name */
        Place named;
        if (closure_upvar_place(lw, init, &named) == UPVAR_NOT_CAPTURED) return;
        place_mention(lw, as_place(lw, init), s->span);
        return;
    }
    /* destructuring a place binds into it (so `ref` and `ref mut` bindings, `let ref r = c`
     * too, alias it) */
    Place matched = value_place(lw, init);
    fake_read(lw, FAKE_FOR_LET, matched, s->span);
    bind_matched(lw, pat, matched, init, s->span);
}
