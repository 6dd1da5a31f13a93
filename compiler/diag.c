/* diag.c — source files, spans and the diagnostics engine.
 *
 * Takes: source texts from the driver; diagnostics (code, message, primary span and label,
 * secondary spans, notes, help) from every stage.
 * Gives: rustc's human layout on stderr (colour only on a terminal) or rustc's JSON
 * schema with --error-format=json, and the error count the driver's exit code rests on.
 * Line and column are computed here, only when something is printed. */
#include "patina.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ── source table ── */

static PtrVec sources;

uint32_t source_add(const char *path, const char *text, size_t len) {
    SourceFile *f = arena_alloc(sizeof *f);
    f->path = arena_strndup(path, strlen(path));
    f->text = arena_strndup(text, len);
    f->len = len;
    int cap = 64;
    f->line_starts = arena_alloc(sizeof(uint32_t) * (size_t)cap);
    f->line_starts[f->nlines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n') continue;
        if (f->nlines == cap) {
            f->line_starts = arena_realloc(f->line_starts, sizeof(uint32_t) * (size_t)cap, sizeof(uint32_t) * (size_t)cap * 2);
            cap *= 2;
        }
        f->line_starts[f->nlines++] = (uint32_t)(i + 1);
    }
    ptrvec_push(&sources, f);
    return (uint32_t)(sources.len - 1);
}

SourceFile *source_get(uint32_t file) { return file < (uint32_t)sources.len ? sources.items[file] : NULL; }

int utf8_seq(const unsigned char *p, const unsigned char *end, uint32_t *cp) {
    unsigned c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (c >= 0xF5) n = 0;
    if (!n || p + n > end) return 0;
    uint32_t v = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

int utf8_invalid_len(const unsigned char *p, const unsigned char *end, bool *cut_short) {
    unsigned c = p[0];
    int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    /* the second byte's range narrows after E0, ED, F0, F4 (no overlong forms, no surrogates) */
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    int len = 1;
    while (len < n && p + len < end && p[len] >= lo && p[len] <= hi) {
        len++;
        lo = 0x80, hi = 0xBF;
    }
    if (cut_short) *cut_short = n && len < n && p + len == end;
    return len;
}


/* Index of the line holding byte offset pos (0-based). */
static int line_index(const SourceFile *f, uint32_t pos) {
    int lo = 0, hi = f->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (f->line_starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
}

/* Columns count characters (UTF-8 lead bytes), as rustc's do. */
static int char_count(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

#define CHAR_BLOCK 4096

/* The number of characters in f's text before byte offset pos. */
static uint32_t chars_before(SourceFile *f, uint32_t pos) {
    if (!f->chars_before_block) {
        size_t nblocks = f->len / CHAR_BLOCK + 1;
        f->chars_before_block = arena_alloc(sizeof(uint32_t) * nblocks);
        for (size_t k = 1; k < nblocks; k++)
            f->chars_before_block[k] =
                f->chars_before_block[k - 1] + (uint32_t)char_count(f->text + (k - 1) * CHAR_BLOCK, CHAR_BLOCK);
    }
    uint32_t k = pos / CHAR_BLOCK;
    return f->chars_before_block[k] + (uint32_t)char_count(f->text + (size_t)k * CHAR_BLOCK, pos - k * CHAR_BLOCK);
}

void source_line_col(Span sp, int *line, int *col) {
    SourceFile *f = source_get(sp.file);
    if (!f) { *line = *col = 1; return; }
    uint32_t pos = sp.lo > f->len ? (uint32_t)f->len : sp.lo;
    int li = line_index(f, pos);
    *line = li + 1;
    uint32_t start = f->line_starts[li];
    if (pos - start < CHAR_BLOCK) *col = char_count(f->text + start, pos - start) + 1;
    else *col = (int)(chars_before(f, pos) - chars_before(f, start)) + 1;
}

Span span_join(Span a, Span b) {
    Span s = a;
    if (b.lo < s.lo) s.lo = b.lo;
    if (b.hi > s.hi) s.hi = b.hi;
    return s;
}

const char *span_text(Span sp, size_t *len) {
    SourceFile *f = source_get(sp.file);
    if (!f || sp.lo > sp.hi || sp.hi > f->len) { *len = 0; return ""; }
    *len = sp.hi - sp.lo;
    return f->text + sp.lo;
}

/* ── diagnostics ── */

typedef struct Label {
    Span span;
    const char *text;                           /* may be NULL: underline only */
    bool primary;
} Label;

typedef struct Child {
    const char *kind;                           /* "note" or "help" */
    const char *text;
} Child;

struct Diag {
    DiagLevel level;
    const char *code;
    const char *message;
    PtrVec labels;                              /* Label*, the primary first */
    PtrVec children;                            /* Child* */
};

static bool use_color;
static DiagFormat diag_format = DIAGFMT_HUMAN;
static int error_count, warning_count;

void diag_configure(bool color, DiagFormat format) {
    use_color = color;
    diag_format = format;
}

int diag_error_count(void) { return error_count; }

Diag *diag_new(DiagLevel level, const char *code, Span primary, const char *fmt, ...) {
    Diag *d = arena_alloc(sizeof *d);
    d->level = level;
    d->code = code;
    va_list ap;
    va_start(ap, fmt);
    d->message = arena_vprintf(fmt, ap);
    va_end(ap);
    Label *l = arena_alloc(sizeof *l);
    l->span = primary;
    l->primary = true;
    ptrvec_push(&d->labels, l);
    return d;
}

Diag *diag_error(const char *code, Span primary, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(fmt, ap);
    va_end(ap);
    return diag_new(DIAG_ERROR, code, primary, "%s", msg);
}

/* An error about the command line or the files around the compilation: no span, no
 * snippet ("error: the input file ... would be overwritten"). Counted like any error, so
 * the driver's "aborting due to" line follows. */
void diag_error_global(const char *fmt, ...) {
    Diag *d = arena_alloc(sizeof *d);
    d->level = DIAG_ERROR;
    va_list ap;
    va_start(ap, fmt);
    d->message = arena_vprintf(fmt, ap);
    va_end(ap);
    diag_emit(d);
}

void diag_label(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ((Label *)d->labels.items[0])->text = arena_vprintf(fmt, ap);
    va_end(ap);
}

void diag_also_primary(Diag *d, Span sp) {
    Label *l = arena_alloc(sizeof *l);
    l->span = sp;
    l->text = "";
    l->primary = true;
    ptrvec_push(&d->labels, l);
}

void diag_secondary(Diag *d, Span sp, const char *fmt, ...) {
    Label *l = arena_alloc(sizeof *l);
    l->span = sp;
    va_list ap;
    va_start(ap, fmt);
    l->text = arena_vprintf(fmt, ap);
    va_end(ap);
    ptrvec_push(&d->labels, l);
}

static void add_child(Diag *d, const char *kind, const char *fmt, va_list ap) {
    Child *c = arena_alloc(sizeof *c);
    c->kind = kind;
    c->text = arena_vprintf(fmt, ap);
    ptrvec_push(&d->children, c);
}

void diag_note(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_child(d, "note", fmt, ap);
    va_end(ap);
}

void diag_help(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_child(d, "help", fmt, ap);
    va_end(ap);
}

/* "closures are", "the `?` operator is": a feature name is plural when its head noun
 * (before any parenthesis or trailing `code`) ends in s, or when it joins two things. */
static bool feature_is_plural(const char *feature) {
    size_t n = strlen(feature);
    const char *paren = strstr(feature, " (");
    if (paren) n = (size_t)(paren - feature);
    while (n > 0 && feature[n - 1] == '`') {
        n--;
        while (n > 0 && feature[n - 1] != '`') n--;
        if (n > 0) n--;
        while (n > 0 && feature[n - 1] == ' ') n--;
    }
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(feature + i, " and ", 5) == 0) return true;
    return n > 0 && feature[n - 1] == 's';
}

void diag_unsupported(Span sp, const char *feature) {
    Diag *d = diag_error(NULL, sp, "%s %s not supported by Patina yet", feature, feature_is_plural(feature) ? "are" : "is");
    diag_label(d, "not supported yet");
    diag_note(d, "Patina compiles a teaching subset of Rust; see the README for what it supports today");
    diag_emit(d);
}

/* ── human rendering ── */

#define C_RESET "\033[0m"
#define C_ERROR "\033[1m\033[38;5;9m"
#define C_WARN "\033[1m\033[38;5;11m"
#define C_BLUE "\033[1m\033[38;5;12m"
#define C_BOLD "\033[1m"

static const char *color(const char *c) { return use_color ? c : ""; }

/* One source line as displayed: tabs become four spaces, as rustc shows them. */
typedef struct DisplayLine {
    char *text;
    int *col_of_byte;                           /* display column for each byte offset in the line */
    size_t nbytes;
} DisplayLine;

static DisplayLine display_line(const SourceFile *f, int li) {
    uint32_t start = f->line_starts[li];
    uint32_t end = li + 1 < f->nlines ? f->line_starts[li + 1] : (uint32_t)f->len;
    while (end > start && (f->text[end - 1] == '\n' || f->text[end - 1] == '\r')) end--;
    DisplayLine dl = {0};
    dl.nbytes = end - start;
    dl.col_of_byte = arena_alloc(sizeof(int) * (dl.nbytes + 1));
    dl.text = arena_alloc(dl.nbytes * 4 + 1);
    size_t o = 0;
    int col = 0;
    const unsigned char *text = (const unsigned char *)f->text + start;
    for (size_t i = 0; i < dl.nbytes;) {
        dl.col_of_byte[i] = col++;
        uint32_t cp;
        int n = text[i] == '\t' ? 0 : utf8_seq(text + i, text + dl.nbytes, &cp);
        if (text[i] == '\t') {
            memcpy(dl.text + o, "    ", 4);
            o += 4;
            col += 3;
            i++;
        } else if (!n) {
            /* an invalid sequence shows as one U+FFFD, as Rust's lossy decoding shows it */
            int bad = utf8_invalid_len(text + i, text + dl.nbytes, NULL);
            memcpy(dl.text + o, "\xEF\xBF\xBD", 3);
            o += 3;
            for (int k = 1; k < bad; k++) dl.col_of_byte[i + (size_t)k] = col - 1;
            i += (size_t)bad;
        } else {
            memcpy(dl.text + o, text + i, (size_t)n);
            o += (size_t)n;
            for (int k = 1; k < n; k++) dl.col_of_byte[i + (size_t)k] = col - 1;
            i += (size_t)n;
        }
    }
    dl.col_of_byte[dl.nbytes] = col;
    return dl;
}

typedef struct LineMark {
    int lo, hi;                                 /* display columns, hi exclusive */
    const Label *label;
} LineMark;

static void print_gutter(int width, int line) {
    if (line > 0) fprintf(stderr, "%s%*d |%s", color(C_BLUE), width, line, color(C_RESET));
    else fprintf(stderr, "%s%*s |%s", color(C_BLUE), width, "", color(C_RESET));
}

static void print_spaces(int n) {
    for (int i = 0; i < n; i++) fputc(' ', stderr);
}

static int cmp_marks_by_lo_desc(const void *a, const void *b) {
    return ((const LineMark *)b)->lo - ((const LineMark *)a)->lo;
}

/* The underline row, the rightmost label inline, then each other label on its own row
 * hanging from a `|` at its start column, rightmost first (rustc's layout). */
static void render_marks(int width, LineMark *marks, int n, const char *level_color) {
    qsort(marks, (size_t)n, sizeof *marks, cmp_marks_by_lo_desc);
    int len = 0;
    for (int i = 0; i < n; i++) if (marks[i].hi > len) len = marks[i].hi;
    print_gutter(width, 0);
    fputc(' ', stderr);
    int col = 0;
    for (int i = n - 1; i >= 0; i--) {       /* left to right */
        LineMark *m = &marks[i];
        if (m->lo < col) continue;
        print_spaces(m->lo - col);
        fputs(color(m->label->primary ? level_color : C_BLUE), stderr);
        for (int c = m->lo; c < m->hi; c++) fputc(m->label->primary ? '^' : '-', stderr);
        col = m->hi;
        if (i == 0 && m->label->text && *m->label->text) fprintf(stderr, " %s", m->label->text);
        fputs(color(C_RESET), stderr);
    }
    fputc('\n', stderr);
    int hanging = 0;
    for (int i = 1; i < n; i++) hanging += marks[i].label->text && *marks[i].label->text;
    if (!hanging) return;
    /* connector row */
    print_gutter(width, 0);
    fputc(' ', stderr);
    col = 0;
    for (int i = n - 1; i >= 1; i--) {
        if (!marks[i].label->text || !*marks[i].label->text || marks[i].lo < col) continue;
        print_spaces(marks[i].lo - col);
        fprintf(stderr, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE), color(C_RESET));
        col = marks[i].lo + 1;
    }
    fputc('\n', stderr);
    for (int k = 1; k < n; k++) {
        if (!marks[k].label->text || !*marks[k].label->text) continue;
        print_gutter(width, 0);
        fputc(' ', stderr);
        col = 0;
        for (int i = n - 1; i > k; i--) {
            if (!marks[i].label->text || !*marks[i].label->text || marks[i].lo < col) continue;
            print_spaces(marks[i].lo - col);
            fprintf(stderr, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE), color(C_RESET));
            col = marks[i].lo + 1;
        }
        print_spaces(marks[k].lo - col);
        fprintf(stderr, "%s%s%s\n", color(marks[k].label->primary ? level_color : C_BLUE), marks[k].label->text,
                color(C_RESET));
    }
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* The `= note: ...` lines under a snippet of gutter width `width`. */
static void render_children(const Diag *d, int width) {
    if (d->children.len) {
        print_gutter(width, 0);
        fputc('\n', stderr);
    }
    for (int i = 0; i < d->children.len; i++) {
        const Child *c = d->children.items[i];
        print_spaces(width + 1);
        fprintf(stderr, "%s=%s %s%s:%s %s\n", color(C_BLUE), color(C_RESET), color(C_BOLD), c->kind, color(C_RESET),
                c->text);
    }
}

static void render_snippet(const Diag *d, const char *level_color) {
    if (!d->labels.len) return;
    const Label *primary = d->labels.items[0];
    SourceFile *f = source_get(primary->span.file);
    if (!f) {                                   /* NO_SPAN */
        render_children(d, 1);
        return;
    }
    int line, col;
    source_line_col(primary->span, &line, &col);

    /* Lines with labels (same file as the primary), sorted and unique. */
    int *lines = arena_alloc(sizeof(int) * (size_t)d->labels.len);
    int nlines = 0;
    for (int i = 0; i < d->labels.len; i++) {
        const Label *l = d->labels.items[i];
        if (l->span.file != primary->span.file) continue;
        int li = line_index(f, l->span.lo > f->len ? (uint32_t)f->len : l->span.lo);
        bool seen = false;
        for (int j = 0; j < nlines; j++) seen |= lines[j] == li;
        if (!seen) lines[nlines++] = li;
    }
    qsort(lines, (size_t)nlines, sizeof(int), cmp_int);
    int width = 1;
    for (int n = lines[nlines - 1] + 1; n >= 10; n /= 10) width++;

    print_spaces(width);
    fprintf(stderr, "%s-->%s %s:%d:%d\n", color(C_BLUE), color(C_RESET), f->path, line, col);
    print_gutter(width, 0);
    fputc('\n', stderr);
    for (int k = 0; k < nlines; k++) {
        int li = lines[k];
        if (k > 0 && li - lines[k - 1] == 2) {
            DisplayLine gap = display_line(f, li - 1);
            print_gutter(width, li);
            fprintf(stderr, " %s\n", gap.text);
        } else if (k > 0 && li - lines[k - 1] > 2) {
            fprintf(stderr, "%s...%s\n", color(C_BLUE), color(C_RESET));
        }
        DisplayLine dl = display_line(f, li);
        print_gutter(width, li + 1);
        fprintf(stderr, "%s%s\n", dl.nbytes ? " " : "", dl.text);
        LineMark *marks = arena_alloc(sizeof(LineMark) * (size_t)d->labels.len);
        int n = 0;
        uint32_t ls = f->line_starts[li];
        for (int i = 0; i < d->labels.len; i++) {
            const Label *l = d->labels.items[i];
            if (l->span.file != primary->span.file) continue;
            uint32_t lo = l->span.lo > f->len ? (uint32_t)f->len : l->span.lo;
            if (line_index(f, lo) != li) continue;
            size_t blo = lo - ls, bhi = l->span.hi > lo ? l->span.hi - ls : blo;
            if (bhi > dl.nbytes) bhi = dl.nbytes;       /* a multi-line span underlines to the end */
            if (blo > dl.nbytes) blo = dl.nbytes;
            int clo = dl.col_of_byte[blo], chi = dl.col_of_byte[bhi];
            if (chi <= clo) chi = clo + 1;
            marks[n++] = (LineMark){clo, chi, l};
        }
        render_marks(width, marks, n, level_color);
    }
    render_children(d, width);
}

static void render_human(const Diag *d) {
    const char *level = d->level == DIAG_ERROR ? "error" : "warning";
    const char *lc = d->level == DIAG_ERROR ? C_ERROR : C_WARN;
    fprintf(stderr, "%s%s", color(lc), level);
    if (d->code) fprintf(stderr, "[%s]", d->code);
    fprintf(stderr, "%s%s: %s%s\n", color(C_RESET), color(C_BOLD), d->message, color(C_RESET));
    render_snippet(d, lc);
    fputc('\n', stderr);
}

/* ── JSON rendering (rustc's schema, one object per line) ── */

static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (; s && *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
        else if (ch == '\n') fputs("\\n", out);
        else if (ch == '\t') fputs("\\t", out);
        else if (ch < 0x20) fprintf(out, "\\u%04x", ch);
        else fputc(ch, out);
    }
    fputc('"', out);
}

static void json_span(FILE *out, const Label *l) {
    SourceFile *f = source_get(l->span.file);
    int l0, c0, l1, c1;
    source_line_col(l->span, &l0, &c0);
    source_line_col((Span){l->span.file, l->span.hi, l->span.hi}, &l1, &c1);
    fputs("{\"file_name\":", out);
    json_string(out, f ? f->path : "");
    fprintf(out, ",\"byte_start\":%u,\"byte_end\":%u,\"line_start\":%d,\"line_end\":%d,"
                 "\"column_start\":%d,\"column_end\":%d,\"is_primary\":%s,\"text\":[],\"label\":",
            l->span.lo, l->span.hi, l0, l1, c0, c1, l->primary ? "true" : "false");
    if (l->text) json_string(out, l->text); else fputs("null", out);
    fputs(",\"suggested_replacement\":null,\"suggestion_applicability\":null,\"expansion\":null}", out);
}

static void render_json(const Diag *d) {
    FILE *out = stderr;
    fputs("{\"$message_type\":\"diagnostic\",\"message\":", out);
    json_string(out, d->message);
    fputs(",\"code\":", out);
    if (d->code) {
        fputs("{\"code\":", out);
        json_string(out, d->code);
        fputs(",\"explanation\":null}", out);
    } else {
        fputs("null", out);
    }
    fprintf(out, ",\"level\":\"%s\",\"spans\":[", d->level == DIAG_ERROR ? "error" : "warning");
    for (int i = 0; i < d->labels.len; i++) {
        if (i) fputc(',', out);
        json_span(out, d->labels.items[i]);
    }
    fputs("],\"children\":[", out);
    for (int i = 0; i < d->children.len; i++) {
        const Child *c = d->children.items[i];
        if (i) fputc(',', out);
        fputs("{\"message\":", out);
        json_string(out, c->text);
        fprintf(out, ",\"code\":null,\"level\":\"%s\",\"spans\":[],\"children\":[],\"rendered\":null}", c->kind);
    }
    fputs("],\"rendered\":null}\n", out);
}

void diag_emit(Diag *d) {
    if (d->level == DIAG_ERROR) error_count++; else warning_count++;
    if (diag_format == DIAGFMT_JSON) render_json(d);
    else render_human(d);
}

void diag_finish(void) {
    if (!error_count) return;
    if (diag_format == DIAGFMT_JSON) {
        fprintf(stderr, "{\"$message_type\":\"diagnostic\",\"message\":\"aborting due to %d previous error%s\","
                        "\"code\":null,\"level\":\"error\",\"spans\":[],\"children\":[],\"rendered\":null}\n",
                error_count, error_count == 1 ? "" : "s");
        return;
    }
    fprintf(stderr, "%serror%s%s: aborting due to %s%d previous error%s%s\n\n", color(C_ERROR), color(C_RESET),
            color(C_BOLD), error_count == 1 ? "" : "", error_count, error_count == 1 ? "" : "s", color(C_RESET));
}
