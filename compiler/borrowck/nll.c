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

#include <string.h>

/* mode is NLL, LEXICAL or POLONIUS. */
/* record: NULL, or where the loan checks keep what they found. */
static void check_body(Body *body, BorrowckMode mode, BodyLoans *record) {
    (void)mode;                                 /* lexical and polonius: spec 21, to come */
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    RegionCx *cx = regions_infer(body);
    regions_check_universal(cx);
    loans_check_body(body, set, cx, record);
    scratch_release(mark);
}

/* A new body's place in the record, or NULL when nothing is recorded. */
static BodyLoans *record_body(BorrowckRecord *record) {
    if (!record) return NULL;
    if (record->nbodies == record->cap) {
        record->cap = record->cap ? 2 * record->cap : 8;
        BodyLoans **grown = arena_alloc(sizeof *grown * (size_t)record->cap);
        if (record->nbodies) memcpy(grown, record->bodies, sizeof *grown * (size_t)record->nbodies);
        record->bodies = grown;
    }
    BodyLoans *body = arena_alloc(sizeof *body);
    *body = (BodyLoans){0};
    return record->bodies[record->nbodies++] = body;
}

/* An instance is its generic body, checked once. */
static bool needs_check(const Body *body, uint32_t prelude_file, bool prelude_bodies) {
    return (!body->def || !body->def->generic) &&
           (body->span.file == prelude_file) == prelude_bodies;
}

void borrowck_check(IrProgram *prog, uint32_t prelude_file, bool prelude_bodies,
                    BorrowckMode mode, BorrowckRecord *record) {
    if (record) record->mode = mode;
    if (mode == BORROWCK_OFF) return;
    for (int i = 0; i < prog->nbodies; i++)
        if (needs_check(prog->bodies[i], prelude_file, prelude_bodies))
            check_body(prog->bodies[i], mode, record_body(record));
    for (int i = 0; i < prog->ngeneric_bodies; i++)
        if (needs_check(prog->generic_bodies[i], prelude_file, prelude_bodies))
            check_body(prog->generic_bodies[i], mode, record_body(record));
}
