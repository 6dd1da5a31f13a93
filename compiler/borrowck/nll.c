/* nll.c — the borrow checker, body by body.
 *
 * Takes: the IR of every body, after the move and initialization checks.
 * Gives: rustc's NLL borrow errors, or those of the lexical rule (spec 21.2) or polonius's
 * (21.3). For each body: its region positions renumbered, its loans (borrow_set.c), region
 * inference (region_infer.c), the universal regions that outlive too much
 * (region_errors.c), then the loans in scope and every access checked against them
 * (loans.c). It reports and never changes what later passes read: the renumbered types are
 * the body's own copy for the checks, so --borrowck=compare can check the same bodies once
 * per mode. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

/* Whether the body is one the program's text wrote (a fn, a method, a closure): the lexical
 * rule is about its scopes. A generated body (drop glue, the formatting of a slice) has
 * none in the source, and Rust 2015's checker never saw one: it is checked with NLL. */
static bool written_in_source(const Body *body) {
    return body->def && body->def->node;
}

/* mode is NLL, LEXICAL or POLONIUS. The lexical rule (spec 21.2) differs in two places:
 * no two-phase borrows, and regions live where their locals' storage is; polonius in which
 * locations a loan is live (21.3). record: NULL, or where the loan checks keep what they
 * found. */
static void check_body(Body *body, BorrowckMode mode, BodyLoans *record) {
    if (mode == BORROWCK_LEXICAL && !written_in_source(body)) mode = BORROWCK_NLL;
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    if (mode == BORROWCK_LEXICAL) borrow_set_drop_two_phase(set);
    RegionCx *cx = regions_infer(body, mode);
    regions_check_universal(cx);
    /* polonius: the same checks, with each loan live only where it flows (spec 21.3) */
    const LiveLoans *live =
        mode == BORROWCK_POLONIUS && set->nloans ? polonius_live_loans(body, set, cx) : NULL;
    loans_check_body(body, set, cx, live, record);
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
bool borrowck_checks_body(const Body *body, uint32_t prelude_file, bool prelude_bodies) {
    return (!body->def || !body->def->generic) &&
           (body->span.file == prelude_file) == prelude_bodies;
}

void borrowck_check(IrProgram *prog, uint32_t prelude_file, bool prelude_bodies,
                    BorrowckMode mode, BorrowckRecord *record) {
    if (record) record->mode = mode;
    if (mode == BORROWCK_OFF) return;
    for (int i = 0; i < prog->nbodies; i++)
        if (borrowck_checks_body(prog->bodies[i], prelude_file, prelude_bodies))
            check_body(prog->bodies[i], mode, record_body(record));
    for (int i = 0; i < prog->ngeneric_bodies; i++)
        if (borrowck_checks_body(prog->generic_bodies[i], prelude_file, prelude_bodies))
            check_body(prog->generic_bodies[i], mode, record_body(record));
}

/* In the order of their history, from the strictest rule to the loosest: each mode's errors
 * are a subset of the errors of the mode before it. */
const BorrowckMode compared_modes[COMPARED_MODES] = {
    BORROWCK_LEXICAL, BORROWCK_NLL, BORROWCK_POLONIUS,
};

const char *borrowck_mode_name(BorrowckMode mode) {
    static const char *const names[] = {
        [BORROWCK_NLL] = "nll", [BORROWCK_LEXICAL] = "lexical",
        [BORROWCK_POLONIUS] = "polonius", [BORROWCK_OFF] = "off",
        [BORROWCK_COMPARE] = "compare",
    };
    return names[mode];
}

void borrowck_compare(IrProgram *prog, uint32_t prelude_file, BorrowckComparison *out) {
    out->checked = true;
    for (int m = 0; m < COMPARED_MODES; m++) {
        PtrVec *outer = diag_capture(&out->errors[m]);
        borrowck_check(prog, prelude_file, false, compared_modes[m], NULL);
        diag_capture(outer);
    }
}

/* The code an error counts as in the invariant: an access that conflicts with a loan gets
 * the code of the first live loan it meets (E0502 against a shared one, E0499 against a
 * mutable one, E0597 when the access is a StorageDead ...), and a stricter rule, with more
 * loans live, may meet another one first: those codes count as one. */
static const char *invariant_code(const Diag *d) {
    static const char *const conflicts[] = {
        "E0499", "E0502", "E0503", "E0505", "E0506", "E0597", "E0713", "E0716",
    };
    const char *code = diag_code_of(d) ? diag_code_of(d) : "";
    for (size_t i = 0; i < sizeof conflicts / sizeof conflicts[0]; i++)
        if (strcmp(code, conflicts[i]) == 0) return "a conflicting access";
    return code;
}

static bool mode_reports(const PtrVec *errors, const Diag *d) {
    int line, col, other_line;
    source_line_col(diag_primary_span(d), &line, &col);
    const char *code = invariant_code(d);
    for (int i = 0; i < errors->len; i++) {
        const Diag *e = errors->items[i];
        source_line_col(diag_primary_span(e), &other_line, &col);
        if (other_line == line && strcmp(invariant_code(e), code) == 0) return true;
    }
    return false;
}

const Diag *borrowck_invariant_break(const BorrowckComparison *c, int *looser) {
    for (int m = 1; m < COMPARED_MODES; m++)
        for (int i = 0; i < c->errors[m].len; i++)
            if (!mode_reports(&c->errors[m - 1], c->errors[m].items[i])) {
                *looser = m;
                return c->errors[m].items[i];
            }
    return NULL;
}

void borrowck_check_invariant(IrProgram *prog, uint32_t prelude_file) {
    BorrowckComparison c = {0};
    int errors_before = diag_error_count();
    borrowck_compare(prog, prelude_file, &c);
    int looser;
    const Diag *d = borrowck_invariant_break(&c, &looser);
    diag_forget_errors(diag_error_count() - errors_before);
    if (!d) return;
    int line, col;
    source_line_col(diag_primary_span(d), &line, &col);
    const char *code = diag_code_of(d) ? diag_code_of(d) : "an error";
    diag_error_global("the borrow rules break errors(polonius) ⊆ errors(nll) ⊆ errors(lexical): "
                      "%s reports %s at line %d, %s does not", borrowck_mode_name(
                      compared_modes[looser]), code, line,
                      borrowck_mode_name(compared_modes[looser - 1]));
}
