/* places_conflict.c — whether an access to one place touches what a loan of another keeps.
 *
 * Takes: a body, a loan's place and kind, an accessed place, the access's depth and a
 * bias for indexes.
 * Gives: rustc's place-conflict rules (rustc_borrowck's places_conflict.rs): the two
 * places are walked projection by projection while they name the same thing; different
 * fields of a struct or tuple, or different variants, are disjoint; two indexes may be
 * the same element, the constant indexes and subslices of slice patterns are compared by
 * their offsets. When one place is a prefix of the other the access reaches the loan,
 * except a shallow access or a drop that would have to pass through a reference to get
 * there, and a fake shallow borrow that does not care about what lies below its place. */
#include "patina.h"
#include "borrowck/borrows.h"

typedef enum Overlap { OVERLAP_EQUAL, OVERLAP_DISJOINT } Overlap;

static Type *local_type(Body *body, int local) {
    return local < 0 ? ir_global(body->program, local)->ty : body->locals[local].ty;
}

/* The type projection i of p applies to. */
static Type *base_type(Body *body, const Place *p, int i) {
    return i == 0 ? local_type(body, p->local) : p->proj[i - 1].ty;
}

/* rustc's ConstantIndex of an array's element: Patina's IR makes it a field. */
static Proj as_constant_index(const Proj *p, const Type *base) {
    if (p->kind != PROJ_FIELD || base->kind != TY_ARRAY) return *p;
    return (Proj){.kind = PROJ_CONST_INDEX, .offset = p->field, .min_length = (int)base->len,
                  .ty = p->ty};
}

/* A constant index and a subslice (in either order), of a slice pattern each. */
static Overlap index_subslice_overlap(const Proj *index, const Proj *sub) {
    if (!index->from_end && !sub->from_end)
        return index->offset >= sub->from && index->offset < sub->to ? OVERLAP_EQUAL
                                                                     : OVERLAP_DISJOINT;
    if (!index->from_end) return index->offset >= sub->from ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    if (sub->from_end) return index->offset > sub->to ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    return OVERLAP_EQUAL;
}

/* Two element projections of the same array or slice (rustc's place_projection_conflict):
 * an index by a local may be any element; constant indexes from the same end are the same
 * element only at the same offset, from opposite ends only if the longer of the lengths
 * their patterns tested lets them meet; a subslice holds the indexes in its range. */
static Overlap element_overlap(const Proj *a, const Proj *b, ConflictBias bias) {
    if (a->kind == PROJ_INDEX || b->kind == PROJ_INDEX)
        return bias == BIAS_OVERLAP ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    if (a->kind == PROJ_CONST_INDEX && b->kind == PROJ_CONST_INDEX) {
        if (a->from_end == b->from_end)
            return a->offset == b->offset ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
        const Proj *begin = a->from_end ? b : a, *end = a->from_end ? a : b;
        int min_length = a->min_length > b->min_length ? a->min_length : b->min_length;
        return begin->offset >= min_length - end->offset ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    }
    if (a->kind == PROJ_CONST_INDEX) return index_subslice_overlap(a, b);
    if (b->kind == PROJ_CONST_INDEX) return index_subslice_overlap(b, a);
    if (!a->from_end && !b->from_end)
        return b->from >= a->to || a->from >= b->to ? OVERLAP_DISJOINT : OVERLAP_EQUAL;
    return OVERLAP_EQUAL;                       /* two subslices of a slice: assumed to meet */
}

/* Two projections at the same depth of places that are equal so far, applied to a value
 * of type base. */
static Overlap projection_overlap(const Proj *a, const Proj *b, const Type *base,
                                  ConflictBias bias) {
    Proj ea = as_constant_index(a, base), eb = as_constant_index(b, base);
    switch (ea.kind) {
    case PROJ_DEREF:
        return OVERLAP_EQUAL;                   /* the same pointer, read from the same place */
    case PROJ_FIELD:
    case PROJ_DOWNCAST:
        return a->field == b->field ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    case PROJ_INDEX:
    case PROJ_CONST_INDEX:
    case PROJ_SUBSLICE:
        return element_overlap(&ea, &eb, bias);
    }
    return OVERLAP_EQUAL;
}

/* The loan's place goes deeper than the access (a loan of `a.b.c`, an access to `a`):
 * whether what lies between reaches the loan. */
static bool reaches_deeper_loan(Body *body, const Place *borrowed, int from,
                                AccessDepth depth) {
    if (depth == ACCESS_SHALLOW_LEN || depth == ACCESS_SHALLOW_FAKE)
        return false;                           /* an artificial field: no data of the loan */
    for (int i = from; i < borrowed->nproj; i++) {
        const Proj *pr = &borrowed->proj[i];
        Type *base = base_type(body, borrowed, i);
        if (pr->kind == PROJ_DEREF) {
            /* `*x.y` loaned while `x.y` is overwritten: the pointer changes, not its target */
            if (depth == ACCESS_SHALLOW) return false;
            /* a drop or a StorageDead of a `&mut` does not touch what it points to */
            if (depth == ACCESS_DROP && base->kind == TY_REF) return false;
        } else if (pr->kind == PROJ_FIELD && depth == ACCESS_DROP && base->kind == TY_ADT &&
                   ty_drop_impl(base, NULL)) {
            return true;                        /* its Drop::drop may reach any field */
        }
    }
    return true;
}

bool borrow_conflicts_with_place(Body *body, const Place *borrowed, BorrowKind kind,
                                 const Place *access, AccessDepth depth, ConflictBias bias) {
    if (borrowed->local != access->local) return false;
    int common = borrowed->nproj < access->nproj ? borrowed->nproj : access->nproj;
    for (int i = 0; i < common; i++) {
        const Proj *b = &borrowed->proj[i], *a = &access->proj[i];
        if (projection_overlap(b, a, base_type(body, borrowed, i), bias) == OVERLAP_DISJOINT)
            return false;
    }
    if (borrowed->nproj > access->nproj)
        return reaches_deeper_loan(body, borrowed, access->nproj, depth);
    /* the loan's place is a prefix of the access's, or equal to it: a fake shallow borrow
     * of `a.b` keeps only `a.b` itself, not `a.b.c` */
    return !(kind == BORROW_SHALLOW && borrowed->nproj < access->nproj);
}
