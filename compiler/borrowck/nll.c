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

/* mode is NLL, LEXICAL or POLONIUS. */
static void check_body(Body *body, BorrowckMode mode) {
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    RegionCx *cx = regions_infer(body);
    regions_check_universal(cx);
    /* polonius: the same checks, with each loan live only where it flows (spec 21.3) */
    const LiveLoans *live =
        mode == BORROWCK_POLONIUS && set->nloans ? polonius_live_loans(body, set, cx) : NULL;
    loans_check_body(body, set, cx, live);
    scratch_release(mark);
}

/* An instance is its generic body, checked once. */
bool borrowck_checks_body(const Body *body, uint32_t prelude_file, bool prelude_bodies) {
    return (!body->def || !body->def->generic) &&
           (body->span.file == prelude_file) == prelude_bodies;
}

void borrowck_check(IrProgram *prog, uint32_t prelude_file, bool prelude_bodies,
                    BorrowckMode mode) {
    if (mode == BORROWCK_OFF) return;
    for (int i = 0; i < prog->nbodies; i++)
        if (borrowck_checks_body(prog->bodies[i], prelude_file, prelude_bodies))
            check_body(prog->bodies[i], mode);
    for (int i = 0; i < prog->ngeneric_bodies; i++)
        if (borrowck_checks_body(prog->generic_bodies[i], prelude_file, prelude_bodies))
            check_body(prog->generic_bodies[i], mode);
}
