/* diag.h — Source files, spans and the diagnostics engine (diag.c). */
#ifndef PATINA_SUPPORT_DIAG_H
#define PATINA_SUPPORT_DIAG_H

#include "support/base.h"

typedef struct Span {
    uint32_t file;                              /* index into the source table */
    uint32_t lo, hi;                            /* byte offsets, hi exclusive */
} Span;

typedef struct SourceFile {
    const char *path;                           /* as given on the command line */
    const char *text;                           /* NUL-terminated copy */
    size_t len;
    uint32_t *line_starts;                      /* byte offset of each line */
    int nlines;
    /* characters before each 4 KiB block, made on the first column lookup in a long
     * line: counting from the line's start would cost a 10 MB line per lookup */
    uint32_t *chars_before_block;
} SourceFile;

/* A diagnostic about no place in particular (rendered without a snippet). */
#define SPAN_NONE ((Span){UINT32_MAX, 0, 0})

uint32_t source_add(const char *path, const char *text, size_t len);
/* A file's bytes as rustc reads them: without a byte-order mark, CRLF as LF. Bytes that
 * are not UTF-8 are rustc's "couldn't read `F`: stream did not contain valid UTF-8",
 * reported here at the first of them (the file then holds them as U+FFFD). */
uint32_t source_load(const char *path, const char *bytes, size_t len);
SourceFile *source_get(uint32_t file);
/* Length of the valid UTF-8 sequence at p (1-4, its code point in *cp), or 0 if invalid. */
int utf8_seq(const unsigned char *p, const unsigned char *end, uint32_t *cp);
void source_line_col(Span sp, int *line, int *col); /* 1-based; col counts chars */
Span span_join(Span a, Span b);
const char *span_text(Span sp, size_t *len);

/* ────────── diagnostics (diag.c) ────────── */

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct Diag Diag;

/* code is "E0308" or NULL; message is printf-style. Nothing prints until diag_emit. */
Diag *diag_new(DiagLevel level, const char *code, Span primary, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
Diag *diag_error(const char *code, Span primary, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* no span; emitted at once */
void diag_error_global(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_label(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_secondary(Diag *d, Span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* One more primary span without a label, as when rustc underlines all items of a cycle. */
void diag_also_primary(Diag *d, Span sp);
/* ... with its own label, as rustc's E0106 labels each missing lifetime. */
void diag_also_primary_label(Diag *d, Span sp, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_note(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A note about another place, with its own snippet (rustc's span_note). */
void diag_note_at(Diag *d, Span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_help(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_emit(Diag *d);
/* An unsupported construct: "error: <feature> is not supported by Patina yet". */
void diag_unsupported(Span sp, const char *feature);

/* --borrowck=compare: while a capture is set, diag_emit counts each diagnostic and keeps it
 * in *into instead of printing it. Returns the capture it replaces (NULL: none), so
 * captures nest. */
PtrVec *diag_capture(PtrVec *into);
/* Takes back the count of n captured errors: a check that ran only to compare them. */
void diag_forget_errors(int n);
const char *diag_code_of(const Diag *d);        /* NULL when the diagnostic has no code */
const char *diag_message_of(const Diag *d);
Span diag_primary_span(const Diag *d);
bool diag_is_error(const Diag *d);

typedef enum DiagFormat { DIAGFMT_HUMAN, DIAGFMT_JSON } DiagFormat;
/* out: where diagnostics go (NULL: stderr); the fuzz target discards them. */
void diag_configure(bool color, DiagFormat format, FILE *out);
int diag_error_count(void);
void diag_finish(void);                         /* "error: aborting due to N previous errors" */

#endif
