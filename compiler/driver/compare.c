/* compare.c — `--borrowck=compare`: the borrow-rule lab's verdict table (spec 21.5).
 *
 * Takes: the programs named on the command line, already read.
 * Gives: each program's front end run once in a session of its own and its bodies checked
 * under each rule (borrowck_compare), with every diagnostic captured rather than printed;
 * on stdout a table of the verdicts (lexical, nll, polonius), the first error of each mode
 * where the modes disagree, and a count of the disagreements. It checks the lab's
 * invariant, errors(polonius) ⊆ errors(nll) ⊆ errors(lexical), an error being its code and
 * line: the exit status is 1 when a program breaks it, else 0. No program is linked. */
#include "patina.h"
#include "driver/compare.h"

#include <stdlib.h>
#include <string.h>

/* One reported error, copied out of the session before its arena is freed. */
typedef struct ErrorSeen {
    char *code;                                 /* "E0502", or "error" for an uncoded one */
    int line, col;
    char *message;
} ErrorSeen;

typedef struct ModeVerdict {
    ErrorSeen *errors;
    int nerrors;
} ModeVerdict;

typedef struct ProgramVerdicts {
    const char *path;
    bool checked;                               /* reached the borrow checker */
    ModeVerdict front;                          /* errors of the other stages (moves too) */
    ModeVerdict modes[COMPARED_MODES];
    ModeVerdict broken;                         /* the error that breaks the invariant */
    int broken_mode;                            /* the looser mode that reports it */
} ProgramVerdicts;

static char *copy_string(const char *s) {
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    memcpy(c, s, n);
    return c;
}

static void keep_error(ModeVerdict *into, const Diag *d) {
    into->errors = realloc(into->errors, (size_t)(into->nerrors + 1) * sizeof *into->errors);
    ErrorSeen *e = &into->errors[into->nerrors++];
    Span sp = diag_primary_span(d);
    e->line = e->col = 0;
    if (sp.hi) source_line_col(sp, &e->line, &e->col);
    e->code = copy_string(diag_code_of(d) ? diag_code_of(d) : "error");
    e->message = copy_string(diag_message_of(d));
}

static void keep_errors(ModeVerdict *into, const PtrVec *diags) {
    for (int i = 0; i < diags->len; i++) {
        const Diag *d = diags->items[i];
        if (!diag_is_error(d)) continue;
        keep_error(into, d);
    }
}

static void free_errors(ModeVerdict *v) {
    for (int i = 0; i < v->nerrors; i++) free(v->errors[i].code), free(v->errors[i].message);
    free(v->errors);
}

static ProgramVerdicts check_program(const CompareInput *in, FILE *discard) {
    ProgramVerdicts pv = {.path = in->path};
    session_begin(false, DIAGFMT_HUMAN, discard);
    PtrVec front = {0};
    diag_capture(&front);
    BorrowckComparison cmp = {0};
    FrontEnd fe = {
        .path = in->path, .text = in->text, .len = in->len, .last_stage = STAGE_LAYOUT,
        .overflow_checks = true, .borrowck_mode = BORROWCK_COMPARE, .comparison = &cmp,
    };
    IrProgram *prog;
    compile_front_end(&fe, &prog);
    diag_capture(NULL);
    pv.checked = cmp.checked;
    keep_errors(&pv.front, &front);
    for (int m = 0; m < COMPARED_MODES; m++) keep_errors(&pv.modes[m], &cmp.errors[m]);
    const Diag *broken = borrowck_invariant_break(&cmp, &pv.broken_mode);
    if (broken) keep_error(&pv.broken, broken);
    session_end();
    return pv;
}

static bool accepted(const ProgramVerdicts *pv, int m) {
    return pv->front.nerrors == 0 && pv->modes[m].nerrors == 0;
}

/* The first error a mode reports: the other stages' (the move checks') come first. */
static const ErrorSeen *first_error(const ProgramVerdicts *pv, int m) {
    if (pv->front.nerrors) return &pv->front.errors[0];
    return pv->modes[m].nerrors ? &pv->modes[m].errors[0] : NULL;
}

static bool modes_agree(const ProgramVerdicts *pv, int a, int b) {
    return accepted(pv, a) == accepted(pv, b);
}

/* Cells are padded to a column, but for the last: no line ends in spaces. */
static void print_column(int m, const char *text) {
    printf(m + 1 < COMPARED_MODES ? "  %-16s" : "  %s", text);
}

static void print_cell(const ProgramVerdicts *pv, int m) {
    const ErrorSeen *e = first_error(pv, m);
    int total = pv->front.nerrors + pv->modes[m].nerrors;
    char cell[64];
    if (!e) snprintf(cell, sizeof cell, "accepted");
    else if (total > 1) snprintf(cell, sizeof cell, "%s @%d +%d", e->code, e->line, total - 1);
    else snprintf(cell, sizeof cell, "%s @%d", e->code, e->line);
    print_column(m, cell);
}

static void print_row(const ProgramVerdicts *pv, int width) {
    printf("%-*s", width, pv->path);
    if (!pv->checked) {
        const ErrorSeen *e = pv->front.nerrors ? &pv->front.errors[0] : NULL;
        printf("  does not reach the borrow checker");
        if (e) printf(": %s at %d:%d: %s", e->code, e->line, e->col, e->message);
        putchar('\n');
        return;
    }
    for (int m = 0; m < COMPARED_MODES; m++) print_cell(pv, m);
    putchar('\n');
}

static void print_differences(const ProgramVerdicts *pv) {
    printf("\n%s:\n", pv->path);
    for (int m = 0; m < COMPARED_MODES; m++) {
        const ErrorSeen *e = first_error(pv, m);
        printf("  %-9s ", borrowck_mode_name(compared_modes[m]));
        if (e) printf("error[%s] at %d:%d: %s\n", e->code, e->line, e->col, e->message);
        else printf("accepted\n");
    }
}

int compare_programs(const CompareInput *inputs, int n) {
    FILE *discard = fopen("/dev/null", "w");
    ProgramVerdicts *pvs = calloc((size_t)n, sizeof *pvs);
    int width = (int)strlen("program");
    for (int i = 0; i < n; i++) {
        pvs[i] = check_program(&inputs[i], discard);
        if ((int)strlen(inputs[i].path) > width) width = (int)strlen(inputs[i].path);
    }
    printf("%-*s", width, "program");
    for (int m = 0; m < COMPARED_MODES; m++) print_column(m, borrowck_mode_name(compared_modes[m]));
    putchar('\n');
    int differ[COMPARED_MODES - 1] = {0}, unchecked = 0, broken = 0;
    for (int i = 0; i < n; i++) {
        print_row(&pvs[i], width);
        unchecked += !pvs[i].checked;
        for (int m = 0; m + 1 < COMPARED_MODES; m++)
            differ[m] += pvs[i].checked && !modes_agree(&pvs[i], m, m + 1);
    }
    for (int i = 0; i < n; i++)
        if (pvs[i].checked && (!modes_agree(&pvs[i], 0, 1) || !modes_agree(&pvs[i], 1, 2)))
            print_differences(&pvs[i]);
    printf("\n%d program%s", n, n == 1 ? "" : "s");
    for (int m = 0; m + 1 < COMPARED_MODES; m++)
        printf("; %s and %s disagree on %d", borrowck_mode_name(compared_modes[m]),
               borrowck_mode_name(compared_modes[m + 1]), differ[m]);
    if (unchecked) printf("; %d do%s not reach the borrow checker", unchecked,
                          unchecked == 1 ? "es" : "");
    printf("\n");
    for (int i = 0; i < n; i++) {
        const ErrorSeen *e = pvs[i].broken.nerrors ? &pvs[i].broken.errors[0] : NULL;
        if (!e) continue;
        int m = pvs[i].broken_mode;
        fprintf(stderr, "error: %s breaks the invariant errors(polonius) ⊆ errors(nll) ⊆ "
                        "errors(lexical): %s reports %s at line %d, %s does not\n",
                pvs[i].path, borrowck_mode_name(compared_modes[m]), e->code, e->line,
                borrowck_mode_name(compared_modes[m - 1]));
        broken++;
    }
    for (int i = 0; i < n; i++) {
        free_errors(&pvs[i].front);
        for (int m = 0; m < COMPARED_MODES; m++) free_errors(&pvs[i].modes[m]);
        free_errors(&pvs[i].broken);
    }
    free(pvs);
    if (discard) fclose(discard);
    return broken ? 1 : 0;
}
