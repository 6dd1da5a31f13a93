/* exhaustive.c — exhaustiveness of patterns (E0004, E0005), as rustc decides it.
 *
 * Takes: the patterns of a `match` (guarded arms left out) or a `let`, type-checked, and
 * the scrutinee's resolved type.
 * Gives: the values no pattern matches, as rustc's witnesses (`Some(_)`, `(true, false)`,
 * `i32::MIN..=-1_i32`, `'\u{e000}'..='\u{10ffff}'`), in rustc's order.
 *
 * The usefulness algorithm over a matrix of patterns, column by column. Each column's
 * type has constructors: the variants of an enum, true and false, the lengths of a slice,
 * the one constructor of a struct, tuple, reference or array, and for integers and chars
 * ranges of values. An integer column is split, like rustc's IntRange::split, at every
 * bound of the ranges its patterns name, into pieces that each pattern covers wholly or
 * not at all. When some constructors are missing from a column, only the missing ones are
 * reported (rustc's "relevancy"): each by itself when the column is the scrutinee or some
 * constructor is present, else as `_`. `usize` and `isize` have one more value past their
 * MAX (and `isize` one before its MIN), as in rustc, so only half-open ranges cover them. */
#include "patina.h"
#include "rt.h"

#include <stdlib.h>
#include <string.h>

typedef struct PatRow {
    Node **pats;
} PatRow;

static Node *strip_binding(Node *p) {
    while (p && p->kind == P_IDENT) p = p->u.pat_ident.subpat;
    if (p && p->kind == P_WILD) return NULL;
    return p;
}

/* The state of one usefulness check (find_uncovered). */
typedef struct Usefulness {
    /* Slices have one constructor per length 0..max and one for "longer", whose fields are
     * slice_prefix_len first elements and the rest last ones (rustc's VarLen(prefix,
     * suffix)); set while a slice column is examined, from its patterns as rustc splits
     * slices. */
    int slice_max_len, slice_prefix_len;
    bool noted_usize, noted_isize;  /* a witness is a value past usize's/isize's MAX or MIN */
    long budget;                    /* steps left before giving up (as exhaustive) */
} Usefulness;

/* Number of constructors of a type, or -1 for types with too many (ints, chars...). */
#define MAX_ARRAY_COLUMNS 1024

static int ctor_count(Usefulness *u, Type *t) {
    switch (t->kind) {
    case TY_BOOL: return 2;
    case TY_ADT: return t->adt->is_enum ? t->adt->nvariants : 1;
    case TY_TUPLE: case TY_REF: return 1;
    /* one column per element; an array too long to spell out is judged by its wildcard rows */
    case TY_ARRAY: return t->len <= MAX_ARRAY_COLUMNS ? 1 : -1;
    case TY_SLICE: return u->slice_max_len + 2;
    default: return -1;
    }
}

static int ctor_arity(Type *t, int c) {
    switch (t->kind) {
    case TY_ADT: return t->adt->is_enum ? t->adt->variants[c].nfields : t->adt->nfields;
    case TY_TUPLE: return t->nelems;
    case TY_REF: return 1;
    case TY_ARRAY: return (int)t->len;
    case TY_SLICE: return c;                    /* the "longer" constructor keeps max+1 columns */
    default: return 0;
    }
}

static Type *ctor_field(Type *t, int c, int i) {
    switch (t->kind) {
    case TY_ADT:
        return ty_field(t, t->adt->is_enum ? &t->adt->variants[c].fields[i] : &t->adt->fields[i]);
    case TY_TUPLE: return t->elems[i];
    case TY_REF: return t->elem;
    case TY_ARRAY: case TY_SLICE: return t->elem;
    default: return ty_error;
    }
}

/* `..` or `x @ ..` in a slice or tuple pattern */
static bool is_rest(Node *s) {
    return s->kind == P_REST ||
           (s->kind == P_IDENT && s->u.pat_ident.subpat && s->u.pat_ident.subpat->kind == P_REST);
}

static int slice_pattern_len(Node *p, bool *has_rest) {
    *has_rest = false;
    for (int i = 0; i < p->u.list.elems.len; i++) {
        Node *s = p->u.list.elems.items[i];
        if (is_rest(s)) *has_rest = true;
    }
    return p->u.list.elems.len - (*has_rest ? 1 : 0);
}

/* The constructor a (non-wildcard) pattern stands for, or -1 if it is not one of the
 * finitely many (a literal of an integer type). */
static int pattern_ctor(Node *p, Type *t) {
    /* default binding mode: `p` means `&p` */
    if (t->kind == TY_REF && p->kind != P_REF) return 0;
    switch (p->kind) {
    case P_LIT: {
        Node *e = p->u.unary.operand;
        if (t->kind == TY_BOOL && e->kind == N_LIT_BOOL) return e->u.lit.bool_value ? 1 : 0;
        return -1;
    }
    case P_TUPLE: case P_REF: return 0;
    case P_SLICE: {
        if (t->kind == TY_ARRAY) return 0;
        bool rest;
        int n = slice_pattern_len(p, &rest);
        return rest ? -2 : n;                   /* -2: covers every length >= n */
    }
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT: {
        Node *path = p->kind == P_PATH ? p->u.unary.operand : p->u.pat_struct.path;
        Def *d = path->u.path.def;
        if (d && d->kind == DEF_VARIANT) return d->variant;
        if (d && d->kind == DEF_ADT) return 0;
        return -1;
    }
    default: return -1;
    }
}

/* Sub-patterns of a list with an optional `..` (or `x @ ..`) onto n columns: those
 * before it to the first columns, those after it to the last. */
static void fill_with_rest(NodeList *el, int n, Node **out) {
    int rest = -1;
    for (int i = 0; i < el->len; i++) {
        Node *s = el->items[i];
        if (is_rest(s)) rest = i;
    }
    for (int i = 0; i < el->len; i++) {
        if (i == rest) continue;
        int k = rest < 0 || i < rest ? i : n - (el->len - i);
        if (k >= 0 && k < n) out[k] = strip_binding(el->items[i]);
    }
}

/* The sub-patterns of p for constructor c with arity n (NULL where not mentioned). */
static Node **pattern_fields(Node *p, int n, Type *t) {
    Node **out = arena_alloc(sizeof(Node *) * (size_t)(n ? n : 1));
    if (t->kind == TY_REF && p->kind != P_REF) {
        if (n) out[0] = p;
        return out;
    }
    switch (p->kind) {
    case P_TUPLE: case P_SLICE: fill_with_rest(&p->u.list.elems, n, out); break;
    case P_TUPLE_STRUCT: fill_with_rest(&p->u.pat_struct.elems, n, out); break;
    case P_REF: if (n) out[0] = strip_binding(p->u.unary.operand); break;
    case P_STRUCT:
        for (int i = 0; i < p->u.pat_struct.elems.len; i++) {
            Node *fp = p->u.pat_struct.elems.items[i];
            if (fp->u.field_init.index >= 0 && fp->u.field_init.index < n)
                out[fp->u.field_init.index] = strip_binding(fp->u.field_init.expr);
        }
        break;
    default: break;
    }
    return out;
}

static const char *witness_ctor(Usefulness *u, Type *t, int c, const char **fields, int n) {
    switch (t->kind) {
    case TY_BOOL: return c ? "true" : "false";
    case TY_REF: return arena_printf("&%s", fields[0]);
    case TY_ARRAY: case TY_SLICE: {
        bool longer = t->kind == TY_SLICE && c == u->slice_max_len + 1;
        char *s = "[";
        for (int i = 0; i < n; i++) {
            if (longer && i == u->slice_prefix_len) s = arena_printf("%s%s..", s, i ? ", " : "");
            s = arena_printf("%s%s%s", s, i || (longer && u->slice_prefix_len == 0) ? ", " : "",
                             fields[i]);
        }
        if (longer && u->slice_prefix_len >= n) s = arena_printf("%s%s..", s, n ? ", " : "");
        return arena_printf("%s]", s);
    }
    case TY_TUPLE: {
        char *s = "(";
        for (int i = 0; i < n; i++) s = arena_printf("%s%s%s", s, i ? ", " : "", fields[i]);
        return arena_printf("%s%s)", s, n == 1 ? "," : "");
    }
    case TY_ADT: {
        AdtDef *a = t->adt;
        AdtShape shape = a->is_enum ? a->variants[c].shape : a->shape;
        /* the prelude's variants are in scope by themselves: `Some(_)`, not `Option::Some(_)` */
        const char *name = !a->is_enum     ? sym_str(a->name)
                           : a->is_prelude ? sym_str(a->variants[c].name)
                                           : arena_printf("%s::%s", sym_str(a->name),
                                                          sym_str(a->variants[c].name));
        if (shape == SHAPE_UNIT) return name;
        if (shape == SHAPE_NAMED) {
            AdtField *fs = a->is_enum ? a->variants[c].fields : a->fields;
            /* rustc names the fields that are not `_` and ends with `..` if any is */
            char *s = arena_printf("%s { ", name);
            bool any_wild = false, first = true;
            for (int i = 0; i < n; i++) {
                if (strcmp(fields[i], "_") == 0) {
                    any_wild = true;
                    continue;
                }
                s = arena_printf("%s%s%s: %s", s, first ? "" : ", ", sym_str(fs[i].name),
                                 fields[i]);
                first = false;
            }
            return arena_printf("%s%s }", s, any_wild ? (first ? ".." : ", ..") : "");
        }
        char *s = arena_printf("%s(", name);
        for (int i = 0; i < n; i++) s = arena_printf("%s%s%s", s, i ? ", " : "", fields[i]);
        return arena_printf("%s)", s);
    }
    default: return "_";
    }
}


/* ── integer and char columns ── */

/* a value of the column, offset so its type's least value is 0 */
typedef unsigned __int128 Wide;

typedef struct IntRange {
    Wide lo, hi;                                /* inclusive */
} IntRange;

static bool is_int_column(Type *t) { return t->kind == TY_INT || t->kind == TY_CHAR; }
static bool is_pointer_sized(Type *t) {
    return t->kind == TY_INT && (t->ik == IK_USIZE || t->ik == IK_ISIZE);
}

/* The column's values as one or two ranges (a char skips the surrogates). For `usize` and
 * `isize` the domain has a point past MAX (and `isize` one before MIN): values no finite
 * range covers. */
static int int_domain(Type *t, IntRange out[2]) {
    if (t->kind == TY_CHAR) {
        out[0] = (IntRange){0, 0xD7FF};
        out[1] = (IntRange){0xE000, 0x10FFFF};
        return 2;
    }
    int bits = ty_int_bits(t->ik);
    Wide max = bits == 128 ? ~(Wide)0 : ((Wide)1 << bits) - 1;
    if (t->ik == IK_USIZE) max += 1;
    if (t->ik == IK_ISIZE) max += 2;
    out[0] = (IntRange){0, max};
    return 1;
}

static bool is_beyond_max(Type *t, Wide v) {
    return is_pointer_sized(t) && v == (t->ik == IK_USIZE ? (Wide)1 << 64 : ((Wide)1 << 64) + 1);
}
static bool is_before_min(Type *t, Wide v) {
    return t->kind == TY_INT && t->ik == IK_ISIZE && v == 0;
}

/* The offset form of value v (a signed value, sign-extended) of type t. */
static Wide encode(Type *t, __int128 v) {
    if (t->kind == TY_CHAR || !ty_is_signed(t)) return (Wide)v;
    int bits = ty_int_bits(t->ik);
    Wide half = (Wide)1 << (bits - 1);
    Wide e = (Wide)v + half;
    if (bits < 128) e &= ((Wide)1 << bits) - 1;
    return t->ik == IK_ISIZE ? e + 1 : e;
}

static __int128 decode(Type *t, Wide e) {
    if (t->kind == TY_CHAR || !ty_is_signed(t)) return (__int128)e;
    if (t->ik == IK_ISIZE) e -= 1;
    int bits = ty_int_bits(t->ik);
    return (__int128)(e - ((Wide)1 << (bits - 1)));
}

/* The value of a pattern's constant: literals (also negated), `i32::MAX`, consts. */
static bool const_value(Node *e, Type *t, __int128 *out, int depth) {
    while (e && e->kind == N_PAREN) e = e->u.unary.operand;
    if (!e || depth > 32) return false;
    switch (e->kind) {
    case N_LIT_INT: *out = (__int128)e->u.lit.int_value; return !e->u.lit.too_large;
    case N_LIT_CHAR: *out = e->u.lit.char_value; return true;
    case N_UNARY:
        if (e->u.unary.op != UN_NEG || !const_value(e->u.unary.operand, t, out, depth + 1))
            return false;
        *out = -*out;
        return true;
    case N_PATH: {
        Def *d = e->u.path.def;
        if (d && d->kind == DEF_INT_CONST && t->kind == TY_INT) {
            /* sign-extended two's complement, exact for 128-bit MIN and MAX too (u128::MAX is
             * -1 here, as encode reads it) */
            *out = (__int128)ty_int_wrap(t->ik, d->value);
            return true;
        }
        if (d && d->kind == DEF_CONST && d->node && d->node->kind == N_CONST_ITEM)
            return const_value(d->node->u.value_item.value, t, out, depth + 1);
        return false;
    }
    default: return false;
    }
}

/* The values a pattern of an integer column covers; false for a pattern whose values
 * Patina cannot compute (it then covers nothing, which can only make a match look less
 * exhaustive, never more). An empty range covers nothing either. */
static bool pattern_range(Node *p, Type *t, IntRange *out) {
    IntRange dom[2];
    int nd = int_domain(t, dom);
    __int128 v;
    switch (p->kind) {
    case P_LIT:
        if (!const_value(p->u.unary.operand, t, &v, 0)) return false;
        out->lo = out->hi = encode(t, v);
        return true;
    case P_PATH:
        if (!const_value(p->u.unary.operand, t, &v, 0)) return false;
        out->lo = out->hi = encode(t, v);
        return true;
    case P_RANGE: {
        out->lo = dom[0].lo;
        out->hi = dom[nd - 1].hi;
        if (p->u.range.lo) {
            if (!const_value(p->u.range.lo, t, &v, 0)) return false;
            out->lo = encode(t, v);
        }
        if (p->u.range.hi) {
            if (!const_value(p->u.range.hi, t, &v, 0)) return false;
            Wide hi = encode(t, v);
            if (!p->u.range.inclusive) {
                if (hi == 0) return false;
                hi -= 1;
            }
            out->hi = hi;
        }
        return out->lo <= out->hi;
    }
    default: return false;
    }
}

bool range_pattern_order(Node *pat, Type *t, int *order) {
    /* `..b` starts at the type's least value */
    __int128 lo = t->kind == TY_CHAR ? 0 : (__int128)ty_int_min(t->ik), hi;
    if (!pat->u.range.hi || (pat->u.range.lo && !const_value(pat->u.range.lo, t, &lo, 0)) ||
        !const_value(pat->u.range.hi, t, &hi, 0))
        return false;
    Wide a = encode(t, lo), b = encode(t, hi);
    *order = (a > b) - (a < b);
    return true;
}

/* A char as rustc's Debug writes it: `'a'`, `'\0'`, `'\u{d7ff}'`. */
static const char *char_str(uint32_t c) {
    switch (c) {
    case 0: return "'\\0'";
    case '\t': return "'\\t'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    default: break;
    }
    if (rt_debug_escapes(c)) return arena_printf("'\\u{%x}'", c);
    char utf8[5] = {0};
    if (c < 0x80) utf8[0] = (char)c;
    else if (c < 0x800) { utf8[0] = (char)(0xC0 | (c >> 6)); utf8[1] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        utf8[0] = (char)(0xE0 | (c >> 12));
        utf8[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        utf8[2] = (char)(0x80 | (c & 0x3F));
    } else {
        utf8[0] = (char)(0xF0 | (c >> 18));
        utf8[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        utf8[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        utf8[3] = (char)(0x80 | (c & 0x3F));
    }
    return arena_printf("'%s'", utf8);
}

/* One value as rustc prints it in a witness: `5_u8`, `u8::MAX`, `i32::MIN`, `'a'`. */
static const char *value_str(Type *t, Wide e) {
    if (t->kind == TY_CHAR) return char_str((uint32_t)e);
    IntRange dom[2];
    int_domain(t, dom);
    Wide top = is_pointer_sized(t) ? dom[0].hi - 1 : dom[0].hi;
    const char *name = ty_str_of(t);
    if (e == top) return arena_printf("%s::MAX", name);
    if (!ty_is_signed(t)) return arena_printf("%s_%s", intbits_str(e, false), name);
    __int128 v = decode(t, e);
    if (v == (__int128)ty_int_min(t->ik)) return arena_printf("%s::MIN", name);
    return arena_printf("%s_%s", intbits_str((IntBits)v, true), name);
}

/* A piece of an integer column as a witness (rustc's hoist_pat_range). */
static const char *range_str(Usefulness *u, Type *t, IntRange r) {
    IntRange dom[2];
    int_domain(t, dom);
    bool lo_outside = is_before_min(t, r.lo) || is_beyond_max(t, r.lo);
    if (is_before_min(t, r.lo) && is_beyond_max(t, r.hi)) return "_";
    if (r.lo == r.hi && !lo_outside) return value_str(t, r.lo);
    if (is_beyond_max(t, r.lo) || is_before_min(t, r.hi)) {
        if (t->ik == IK_USIZE) u->noted_usize = true;
        else u->noted_isize = true;
    }
    const char *lo = is_before_min(t, r.lo)   ? ""
                     : is_beyond_max(t, r.lo) ? value_str(t, r.lo - 1)
                                              : value_str(t, r.lo);
    /* rustc cannot write the end after a 128-bit MAX, and shows such a range open */
    bool open_end = is_beyond_max(t, r.hi) ||
                    (t->kind == TY_INT && ty_int_bits(t->ik) == 128 && r.hi == ~(Wide)0);
    if (open_end) return arena_printf("%s..", lo);
    if (is_before_min(t, r.hi)) return arena_printf("%s..%s", lo, value_str(t, r.hi + 1));
    return arena_printf("%s..=%s", lo, value_str(t, r.hi));
}

static int cmp_wide(const void *a, const void *b) {
    Wide x = *(const Wide *)a, y = *(const Wide *)b;
    return (x > y) - (x < y);
}

/* rustc's IntRange::split of the domain range dom by the column's ranges: the pieces
 * between consecutive bounds, each marked covered or not. */
static int split_range(IntRange dom, const IntRange *seen, int nseen, IntRange *pieces,
                       bool *covered) {
    Wide *points = arena_alloc(sizeof(Wide) * (size_t)(2 * nseen + 1));
    int np = 0;
    points[np++] = dom.lo;
    for (int i = 0; i < nseen; i++) {
        Wide lo = seen[i].lo > dom.lo ? seen[i].lo : dom.lo,
             hi = seen[i].hi < dom.hi ? seen[i].hi : dom.hi;
        if (lo > hi) continue;
        points[np++] = lo;
        if (hi < dom.hi) points[np++] = hi + 1;
    }
    qsort(points, (size_t)np, sizeof(Wide), cmp_wide);
    int n = 0;
    for (int i = 0; i < np; i++) {
        if (i && points[i] == points[i - 1]) continue;
        Wide next_hi = dom.hi;
        for (int k = i + 1; k < np; k++)
            if (points[k] != points[i]) { next_hi = points[k] - 1; break; }
        pieces[n] = (IntRange){points[i], next_hi};
        covered[n] = false;
        for (int s = 0; s < nseen; s++)
            covered[n] |= seen[s].lo <= points[i] && points[i] <= seen[s].hi;
        n++;
    }
    return n;
}

/* ── the matrix ── */

enum { WITNESSES_AT_MOST = 1000 }; /* enough to count "and N more" for any real match */

static void find_missing(Usefulness *u, PtrVec *rows, Type **cols, int ncols, int depth,
                         bool scrutinee, PtrVec *out);

static PatRow *new_row(Node **pats) {
    PatRow *r = arena_alloc(sizeof *r);
    r->pats = pats;
    return r;
}

/* The rows whose first pattern is a wildcard, without that column. */
static PtrVec default_rows(PtrVec *rows) {
    PtrVec def = {0};
    for (int r = 0; r < rows->len; r++) {
        PatRow *row = rows->items[r];
        if (!row->pats[0]) ptrvec_push(&def, new_row(row->pats + 1));
    }
    return def;
}

/* Witnesses of the rest of the columns, each with `first` put in front. */
static void prepend_all(PtrVec *sub, const char *first, int ncols, PtrVec *out) {
    for (int i = 0; i < sub->len && out->len < WITNESSES_AT_MOST; i++) {
        const char **w = arena_alloc(sizeof(char *) * (size_t)ncols);
        const char **rest = sub->items[i];
        w[0] = first;
        for (int k = 1; k < ncols; k++) w[k] = rest[k - 1];
        ptrvec_push(out, w);
    }
}

static void int_column(Usefulness *u, PtrVec *rows, Type **cols, int ncols, int depth,
                       bool scrutinee, PtrVec *out) {
    Type *t = cols[0];
    IntRange *seen = arena_alloc(sizeof(IntRange) * (size_t)(rows->len + 1));
    IntRange *row_range = arena_alloc(sizeof(IntRange) * (size_t)(rows->len + 1));
    bool *row_has = arena_alloc(sizeof(bool) * (size_t)(rows->len + 1));
    int nseen = 0;
    for (int r = 0; r < rows->len; r++) {
        Node *p = ((PatRow *)rows->items[r])->pats[0];
        row_has[r] = p && pattern_range(p, t, &row_range[r]);
        if (row_has[r]) seen[nseen++] = row_range[r];
    }
    IntRange dom[2];
    int nd = int_domain(t, dom);
    IntRange *pieces = arena_alloc(sizeof(IntRange) * (size_t)(4 * nseen + 4));
    bool *covered = arena_alloc(sizeof(bool) * (size_t)(4 * nseen + 4));
    int np = 0;
    for (int d = 0; d < nd; d++) np += split_range(dom[d], seen, nseen, pieces + np, covered + np);
    int nmissing = 0;
    for (int i = 0; i < np; i++) nmissing += !covered[i];
    if (nmissing) {
        PtrVec def = default_rows(rows), sub = {0};
        find_missing(u, &def, cols + 1, ncols - 1, depth + 1, false, &sub);
        if (!sub.len) return;
        if (!scrutinee && nmissing == np) {
            prepend_all(&sub, "_", ncols, out);
            return;
        }
        for (int i = 0; i < np; i++)
            if (!covered[i]) prepend_all(&sub, range_str(u, t, pieces[i]), ncols, out);
        return;
    }
    for (int i = 0; i < np && out->len < WITNESSES_AT_MOST; i++) {
        PtrVec spec = {0}, sub = {0};
        for (int r = 0; r < rows->len; r++) {
            PatRow *row = rows->items[r];
            bool takes = !row->pats[0] || (row_has[r] && row_range[r].lo <= pieces[i].lo &&
                                           pieces[i].hi <= row_range[r].hi);
            if (takes) ptrvec_push(&spec, new_row(row->pats + 1));
        }
        find_missing(u, &spec, cols + 1, ncols - 1, depth + 1, false, &sub);
        prepend_all(&sub, range_str(u, t, pieces[i]), ncols, out);
    }
}

/* The rows that constructor c of column type t takes, its fields as new columns. */
static PtrVec specialize(PtrVec *rows, Type *t, int c, int arity, int ncols) {
    PtrVec spec = {0};
    for (int r = 0; r < rows->len; r++) {
        PatRow *row = rows->items[r];
        Node *p = row->pats[0];
        if (p && t->kind == TY_SLICE && p->kind == P_SLICE) {
            bool rest;
            int len = slice_pattern_len(p, &rest);
            if (rest ? c < len : c != len) continue;
        } else if (p && pattern_ctor(p, t) != c) {
            continue;
        }
        Node **pats = arena_alloc(sizeof(Node *) * (size_t)(arity + ncols));
        Node **f = p ? pattern_fields(p, arity, t) : NULL;
        for (int i = 0; i < arity; i++) pats[i] = f ? f[i] : NULL;
        for (int i = 1; i < ncols; i++) pats[arity + i - 1] = row->pats[i];
        ptrvec_push(&spec, new_row(pats));
    }
    return spec;
}

/* Whether some row of column type t has constructor c (a slice pattern with `..` has
 * every length from its own up). */
static bool ctor_present(PtrVec *rows, Type *t, int c) {
    for (int r = 0; r < rows->len; r++) {
        Node *p = ((PatRow *)rows->items[r])->pats[0];
        if (!p) continue;
        if (t->kind == TY_SLICE && p->kind == P_SLICE) {
            bool rest;
            int len = slice_pattern_len(p, &rest);
            if (rest ? c >= len : c == len) return true;
        } else if (pattern_ctor(p, t) == c) {
            return true;
        }
    }
    return false;
}

/* rustc's split of a slice column: lengths below prefix+suffix one by one, then the
 * lengths from there up as one constructor whose first `prefix` and last `suffix`
 * elements are fields (the longest of those in `[a, .., z]` patterns, made long enough to
 * be longer than every fixed-length pattern). */
static void split_slices(Usefulness *u, PtrVec *rows) {
    int max_fixed = 0, max_prefix = 0, max_suffix = 0;
    for (int r = 0; r < rows->len; r++) {
        Node *p = ((PatRow *)rows->items[r])->pats[0];
        if (!p || p->kind != P_SLICE) continue;
        bool rest;
        int len = slice_pattern_len(p, &rest);
        if (!rest) {
            if (len > max_fixed) max_fixed = len;
            continue;
        }
        int prefix = 0;
        while (!is_rest(p->u.list.elems.items[prefix])) prefix++;
        if (prefix > max_prefix) max_prefix = prefix;
        if (len - prefix > max_suffix) max_suffix = len - prefix;
    }
    if (max_fixed + 1 >= max_prefix + max_suffix) max_prefix = max_fixed + 1 - max_suffix;
    u->slice_prefix_len = max_prefix;
    u->slice_max_len = max_prefix + max_suffix - 1;
}

/* The k-th constructor in rustc's order: `true` comes before `false`. */
static int ctor_in_order(Type *t, int k) { return t->kind == TY_BOOL ? 1 - k : k; }

static void ctor_column(Usefulness *u, PtrVec *rows, Type **cols, int ncols, int depth,
                        bool scrutinee, PtrVec *out) {
    Type *t = cols[0];
    if (t->kind == TY_SLICE) split_slices(u, rows);
    /* recursion may change them for nested slices */
    int local_max = u->slice_max_len, local_prefix = u->slice_prefix_len;
    int nctors = ctor_count(u, t);
    /* a struct, tuple, reference or array has its one constructor whatever the rows say */
    bool single = nctors == 1 && !(t->kind == TY_ADT && t->adt->is_enum);
    bool *present = arena_alloc(sizeof(bool) * (size_t)(nctors + 1));
    int npresent = 0;
    for (int c = 0; c < nctors; c++) {
        present[c] = single || ctor_present(rows, t, c);
        npresent += present[c];
    }
    if (npresent < nctors) {
        PtrVec def = default_rows(rows), sub = {0};
        find_missing(u, &def, cols + 1, ncols - 1, depth + 1, false, &sub);
        if (!sub.len) return;
        if (!scrutinee && npresent == 0) {
            prepend_all(&sub, "_", ncols, out);
            return;
        }
        for (int k = 0; k < nctors; k++) {
            int c = ctor_in_order(t, k);
            if (present[c]) continue;
            u->slice_max_len = local_max, u->slice_prefix_len = local_prefix;
            int arity = ctor_arity(t, c);
            const char **wild = arena_alloc(sizeof(char *) * (size_t)(arity + 1));
            for (int i = 0; i < arity; i++) wild[i] = "_";
            prepend_all(&sub, witness_ctor(u, t, c, wild, arity), ncols, out);
        }
        return;
    }
    for (int k = 0; k < nctors && out->len < WITNESSES_AT_MOST; k++) {
        int c = ctor_in_order(t, k);
        u->slice_max_len = local_max, u->slice_prefix_len = local_prefix;
        int arity = ctor_arity(t, c);
        Type **sub_cols = arena_alloc(sizeof(Type *) * (size_t)(arity + ncols));
        for (int i = 0; i < arity; i++) sub_cols[i] = ctor_field(t, c, i);
        for (int i = 1; i < ncols; i++) sub_cols[arity + i - 1] = cols[i];
        PtrVec spec = specialize(rows, t, c, arity, ncols), sub = {0};
        find_missing(u, &spec, sub_cols, arity + ncols - 1, depth + 1, false, &sub);
        for (int k = 0; k < sub.len && out->len < WITNESSES_AT_MOST; k++) {
            const char **w = sub.items[k];
            u->slice_max_len = local_max, u->slice_prefix_len = local_prefix;
            const char **res = arena_alloc(sizeof(char *) * (size_t)ncols);
            res[0] = witness_ctor(u, t, c, w, arity);
            for (int i = 1; i < ncols; i++) res[i] = w[arity + i - 1];
            ptrvec_push(out, res);
        }
    }
}

/* Appends to out every value of the column types that matches no row (one string per
 * column), as rustc's usefulness check finds them. */
static void find_missing(Usefulness *u, PtrVec *rows, Type **cols, int ncols, int depth,
                         bool scrutinee, PtrVec *out) {
    /* give up quietly on absurd matches */
    if (--u->budget < 0 || depth > 64) return;
    if (ncols == 0) {
        if (!rows->len) ptrvec_push(out, arena_alloc(sizeof(char *)));
        return;
    }
    /* expand or-patterns in the first column */
    PtrVec expanded = {0};
    for (int r = 0; r < rows->len; r++) {
        PatRow *row = rows->items[r];
        Node *p = strip_binding(row->pats[0]);
        if (p && p->kind == P_OR) {
            for (int a = 0; a < p->u.list.elems.len; a++) {
                Node **pats = arena_alloc(sizeof(Node *) * (size_t)ncols);
                memcpy(pats, row->pats, sizeof(Node *) * (size_t)ncols);
                pats[0] = p->u.list.elems.items[a];
                ptrvec_push(&expanded, new_row(pats));
            }
        } else {
            row->pats[0] = p;
            ptrvec_push(&expanded, row);
        }
    }
    for (int r = 0; r < expanded.len; r++) {
        PatRow *row = expanded.items[r];
        row->pats[0] = strip_binding(row->pats[0]);
    }
    Type *t = cols[0];
    if (is_int_column(t)) {
        int_column(u, &expanded, cols, ncols, depth, scrutinee, out);
    } else if (ctor_count(u, t) >= 0) {
        ctor_column(u, &expanded, cols, ncols, depth, scrutinee, out);
    } else {
        /* values Patina cannot enumerate (floats, strings): only wildcard rows count */
        PtrVec def = default_rows(&expanded), sub = {0};
        find_missing(u, &def, cols + 1, ncols - 1, depth + 1, false, &sub);
        prepend_all(&sub, "_", ncols, out);
    }
}

bool find_uncovered(Node **pats, int n, Type *ty, Uncovered *out) {
    PtrVec rows = {0};
    for (int i = 0; i < n; i++) {
        if (!pats[i]) continue;
        Node **row = arena_alloc(sizeof(Node *));
        row[0] = pats[i];
        ptrvec_push(&rows, new_row(row));
    }
    Type *cols[1] = {ty};
    PtrVec found = {0};
    Usefulness state = {.budget = 200000}, *u = &state;
    find_missing(u, &rows, cols, 1, 0, true, &found);
    *out = (Uncovered){0};
    if (!found.len) return false;
    out->count = found.len;
    out->patterns = arena_alloc(sizeof(char *) * (size_t)found.len);
    for (int i = 0; i < found.len; i++) out->patterns[i] = ((const char **)found.items[i])[0];
    out->usize_not_exhaustive = u->noted_usize;
    out->isize_not_exhaustive = u->noted_isize;
    return true;
}
