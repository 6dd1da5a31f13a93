/* loan_view.h — The borrow checker's record seen line by line, for the pictures of the loans
 * (--emit=borrowck in explain_text.c, --emit=borrowck-html in explain_html.c).
 *
 * Both show a body as its source lines with the loans live on each; this is that view,
 * made once from a BodyLoans (borrows.h) so the two outputs cannot disagree about it. */
#ifndef PATINA_BORROWCK_LOAN_VIEW_H
#define PATINA_BORROWCK_LOAN_VIEW_H

#include "borrowck/borrows.h"

/* What a margin cell says about one loan on one line, weakest first. */
typedef enum LoanMark {
    MARK_NONE,
    MARK_RESERVED,                              /* a two-phase loan only reserved there */
    MARK_LIVE,                                  /* in scope on the line (or a line without code
                                                   between two where it is) */
    MARK_CREATED,                               /* its borrow is on the line */
    MARK_ERROR,                                 /* an access there conflicts with it: an error */
} LoanMark;

typedef struct LineView {
    const BodyLoans *record;
    const SourceFile *file;
    int first_line, last_line;                  /* the body's lines, 1-based */
    int *line_of;                               /* per location: its line, 0 when it has none in
                                                   the body's lines (or is unreachable) */
    int *first_location;                        /* per line (index line - first_line): the
                                                   location whose check the line starts with
                                                   (the first in reverse postorder), or -1 */
    unsigned char **marks;                      /* per loan, per line index: a LoanMark */
    int *created_line, *first_live, *last_live; /* per loan; 0 when it is never live */
    int *column;                                /* per loan: its margin column; loans whose
                                                   lines do not overlap share one */
    int ncolumns;
} LineView;

/* The view of one body's record, in the arena. */
LineView *line_view_of(const BodyLoans *record);
/* The lines of the record where per-loan locations are set (a BitSet of locations), as a
 * sorted array of distinct lines ending with 0. */
int *lines_of_locations(const LineView *v, const BitSet *locations);
/* The line of a span in the view's file (0 when it is elsewhere). */
int line_of_span(const LineView *v, Span sp);
/* The text of a line, without its newline: *len bytes. */
const char *line_text(const LineView *v, int line, int *len);

/* `fn main`, `fn Point::norm`, `closure at line 7`. */
const char *body_title(const Body *body);
/* `shared`, `mut`, `two-phase`, `unique`, `shallow`. */
const char *borrow_kind_name(BorrowKind kind);
/* A loan's place as the user wrote it, or `temporary (the borrow's source text)`. */
const char *loan_place_text(const LineView *v, int loan);
/* The loan's letter in the margin: a-z, A-Z, 0-9, then `#`. */
char loan_letter(int loan);
/* The bodies of the record the program's source writes (fns and closures, not what a
 * derive or a `{:?}` generates: they have no lines of their own), in source order, into
 * *out (the arena): their count. */
int written_bodies_in_source_order(const BorrowckRecord *record, BodyLoans ***out);

#endif
