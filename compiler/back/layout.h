/* layout.h — Layout: sizes, alignments, field offsets and niches of types. */
#ifndef PATINA_BACK_LAYOUT_H
#define PATINA_BACK_LAYOUT_H

#include "ir/ir.h"

typedef struct Layout {
    uint64_t size, align;
    int nfields;
    uint64_t *offsets;                          /* per field, in declaration order */
    /* enums: the tag (at offset 0) and each variant's own field layout */
    uint64_t tag_size;
    int nvariants;
    const struct Layout **variants;
    /* niche-filled enums (no tag): the variant whose fields hold the niche, and how the
     * other variants are encoded in the niche's invalid values */
    bool niche_encoded;
    int dataful_variant;
    uint64_t niche_offset, niche_size, niche_start;  /* niche_start encodes niche_first */
    int niche_first, niche_last;                     /* the variants encoded in the niche */
} Layout;

const Layout *layout_of(Type *t);
/* Whether t is at least rustc's object size bound (2^61 bytes): it has no values. */
bool layout_too_big(Type *t);
/* "values of the type `T` are too big for the target architecture" at span. */
void layout_report_too_big(Type *t, Span span, const char *code);
/* That error for every body with a local of such a type (rustc reports it when laying
 * out the locals of the functions it emits). */
void layout_check_locals(IrProgram *prog);
/* --print type-sizes: every struct and enum of the crate with its field layout. */
void layout_print_type_sizes(FILE *out, Node *crate);
/* Lays out the type of every local, static and vtable of the program's bodies. */
void layout_program(IrProgram *prog);

#endif
