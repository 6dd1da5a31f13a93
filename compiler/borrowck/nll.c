/* nll.c — the borrow checker, body by body.
 *
 * Takes: the IR of every body, after the move and initialization checks.
 * Gives: rustc's NLL borrow errors, or those of the lexical rule (spec 21.2). For each
 * body: its region positions renumbered, its loans (borrow_set.c), region inference
 * (region_infer.c), the universal regions that outlive too much (region_errors.c), then
 * the loans in scope and every access checked against them (loans.c). It reports and
 * never changes what later passes read: the renumbered types are the body's own copy for
 * the checks. */
#include "patina.h"
#include "borrowck/borrows.h"

/* Whether the body is one the program's text wrote (a fn, a method, a closure): the lexical
 * rule is about its scopes. A generated body (drop glue, the formatting of a slice) has
 * none in the source, and Rust 2015's checker never saw one: it is checked with NLL. */
static bool written_in_source(const Body *body) {
    return body->def && body->def->node;
}

/* mode is NLL, LEXICAL or POLONIUS. The lexical rule (spec 21.2) differs in two places:
 * no two-phase borrows, and regions live where their locals' storage is. */
static void check_body(Body *body, BorrowckMode mode) {
    if (mode == BORROWCK_LEXICAL && !written_in_source(body)) mode = BORROWCK_NLL;
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    if (mode == BORROWCK_LEXICAL) borrow_set_drop_two_phase(set);
    RegionCx *cx = regions_infer(body, mode);
    regions_check_universal(cx);
    loans_check_body(body, set, cx);
    scratch_release(mark);
}

/* An instance is its generic body, checked once. */
static bool needs_check(const Body *body, uint32_t prelude_file, bool prelude_bodies) {
    return (!body->def || !body->def->generic) &&
           (body->span.file == prelude_file) == prelude_bodies;
}

void borrowck_check(IrProgram *prog, uint32_t prelude_file, bool prelude_bodies,
                    BorrowckMode mode) {
    if (mode == BORROWCK_OFF) return;
    for (int i = 0; i < prog->nbodies; i++)
        if (needs_check(prog->bodies[i], prelude_file, prelude_bodies))
            check_body(prog->bodies[i], mode);
    for (int i = 0; i < prog->ngeneric_bodies; i++)
        if (needs_check(prog->generic_bodies[i], prelude_file, prelude_bodies))
            check_body(prog->generic_bodies[i], mode);
}
