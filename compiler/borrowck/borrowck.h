/* borrowck.h — The ownership checks on the IR: they report and never mutate it. */
#ifndef PATINA_BORROWCK_BORROWCK_H
#define PATINA_BORROWCK_BORROWCK_H

#include "ir/dataflow.h"

/* Initialization / moves: E0381, E0382, E0384 ... (moves.c). Reports; never mutates. */
void moves_check(IrProgram *prog);

/* The rule the borrow checker applies (--borrowck=...): the same loans and conflict rules,
 * different answers to "is this loan still live here?" (spec 21). */
typedef enum BorrowckMode {
    BORROWCK_NLL,                               /* rustc's rule: a loan lives while a use needs it */
    BORROWCK_LEXICAL,                           /* Rust 2015: until the holder's scope ends */
    BORROWCK_POLONIUS,                          /* location-sensitive: per point, not per region */
    BORROWCK_OFF,                               /* no loan checks; moves are still checked */
    BORROWCK_COMPARE,                           /* the driver runs the three checking modes */
} BorrowckMode;

/* What the loan checks found in each body they checked, kept for --emit=borrowck and
 * --emit=borrowck-html: per body, its loans, where each is in scope and its errors with
 * their points (borrows.h's BodyLoans), in the order the bodies were checked. */
typedef struct BorrowckRecord {
    BorrowckMode mode;                          /* the rule that decided where loans live */
    struct BodyLoans **bodies;
    int nbodies, cap;
} BorrowckRecord;

/* The NLL borrow checker (nll.c): E0373, E0499, E0502, E0503, E0505, E0506, E0515, E0521,
 * E0597, E0621, E0713, E0716, "lifetime may not live long enough". Reports; never mutates
 * what later passes read. It checks the bodies written in the standard library's file
 * (prelude_file) when prelude_bodies, else all the others: the library's are fixed, and the
 * test suite checks them. */
void borrowck_check(IrProgram *prog, uint32_t prelude_file, bool prelude_bodies,
                    BorrowckMode mode, BorrowckRecord *record);

/* Whether borrowck_check checks this body (a generic fn's once, not its instances). */
bool borrowck_checks_body(const Body *body, uint32_t prelude_file, bool prelude_bodies);

/* --emit=borrowck-facts (facts.c, spec 21.9): per body borrowck_check checks, each of
 * polonius-engine's input relations as the text of one file, given to write(ctx, body's
 * directory name, file name, text, length); false as soon as a write fails (the writer
 * reports it). */
typedef bool (*FactsWriter)(void *ctx, const char *dir, const char *file, const char *text,
                            size_t len);
bool borrowck_facts_write(IrProgram *prog, uint32_t prelude_file, FactsWriter write,
                          void *ctx);

/* --borrowck=compare: the diagnostics (Diag*) each checking mode reports for the user's
 * bodies, by index into compared_modes; none is printed. checked: the program reached the
 * borrow checker (no earlier stage failed). */
enum { COMPARED_MODES = 3 };
extern const BorrowckMode compared_modes[COMPARED_MODES];
typedef struct BorrowckComparison {
    bool checked;
    PtrVec errors[COMPARED_MODES];
} BorrowckComparison;
const char *borrowck_mode_name(BorrowckMode mode);
/* The lab's invariant, errors(polonius) ⊆ errors(nll) ⊆ errors(lexical), an error being its
 * code (the codes of conflicting accesses as one, spec 21.6) and line: the first error of a
 * looser mode the stricter mode before it in compared_modes does not report (*looser: its
 * mode's index), or NULL when it holds. */
const Diag *borrowck_invariant_break(const BorrowckComparison *c, int *looser);
/* --check-borrow-rules (the test suite): checks the invariant on the user's bodies and
 * reports an error when a mode breaks it; the modes' own errors are not printed. */
void borrowck_check_invariant(IrProgram *prog, uint32_t prelude_file);
void borrowck_compare(IrProgram *prog, uint32_t prelude_file, BorrowckComparison *out);

/* --emit=loans: the IR with each body's loans (borrow_set.c): what each borrow statement
 * reserves and where a two-phase borrow is activated. */
void loans_print(FILE *out, IrProgram *prog);

/* --emit=borrowck (explain_text.c): per function, its loans with their kinds and the lines
 * where each is live, the source with a bar per live loan in the margin, and each error
 * with the points that made it one. Plain text for a terminal. */
void borrowck_print_text(FILE *out, const BorrowckRecord *record);
/* --emit=borrowck-html (explain_html.c): one self-contained page of the same, with each
 * variable's read/write/own permissions per line. */
void borrowck_print_html(FILE *out, const BorrowckRecord *record);

#endif
