/* places_conflict.c — whether an access to one place touches what a loan of another keeps.
 *
 * Takes: a body, a loan's place and kind, an accessed place, the access's depth and a
 * bias for indexes.
 * Gives: rustc's place-conflict rules (rustc_borrowck's places_conflict.rs): the two
 * places are walked projection by projection while they name the same thing; different
 * fields of a struct or tuple, or different variants, are disjoint; two indexes may be
 * the same element. When one place is a prefix of the other the access reaches the loan,
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

/* Two projections at the same depth of places that are equal so far. */
static Overlap projection_overlap(const Proj *a, const Proj *b, ConflictBias bias) {
    switch (a->kind) {
    case PROJ_DEREF:
        return OVERLAP_EQUAL;                   /* the same pointer, read from the same place */
    case PROJ_FIELD:
    case PROJ_DOWNCAST:
        return a->field == b->field ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
    case PROJ_INDEX:
        /* a[i] and a[j]: the same element unless told to assume otherwise */
        return bias == BIAS_OVERLAP ? OVERLAP_EQUAL : OVERLAP_DISJOINT;
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
        if (projection_overlap(b, a, bias) == OVERLAP_DISJOINT) return false;
    }
    if (borrowed->nproj > access->nproj)
        return reaches_deeper_loan(body, borrowed, access->nproj, depth);
    /* the loan's place is a prefix of the access's, or equal to it: a fake shallow borrow
     * of `a.b` keeps only `a.b` itself, not `a.b.c` */
    return !(kind == BORROW_SHALLOW && borrowed->nproj < access->nproj);
}
