/* pattern.c — patterns: their types and their coverage.
 *
 * Takes: a pattern and the type it is matched against.
 * Gives: types on patterns and bindings with rustc's default binding modes (by-ref
 * through references), E0308/E0026/E0027/E0023 and friends, and after a body the
 * refutability and exhaustiveness diagnostics (E0004, E0005) from exhaustive.c. */
#include "patina.h"
#include "typeck_internal.h"

#include <string.h>

static void check_pattern_inner(Tc *tc, Node *pat, Type *expected);
static void check_adt_pattern(Tc *tc, Node *pat, Type *expected);

/* Patterns that are not references, matched against a reference, see through it and bind
 * by reference (rustc's default binding modes). */
static Type *deref_for_pattern(Tc *tc, Node *pat, Type *expected, int *ref_mode) {
    switch (pat->kind) {
    case P_TUPLE:
    case P_LIT:
    case P_RANGE:
    case P_PATH:
    case P_TUPLE_STRUCT:
    case P_STRUCT:
    case P_SLICE: {
        Type *t = shallow(tc, expected);
        /* a string literal is itself a `&str`: the peeling stops there */
        bool str_lit = pat->kind == P_LIT && pat->u.unary.operand->kind == N_LIT_STR;
        while (t->kind == TY_REF && !(str_lit && shallow(tc, t->elem)->kind == TY_STR)) {
            if (*ref_mode != 1) *ref_mode = t->is_mut ? 2 : 1;
            t = shallow(tc, t->elem);
        }
        return t;
    }
    default:
        return expected;
    }
}

void check_pattern(Tc *tc, Node *pat, Type *expected) {
    int saved_mode = tc->ref_mode;
    expected = deref_for_pattern(tc, pat, expected, &tc->ref_mode);
    check_pattern_inner(tc, pat, expected);
    tc->ref_mode = saved_mode;
}

/* `rest @ ..` in a slice pattern over s with `fixed` other elements: the elements the
 * others leave, an array of them or a slice, which only a reference can hold (E0277). */
static void check_slice_rest_binding(Tc *tc, Node *sub, Type *s, int fixed) {
    Type *rest = s->kind == TY_ARRAY && s->len >= (uint64_t)fixed
        ? ty_array(s->elem, s->len - (uint64_t)fixed)
        : s->kind == TY_SLICE ? ty_slice(s->elem)
                              : ty_error;
    check_pattern(tc, sub, rest);
    Binding *b = sub->u.pat_ident.binding;
    if (rest->kind == TY_SLICE && b && !b->by_ref) {
        Diag *d = diag_error("E0277", sub->span,
                             "the size for values of type `%s` cannot be known at compilation time",
                             ty_str_of(zonk(tc, rest)));
        diag_label(d, "doesn't have a size known at compile-time");
        diag_help(d, "the trait `Sized` is not implemented for `%s`", ty_str_of(zonk(tc, rest)));
        diag_note(d, "all local variables must have a statically known size");
        diag_emit(d);
        b->ty = ty_error;
    }
}

static void check_pattern_inner(Tc *tc, Node *pat, Type *expected) {
    set_ty(tc, pat, expected);
    if (pat->kind == P_IDENT && pat->u.pat_ident.binding && tc->ref_mode &&
        !pat->u.pat_ident.by_ref) {
        Binding *b = pat->u.pat_ident.binding;
        b->by_ref = true;
        b->ref_mut = tc->ref_mode == 2;
    }
    if (pat->kind == P_IDENT && pat->u.pat_ident.binding && pat->u.pat_ident.binding->by_ref) {
        Binding *b = pat->u.pat_ident.binding;
        b->ty = ty_ref(expected, b->ref_mut);
        ptrvec_push(&tc->bindings, b);
        if (pat->u.pat_ident.subpat) check_pattern(tc, pat->u.pat_ident.subpat, expected);
        return;
    }
    switch (pat->kind) {
    case P_IDENT:
        if (pat->u.pat_ident.binding) {
            pat->u.pat_ident.binding->ty = expected;
            ptrvec_push(&tc->bindings, pat->u.pat_ident.binding);
        }
        if (pat->u.pat_ident.subpat) check_pattern(tc, pat->u.pat_ident.subpat, expected);
        break;
    case P_TUPLE: {
        int n = pat->u.list.elems.len;
        int rest = -1;
        for (int i = 0; i < n; i++)
            if (((Node *)pat->u.list.elems.items[i])->kind == P_REST) rest = i;
        if (rest >= 0) {
            /* `(a, .., z)`: the patterns after `..` match the last elements */
            Type *t = shallow(tc, expected);
            if (t->kind != TY_TUPLE || t->nelems < n - 1) {
                if (t->kind != TY_ERROR) {
                    Diag *d = diag_error("E0308", pat->span, "mismatched types");
                    diag_label(d, "expected %s, found tuple", show(tc, expected));
                    diag_emit(d);
                }
                for (int j = 0; j < n; j++) check_pattern(tc, pat->u.list.elems.items[j], ty_error);
                return;
            }
            for (int j = 0; j < n; j++) {
                if (j == rest) continue;
                int k = j < rest ? j : t->nelems - (n - j);
                check_pattern(tc, pat->u.list.elems.items[j], t->elems[k]);
            }
            return;
        }
        Type *t = shallow(tc, expected);
        if (t->kind == TY_INFER && t->infer == INFER_GENERAL) {
            Type **elems = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
            for (int i = 0; i < n; i++) elems[i] = fresh(tc, INFER_GENERAL);
            Type *tup = ty_tuple(elems, n);
            unify(tc, t, tup);
            t = tup;
        }
        if (t->kind != TY_TUPLE || t->nelems != n) {
            if (t->kind != TY_ERROR) {
                Diag *d = diag_error("E0308", pat->span, "mismatched types");
                diag_label(d, "expected %s, found tuple", show(tc, expected));
                diag_emit(d);
            }
            for (int i = 0; i < n; i++) check_pattern(tc, pat->u.list.elems.items[i], ty_error);
            break;
        }
        for (int i = 0; i < n; i++) check_pattern(tc, pat->u.list.elems.items[i], t->elems[i]);
        break;
    }
    case P_LIT: {
        Type *lt = check_expr(tc, pat->u.unary.operand, NULL);
        if (!unify(tc, lt, expected)) mismatch(tc, pat->span, expected, lt);
        break;
    }
    case P_RANGE: {
        Type *lo = pat->u.range.lo ? check_expr(tc, pat->u.range.lo, expected) : NULL;
        Type *hi = pat->u.range.hi ? check_expr(tc, pat->u.range.hi, expected) : NULL;
        (void)lo, (void)hi;
        /* an empty range is an error (E0579 for `a..b` with a >= b, E0030 for `a..=b` with
         * a > b); an integer whose type is not inferred yet compares as an i128 */
        Type *t = shallow(tc, expected);
        if (t->kind == TY_INFER && t->infer == INFER_INT) t = ty_int(IK_I128);
        if (t->kind != TY_INT && t->kind != TY_CHAR) break;
        int order;
        if (!range_pattern_order(pat, t, &order)) break;
        if (!pat->u.range.inclusive && order >= 0) {
            diag_emit(diag_error("E0579", pat->span,
                                 "lower bound for range pattern must be less than upper bound"));
        } else if (pat->u.range.inclusive && order > 0) {
            Diag *d = diag_error(
                "E0030", pat->span,
                "lower bound for range pattern must be less than or equal to upper bound");
            diag_label(d, "lower bound larger than upper bound");
            diag_emit(d);
        }
        break;
    }
    case P_WILD: case P_REST: break;
    case P_SLICE: {
        Type *s = shallow(tc, expected);
        NodeList *el = &pat->u.list.elems;
        int rest = -1;
        for (int i = 0; i < el->len; i++) {
            Node *sub = el->items[i];
            if (sub->kind == P_REST || (sub->kind == P_IDENT && sub->u.pat_ident.subpat &&
                                        sub->u.pat_ident.subpat->kind == P_REST))
                rest = i;
        }
        int fixed = rest >= 0 ? el->len - 1 : el->len;
        if (s->kind == TY_ARRAY &&
            (rest < 0 ? (uint64_t)fixed != s->len : (uint64_t)fixed > s->len)) {
            Diag *d = rest < 0
                          ? diag_error("E0527", pat->span,
                                       "pattern requires %d element%s but array has %llu", fixed,
                                       fixed == 1 ? "" : "s", (unsigned long long)s->len)
                          : diag_error("E0528", pat->span,
                                       "pattern requires at least %d element%s but array has %llu",
                                       fixed, fixed == 1 ? "" : "s", (unsigned long long)s->len);
            diag_label(d, "expected %llu element%s", (unsigned long long)s->len,
                       s->len == 1 ? "" : "s");
            diag_emit(d);
        }
        Type *elem = s->kind == TY_ARRAY || s->kind == TY_SLICE ? s->elem : ty_error;
        if (s->kind != TY_ARRAY && s->kind != TY_SLICE && s->kind != TY_ERROR) {
            Diag *d = diag_error("E0529", pat->span, "expected an array or slice, found `%s`",
                                 ty_str_of(zonk(tc, expected)));
            diag_label(d, "pattern cannot match with input type `%s`",
                       ty_str_of(zonk(tc, expected)));
            diag_emit(d);
        }
        for (int i = 0; i < el->len; i++) {
            Node *sub = el->items[i];
            if (i == rest && sub->kind == P_IDENT) {
                check_slice_rest_binding(tc, sub, s, fixed);
                continue;
            }
            if (i != rest) check_pattern(tc, sub, elem);
        }
        break;
    }
    case P_OR:
        for (int i = 0; i < pat->u.list.elems.len; i++)
            check_pattern(tc, pat->u.list.elems.items[i], expected);
        break;
    case P_REF: {
        Type *t = shallow(tc, expected);
        if (t->kind == TY_REF) {
            /* `&a` matches the reference itself and binds by value again (edition 2021):
             * `|(_, &a)|` over `&(&str, &i32)` gives an i32 */
            tc->ref_mode = 0;
            check_pattern(tc, pat->u.unary.operand, t->elem);
        } else if (t->kind != TY_ERROR) {
            Diag *d = diag_error("E0308", pat->span, "mismatched types");
            diag_label(d, "expected %s, found `&_`", show(tc, expected));
            diag_emit(d);
            check_pattern(tc, pat->u.unary.operand, ty_error);
        }
        break;
    }
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT:
        check_adt_pattern(tc, pat, expected);
        break;
    default:
        break;
    }
}

/* Levenshtein distance, for rustc's "a field with a similar name exists". */
static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    size_t *row = arena_alloc(sizeof(size_t) * (lb + 1));
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Variant patterns: `E::A`, `E::B(x, _)`, `E::C { x, .. }`, `Point { x, y }`, `Pair(a, b)`. */
static void check_adt_pattern(Tc *tc, Node *pat, Type *expected) {
    Node *path = pat->kind == P_PATH ? pat->u.unary.operand : pat->u.pat_struct.path;
    Def *d = path->u.path.def;
    NodeList *elems = pat->kind == P_PATH ? NULL : &pat->u.pat_struct.elems;
    if (d && d->kind == DEF_CONST) {
        Type *ct = d->node->ty ? d->node->ty : ty_error;
        if (!unify(tc, ct, expected)) mismatch(tc, pat->span, expected, ct);
        return;
    }
    if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) {
        for (int i = 0; elems && i < elems->len; i++) {
            Node *el = elems->items[i];
            check_pattern(tc, pat->kind == P_STRUCT ? el->u.field_init.expr : el, ty_error);
        }
        return;
    }
    AdtDef *a = d->adt;
    Type *inst = instantiate(tc, a);
    if (!unify(tc, inst, expected)) mismatch(tc, pat->span, expected, inst);
    AdtShape shape = d->kind == DEF_VARIANT ? a->variants[d->variant].shape : a->shape;
    AdtField *fields = d->kind == DEF_VARIANT ? a->variants[d->variant].fields : a->fields;
    int nfields = d->kind == DEF_VARIANT ? a->variants[d->variant].nfields : a->nfields;
    const char *what = d->kind == DEF_VARIANT
                           ? arena_printf("%s::%s", sym_str(a->name), sym_str(d->name))
                           : sym_str(a->name);
    if (pat->kind == P_TUPLE_STRUCT) {
        int n = elems->len;
        bool rest = false;
        for (int i = 0; i < n; i++) rest |= ((Node *)elems->items[i])->kind == P_REST;
        if (shape != SHAPE_TUPLE || (!rest && n != nfields) || (rest && n - 1 > nfields)) {
            Diag *dg = diag_error(
                "E0023", pat->span,
                "this pattern has %d field%s, but the corresponding tuple %s has %d field%s", n,
                n == 1 ? "" : "s", d->kind == DEF_VARIANT ? "variant" : "struct", nfields,
                nfields == 1 ? "" : "s");
            diag_label(dg, "expected %d field%s, found %d", nfields, nfields == 1 ? "" : "s", n);
            diag_emit(dg);
            for (int i = 0; i < n; i++) check_pattern(tc, elems->items[i], ty_error);
            return;
        }
        /* with `..`, the patterns after it match the last fields */
        int k = 0;
        for (int i = 0; i < n; i++) {
            Node *el = elems->items[i];
            if (el->kind == P_REST) {
                k = nfields - (n - 1 - i);
                continue;
            }
            check_pattern(tc, el, ty_field(inst, &fields[k]));
            k++;
        }
        return;
    }
    if (pat->kind == P_STRUCT) {
        bool *seen = arena_alloc(sizeof(bool) * (size_t)(nfields + 1));
        int unknown = 0;
        Sym unknown_name = 0;
        for (int i = 0; i < elems->len; i++) {
            Node *fp = elems->items[i];
            int idx = -1;
            for (int k = 0; k < nfields; k++)
                if (fields[k].name == fp->u.field_init.name ||
                    (shape == SHAPE_TUPLE && sym_len(fp->u.field_init.name) == 1 &&
                     sym_str(fp->u.field_init.name)[0] == '0' + k))
                    idx = k;
            if (idx < 0) {
                Diag *dg = diag_error("E0026", fp->u.field_init.name_span,
                                      "%s `%s` does not have a field named `%s`",
                                      d->kind == DEF_VARIANT ? "variant" : "struct", what,
                                      sym_str(fp->u.field_init.name));
                diag_label(dg, "%s `%s` does not have this field",
                           d->kind == DEF_VARIANT ? "variant" : "struct", what);
                diag_emit(dg);
                check_pattern(tc, fp->u.field_init.expr, ty_error);
                unknown++;
                unknown_name = fp->u.field_init.name;
                continue;
            }
            seen[idx] = true;
            fp->u.field_init.index = idx;
            check_pattern(tc, fp->u.field_init.expr, ty_field(inst, &fields[idx]));
        }
        /* a lone unknown field that is a typo of a missing one stands for it (rustc's
         * suggestion), so that field is not reported missing too */
        if (unknown == 1) {
            int best = -1;
            size_t best_dist = 0,
                   max_dist = (sym_len(unknown_name) > 3 ? sym_len(unknown_name) : 3) / 3;
            for (int k = 0; k < nfields; k++) {
                if (seen[k] || !fields[k].name) continue;
                size_t dist = edit_distance(sym_str(unknown_name), sym_str(fields[k].name));
                if (dist <= max_dist && (best < 0 || dist < best_dist)) {
                    best = k;
                    best_dist = dist;
                }
            }
            if (best >= 0) seen[best] = true;
        }
        if (!pat->u.pat_struct.has_rest) {
            char *missing = "";
            int count = 0;
            for (int k = 0; k < nfields; k++)
                if (!seen[k])
                    missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "",
                                           sym_str(fields[k].name));
            if (count) {
                Diag *dg = diag_error("E0027", pat->span, "pattern does not mention field%s %s",
                                      count == 1 ? "" : "s", missing);
                diag_label(dg, "missing field%s %s", count == 1 ? "" : "s", missing);
                diag_emit(dg);
            }
        }
        return;
    }
    if (shape != SHAPE_UNIT) {
        Diag *dg = diag_error("E0533", pat->span,
                              "expected unit struct, unit variant or constant, found %s `%s`",
                              shape == SHAPE_TUPLE ? "tuple variant" : "struct variant", what);
        diag_emit(dg);
    }
}

/* rustc's list of uncovered patterns: "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`,
 * `C` and 2 more". */
static const char *joined_patterns(const Uncovered *u) {
    enum { LISTED = 3 };
    const char *s = "";
    int shown = u->count > LISTED ? LISTED : u->count;
    for (int i = 0; i < shown; i++) {
        const char *sep = i == 0 ? "" : (i == shown - 1 && u->count <= LISTED) ? " and " : ", ";
        s = arena_printf("%s%s`%s`", s, sep, u->patterns[i]);
    }
    if (u->count > LISTED) s = arena_printf("%s and %d more", s, u->count - LISTED);
    return s;
}

static void label_uncovered(Diag *d, const Uncovered *u) {
    diag_label(d, "pattern%s %s not covered", u->count == 1 ? "" : "s", joined_patterns(u));
}

/* Resolves the scrutinee's type and asks exhaustive.c which values no pattern covers. */
static bool uncovered(Tc *tc, Node **pats, int n, Type *ty, Uncovered *u) {
    return find_uncovered(pats, n, zonk(tc, ty), u);
}

static void find_binding(Node *n, const char *role, void *found) {
    (void)role;
    if (n->kind == P_IDENT && n->u.pat_ident.binding) *(bool *)found = true;
    else ast_visit_children(n, find_binding, found);
}

static void check_let_coverage(Tc *tc, Node *s) {
    Node *pats[1] = {s->u.let.pat};
    Uncovered u;
    if (uncovered(tc, pats, 1, s->ty, &u)) {
        Diag *d = diag_error("E0005", s->u.let.pat->span, "refutable pattern in local binding");
        label_uncovered(d, &u);
        diag_note(d, "`let` bindings require an \"irrefutable pattern\", like a `struct` or an "
                     "`enum` with only one variant");
        /* rustc suggests `if let` when the pattern binds nothing, else `let else` */
        bool binds = false;
        find_binding(s->u.let.pat, NULL, &binds);
        diag_help(d, "you might want to use `%s` to %s the variant%s that %s matched",
                  binds ? "let...else" : "if let", binds ? "handle" : "ignore",
                  u.count == 1 ? "" : "s", u.count == 1 ? "isn't" : "aren't");
        diag_emit(d);
    }
}

static void check_match_coverage(Tc *tc, Node *n) {
    NodeList *arms = &n->u.match.arms;
    Type *st = n->u.match.scrutinee->ty;
    if (!st || shallow(tc, st)->kind == TY_ERROR) return;
    Node **pats = arena_alloc(sizeof(Node *) * (size_t)(arms->len + 1));
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        pats[i] = arm->u.arm.guard ? NULL : arm->u.arm.pat;
    }
    Uncovered u;
    if (!uncovered(tc, pats, arms->len, st, &u)) return;
    Diag *d = arms->len ? diag_error("E0004", n->u.match.scrutinee->span,
                                     "non-exhaustive patterns: %s not covered", joined_patterns(&u))
                        : diag_error("E0004", n->u.match.scrutinee->span,
                                     "non-exhaustive patterns: type `%s` is non-empty",
                                     ty_str_of(zonk(tc, st)));
    label_uncovered(d, &u);
    diag_note(d, "the matched value is of type `%s`", ty_str_of(zonk(tc, st)));
    if (u.usize_not_exhaustive)
        diag_note(d, "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary "
                     "to match exhaustively");
    if (u.isize_not_exhaustive)
        diag_note(d, "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open "
                     "ranges are necessary to match exhaustively");
    diag_help(d,
              "ensure that all possible cases are being handled by adding a match arm with a "
              "wildcard pattern%s",
              u.count == 1 ? " or an explicit pattern as shown"
              : u.count <= 3
                  ? ", a match arm with multiple or-patterns as shown, or multiple match arms"
                  : " as shown, or multiple match arms");
    diag_emit(d);
}

/* Coverage (E0004, E0005) is checked once a body has type-checked cleanly, as rustc checks
 * patterns only in bodies without type errors. */
void check_coverage(Tc *tc, int errors_before) {
    if (diag_error_count() == errors_before)
        for (int i = 0; i < tc->coverage.len; i++) {
            Node *n = tc->coverage.items[i];
            if (n->kind == N_MATCH) check_match_coverage(tc, n);
            else check_let_coverage(tc, n);
        }
    tc->coverage.len = 0;
}
