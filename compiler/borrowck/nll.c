/* nll.c — the borrow checker, body by body.
 *
 * Takes: the IR of every body, after the move and initialization checks.
 * Gives: rustc's NLL borrow errors. For each body: its region positions renumbered, its
 * loans (borrow_set.c), region inference (region_infer.c), the universal regions that
 * outlive too much (region_errors.c), then the loans in scope and every access checked
 * against them (loans.c). It reports and never changes what later passes
 * read: the renumbered types are the body's own copy for the checks. */
#include "patina.h"
#include "borrowck/borrows.h"

static void check_body(Body *body) {
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    RegionCx *cx = regions_infer(body);
    regions_check_universal(cx);
    loans_check_body(body, set, cx);
    scratch_release(mark);
}

void borrowck_check(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++)
        if (!prog->bodies[i]->def || !prog->bodies[i]->def->generic) check_body(prog->bodies[i]);
    for (int i = 0; i < prog->ngeneric_bodies; i++) check_body(prog->generic_bodies[i]);
}
