/* nll.c — the borrow checker, body by body.
 *
 * Takes: the IR of every body, after the move and initialization checks.
 * Gives: rustc's NLL borrow errors. For each body: its region positions renumbered, its
 * loans (borrow_set.c), region inference (region_infer.c), the universal regions that
 * outlive too much (region_errors.c), then the loans in scope and every access checked
 * against them (loans.c). It reports and never changes what later passes
 * read: the renumbered types are the body's own copy for the checks, so --borrowck=compare
 * can check the same bodies once per mode. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

/* mode is NLL, LEXICAL or POLONIUS. */
static void check_body(Body *body, BorrowckMode mode) {
    (void)mode;                                 /* lexical and polonius: spec 21, to come */
    ScratchMark mark = scratch_mark();
    ir_renumber_regions(body);
    BorrowSet *set = borrow_set_of(body);
    RegionCx *cx = regions_infer(body);
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
        borrowck_check(prog, prelude_file, false, compared_modes[m]);
        diag_capture(outer);
    }
}

static bool mode_reports(const PtrVec *errors, const Diag *d) {
    int line, col, other_line;
    source_line_col(diag_primary_span(d), &line, &col);
    const char *code = diag_code_of(d) ? diag_code_of(d) : "";
    for (int i = 0; i < errors->len; i++) {
        const Diag *e = errors->items[i];
        source_line_col(diag_primary_span(e), &other_line, &col);
        if (other_line == line && strcmp(diag_code_of(e) ? diag_code_of(e) : "", code) == 0)
            return true;
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
