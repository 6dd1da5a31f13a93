/* layout.c — sizes, alignments and field offsets, exactly as rustc on x86-64 Linux.
 *
 * Takes: a (hash-consed) Type, or a whole checked program.
 * Gives: its Layout (size, align, per-field offsets in declaration order), memoised per
 * type; layout_program lays out every type the program's bodies hold, so that a bad
 * layout shows up before codegen (and in the fuzz target, which stops there). Internally
 * each layout also records its largest niche (a range of invalid bit patterns in one
 * scalar: bool's 2..=255, char's surrogate-free tail, a reference's null), because
 * rustc's field reordering for repr(Rust) looks at niches; enum layouts will use them for
 * the niche optimisation.
 *
 * Tuples follow rustc_abi's `univariant`: zero-sized fields first, then fields grouped by
 * decreasing effective alignment, larger niches first within a group (a stable sort); and
 * when that leaves the niche neither at the start nor the end, a second ordering that
 * pushes niches to the end is preferred if it moves the niche closer to an edge. */
#include "patina.h"

#include <stdlib.h>
#include <string.h>

/* A range of invalid values in the scalar at `offset`: valid values are start..=end
 * (wrapping) in a `size`-byte integer. */
typedef struct Niche {
    uint64_t offset, size;
    uint64_t start, end;
} Niche;

typedef struct LayoutInfo {
    Layout pub;                                 /* what layout_of hands out */
    /* no value of the type exists (`!`, `enum Void {}`) */
    bool uninhabited;
    bool has_niche;
    Niche niche;                                /* largest niche, when has_niche */
} LayoutInfo;

typedef enum NicheBias { BIAS_START, BIAS_END } NicheBias;

/* rustc's bound on the size of an object on a 64-bit target (`obj_size_bound`): a type at
 * least this big has no values. Sizes saturate here, so that no arithmetic on them wraps. */
#define SIZE_LIMIT (1ull << 61)

static uint64_t saturate(uint64_t size) { return size > SIZE_LIMIT ? SIZE_LIMIT : size; }

static LayoutInfo **memo;                       /* indexed by Type.id */
static uint32_t memo_cap;

static uint64_t align_to(uint64_t n, uint64_t align) { return (n + align - 1) & ~(align - 1); }

static uint64_t size_mask(uint64_t size) { return size >= 8 ? ~0ull : (1ull << (size * 8)) - 1; }

/* How many invalid values the niche has (rustc's Niche::available). */
static uint64_t niche_available(const LayoutInfo *l) {
    if (!l->has_niche) return 0;
    return (l->niche.start - l->niche.end - 1) & size_mask(l->niche.size);
}

static LayoutInfo *new_info(uint64_t size, uint64_t align) {
    LayoutInfo *l = arena_alloc(sizeof *l);
    l->pub.size = saturate(size);
    l->pub.align = align;
    return l;
}

static LayoutInfo *scalar(uint64_t size, bool niche, uint64_t start, uint64_t end) {
    LayoutInfo *l = new_info(size, size);
    l->has_niche = niche;
    l->niche = (Niche){0, size, start, end};
    return l;
}

static const LayoutInfo *info_of(Type *t);

/* ── tuples (rustc's univariant) ── */

typedef struct FieldKey {
    int index;
    bool non_zst;
    uint64_t group;                             /* log2 of the effective alignment */
    uint64_t niche_key, offset_key;
} FieldKey;

static int log2u(uint64_t v) { return v ? __builtin_ctzll(v) : 64; }

/* Effective alignment group: an [u8; 4] sorts with align-4 fields, except that with a
 * niche around (start bias) no field is promoted past the largest real alignment. */
static uint64_t group_key(const LayoutInfo *f, uint64_t max_align, uint64_t largest_niche,
                          NicheBias bias) {
    uint64_t align = f->pub.align, size = f->pub.size;
    uint64_t size_as_align = (uint64_t)log2u(align > size ? align : size);
    if (!largest_niche) return size_as_align;
    if (bias == BIAS_START) {
        uint64_t m = (uint64_t)log2u(max_align);
        return m < size_as_align ? m : size_as_align;
    }
    return niche_available(f) == largest_niche ? (uint64_t)log2u(align) : size_as_align;
}

static int key_cmp(const FieldKey *a, const FieldKey *b) {
    if (a->non_zst != b->non_zst) return a->non_zst ? 1 : -1;
    if (a->group != b->group) return a->group > b->group ? -1 : 1;
    if (a->niche_key != b->niche_key) return a->niche_key < b->niche_key ? -1 : 1;
    if (a->offset_key != b->offset_key) return a->offset_key < b->offset_key ? -1 : 1;
    return 0;
}

/* Memory order of the fields: a stable insertion sort on rustc's key. */
static void order_fields(const LayoutInfo **fields, int n, NicheBias bias, int *order) {
    uint64_t max_align = 1, largest_niche = 0;
    for (int i = 0; i < n; i++) {
        if (fields[i]->pub.align > max_align) max_align = fields[i]->pub.align;
        if (niche_available(fields[i]) > largest_niche) largest_niche = niche_available(fields[i]);
    }
    FieldKey *keys = arena_alloc(sizeof(FieldKey) * (size_t)n);
    for (int i = 0; i < n; i++) {
        const LayoutInfo *f = fields[i];
        uint64_t avail = niche_available(f);
        FieldKey k = {i, f->pub.size != 0, group_key(f, max_align, largest_niche, bias), 0, 0};
        k.niche_key = bias == BIAS_START ? ~avail : avail;
        if (f->has_niche)
            k.offset_key = bias == BIAS_START ? f->niche.offset
                                              : ~(f->pub.size - f->niche.size - f->niche.offset);
        int j = i;
        for (; j > 0 && key_cmp(&keys[j - 1], &k) > 0; j--) keys[j] = keys[j - 1];
        keys[j] = k;
    }
    for (int i = 0; i < n; i++) order[i] = keys[i].index;
}

/* repr_c keeps declaration order (C's layout); otherwise fields are reordered. */
static LayoutInfo *univariant_repr(const LayoutInfo **fields, int n, NicheBias bias, bool repr_c) {
    int *order = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    if (n > 1 && !repr_c) order_fields(fields, n, bias, order);
    else
        for (int i = 0; i < n; i++) order[i] = i;
    LayoutInfo *l = new_info(0, 1);
    l->pub.nfields = n;
    l->pub.offsets = arena_alloc(sizeof(uint64_t) * (size_t)(n ? n : 1));
    uint64_t offset = 0, best = 0;
    for (int k = 0; k < n; k++) {
        const LayoutInfo *f = fields[order[k]];
        offset = align_to(offset, f->pub.align);
        l->uninhabited |= f->uninhabited;
        if (f->pub.align > l->pub.align) l->pub.align = f->pub.align;
        l->pub.offsets[order[k]] = offset;
        uint64_t avail = niche_available(f);
        if (f->has_niche && (bias == BIAS_START ? avail > best : avail >= best)) {
            best = avail;
            l->has_niche = true;
            l->niche = f->niche;
            l->niche.offset += offset;
        }
        offset = saturate(offset + f->pub.size);
    }
    l->pub.size = saturate(align_to(offset, l->pub.align));
    return l;
}

static LayoutInfo *univariant(const LayoutInfo **fields, int n, NicheBias bias) {
    return univariant_repr(fields, n, bias, false);
}

/* rustc's choice between the start- and end-biased orderings: keep the niche near an
 * edge of the value so that enclosing enums can pack small variants around it. */
static LayoutInfo *fields_layout(const LayoutInfo **fields, int n, bool repr_c) {
    LayoutInfo *l = univariant_repr(fields, n, BIAS_START, repr_c);
    if (repr_c) return l;
    if (!l->has_niche || n < 2) return l;
    uint64_t head = l->niche.offset, tail = l->pub.size - head - l->niche.size;
    if (head == 0 || tail == 0) return l;
    LayoutInfo *alt = univariant(fields, n, BIAS_END);
    uint64_t alt_head = alt->niche.offset;
    return alt_head > head && alt_head > tail ? alt : l;
}

static LayoutInfo *tuple_layout(Type *t) {
    int n = t->nelems;
    const LayoutInfo **fields = arena_alloc(sizeof(LayoutInfo *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) fields[i] = info_of(t->elems[i]);
    return fields_layout(fields, n, false);
}

/* The integer size of an enum's tag: the smallest that holds every discriminant. */
static uint64_t tag_size_for(AdtDef *a) {
    bool negative = false;
    uint64_t max = 0;
    for (int i = 0; i < a->nvariants; i++) {
        int64_t d = (int64_t)a->variants[i].discr;
        if (d < 0) negative = true;
        uint64_t mag = d < 0 ? (uint64_t)(-(d + 1)) : (uint64_t)d;
        if (mag > max) max = mag;
    }
    if (negative) return max < 0x80 ? 1 : max < 0x8000 ? 2 : max < 0x80000000ull ? 4 : 8;
    return max <= 0xff ? 1 : max <= 0xffff ? 2 : max <= 0xffffffffull ? 4 : 8;
}

/* The univariant (struct-like, reordered) layout of each variant's fields. */
static LayoutInfo **variant_layouts(Type *t) {
    AdtDef *a = t->adt;
    LayoutInfo **vls =
        arena_alloc(sizeof(LayoutInfo *) * (size_t)(a->nvariants ? a->nvariants : 1));
    for (int v = 0; v < a->nvariants; v++) {
        AdtVariant *var = &a->variants[v];
        const LayoutInfo **fields =
            arena_alloc(sizeof(LayoutInfo *) * (size_t)(var->nfields ? var->nfields : 1));
        for (int i = 0; i < var->nfields; i++) fields[i] = info_of(ty_field(t, &var->fields[i]));
        vls[v] = fields_layout(fields, var->nfields, false);
    }
    return vls;
}

/* rustc's "absent" variants: uninhabited with only zero-sized fields (`Some(!)`); they
 * take no space and no encoding. */
static bool variant_absent(const LayoutInfo *vl) { return vl->uninhabited && vl->pub.size == 0; }

static bool explicit_discriminants(AdtDef *a) {
    for (int v = 0; v < a->nvariants; v++)
        if (a->variants[v].discr != (uint64_t)v) return true;
    return false;
}

/* rustc's niche filling: the largest variant keeps its fields where they are and one of
 * its niches (a range of invalid values) encodes the other variants, whose fields must fit
 * before or after that niche; then the enum needs no tag (Option<&T>, Option<bool>,
 * Result<Option<u8>, u8>, ...). NULL when that is impossible. */
static LayoutInfo *niche_layout(Type *t, LayoutInfo **vls) {
    AdtDef *a = t->adt;
    if (a->nvariants < 2 || explicit_discriminants(a)) return NULL;
    int largest = -1, first = -1, last = -1;
    uint64_t align = 1;
    for (int v = 0; v < a->nvariants; v++) {
        if (vls[v]->pub.align > align) align = vls[v]->pub.align;
        if (!variant_absent(vls[v]) &&
            (largest < 0 || vls[v]->pub.size >= vls[largest]->pub.size))
            largest = v;
    }
    for (int v = 0; v < a->nvariants; v++) {
        if (v == largest || variant_absent(vls[v])) continue;
        if (first < 0) first = v;
        last = v;
    }
    if (largest < 0 || first < 0) return NULL;
    const LayoutInfo *body = vls[largest];
    uint64_t others = (uint64_t)(last - first + 1);  /* values the encoding uses */
    if (!body->has_niche || niche_available(body) < others) return NULL;
    uint64_t size = align_to(body->pub.size, align);
    uint64_t niche_end = body->niche.offset + body->niche.size;
    LayoutInfo *l = new_info(size, align);
    l->pub.nvariants = a->nvariants;
    l->pub.variants = arena_alloc(sizeof(Layout *) * (size_t)a->nvariants);
    for (int v = 0; v < a->nvariants; v++) {
        const Layout *src = &vls[v]->pub;
        Layout *vl = arena_alloc(sizeof *vl);
        *vl = *src;
        uint64_t shift = 0;
        if (v != largest && src->size > body->niche.offset) {
            shift = align_to(niche_end, src->align);
            if (shift + src->size > size) return NULL;
        }
        vl->offsets = arena_alloc(sizeof(uint64_t) * (size_t)(src->nfields ? src->nfields : 1));
        for (int i = 0; i < src->nfields; i++) vl->offsets[i] = src->offsets[i] + shift;
        l->pub.variants[v] = vl;
    }
    uint64_t mask = size_mask(body->niche.size);
    l->pub.niche_encoded = true;
    l->pub.dataful_variant = largest;
    l->pub.niche_offset = body->niche.offset;
    l->pub.niche_size = body->niche.size;
    /* the encoded variants take the values just past the valid range, in order; the
     * niche's start then moves past them so that an enclosing enum can nest */
    uint64_t niche_start = (body->niche.end + 1) & mask;
    l->pub.niche_start = (niche_start - (uint64_t)first) & mask;
    l->pub.niche_first = first;
    l->pub.niche_last = last;
    l->has_niche = true;
    l->niche = body->niche;
    l->niche.end = (body->niche.end + others) & mask;
    return l;
}

/* An enum with a tag at offset 0. Each variant is laid out after the tag with its
 * fields in ascending alignment (rustc's order for tag-prefixed variants, which packs
 * small fields into the space after the tag); the enum is as large as its largest
 * variant, and the tag's unused values are its niche. */
static LayoutInfo *tagged_layout(Type *t) {
    AdtDef *a = t->adt;
    uint64_t tag = tag_size_for(a);
    LayoutInfo *l = new_info(tag, tag);
    l->pub.tag_size = tag;
    l->pub.nvariants = a->nvariants;
    l->pub.variants = arena_alloc(sizeof(Layout *) * (size_t)a->nvariants);
    for (int v = 0; v < a->nvariants; v++) {
        AdtVariant *var = &a->variants[v];
        Layout *vl = arena_alloc(sizeof *vl);
        vl->nfields = var->nfields;
        vl->offsets = arena_alloc(sizeof(uint64_t) * (size_t)(var->nfields ? var->nfields : 1));
        int *order = arena_alloc(sizeof(int) * (size_t)(var->nfields ? var->nfields : 1));
        for (int i = 0; i < var->nfields; i++) {
            int j = i;
            uint64_t al = info_of(ty_field(t, &var->fields[i]))->pub.align;
            for (; j > 0 && info_of(ty_field(t, &var->fields[order[j - 1]]))->pub.align > al; j--)
                order[j] = order[j - 1];
            order[j] = i;
        }
        uint64_t off = tag, align = tag;
        for (int k = 0; k < var->nfields; k++) {
            const LayoutInfo *f = info_of(ty_field(t, &var->fields[order[k]]));
            off = align_to(off, f->pub.align);
            vl->offsets[order[k]] = off;
            off += f->pub.size;
            if (f->pub.align > align) align = f->pub.align;
        }
        vl->align = align;
        vl->size = align_to(off, align);
        l->pub.variants[v] = vl;
        if (align > l->pub.align) l->pub.align = align;
        if (off > l->pub.size) l->pub.size = off;
    }
    l->pub.size = align_to(l->pub.size, l->pub.align);
    uint64_t lo = a->variants[0].discr, hi = a->variants[0].discr;
    for (int v = 1; v < a->nvariants; v++) {
        if (a->variants[v].discr < lo) lo = a->variants[v].discr;
        if (a->variants[v].discr > hi) hi = a->variants[v].discr;
    }
    l->has_niche = true;
    l->niche = (Niche){0, tag, lo, hi};
    return l;
}

/* An enum whose only present variant is laid out like a struct of its fields (`enum E {
 * Only }` is zero-sized; the discriminant is a constant). */
static LayoutInfo *univariant_enum(Type *t, LayoutInfo **vls, int present) {
    AdtDef *a = t->adt;
    LayoutInfo *l = arena_alloc(sizeof *l);
    *l = *vls[present];
    l->pub.nvariants = a->nvariants;
    l->pub.variants = arena_alloc(sizeof(Layout *) * (size_t)a->nvariants);
    for (int v = 0; v < a->nvariants; v++) l->pub.variants[v] = &vls[v]->pub;
    l->pub.dataful_variant = present;
    return l;
}

/* rustc's layout_of_enum: no variants or only absent ones is uninhabited and zero-sized;
 * one present variant is a struct; otherwise the smaller of the tagged and the
 * niche-filled layouts (on a tie, the one leaving the larger niche). */
static LayoutInfo *enum_layout(Type *t) {
    AdtDef *a = t->adt;
    LayoutInfo **vls = variant_layouts(t);
    int present = -1, npresent = 0;
    for (int v = 0; v < a->nvariants; v++)
        if (!variant_absent(vls[v])) {
            present = v;
            npresent++;
        }
    if (npresent == 0) {
        LayoutInfo *l = new_info(0, 1);
        l->uninhabited = true;
        l->pub.nvariants = a->nvariants;
        l->pub.variants = arena_alloc(sizeof(Layout *) * (size_t)(a->nvariants ? a->nvariants : 1));
        for (int v = 0; v < a->nvariants; v++) l->pub.variants[v] = &vls[v]->pub;
        return l;
    }
    if (npresent == 1 && !a->repr_c) return univariant_enum(t, vls, present);
    LayoutInfo *tagged = tagged_layout(t);
    LayoutInfo *niche = niche_layout(t, vls);
    if (niche && (niche->pub.size < tagged->pub.size ||
                  (niche->pub.size == tagged->pub.size &&
                   niche_available(niche) > niche_available(tagged))))
        return niche;
    return tagged;
}

static LayoutInfo *pointer_layout(Type *pointee, bool non_null);

/* A struct: its fields' layouts (types from typeck), reordered unless #[repr(C)]. A
 * struct that contains itself by value has no layout; typeck rejects it first (E0072). */
static LayoutInfo *struct_layout(Type *t) {
    AdtDef *a = t->adt;
    if (a->is_enum) return enum_layout(t);
    int n = a->nfields;
    const LayoutInfo **fields = arena_alloc(sizeof(LayoutInfo *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        fields[i] = info_of(a->fields[i].ty ? ty_field(t, &a->fields[i]) : ty_unit);
    /* a box is never null: `Option<Box<T>>` is 8 bytes */
    if (a->is_prelude && strcmp(sym_str(a->name), "Box") == 0 && n == 1 &&
        ty_field(t, &a->fields[0])->kind == TY_PTR)
        fields[0] = pointer_layout(ty_field(t, &a->fields[0])->elem, true);
    return fields_layout(fields, n, a->repr_c);
}

/* ── the table of leaf types ── */

static LayoutInfo *int_layout(IntKind ik) {
    uint64_t bytes = (uint64_t)ty_int_bits(ik) / 8;
    return scalar(bytes, false, 0, 0);
}

/* A pointer: thin (8 bytes) or fat (data pointer + length, 16 bytes); never null. */
static LayoutInfo *pointer_layout(Type *pointee, bool non_null) {
    bool fat = pointee->kind == TY_STR || pointee->kind == TY_SLICE || pointee->kind == TY_DYN;
    LayoutInfo *l = scalar(8, non_null, 1, ~0ull);
    if (fat) {
        l->pub.size = 16;
        l->pub.nfields = 2;
        l->pub.offsets = arena_alloc(2 * sizeof(uint64_t));
        l->pub.offsets[1] = 8;
    }
    return l;
}

static LayoutInfo *array_layout(Type *t) {
    const LayoutInfo *e = info_of(t->elem);
    bool too_big = e->pub.size && t->len >= SIZE_LIMIT / e->pub.size + 1;
    LayoutInfo *l = new_info(too_big ? SIZE_LIMIT : e->pub.size * t->len, e->pub.align);
    l->has_niche = t->len != 0 && e->has_niche;
    l->uninhabited = t->len != 0 && e->uninhabited;
    l->niche = e->niche;
    return l;
}

static LayoutInfo *compute(Type *t) {
    switch (t->kind) {
    case TY_BOOL: return scalar(1, true, 0, 1);
    case TY_CHAR: return scalar(4, true, 0, 0x10FFFF);
    case TY_INT: return int_layout(t->ik);
    case TY_FLOAT: return scalar(t->fk == FK_F32 ? 4 : 8, false, 0, 0);
    case TY_REF: return pointer_layout(t->elem, true);
    case TY_PTR: return pointer_layout(t->elem, false);
    case TY_FN_PTR: return scalar(8, true, 1, ~0ull);
    case TY_TUPLE: case TY_CLOSURE: return tuple_layout(t);   /* a closure: its captures */
    case TY_ADT: return struct_layout(t);
    case TY_ARRAY: return array_layout(t);
    case TY_NEVER: {
        LayoutInfo *l = new_info(0, 1);
        l->uninhabited = true;
        return l;
    }
    case TY_FN_DEF: return new_info(0, 1);
    case TY_STR: case TY_DYN: return new_info(0, 1);   /* unsized: the size of an empty value */
    case TY_SLICE: return new_info(0, info_of(t->elem)->pub.align);
    case TY_INFER: case TY_ERROR: case TY_PARAM: case TY_PROJ: break;
    }
    return new_info(0, 1);                      /* never reaches codegen: typeck reported */
}

static const LayoutInfo *info_of(Type *t) {
    if (t->id >= memo_cap) {
        uint32_t cap = memo_cap ? memo_cap : 256;
        while (cap <= t->id) cap *= 2;
        memo = arena_realloc(memo, sizeof(LayoutInfo *) * memo_cap, sizeof(LayoutInfo *) * cap);
        memo_cap = cap;
    }
    /* A type that contains itself by value has no layout; typeck reports E0072 first, and
     * the placeholder keeps this from recursing forever. */
    static LayoutInfo in_progress = {.pub = {.size = 0, .align = 1}};
    if (!memo[t->id]) {
        memo[t->id] = &in_progress;
        LayoutInfo *l = compute(t);     /* may grow memo: store into the array as it is after */
        memo[t->id] = l;
    }
    return memo[t->id];
}

const Layout *layout_of(Type *t) { return &info_of(t)->pub; }

bool layout_too_big(Type *t) { return info_of(t)->pub.size >= SIZE_LIMIT; }

/* The innermost part of a too-big type t that is too big itself: rustc lays out the parts
 * first, and names the first one whose size overflows. */
static Type *too_big_part(Type *t) {
    if (t->kind == TY_ARRAY && layout_too_big(t->elem)) return too_big_part(t->elem);
    if (t->kind == TY_TUPLE || t->kind == TY_CLOSURE)
        for (int i = 0; i < t->nelems; i++)
            if (layout_too_big(t->elems[i])) return too_big_part(t->elems[i]);
    if (t->kind == TY_ADT)
        for (int v = 0; v < (t->adt->is_enum ? t->adt->nvariants : 1); v++) {
            AdtField *fields = t->adt->is_enum ? t->adt->variants[v].fields : t->adt->fields;
            int n = t->adt->is_enum ? t->adt->variants[v].nfields : t->adt->nfields;
            for (int i = 0; i < n; i++) {
                Type *ft = fields[i].ty ? ty_field(t, &fields[i]) : ty_unit;
                if (layout_too_big(ft)) return too_big_part(ft);
            }
        }
    return t;
}

void layout_report_too_big(Type *t, Span span, const char *code) {
    Diag *d = diag_error(code, span,
                         "values of the type `%s` are too big for the target architecture",
                         ty_str_of(too_big_part(t)));
    diag_emit(d);
}

void layout_check_locals(IrProgram *prog) {
    /* rustc stops at the first such error; the user's own code is where it is looked for
     * first, and a variable is preferred to a temporary holding the same value */
    for (int pass = 0; pass < 2; pass++) {
        for (int b = 0; b < prog->nbodies; b++) {
            Body *body = prog->bodies[b];
            const Local *worst = NULL;
            for (int i = 0; i < body->nlocals; i++) {
                const Local *l = &body->locals[i];
                if ((pass == 0 && l->span.file != 0) || !layout_too_big(l->ty)) continue;
                if (!worst || (l->is_user_var && !worst->is_user_var)) worst = l;
            }
            if (worst) {
                layout_report_too_big(worst->ty, worst->span, NULL);
                return;
            }
        }
    }
}

void layout_program(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++) {
        Body *b = prog->bodies[i];
        for (int l = 0; l < b->nlocals; l++) layout_of(b->locals[l].ty);
    }
    for (int i = 0; i < prog->nglobals; i++) layout_of(prog->globals[i].ty);
    for (int i = 0; i < prog->nvtables; i++) layout_of(prog->vtables[i].ty);
}

void layout_reset(void) {
    memo = NULL;
    memo_cap = 0;
}

/* ── --print type-sizes ── */

static void collect_adts(Node *n, const char *role, void *ctx) {
    (void)role;
    /* generic types have sizes only per instance */
    if ((n->kind == N_STRUCT || n->kind == N_ENUM) && n->u.adt.def && !n->u.adt.def->ngenerics)
        ptrvec_push(ctx, n->u.adt.def);
    ast_visit_children(n, collect_adts, ctx);
}

static int cmp_adt_size(const void *a, const void *b) {
    AdtDef *x = *(AdtDef *const *)a, *y = *(AdtDef *const *)b;
    uint64_t sx = layout_of(ty_adt(x))->size, sy = layout_of(ty_adt(y))->size;
    if (sx != sy) return sx > sy ? -1 : 1;
    return strcmp(sym_str(x->name), sym_str(y->name));
}

/* One struct or variant body: its fields in memory order with the padding between them. */
static void print_fields(FILE *out, const Layout *l, AdtField *fields, int n, uint64_t start,
                         uint64_t size, const char *indent) {
    int *order = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        int j = i;
        for (; j > 0 && l->offsets[order[j - 1]] > l->offsets[i]; j--) order[j] = order[j - 1];
        order[j] = i;
    }
    uint64_t at = start;
    for (int k = 0; k < n; k++) {
        int i = order[k];
        const Layout *f = layout_of(fields[i].ty);
        if (l->offsets[i] > at)
            fprintf(out, "print-type-size %s    padding: %llu bytes\n", indent,
                    (unsigned long long)(l->offsets[i] - at));
        const char *name = fields[i].name ? sym_str(fields[i].name) : arena_printf("%d", i);
        fprintf(out, "print-type-size %s    field `.%s`: %llu bytes, offset: %llu, "
                     "alignment: %llu bytes\n",
                indent, name, (unsigned long long)f->size, (unsigned long long)l->offsets[i],
                (unsigned long long)f->align);
        at = l->offsets[i] + f->size;
    }
    if (size > at)
        fprintf(out, "print-type-size %s    end padding: %llu bytes\n", indent,
                (unsigned long long)(size - at));
}

/* Every struct and enum of the program, largest first, in the spirit of rustc's
 * -Zprint-type-sizes: size, alignment, and each field's offset and size with the padding
 * between fields made explicit. */
void layout_print_type_sizes(FILE *out, Node *crate) {
    PtrVec adts = {0};
    ast_visit_children(crate, collect_adts, &adts);
    /* items is NULL when empty */
    if (adts.len) qsort(adts.items, (size_t)adts.len, sizeof(void *), cmp_adt_size);
    for (int i = 0; i < adts.len; i++) {
        AdtDef *a = adts.items[i];
        const Layout *l = layout_of(ty_adt(a));
        fprintf(out, "print-type-size type: `%s`: %llu bytes, alignment: %llu bytes%s\n",
                sym_str(a->name), (unsigned long long)l->size, (unsigned long long)l->align,
                a->repr_c ? " (repr(C))" : "");
        if (!a->is_enum) {
            print_fields(out, l, a->fields, a->nfields, 0, l->size, "");
            continue;
        }
        if (l->tag_size)
            fprintf(out, "print-type-size     discriminant: %llu bytes\n",
                    (unsigned long long)l->tag_size);
        for (int v = 0; v < a->nvariants; v++) {
            const Layout *vl = l->variants[v];
            fprintf(out, "print-type-size     variant `%s`: %llu bytes\n",
                    sym_str(a->variants[v].name),
                    (unsigned long long)(vl->size > l->tag_size ? vl->size - l->tag_size : 0));
            print_fields(out, vl, a->variants[v].fields, a->variants[v].nfields, l->tag_size,
                         vl->size, "    ");
        }
    }
}
