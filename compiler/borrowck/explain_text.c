/* explain_text.c — --emit=borrowck: the loans of each function, as text for a terminal.
 *
 * Takes: the borrow checker's record (borrowck.h's BorrowckRecord: per body, the loans in
 * scope at each location and the errors with their points, as the chosen rule found them).
 * Gives: per function, in source order: its loans (letter, kind, place, the line where it
 * is created, the lines where it is live, used and where it ends); its source lines with a
 * margin column per loan, a bar where the loan is live; then each error with the three
 * points that made it one: the loan, the conflicting access, the later use. */
#include "patina.h"
#include "borrowck/loan_view.h"

#include <string.h>

/* Lines as `3-5, 8`: the sorted, 0-terminated list of lines_of_locations. */
static void print_line_ranges(FILE *out, const int *lines) {
    for (int i = 0; lines[i];) {
        int j = i;
        while (lines[j + 1] && lines[j + 1] == lines[j] + 1) j++;
        fprintf(out, "%s%d", i ? ", " : "", lines[i]);
        if (j > i) fprintf(out, "-%d", lines[j]);
        i = j + 1;
    }
}

/* `lines 3-5` or `line 3` */
static void print_lines_phrase(FILE *out, const char *what, const int *lines) {
    if (!lines[0]) return;
    fprintf(out, ", %s on line%s ", what, lines[1] || lines[0] == 0 ? "s" : "");
    print_line_ranges(out, lines);
}

static void print_loans(FILE *out, const LineView *v) {
    const BodyLoans *r = v->record;
    if (!r->nloans) {
        fputs("  no loans\n", out);
        return;
    }
    fputs("  loans:\n", out);
    int width = 0;                              /* the places' column */
    for (int k = 0; k < r->nloans; k++) {
        int len = (int)strlen(loan_place_text(v, k));
        if (len > width) width = len;
    }
    for (int k = 0; k < r->nloans; k++) {
        fprintf(out, "    %c  %-9s  %-*s  created on line %d", loan_letter(k),
                borrow_kind_name(r->loans[k].kind), width, loan_place_text(v, k),
                v->created_line[k]);
        const int *live = lines_of_locations(v, &r->in_scope[k]);
        if (!live[0]) fputs(", live on no later line", out);
        print_lines_phrase(out, "live", live);
        print_lines_phrase(out, "reserved only", lines_of_locations(v, &r->reserved[k]));
        print_lines_phrase(out, "used", lines_of_locations(v, &r->uses[k]));
        print_lines_phrase(out, "ends", lines_of_locations(v, &r->ends[k]));
        fputc('\n', out);
    }
}

static char mark_char(LoanMark m, int loan) {
    switch (m) {
    case MARK_NONE: return ' ';
    case MARK_RESERVED: return ':';
    case MARK_LIVE: return '|';
    case MARK_CREATED: return loan_letter(loan);
    case MARK_ERROR: return '!';
    }
    return '?';
}

static void print_source(FILE *out, const LineView *v) {
    const BodyLoans *r = v->record;
    char *margin = arena_alloc((size_t)(2 * v->ncolumns + 1));
    for (int line = v->first_line; line <= v->last_line; line++) {
        for (int c = 0; c < 2 * v->ncolumns; c++) margin[c] = ' ';
        margin[2 * v->ncolumns] = 0;
        for (int k = 0; k < r->nloans; k++) {
            LoanMark m = v->marks[k][line - v->first_line];
            if (m) margin[2 * v->column[k]] = mark_char(m, k);
        }
        int len;
        const char *text = line_text(v, line, &len);
        fprintf(out, "  %4d %s  %.*s\n", line, margin, len, text);
    }
}

/* `line 3: let first = &v[0];` with the line's text trimmed */
static void print_point(FILE *out, const LineView *v, const char *what, Span at) {
    int line = line_of_span(v, at);
    fprintf(out, "      %s", what);
    if (!line) {
        fputc('\n', out);
        return;
    }
    int len;
    const char *text = line_text(v, line, &len);
    while (len && (*text == ' ' || *text == '\t')) text++, len--;
    fprintf(out, " on line %d: %.*s\n", line, len, text);
}

static void print_errors(FILE *out, const LineView *v) {
    const BodyLoans *r = v->record;
    if (!r->nerrors) return;
    fputs("  errors:\n", out);
    for (int e = 0; e < r->nerrors; e++) {
        const LoanError *err = &r->errors[e];
        const Loan *loan = &r->loans[err->loan];
        fprintf(out, "    error%s%s%s: %s\n", err->code ? "[" : "", err->code ? err->code : "",
                err->code ? "]" : "", err->message ? err->message : "");
        print_point(out, v,
                    arena_printf("loan %c (%s borrow of %s) is created", loan_letter(err->loan),
                                 borrow_kind_name(loan->kind),
                                 r->names[err->loan]
                                     ? arena_printf("`%s`", r->names[err->loan])
                                     : loan_place_text(v, err->loan)),
                    loan->span);
        print_point(out, v, "the conflicting access is", err->access);
        if (err->later.at.block >= 0)
            print_point(out, v, arena_printf("a later use keeps loan %c live",
                                             loan_letter(err->loan)),
                        err->later.span);
        else
            fprintf(out, "      no later use in the body: the loan must outlive it\n");
    }
}

void borrowck_print_text(FILE *out, const BorrowckRecord *record) {
    BodyLoans **bodies;
    int nbodies = written_bodies_in_source_order(record, &bodies);
    fprintf(out, "borrowck: --borrowck=%s\n", borrowck_mode_name(record->mode));
    fputs("margin: a letter where a loan is created, | where it is live, : where a two-phase\n"
          "loan is only reserved, ! where an access conflicts with it (an error)\n",
          out);
    if (record->mode == BORROWCK_OFF) fputs("\nno loans: --borrowck=off checks none\n", out);
    if (record->mode == BORROWCK_COMPARE)
        fputs("\nno loans: --borrowck=compare gives verdicts; choose one rule to see its loans\n",
              out);
    for (int i = 0; i < nbodies; i++) {
        const LineView *v = line_view_of(bodies[i]);
        fprintf(out, "\n%s (lines %d-%d)\n", body_title(bodies[i]->body), v->first_line,
                v->last_line);
        print_loans(out, v);
        if (bodies[i]->nloans) print_source(out, v);
        print_errors(out, v);
    }
}
