/* diag.c — source files, spans and the diagnostics engine.
 *
 * Takes: source texts from the driver; diagnostics (code, message, primary span and label,
 * secondary spans, notes, help) from every stage.
 * Gives: rustc's human layout (colour only on a terminal) or rustc's JSON schema with
 * --error-format=json, on stderr or the stream diag_configure names, and the error count
 * the driver's exit code rests on.
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

SourceFile *source_get(uint32_t file) { return (int)file < sources.len ? sources.items[file] : NULL; }

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

void source_line_col(Span sp, int *line, int *col) {
    SourceFile *f = source_get(sp.file);
    if (!f) { *line = *col = 1; return; }
    uint32_t pos = sp.lo > f->len ? (uint32_t)f->len : sp.lo;
    int li = line_index(f, pos);
    uint32_t from = f->line_starts[li];
    int c = 1;
    if (f->last_line == li + 1 && f->last_pos >= from && f->last_pos <= pos) {
        from = f->last_pos;
        c = f->last_col;
    }
    c += char_count(f->text + from, pos - from);
    f->last_pos = pos;
    f->last_line = *line = li + 1;
    f->last_col = *col = c;
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
static FILE *diag_out;                          /* stderr unless configured */
static int error_count, warning_count;

void diag_configure(bool color, DiagFormat format, FILE *out) {
    use_color = color;
    diag_format = format;
    diag_out = out ? out : stderr;
}

void diag_reset(void) {
    sources = (PtrVec){0};
    use_color = false;
    diag_format = DIAGFMT_HUMAN;
    diag_out = NULL;
    error_count = warning_count = 0;
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

void diag_label(Diag *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ((Label *)d->labels.items[0])->text = arena_vprintf(fmt, ap);
    va_end(ap);
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
    for (size_t i = 0; i < dl.nbytes; i++) {
        char ch = f->text[start + i];
        dl.col_of_byte[i] = col;
        if (ch == '\t') {
            memcpy(dl.text + o, "    ", 4);
            o += 4;
            col += 4;
        } else {
            dl.text[o++] = ch;
            if (((unsigned char)ch & 0xC0) != 0x80) col++;
            else dl.col_of_byte[i] = col - 1;
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
    if (line > 0) fprintf(diag_out, "%s%*d |%s", color(C_BLUE), width, line, color(C_RESET));
    else fprintf(diag_out, "%s%*s |%s", color(C_BLUE), width, "", color(C_RESET));
}

static void print_spaces(int n) {
    for (int i = 0; i < n; i++) fputc(' ', diag_out);
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
    fputc(' ', diag_out);
    int col = 0;
    for (int i = n - 1; i >= 0; i--) {       /* left to right */
        LineMark *m = &marks[i];
        if (m->lo < col) continue;
        print_spaces(m->lo - col);
        fputs(color(m->label->primary ? level_color : C_BLUE), diag_out);
        for (int c = m->lo; c < m->hi; c++) fputc(m->label->primary ? '^' : '-', diag_out);
        col = m->hi;
        if (i == 0 && m->label->text && *m->label->text) fprintf(diag_out, " %s", m->label->text);
        fputs(color(C_RESET), diag_out);
    }
    fputc('\n', diag_out);
    int hanging = 0;
    for (int i = 1; i < n; i++) hanging += marks[i].label->text && *marks[i].label->text;
    if (!hanging) return;
    /* connector row */
    print_gutter(width, 0);
    fputc(' ', diag_out);
    col = 0;
    for (int i = n - 1; i >= 1; i--) {
        if (!marks[i].label->text || !*marks[i].label->text || marks[i].lo < col) continue;
        print_spaces(marks[i].lo - col);
        fprintf(diag_out, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE), color(C_RESET));
        col = marks[i].lo + 1;
    }
    fputc('\n', diag_out);
    for (int k = 1; k < n; k++) {
        if (!marks[k].label->text || !*marks[k].label->text) continue;
        print_gutter(width, 0);
        fputc(' ', diag_out);
        col = 0;
        for (int i = n - 1; i > k; i--) {
            if (!marks[i].label->text || !*marks[i].label->text || marks[i].lo < col) continue;
            print_spaces(marks[i].lo - col);
            fprintf(diag_out, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE), color(C_RESET));
            col = marks[i].lo + 1;
        }
        print_spaces(marks[k].lo - col);
        fprintf(diag_out, "%s%s%s\n", color(marks[k].label->primary ? level_color : C_BLUE), marks[k].label->text,
                color(C_RESET));
    }
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void render_snippet(const Diag *d, const char *level_color) {
    const Label *primary = d->labels.items[0];
    SourceFile *f = source_get(primary->span.file);
    if (!f) return;
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
    fprintf(diag_out, "%s-->%s %s:%d:%d\n", color(C_BLUE), color(C_RESET), f->path, line, col);
    print_gutter(width, 0);
    fputc('\n', diag_out);
    for (int k = 0; k < nlines; k++) {
        int li = lines[k];
        if (k > 0 && li - lines[k - 1] == 2) {
            DisplayLine gap = display_line(f, li - 1);
            print_gutter(width, li);
            fprintf(diag_out, " %s\n", gap.text);
        } else if (k > 0 && li - lines[k - 1] > 2) {
            fprintf(diag_out, "%s...%s\n", color(C_BLUE), color(C_RESET));
        }
        DisplayLine dl = display_line(f, li);
        print_gutter(width, li + 1);
        fprintf(diag_out, "%s%s\n", dl.nbytes ? " " : "", dl.text);
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
    if (d->children.len) {
        print_gutter(width, 0);
        fputc('\n', diag_out);
    }
    for (int i = 0; i < d->children.len; i++) {
        const Child *c = d->children.items[i];
        print_spaces(width + 1);
        fprintf(diag_out, "%s=%s %s%s:%s %s\n", color(C_BLUE), color(C_RESET), color(C_BOLD), c->kind, color(C_RESET),
                c->text);
    }
}

static void render_human(const Diag *d) {
    const char *level = d->level == DIAG_ERROR ? "error" : "warning";
    const char *lc = d->level == DIAG_ERROR ? C_ERROR : C_WARN;
    fprintf(diag_out, "%s%s", color(lc), level);
    if (d->code) fprintf(diag_out, "[%s]", d->code);
    fprintf(diag_out, "%s%s: %s%s\n", color(C_RESET), color(C_BOLD), d->message, color(C_RESET));
    render_snippet(d, lc);
    fputc('\n', diag_out);
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
    FILE *out = diag_out;
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
    if (!diag_out) diag_out = stderr;
    if (d->level == DIAG_ERROR) error_count++; else warning_count++;
    if (diag_format == DIAGFMT_JSON) render_json(d);
    else render_human(d);
}

void diag_finish(void) {
    if (!error_count) return;
    if (!diag_out) diag_out = stderr;
    if (diag_format == DIAGFMT_JSON) {
        fprintf(diag_out, "{\"$message_type\":\"diagnostic\",\"message\":\"aborting due to %d previous error%s\","
                        "\"code\":null,\"level\":\"error\",\"spans\":[],\"children\":[],\"rendered\":null}\n",
                error_count, error_count == 1 ? "" : "s");
        return;
    }
    fprintf(diag_out, "%serror%s%s: aborting due to %s%d previous error%s%s\n\n", color(C_ERROR), color(C_RESET),
            color(C_BOLD), error_count == 1 ? "" : "", error_count, error_count == 1 ? "" : "s", color(C_RESET));
}
