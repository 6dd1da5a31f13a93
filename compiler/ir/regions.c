/* regions.c — region renumbering: a fresh region variable at every region position.
 *
 * Takes: a Body as lowering built it, whose locals' types and borrows carry erased
 * regions (typeck's types).
 * Gives: Local.renumbered_ty for every local (its type with a REGION_VAR at each region
 * position: `&'?3 i32`, `Cursor<'?4>`, `&'?5 (dyn Show + '?6)`), a REGION_VAR on every
 * borrow rvalue, and Body.nregions, the number of variables. This is rustc's
 * `renumber_mir`: the NLL borrow checker then solves for each variable the set of points
 * where it must be live. Local.ty itself stays erased, so every pass that compares types
 * by pointer is untouched. */
#include "patina.h"

/* Hands out the body's region variables in order. */
static Region fresh_region(void *ctx, Region r) {
    Body *b = ctx;
    if (r.kind == REGION_BOUND) return r;       /* bound by the type's own binder (`for<'a>`) */
    return (Region){REGION_VAR, b->nregions++};
}

void ir_renumber_regions(Body *b) {
    b->nregions = 0;
    for (int i = 0; i < b->nlocals; i++)
        b->locals[i].renumbered_ty = ty_map_regions(b->locals[i].ty, fresh_region, b);
    for (int bi = 0; bi < b->nblocks; bi++) {
        Block *bb = &b->blocks[bi];
        for (int si = 0; si < bb->nstmts; si++) {
            Rvalue *rv = &bb->stmts[si].rv;
            if (bb->stmts[si].kind == ST_ASSIGN && rv->kind == RV_REF)
                rv->region = fresh_region(b, rv->region);
        }
    }
}
