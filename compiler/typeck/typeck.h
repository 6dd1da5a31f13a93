/* typeck.h — Type checking and exhaustiveness: a Type on every expression. */
#ifndef PATINA_TYPECK_TYPECK_H
#define PATINA_TYPECK_TYPECK_H

#include "sema/resolve.h"

void typeck_crate(Node *crate);
/* E0072 for each cycle of structs/enums holding themselves by value (representability.c);
 * true when some type is infinite. adt_nodes: the crate's N_STRUCT/N_ENUM, field types lowered. */
bool check_representability(PtrVec *adt_nodes);

/* The values no pattern covers (exhaustive.c), as rustc's witnesses in rustc's order. */
typedef struct Uncovered {
    const char **patterns;
    int count;
    /* a witness lies past `usize::MAX` / `isize`'s ends */
    bool usize_not_exhaustive, isize_not_exhaustive;
} Uncovered;
/* pats: one per arm (NULL for a guarded arm); ty: the scrutinee's resolved type. */
bool find_uncovered(Node **pats, int n, Type *ty, Uncovered *out);
/* A range pattern `a..b`/`a..=b` of an integer or char type t: *order is -1, 0 or 1 as a
 * is below, equal to or above b (a missing a is the type's least value); false when b is
 * missing or a bound is not a constant Patina can compute. */
bool range_pattern_order(Node *pat, Type *t, int *order);
/* a struct or enum of stdlib/prelude.rs, by name (after typeck_crate) */
AdtDef *prelude_adt(const char *name);

#endif
