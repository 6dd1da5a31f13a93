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
            f->line_starts = arena_realloc(f->line_starts, sizeof(uint32_t) * (size_t)cap,
                                           sizeof(uint32_t) * (size_t)cap * 2);
            cap *= 2;
        }
        f->line_starts[f->nlines++] = (uint32_t)(i + 1);
    }
    ptrvec_push(&sources, f);
    return (uint32_t)(sources.len - 1);
}

/* Rust's UTF-8 check of the sequence at p: its length when valid, else 0 with *bad set to
 * the length of the invalid part (Utf8Error::error_len), or to what remains when the input
 * ends inside a sequence that was valid so far (*truncated then true). */
static size_t utf8_valid_seq(const unsigned char *p, const unsigned char *end, size_t *bad,
                             bool *truncated) {
    unsigned c = p[0], lo = 0x80, hi = 0xBF;
    size_t need;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else {
        *bad = 1;
        return 0;
    }
    for (size_t i = 1; i < need; i++) {
        if (p + i >= end) {
            *bad = i;
            *truncated = true;
            return 0;
        }
        unsigned b = p[i];
        if (i == 1 ? b < lo || b > hi : (b & 0xC0) != 0x80) {
            *bad = i;
            return 0;
        }
    }
    return need;
}

uint32_t source_load(const char *path, const char *bytes, size_t len) {
    const unsigned char *p = (const unsigned char *)bytes, *end = p + len;
    /* the text as rustc reads it: invalid UTF-8 replaced by U+FFFD (lossily, to show it),
     * the byte-order mark dropped and CRLF turned into LF */
    char *text = calloc(len * 3 + 1, 1);
    size_t n = 0, invalid_at = 0, invalid_len = 0, mapped = 0;
    bool invalid = false, truncated = false;
    size_t i = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len) {
        if (!invalid) mapped = n;
        size_t bad = 0;
        bool cut = false;
        size_t k = utf8_valid_seq(p + i, end, &bad, &cut);
        if (!k) {
            if (!invalid) invalid_at = i, invalid_len = bad, truncated = cut;
            invalid = true;
            memcpy(text + n, "\xEF\xBF\xBD", 3);
            n += 3;
            i += bad;
            continue;
        }
        if (!(p[i] == '\r' && i + 1 < len && p[i + 1] == '\n')) {
            memcpy(text + n, p + i, k);
            n += k;
        }
        i += k;
    }
    uint32_t file = source_add(path, text, n);
    free(text);
    if (invalid) {
        /* rustc's message: the file is unreadable, pointing at the first invalid bytes */
        char what[96];
        if (truncated) snprintf(what, sizeof what, "invalid utf-8 at byte `%zu`", invalid_at);
        else if (invalid_len == 1)
            snprintf(what, sizeof what, "byte `%u` is not valid utf-8", p[invalid_at]);
        else {
            int w = snprintf(what, sizeof what, "bytes `[");
            for (size_t b = 0; b < invalid_len; b++)
                w += snprintf(what + w, sizeof what - (size_t)w, "%s%u", b ? ", " : "",
                              p[invalid_at + b]);
            snprintf(what + w, sizeof what - (size_t)w, "]` are not valid utf-8");
        }
        bool at_start = mapped == 0;
        Span at = at_start ? SPAN_NONE : (Span){file, (uint32_t)mapped, (uint32_t)mapped};
        Diag *d = diag_error(NULL, at,
                             "couldn't read `%s`: stream did not contain valid UTF-8", path);
        if (at_start) diag_note(d, "invalid utf-8 at byte `%zu`", invalid_at);
        else diag_label(d, "%s", what);
        diag_emit(d);
    }
    return file;
}

SourceFile *source_get(uint32_t file) {
    return file < (uint32_t)sources.len ? sources.items[file] : NULL;
}

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
    if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
        (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
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
                f->chars_before_block[k - 1] +
                (uint32_t)char_count(f->text + (k - 1) * CHAR_BLOCK, CHAR_BLOCK);
    }
    uint32_t k = pos / CHAR_BLOCK;
    return f->chars_before_block[k] +
           (uint32_t)char_count(f->text + (size_t)k * CHAR_BLOCK, pos - k * CHAR_BLOCK);
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
    struct Diag *at;                            /* a note with a span: that snippet, or NULL */
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
static PtrVec *capture;                         /* diag_capture: kept, not printed */

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
    capture = NULL;
}

PtrVec *diag_capture(PtrVec *into) {
    PtrVec *before = capture;
    capture = into;
    return before;
}

void diag_forget_errors(int n) { error_count -= n; }

const char *diag_code_of(const Diag *d) { return d->code; }
const char *diag_message_of(const Diag *d) { return d->message; }
bool diag_is_error(const Diag *d) { return d->level == DIAG_ERROR; }

Span diag_primary_span(const Diag *d) {
    const Label *l = d->labels.len ? d->labels.items[0] : NULL;
    return l ? l->span : (Span){0};
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

void diag_also_primary_label(Diag *d, Span sp, const char *fmt, ...) {
    diag_also_primary(d, sp);
    va_list ap;
    va_start(ap, fmt);
    ((Label *)d->labels.items[d->labels.len - 1])->text = arena_vprintf(fmt, ap);
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

void diag_note_at(Diag *d, Span sp, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_child(d, "note", fmt, ap);
    va_end(ap);
    Child *c = d->children.items[d->children.len - 1];
    c->at = arena_alloc(sizeof *c->at);
    memset(c->at, 0, sizeof *c->at);
    Label *l = arena_alloc(sizeof *l);
    *l = (Label){.span = sp, .text = "", .primary = true};
    ptrvec_push(&c->at->labels, l);
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
    Diag *d = diag_error(NULL, sp, "%s %s not supported by Patina yet", feature,
                         feature_is_plural(feature) ? "are" : "is");
    diag_label(d, "not supported yet");
    diag_note(d, "Patina compiles a teaching subset of Rust; "
                 "see the README for what it supports today");
    diag_emit(d);
}

/* ── human rendering ── */

#define C_RESET "\033[0m"
#define C_ERROR "\033[1m\033[38;5;9m"
#define C_WARN "\033[1m\033[38;5;11m"
#define C_BLUE "\033[1m\033[38;5;12m"
#define C_BOLD "\033[1m"
#define C_NOTE "\033[1m\033[38;5;10m"

static const char *color(const char *c) { return use_color ? c : ""; }

/* One source line as displayed, as rustc normalizes it: tabs become four spaces, control
 * characters their Unicode pictures (a bare CR is `␍`), a zero-width joiner nothing and
 * the bidirectional overrides U+FFFD, so that what is shown is what the bytes say. */
typedef struct DisplayLine {
    char *text;
    int *col_of_byte;                           /* display column of each byte offset in the line */
    size_t nbytes;
} DisplayLine;

/* What rustc prints for the char of n bytes at s (NULL: the char itself). */
static const char *display_replacement(const unsigned char *s, size_t n, char picture[4]) {
    if (n == 1 && s[0] == '\t') return "    ";
    if (n == 1 && (s[0] < 0x20 || s[0] == 0x7F)) {
        unsigned pic = s[0] == 0x7F ? 0x2421 : 0x2400 + s[0];
        picture[0] = (char)(0xE0 | (pic >> 12));
        picture[1] = (char)(0x80 | ((pic >> 6) & 0x3F));
        picture[2] = (char)(0x80 | (pic & 0x3F));
        picture[3] = 0;
        return picture;
    }
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8D) return "";           /* U+200D */
    if (n == 3 && s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) || /* U+202A-E */
                                   (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)))  /* U+2066-9 */
        return "\xEF\xBF\xBD";
    return NULL;
}

static bool in_table(const uint32_t (*r)[2], size_t n, uint32_t c) {
    for (size_t i = 0; i < n; i++)
        if (c >= r[i][0] && c <= r[i][1]) return true;
    return false;
}

/* The columns a char takes on a terminal, which is how rustc places underlines (the
 * unicode-width crate): none for zero-width and combining characters, two for East Asian
 * wide ones and emoji, else one. The tables are the common blocks, not every code point. */
static int display_width(uint32_t c) {
    static const uint32_t zero[][2] = {
        {0x300, 0x36F}, {0x483, 0x489}, {0x591, 0x5BD}, {0x610, 0x61A}, {0x64B, 0x65F},
        {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064}, {0x20D0, 0x20F0},
        {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
        {0xE0100, 0xE01EF},
    };
    static const uint32_t wide[][2] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6}, {0x20000, 0x2FFFD},
        {0x30000, 0x3FFFD},
    };
    if (c < 0x300) return 1;
    if (in_table(zero, sizeof zero / sizeof *zero, c)) return 0;
    if (in_table(wide, sizeof wide / sizeof *wide, c) || unicode_is_emoji_presentation(c)) return 2;
    return 1;
}

/* The code point of the UTF-8 sequence at s (the loaded text is valid UTF-8). */
static uint32_t decode_utf8(const unsigned char *s, size_t n) {
    uint32_t c = 0xFFFD;
    utf8_seq(s, s + n, &c);
    return c;
}

static DisplayLine display_line(const SourceFile *f, int li) {
    uint32_t start = f->line_starts[li];
    uint32_t end = li + 1 < f->nlines ? f->line_starts[li + 1] : (uint32_t)f->len;
    if (end > start && f->text[end - 1] == '\n') end--;
    DisplayLine dl = {0};
    dl.nbytes = end - start;
    dl.col_of_byte = arena_alloc(sizeof(int) * (dl.nbytes + 1));
    dl.text = arena_alloc(dl.nbytes * 4 + 1);
    const unsigned char *s = (const unsigned char *)f->text + start;
    size_t o = 0;
    int col = 0;
    for (size_t i = 0; i < dl.nbytes;) {
        size_t n = 1;
        while (i + n < dl.nbytes && (s[i + n] & 0xC0) == 0x80) n++;
        char picture[4];
        const char *shown = display_replacement(s + i, n, picture);
        for (size_t k = 0; k < n; k++) dl.col_of_byte[i + k] = col;
        if (shown) {
            size_t sn = strlen(shown);
            memcpy(dl.text + o, shown, sn);
            o += sn;
            col += s[i] == '\t' ? 4 : sn > 0;
        } else {
            memcpy(dl.text + o, s + i, n);
            o += n;
            col += display_width(decode_utf8(s + i, n));
        }
        i += n;
    }
    dl.col_of_byte[dl.nbytes] = col;
    return dl;
}

typedef struct LineMark {
    int lo, hi;                                 /* display columns, hi exclusive */
    const Label *label;
    int order;                                  /* the label's place in the diagnostic */
} LineMark;

static void print_gutter(int width, int line) {
    if (line > 0) fprintf(diag_out, "%s%*d |%s", color(C_BLUE), width, line, color(C_RESET));
    else fprintf(diag_out, "%s%*s |%s", color(C_BLUE), width, "", color(C_RESET));
}

static void print_spaces(int n) {
    for (int i = 0; i < n; i++) fputc(' ', diag_out);
}

static int cmp_marks_by_lo_desc(const void *a, const void *b) {
    const LineMark *x = a, *y = b;
    return x->lo != y->lo ? y->lo - x->lo : x->order - y->order;
}

static bool has_text(const LineMark *m) { return m->label->text && *m->label->text; }

/* The underline row, the rightmost label inline, then each other label on its own row
 * hanging from a `|` at its start column, rightmost first (rustc's layout). Labels that
 * start at one column all hang, in the order they were added. */
static void render_marks(int width, LineMark *marks, int n, const char *level_color) {
    qsort(marks, (size_t)n, sizeof *marks, cmp_marks_by_lo_desc);
    int len = 0;
    for (int i = 0; i < n; i++) if (marks[i].hi > len) len = marks[i].hi;
    /* the rightmost label is inline when no other label starts under it and nothing is
     * underlined past its end; every other label hangs */
    int inl = -1;
    for (int i = 0; i < n && inl < 0; i++) if (has_text(&marks[i])) inl = i;
    for (int i = 0; inl >= 0 && i < n; i++)
        if (i != inl && (marks[i].hi > marks[inl].hi ||
                         (has_text(&marks[i]) && marks[i].hi > marks[inl].lo)))
            inl = -1;
    print_gutter(width, 0);
    fputc(' ', diag_out);
    /* the underlines, a primary `^` drawn over a secondary `-` it lies within */
    char *row = arena_alloc((size_t)len + 1);
    memset(row, ' ', (size_t)len);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++)
            if (marks[i].label->primary == (pass == 1))
                memset(row + marks[i].lo, pass ? '^' : '-', (size_t)(marks[i].hi - marks[i].lo));
    for (int c = 0; c < len;) {
        int run = c;
        while (run < len && row[run] == row[c]) run++;
        if (row[c] != ' ') fputs(color(row[c] == '^' ? level_color : C_BLUE), diag_out);
        fwrite(row + c, 1, (size_t)(run - c), diag_out);
        if (row[c] != ' ') fputs(color(C_RESET), diag_out);
        c = run;
    }
    if (inl >= 0)
        fprintf(diag_out, "%s %s%s", color(marks[inl].label->primary ? level_color : C_BLUE),
                marks[inl].label->text, color(C_RESET));
    fputc('\n', diag_out);
    int hanging = 0;
    for (int i = 0; i < n; i++) hanging += i != inl && has_text(&marks[i]);
    if (!hanging) return;
    /* connector row */
    print_gutter(width, 0);
    fputc(' ', diag_out);
    int col = 0;
    for (int i = n - 1; i >= 0; i--) {
        if (i == inl || !has_text(&marks[i]) || marks[i].lo < col) continue;
        print_spaces(marks[i].lo - col);
        fprintf(diag_out, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE),
                color(C_RESET));
        col = marks[i].lo + 1;
    }
    fputc('\n', diag_out);
    for (int k = 0; k < n; k++) {
        if (k == inl || !has_text(&marks[k])) continue;
        print_gutter(width, 0);
        fputc(' ', diag_out);
        col = 0;
        for (int i = n - 1; i > k; i--) {
            if (i == inl || !has_text(&marks[i]) || marks[i].lo < col ||
                marks[i].lo == marks[k].lo)
                continue;
            print_spaces(marks[i].lo - col);
            fprintf(diag_out, "%s|%s", color(marks[i].label->primary ? level_color : C_BLUE),
                    color(C_RESET));
            col = marks[i].lo + 1;
        }
        print_spaces(marks[k].lo - col);
        fprintf(diag_out, "%s%s%s\n", color(marks[k].label->primary ? level_color : C_BLUE),
                marks[k].label->text, color(C_RESET));
    }
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* rustc's window onto long lines (its emitter's Margin, for output that is not a
 * terminal: 140 columns less the gutter): which display columns of the annotated lines
 * are shown, so that a diagnostic on a line of 100 000 chars shows the part around its
 * spans, with "..." where the line was cut. Deep indentation is trimmed the same way. */
typedef struct Margin {
    int whitespace_left, span_left, span_right, label_right;   /* padded by 6, as rustc */
    int computed_left, computed_right, column_width;
} Margin;

static int max_int(int a, int b) { return a > b ? a : b; }

static Margin margin_compute(int whitespace_left, int span_left, int span_right, int label_right,
                             int max_line_len, int gutter_width) {
    Margin m = {max_int(whitespace_left - 6, 0), max_int(span_left - 6, 0), span_right + 6,
                label_right + 6, 0, 0, 140 - (gutter_width + 3)};
    m.computed_left = m.whitespace_left > 20 ? m.whitespace_left - 16 : 0;
    m.computed_right = max_int(max_line_len, m.computed_left);
    if (m.computed_right - m.computed_left <= m.column_width) return m;
    if (m.label_right - m.whitespace_left <= m.column_width) {
        /* trimming whitespace is enough */
        m.computed_left = m.whitespace_left;
    } else if (m.label_right - m.span_left <= m.column_width) {
        /* the spans and labels, centred */
        m.computed_left =
            max_int(m.span_left - (m.column_width - (m.label_right - m.span_left)) / 2, 0);
    } else if (m.span_right - m.span_left <= m.column_width) {
        /* the spans */
        m.computed_left =
            max_int(m.span_left - (m.column_width - (m.span_right - m.span_left)) / 5 * 2, 0);
    } else {
        /* from the first span to the last */
        m.computed_left = m.span_left;
        m.computed_right = m.span_right;
        return m;
    }
    m.computed_right = m.computed_left + m.column_width;
    return m;
}

/* The first display column of a line that is shown. */
static int margin_left(const Margin *m, const DisplayLine *dl) {
    return m->computed_left < (int)strlen(dl->text) ? m->computed_left : (int)strlen(dl->text);
}

/* Prints the part of a line the margin shows (after the gutter), "..." over its first
 * columns when cut on the left and over its last when cut on the right. */
static void print_code(const DisplayLine *dl, const Margin *m) {
    int line_len = (int)strlen(dl->text), left = margin_left(m, dl);
    int right = line_len - m->computed_left <= m->column_width
                    ? line_len
                    : (m->computed_right < line_len ? m->computed_right : line_len);
    const unsigned char *p = (const unsigned char *)dl->text, *end = p + line_len;
    /* `left` counts chars, as rustc */
    for (int skipped = 0; p < end && skipped < left; skipped++)
        do p++; while (p < end && (*p & 0xC0) == 0x80);
    /* the chars that fit, with their widths */
    int cap = right - left + 1, n = 0, taken = 0;
    const unsigned char **starts = arena_alloc(sizeof *starts * (size_t)(cap + 1));
    int *widths = arena_alloc(sizeof(int) * (size_t)(cap + 1));
    while (p < end && n < cap) {
        const unsigned char *q = p + 1;
        while (q < end && (*q & 0xC0) == 0x80) q++;
        int w = display_width(decode_utf8(p, (size_t)(q - p)));
        if (taken + w > right - left) break;
        starts[n] = p, widths[n++] = w, taken += w;
        p = q;
    }
    starts[n] = p;
    bool right_is_padded = m->computed_right == m->span_right ||
                           m->computed_right == m->label_right;
    int padded_right = right_is_padded ? m->computed_right - 6 : m->computed_right;
    bool cut_left = m->computed_left > 0;
    bool cut_right = padded_right < line_len && m->computed_left + m->column_width < line_len;
    int from = 0, to = n, lead = 0, trail = 0;
    if (cut_left)                               /* "..." covers the first three columns */
        for (int w = 0; from < n && w < 3; from++) w += widths[from], lead = w - 3;
    if (cut_right)
        for (int w = 0; to > from && w < 3; to--) w += widths[to - 1], trail = w - 3;
    if (cut_left) fprintf(diag_out, "%s...%s%*s", color(C_BLUE), color(C_RESET), lead, "");
    fwrite(starts[from], 1, (size_t)(starts[to] - starts[from]), diag_out);
    if (cut_right) fprintf(diag_out, "%*s%s...%s", trail, "", color(C_BLUE), color(C_RESET));
}

/* One source line with its gutter. */
static void print_source_line(int width, int line_no, const DisplayLine *dl, const Margin *m) {
    print_gutter(width, line_no);
    if (dl->nbytes) fputc(' ', diag_out);
    print_code(dl, m);
    fputc('\n', diag_out);
}

/* The `= note: ...` lines under a snippet of gutter width `width`. */
static void render_snippet(const Diag *d, const char *level_color);

/* The notes and helps: `= note: ...` lines, and a note with a span as its own
 * `note: ...` with that snippet (rustc's span_note). */
static void render_children(const Diag *d, int width) {
    if (d->children.len) {
        print_gutter(width, 0);
        fputc('\n', diag_out);
    }
    for (int i = 0; i < d->children.len; i++) {
        const Child *c = d->children.items[i];
        if (c->at) {
            fprintf(diag_out, "%s%s%s%s: %s%s\n", color(C_NOTE), c->kind, color(C_RESET),
                    color(C_BOLD), c->text, color(C_RESET));
            render_snippet(c->at, C_NOTE);
            continue;
        }
        print_spaces(width + 1);
        fprintf(diag_out, "%s=%s %s%s:%s %s\n", color(C_BLUE), color(C_RESET), color(C_BOLD),
                c->kind, color(C_RESET), c->text);
    }
}

static void render_snippet(const Diag *d, const char *level_color) {
    if (!d->labels.len) return;
    const Label *primary = d->labels.items[0];
    SourceFile *f = source_get(primary->span.file);
    if (!f) {                                   /* no snippet: the notes under an empty gutter */
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
    fprintf(diag_out, "%s-->%s %s:%d:%d\n", color(C_BLUE), color(C_RESET), f->path, line, col);
    print_gutter(width, 0);
    fputc('\n', diag_out);

    /* the margin: from the annotated lines' indentation, spans, labels and lengths */
    int whitespace = -1, span_left = -1, span_right = 0, label_right = 0, max_len = 0;
    for (int k = 0; k < nlines; k++) {
        DisplayLine dl = display_line(f, lines[k]);
        int indent = 0;
        while (dl.text[indent] == ' ') indent++;
        if (dl.text[indent] && (whitespace < 0 || indent < whitespace)) whitespace = indent;
        max_len = max_int(max_len, (int)strlen(dl.text));
        uint32_t ls = f->line_starts[lines[k]];
        for (int i = 0; i < d->labels.len; i++) {
            const Label *l = d->labels.items[i];
            uint32_t lo = l->span.lo > f->len ? (uint32_t)f->len : l->span.lo;
            if (l->span.file != primary->span.file || line_index(f, lo) != lines[k]) continue;
            size_t blo = lo - ls, bhi = l->span.hi > lo ? l->span.hi - ls : blo;
            if (bhi > dl.nbytes) bhi = dl.nbytes;
            if (blo > dl.nbytes) blo = dl.nbytes;
            int clo = dl.col_of_byte[blo], chi = dl.col_of_byte[bhi];
            if (span_left < 0 || clo < span_left) span_left = clo;
            span_right = max_int(span_right, chi);
            int label_len = l->text && *l->text ? (int)strlen(l->text) + 1 : 0;
            label_right = max_int(label_right, chi + label_len);
        }
    }
    Margin margin = margin_compute(whitespace < 0 ? 0 : whitespace, span_left < 0 ? 0 : span_left,
                                   span_right, label_right, max_len, width);

    for (int k = 0; k < nlines; k++) {
        int li = lines[k];
        if (k > 0 && li - lines[k - 1] == 2) {
            DisplayLine gap = display_line(f, li - 1);
            print_source_line(width, li, &gap, &margin);
        } else if (k > 0 && li - lines[k - 1] > 2) {
            fprintf(diag_out, "%s...%s\n", color(C_BLUE), color(C_RESET));
        }
        DisplayLine dl = display_line(f, li);
        print_source_line(width, li + 1, &dl, &margin);
        int shift = margin_left(&margin, &dl);
        LineMark *marks = arena_alloc(sizeof(LineMark) * (size_t)d->labels.len);
        int n = 0;
        uint32_t ls = f->line_starts[li];
        for (int i = 0; i < d->labels.len; i++) {
            const Label *l = d->labels.items[i];
            if (l->span.file != primary->span.file) continue;
            uint32_t lo = l->span.lo > f->len ? (uint32_t)f->len : l->span.lo;
            if (line_index(f, lo) != li) continue;
            size_t blo = lo - ls, bhi = l->span.hi > lo ? l->span.hi - ls : blo;
            if (bhi > dl.nbytes) bhi = dl.nbytes;   /* a multi-line span underlines to the end */
            if (blo > dl.nbytes) blo = dl.nbytes;
            int clo = dl.col_of_byte[blo] - shift, chi = dl.col_of_byte[bhi] - shift;
            if (clo < 0) clo = 0;
            if (chi <= clo) chi = clo + 1;
            marks[n++] = (LineMark){clo, chi, l, i};
        }
        render_marks(width, marks, n, level_color);
    }
    render_children(d, width);
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
    fputs(",\"suggested_replacement\":null,\"suggestion_applicability\":null,"
          "\"expansion\":null}", out);
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
        fprintf(out, ",\"code\":null,\"level\":\"%s\",\"spans\":[],\"children\":[],"
                     "\"rendered\":null}", c->kind);
    }
    fputs("],\"rendered\":null}\n", out);
}

void diag_emit(Diag *d) {
    if (!diag_out) diag_out = stderr;
    if (d->level == DIAG_ERROR) error_count++; else warning_count++;
    if (capture) {
        ptrvec_push(capture, d);
        return;
    }
    if (diag_format == DIAGFMT_JSON) render_json(d);
    else render_human(d);
}

void diag_finish(void) {
    if (!error_count) return;
    if (!diag_out) diag_out = stderr;
    if (diag_format == DIAGFMT_JSON) {
        fprintf(diag_out, "{\"$message_type\":\"diagnostic\","
                          "\"message\":\"aborting due to %d previous error%s\","
                          "\"code\":null,\"level\":\"error\",\"spans\":[],\"children\":[],"
                          "\"rendered\":null}\n",
                error_count, error_count == 1 ? "" : "s");
        return;
    }
    fprintf(diag_out, "%serror%s%s: aborting due to %s%d previous error%s%s\n\n", color(C_ERROR),
            color(C_RESET), color(C_BOLD), error_count == 1 ? "" : "", error_count,
            error_count == 1 ? "" : "s", color(C_RESET));
}
