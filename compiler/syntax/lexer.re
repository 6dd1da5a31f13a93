/* lexer.re — Rust tokens from source bytes (re2c).
 *
 * Takes: one source file from the table in diag.c (NUL-terminated).
 * Gives: a TokenList ending in TK_EOF, with literal values decoded (escapes, `_`
 * separators, radix) and suffixes split off. Lexical errors are reported with rustc's
 * wording and the offending bytes skipped, so the parser always gets a stream.
 *
 * re2c recognises the token shapes; the few parts that are not regular (nested block
 * comments, raw strings with `#` counts, escape decoding) are small C loops. */
#include "patina.h"
#include "parser.h"

#include <stdlib.h>
#include <string.h>

typedef struct Lexer {
    uint32_t file;
    const unsigned char *base, *cur, *end;
    Token *toks;
    int len, cap;
    PtrVec emoji_idents;                        /* Token*: identifiers with emoji, reported last */
} Lexer;

static Span span_at(Lexer *lx, const unsigned char *lo, const unsigned char *hi) {
    return (Span){lx->file, (uint32_t)(lo - lx->base), (uint32_t)(hi - lx->base)};
}

static Token *push(Lexer *lx, int kind, const unsigned char *lo, const unsigned char *hi) {
    if (lx->len == lx->cap) {
        int cap = lx->cap ? lx->cap * 2 : 256;
        lx->toks = arena_realloc(lx->toks, sizeof(Token) * (size_t)lx->cap,
                                 sizeof(Token) * (size_t)cap);
        lx->cap = cap;
    }
    Token *t = &lx->toks[lx->len++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->span = span_at(lx, lo, hi);
    return t;
}

static int prev_kind(Lexer *lx) { return lx->len ? lx->toks[lx->len - 1].kind : -1; }

/* ── UTF-8 ── */

static bool is_ident_continue_byte(unsigned c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 0x80;
}

/* The value of hex digit c, or -1. */
static int hex_digit(unsigned c) {
    if (c >= '0' && c <= '9') return (int)c - '0';
    return (c | 32) >= 'a' && (c | 32) <= 'f' ? (int)(c | 32) - 'a' + 10 : -1;
}

/* ── escapes ── */

/* Decodes one escape after a backslash at p; returns the code point or -1 (reported). */
static int64_t lex_escape(Lexer *lx, const unsigned char **pp, bool is_byte) {
    const unsigned char *start = *pp - 1, *p = *pp;
    unsigned c = *p++;
    int64_t v = -1;
    switch (c) {
    case 'n': v = '\n'; break;
    case 't': v = '\t'; break;
    case 'r': v = '\r'; break;
    case '0': v = 0; break;
    case '\\': v = '\\'; break;
    case '\'': v = '\''; break;
    case '"': v = '"'; break;
    case 'x': {
        int d = 0;
        v = 0;
        while (d < 2 && hex_digit(p[0]) >= 0) {
            v = v * 16 + hex_digit(p[0]);
            p++, d++;
        }
        if (d < 2) {
            diag_emit(diag_error(NULL, span_at(lx, start, p),
                                 "numeric character escape is too short"));
            v = -1;
        } else if (!is_byte && v > 0x7F) {
            Diag *dg = diag_error(NULL, span_at(lx, start, p), "out of range hex escape");
            diag_label(dg, "must be a character in the range [\\x00-\\x7f]");
            diag_emit(dg);
            v = -1;
        }
        break;
    }
    case 'u': {
        if (*p != '{') {
            diag_emit(diag_error(NULL, span_at(lx, start, p), "incorrect unicode escape sequence"));
            break;
        }
        p++;
        v = 0;
        int d = 0;
        while (*p && *p != '}' && *p != '\'' && *p != '"' && *p != '\n') {
            unsigned h = *p;
            if (h == '_') { p++; continue; }
            int dig = hex_digit(h);
            if (dig < 0) { d = 99; p++; continue; }
            v = v * 16 + dig;
            d++;
            p++;
        }
        if (*p != '}') {
            diag_emit(diag_error(NULL, span_at(lx, start, p), "unterminated unicode escape"));
            v = -1;
            break;
        }
        p++;
        if (d == 0 || d > 6) {
            diag_emit(diag_error(NULL, span_at(lx, start, p),
                                 d == 0 ? "empty unicode escape" : "overlong unicode escape"));
            v = -1;
        } else if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
            diag_emit(diag_error(NULL, span_at(lx, start, p), "invalid unicode character escape"));
            v = -1;
        }
        break;
    }
    default: {
        uint32_t cp = c;
        int n = c ? utf8_seq(p - 1, lx->end, &cp) : 1;
        if (n > 1) p += n - 1;
        Diag *dg = diag_error(NULL, span_at(lx, start, p), "unknown character escape: `%.*s`",
                              n > 0 ? n : 1, (const char *)(p - (n > 0 ? n : 1)));
        diag_label(dg, "unknown character escape");
        diag_emit(dg);
        break;
    }
    }
    *pp = p;
    return v;
}

static void utf8_encode(char *buf, size_t *n, uint32_t cp) {
    if (cp < 0x80) buf[(*n)++] = (char)cp;
    else if (cp < 0x800) {
        buf[(*n)++] = (char)(0xC0 | (cp >> 6));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[(*n)++] = (char)(0xE0 | (cp >> 12));
        buf[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        buf[(*n)++] = (char)(0xF0 | (cp >> 18));
        buf[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* ── literal bodies ── */

/* A carriage return left after the driver turned CRLF into LF is a bare CR: rustc
 * accepts it as whitespace but not inside a literal or a doc comment. */
static void report_bare_cr(Lexer *lx, const unsigned char *p, const char *where) {
    bool escapable = strcmp(where, "string") == 0;
    Diag *d = diag_error(NULL, span_at(lx, p, p + 1), "bare CR not allowed in %s%s", where,
                         escapable ? ", use `\\r` instead" : "");
    if (escapable) diag_help(d, "escape the character");
    diag_emit(d);
}

static void check_doc_comment_crs(Lexer *lx, const unsigned char *lo, const unsigned char *hi,
                                  const char *where) {
    for (const unsigned char *p = lo; p < hi; p++)
        if (*p == '\r') report_bare_cr(lx, p, where);
}

/* A "..." body starting after the opening quote; is_byte for b"...". */
static void lex_string(Lexer *lx, const unsigned char *tok_start, bool is_byte) {
    const unsigned char *p = lx->cur;
    /* grown as the body decodes: sizing it by the rest of the file made a file of many
     * strings take memory quadratic in its length */
    size_t cap = 32, n = 0;
    char *buf = arena_alloc(cap);
    while (p < lx->end && *p != '"') {
        if (n + 5 > cap) {                      /* room for one UTF-8 char and the NUL */
            buf = arena_realloc(buf, cap, cap * 2);
            cap *= 2;
        }
        if (*p == '\\') {
            p++;
            if (*p == '\n' || (*p == '\r' && p[1] == '\n')) {      /* line continuation */
                while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
                continue;
            }
            int64_t v = lex_escape(lx, &p, is_byte);
            if (v >= 0) {
                if (is_byte) buf[n++] = (char)v;
                else utf8_encode(buf, &n, (uint32_t)v);
            }
        } else {
            if (*p == '\r') report_bare_cr(lx, p, "string");
            buf[n++] = (char)*p++;
        }
    }
    Token *t;
    if (p >= lx->end) {
        Diag *d = diag_error("E0765", span_at(lx, tok_start, tok_start + 1 + is_byte),
                             "unterminated double quote %s",
                             is_byte ? "byte string" : "string");
        diag_emit(d);
        lx->cur = lx->end;
        t = push(lx, is_byte ? TK_BYTESTR : TK_STR, tok_start, lx->end);
    } else {
        lx->cur = p + 1;
        t = push(lx, is_byte ? TK_BYTESTR : TK_STR, tok_start, lx->cur);
    }
    t->v.str.bytes = buf;
    t->v.str.len = n;
}

/* r"..." / r#"..."# / br"...": cur points at the first `#` or `"` after the r. */
static void lex_raw_string(Lexer *lx, const unsigned char *tok_start, bool is_byte) {
    const unsigned char *p = lx->cur;
    int hashes = 0;
    while (*p == '#') p++, hashes++;
    if (*p != '"') {
        Diag *d = diag_error(NULL, span_at(lx, tok_start, p + (p < lx->end)),
                             "found invalid character; "
                             "only `#` is allowed in raw string delimitation");
        diag_emit(d);
        lx->cur = p + (p < lx->end);
        return;
    }
    const unsigned char *body = ++p;
    for (; p < lx->end; p++) {
        if (*p == '\r') report_bare_cr(lx, p, "raw string");
        if (*p != '"') continue;
        int h = 0;
        while (h < hashes && p[1 + h] == '#') h++;
        if (h == hashes) break;
    }
    Token *t;
    if (p >= lx->end) {
        Diag *d = diag_error("E0748", span_at(lx, tok_start, tok_start + 1),
                             "unterminated raw string");
        diag_label(d, "unterminated raw string");
        diag_emit(d);
        lx->cur = lx->end;
        t = push(lx, is_byte ? TK_BYTESTR : TK_STR, tok_start, lx->end);
    } else {
        lx->cur = p + 1 + hashes;
        t = push(lx, is_byte ? TK_BYTESTR : TK_STR, tok_start, lx->cur);
    }
    t->v.str.bytes = arena_strndup((const char *)body, (size_t)(p - body));
    t->v.str.len = (size_t)(p - body);
}

/* 'c' or b'c': cur points after the opening quote. */
static void lex_char(Lexer *lx, const unsigned char *tok_start, bool is_byte) {
    const unsigned char *p = lx->cur;
    int64_t v = -1;
    if (*p == '\\') {
        p++;
        v = lex_escape(lx, &p, is_byte);
    } else {
        uint32_t cp;
        int n = utf8_seq(p, lx->end, &cp);
        if (n == 0) n = 1, cp = *p;
        if (is_byte && cp > 0x7F) {
            diag_emit(diag_error(NULL, span_at(lx, p, p + n),
                                 "non-ASCII character in byte literal"));
        }
        if (cp == '\r' || cp == '\t' || cp == '\n') {
            Diag *d = diag_error(NULL, span_at(lx, p, p + 1), "%s constant must be escaped: `\\%c`",
                                 is_byte ? "byte" : "character",
                                 cp == '\r' ? 'r' : cp == '\t' ? 't' : 'n');
            diag_help(d, "escape the character");
            diag_emit(d);
        }
        v = cp;
        p += n;
    }
    if (*p != '\'') {
        /* find the closing quote on this line to report the whole literal */
        const unsigned char *q = p;
        while (q < lx->end && *q != '\'' && *q != '\n') q++;
        if (q < lx->end && *q == '\'') {
            Diag *d = diag_error(NULL, span_at(lx, tok_start, q + 1),
                                 "character literal may only contain one codepoint");
            diag_emit(d);
            lx->cur = q + 1;
        } else {
            Diag *d = diag_error("E0762", span_at(lx, tok_start, tok_start + 1 + is_byte),
                                 "unterminated %s literal",
                                 is_byte ? "byte constant" : "character");
            diag_emit(d);
            lx->cur = q;
        }
        Token *t = push(lx, is_byte ? TK_BYTE : TK_CHAR, tok_start, lx->cur);
        t->v.char_value = 0;
        return;
    }
    lx->cur = p + 1;
    Token *t = push(lx, is_byte ? TK_BYTE : TK_CHAR, tok_start, lx->cur);
    t->v.char_value = v < 0 ? 0 : (uint32_t)v;
}

/* ── numbers ── */

static const char *const valid_suffixes[] = {
    "i8", "i16", "i32", "i64", "i128", "isize",
    "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
};

static bool is_float_suffix(Sym s) { return s == sym_cstr("f32") || s == sym_cstr("f64"); }

/* Lexes an optional literal suffix at cur. An unknown one is returned in *bad and 0 is
 * the suffix: rustc reports it while parsing, after the delimiter check (parse.c). */
static Sym lex_suffix(Lexer *lx, bool is_float, Sym *bad) {
    const unsigned char *p = lx->cur;
    *bad = 0;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_')) return 0;
    while (is_ident_continue_byte(*p)) p++;
    Sym s = sym_intern((const char *)lx->cur, (size_t)(p - lx->cur));
    bool ok = false;
    for (size_t i = 0; i < sizeof valid_suffixes / sizeof *valid_suffixes; i++)
        if (s == sym_cstr(valid_suffixes[i])) ok = true;
    if (is_float && ok && !is_float_suffix(s)) ok = false;
    lx->cur = p;
    if (!ok) {
        *bad = s;
        return 0;
    }
    return s;
}

static void lex_int(Lexer *lx, const unsigned char *lo, const unsigned char *hi, int radix) {
    const unsigned char *digits = radix == 10 ? lo : lo + 2;
    IntBits v = 0;
    bool overflow = false, any = false;
    for (const unsigned char *p = digits; p < hi; p++) {
        if (*p == '_') continue;
        unsigned d = *p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10;
        if (d >= (unsigned)radix) {
            Diag *dg = diag_error(NULL, span_at(lx, p, p + 1),
                                  "invalid digit for a base %d literal", radix);
            diag_emit(dg);
            continue;
        }
        any = true;
        if (v > (~(IntBits)0 - d) / (unsigned)radix) overflow = true;
        v = v * (unsigned)radix + d;
    }
    lx->cur = hi;
    if (!any) {
        diag_emit(diag_error(NULL, span_at(lx, lo, hi), "no valid digits found for number"));
    }
    /* decimal digits directly followed by `e`: that is a float exponent, not a suffix */
    Sym bad_suffix;
    Sym suffix = lex_suffix(lx, false, &bad_suffix);
    Token *t = push(lx, TK_INT, lo, lx->cur);
    t->v.int_value = v;
    t->int_too_large = overflow;
    t->suffix = suffix;
    t->bad_suffix = bad_suffix;
    if (suffix && is_float_suffix(suffix) && radix == 10) {
        t->kind = TK_FLOAT;
        t->v.float_value = strtod(arena_strndup((const char *)lo, (size_t)(hi - lo)), NULL);
    }
}

static void lex_float(Lexer *lx, const unsigned char *lo, const unsigned char *hi) {
    char *clean = arena_alloc((size_t)(hi - lo) + 1);
    size_t n = 0;
    for (const unsigned char *p = lo; p < hi; p++)
        if (*p != '_') clean[n++] = (char)*p;
    lx->cur = hi;
    Sym bad_suffix;
    Sym suffix = lex_suffix(lx, true, &bad_suffix);
    Token *t = push(lx, TK_FLOAT, lo, lx->cur);
    t->v.float_value = strtod(clean, NULL);
    t->suffix = suffix;
    t->bad_suffix = bad_suffix;
}

/* ── block comments (nested) ── */

static void lex_block_comment(Lexer *lx, const unsigned char *start) {
    const unsigned char *p = lx->cur;
    int depth = 1;
    while (p < lx->end && depth > 0) {
        if (p[0] == '/' && p[1] == '*') depth++, p += 2;
        else if (p[0] == '*' && p[1] == '/') depth--, p += 2;
        else p++;
    }
    if (depth > 0) {
        Diag *d = diag_error("E0758", span_at(lx, start, start + 2), "unterminated block comment");
        diag_emit(d);
        p = lx->end;
    }
    /* block comments opening with two stars or a bang are doc comments, except the empty
     * one and those opening with three stars */
    bool doc = (start[2] == '*' && start[3] != '*' && start[3] != '/') || start[2] == '!';
    if (doc) check_doc_comment_crs(lx, start, p, "block doc-comment");
    lx->cur = p;
}

/* ── keywords ── */

static const struct { const char *word; int kind; } keywords[] = {
    {"as", TK_AS}, {"break", TK_BREAK}, {"const", TK_CONST}, {"continue", TK_CONTINUE},
    {"crate", TK_CRATE}, {"dyn", TK_DYN}, {"else", TK_ELSE}, {"enum", TK_ENUM},
    {"extern", TK_EXTERN}, {"false", TK_FALSE}, {"fn", TK_FN}, {"for", TK_FOR}, {"if", TK_IF},
    {"impl", TK_IMPL}, {"in", TK_IN}, {"let", TK_LET}, {"loop", TK_LOOP}, {"match", TK_MATCH},
    {"mod", TK_MOD}, {"move", TK_MOVE}, {"mut", TK_MUT}, {"pub", TK_PUB}, {"ref", TK_REF},
    {"return", TK_RETURN}, {"self", TK_SELFVALUE}, {"Self", TK_SELFTYPE}, {"static", TK_STATIC},
    {"struct", TK_STRUCT}, {"super", TK_SUPER}, {"trait", TK_TRAIT}, {"true", TK_TRUE},
    {"type", TK_TYPE}, {"unsafe", TK_UNSAFE}, {"use", TK_USE}, {"where", TK_WHERE},
    {"while", TK_WHILE},
    {"async", TK_ASYNC}, {"await", TK_AWAIT},
    {"abstract", TK_RESERVED}, {"become", TK_RESERVED}, {"box", TK_RESERVED}, {"do", TK_RESERVED},
    {"final", TK_RESERVED}, {"macro", TK_RESERVED}, {"override", TK_RESERVED},
    {"priv", TK_RESERVED}, {"typeof", TK_RESERVED}, {"unsized", TK_RESERVED},
    {"virtual", TK_RESERVED}, {"yield", TK_RESERVED}, {"try", TK_RESERVED},
};

/* ── identifiers (Unicode XID, as rustc_lexer) ── */

/* The code point at p (the driver has checked the UTF-8) and its length in *n. */
static uint32_t code_point_at(const unsigned char *p, const unsigned char *end, int *n) {
    uint32_t cp;
    *n = utf8_seq(p, end, &cp);
    if (!*n) *n = 1, cp = *p;
    return cp;
}

static bool is_id_start(uint32_t c) {
    return c == '_' || (c < 0x80 ? (c | 32) >= 'a' && (c | 32) <= 'z' : unicode_is_xid_start(c));
}

static bool is_id_continue(uint32_t c) {
    return c < 0x80 ? is_ident_continue_byte(c) : unicode_is_xid_continue(c);
}

static bool is_emoji(uint32_t c) { return c >= 0x80 && unicode_is_emoji(c); }

/* What rustc writes for c in "unknown start of token: ...": printable ASCII as itself,
 * anything else as char::escape_default does. */
static const char *escaped_char(uint32_t c) {
    if (c >= 0x20 && c <= 0x7E) return arena_printf("%c", (char)c);
    if (c == '\t') return "\\t";
    if (c == '\r') return "\\r";
    if (c == '\n') return "\\n";
    return arena_printf("\\u{%x}", c);
}

/* A character that starts no token, at start: one error for it and the copies of it that
 * follow (rustc's "character appears N more times"), which are skipped. */
static void lex_unknown_char(Lexer *lx, const unsigned char *start) {
    int n;
    uint32_t c = code_point_at(start, lx->end, &n);
    const unsigned char *p = start + n;
    int repeats = 0;
    while (p + n <= lx->end && memcmp(p, start, (size_t)n) == 0) p += n, repeats++;
    lx->cur = p;
    Diag *d = diag_error(NULL, span_at(lx, start, p), "unknown start of token: %s",
                         escaped_char(c));
    if (repeats == 1) diag_note(d, "character appears once more");
    else if (repeats > 1) diag_note(d, "character appears %d more times", repeats);
    static const uint32_t invisible[] = {
        0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0xAD, 0x34F, 0x61C,
    };
    for (size_t i = 0; i < sizeof invisible / sizeof *invisible; i++)
        if (c == invisible[i])
            diag_help(d, "invisible characters like '%s' are not usually visible in text editors",
                      escaped_char(c));
    if (c == 0)
        diag_help(d, "source files must contain UTF-8 encoded text, unexpected null bytes might "
                     "occur when a different encoding is used");
    diag_emit(d);
}

/* An identifier at lo (after `r#` when raw): XID_Start or `_`, then XID_Continue chars.
 * re2c's match (lo..hi) is only a first guess, as wide as any run of letters and non-ASCII
 * characters: the identifier ends at its first char that is no XID_Continue, and what
 * follows is lexed afresh. Emoji make rustc's "invalid identifier": the identifier goes
 * on over emoji and zero-width joiners, and is reported after lexing. */
static void lex_ident(Lexer *lx, const unsigned char *lo, const unsigned char *hi, bool raw) {
    (void)hi;
    const unsigned char *name = raw ? lo + 2 : lo;
    int n;
    uint32_t first = code_point_at(name, lx->end, &n);
    if (!is_id_start(first) && !is_emoji(first)) {
        if (raw) {                              /* `r#` and no identifier: `r` and `#` */
            Token *t = push(lx, TK_IDENT, lo, lo + 1);
            t->sym = sym_cstr("r");
            push(lx, TK_POUND, lo + 1, lo + 2);
        }
        lex_unknown_char(lx, name);
        return;
    }
    const unsigned char *p = name + n;
    uint32_t c;
    while (p < lx->end && is_id_continue(c = code_point_at(p, lx->end, &n))) p += n;
    bool has_emoji = is_emoji(first) && !is_id_start(first);
    if (p < lx->end && is_emoji(code_point_at(p, lx->end, &n))) has_emoji = true;
    if (has_emoji)
        while (p < lx->end && ((c = code_point_at(p, lx->end, &n)) == 0x200D ||
                               is_id_continue(c) || is_emoji(c)))
            p += n;
    hi = p;
    lx->cur = hi;
    size_t nfc_len;                             /* `é` and `e` + U+0301 are one name */
    const char *nfc = unicode_nfc((const char *)name, (size_t)(hi - name), &nfc_len);
    Sym s = sym_intern(nfc, nfc_len);
    int kind = TK_IDENT;
    if (!raw) {
        if (hi - lo == 1 && lo[0] == '_') kind = TK_UNDERSCORE;
        for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
            if (strlen(keywords[i].word) == (size_t)(hi - lo) &&
                memcmp(keywords[i].word, lo, (size_t)(hi - lo)) == 0)
                kind = keywords[i].kind;
    }
    Token *t = push(lx, kind, lo, hi);
    t->sym = s;
    t->raw = raw;
    if (has_emoji) ptrvec_push(&lx->emoji_idents, t);
}

/* rustc's errors for identifiers with emoji: one per distinct identifier, at each place it
 * occurs (Ferris, alone, gets a friendlier one). */
static void report_emoji_idents(Lexer *lx) {
    for (int i = 0; i < lx->emoji_idents.len; i++) {
        Token *t = lx->emoji_idents.items[i];
        bool seen = false;
        for (int j = 0; j < i; j++) seen |= ((Token *)lx->emoji_idents.items[j])->sym == t->sym;
        if (seen) continue;
        bool ferris = strcmp(sym_str(t->sym), "\xF0\x9F\xA6\x80") == 0;
        Diag *d = ferris ? diag_error(NULL, t->span, "Ferris cannot be used as an identifier")
                         : diag_error(NULL, t->span, "identifiers cannot contain emoji: `%s`",
                                      sym_str(t->sym));
        if (ferris) diag_label(d, "help: try using their name instead: `ferris`");
        for (int j = i + 1; j < lx->emoji_idents.len; j++) {
            Token *u = lx->emoji_idents.items[j];
            if (u->sym == t->sym) diag_secondary(d, u->span, "%s", "");
        }
        diag_emit(d);
    }
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = lx->cur;
    re2c:define:YYMARKER = marker;
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:define:YYLIMIT = lx->end;

    utf8_cont = [\x80-\xbf];
    utf8_multi = [\xc2-\xdf] utf8_cont | [\xe0-\xef] utf8_cont utf8_cont
               | [\xf0-\xf4] utf8_cont utf8_cont utf8_cont;
    ident_start = [a-zA-Z_] | utf8_multi;
    ident_cont = [a-zA-Z0-9_] | utf8_multi;
    ident = ident_start ident_cont*;
    dec = [0-9] [0-9_]*;
    // Pattern_White_Space
    whitespace = [ \t\r\n\v\f] | "\xc2\x85" | "\xe2\x80" [\x8e\x8f\xa8\xa9];
    exponent = [eE] [+-]? [_]* [0-9] [0-9_]*;
*/

static void lex_all(Lexer *lx) {
    const unsigned char *marker = lx->cur;
    for (;;) {
        const unsigned char *start = lx->cur;
#define TOK(k) push(lx, (k), start, lx->cur)
        /*!re2c
        $ { break; }
        whitespace+ { continue; }
        "//" [^\n]* {
            /* `///` and `//!` are doc comments, `////` is not */
            if ((start[2] == '/' && start[3] != '/') || start[2] == '!')
                check_doc_comment_crs(lx, start, lx->cur, "doc-comment");
            continue;
        }
        "/*" { lex_block_comment(lx, start); continue; }

        "r#" ident { lex_ident(lx, start, lx->cur, true); continue; }
        ident { lex_ident(lx, start, lx->cur, false); continue; }

        "0x" [0-9a-fA-F_]* { lex_int(lx, start, lx->cur, 16); continue; }
        "0o" [0-9_]* { lex_int(lx, start, lx->cur, 8); continue; }
        "0b" [0-9_]* { lex_int(lx, start, lx->cur, 2); continue; }
        dec {
            if (prev_kind(lx) == TK_DOT) {                      /* tuple index: t.0.1 */
                const unsigned char *hi = lx->cur;
                lex_int(lx, start, hi, 10);
                continue;
            }
            const unsigned char *p = lx->cur;
            if (p[0] == '.' && p[1] != '.' &&
                !((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z') || p[1] == '_' ||
                  p[1] >= 0x80)) {
                p++;                                            /* `1.`, `1.5`, `1.5e3` */
                while ((*p >= '0' && *p <= '9') || (*p == '_' && p[-1] != '.')) p++;
                if ((*p == 'e' || *p == 'E') && p[-1] != '.') {
                    const unsigned char *q = p + 1;
                    if (*q == '+' || *q == '-') q++;
                    while (*q == '_') q++;
                    if (*q >= '0' && *q <= '9') {
                        while ((*q >= '0' && *q <= '9') || *q == '_') q++;
                        p = q;
                    }
                }
                lex_float(lx, start, p);
                continue;
            }
            if (p[0] == 'e' || p[0] == 'E') {
                const unsigned char *q = p + 1;
                if (*q == '+' || *q == '-') q++;
                while (*q == '_') q++;
                if (*q >= '0' && *q <= '9') {
                    while ((*q >= '0' && *q <= '9') || *q == '_') q++;
                    lex_float(lx, start, q);
                    continue;
                }
            }
            lex_int(lx, start, lx->cur, 10);
            continue;
        }

        "\"" { lex_string(lx, start, false); continue; }
        "b\"" { lex_string(lx, start, true); continue; }
        "r" [#"] { lx->cur--; lex_raw_string(lx, start, false); continue; }
        "br" [#"] { lx->cur--; lex_raw_string(lx, start, true); continue; }
        "b'" { lex_char(lx, start, true); continue; }
        "'" ident / [^'] {
            Token *t = push(lx, TK_LIFETIME, start, lx->cur);
            t->sym = sym_intern((const char *)start + 1, (size_t)(lx->cur - start - 1));
            continue;
        }
        "'" { lex_char(lx, start, false); continue; }

        ";" { TOK(TK_SEMI); continue; }
        "," { TOK(TK_COMMA); continue; }
        "." { TOK(TK_DOT); continue; }
        ".." { TOK(TK_DOTDOT); continue; }
        "..." { TOK(TK_DOTDOTDOT); continue; }
        "..=" { TOK(TK_DOTDOTEQ); continue; }
        ":" { TOK(TK_COLON); continue; }
        "::" { TOK(TK_PATHSEP); continue; }
        "->" { TOK(TK_RARROW); continue; }
        "=>" { TOK(TK_FATARROW); continue; }
        "#" { TOK(TK_POUND); continue; }
        "$" { TOK(TK_DOLLAR); continue; }
        "@" { TOK(TK_AT); continue; }
        "~" { TOK(TK_TILDE); continue; }
        "?" { TOK(TK_QUESTION); continue; }
        "{" { TOK(TK_LBRACE); continue; }
        "}" { TOK(TK_RBRACE); continue; }
        "[" { TOK(TK_LBRACKET); continue; }
        "]" { TOK(TK_RBRACKET); continue; }
        "(" { TOK(TK_LPAREN); continue; }
        ")" { TOK(TK_RPAREN); continue; }
        "=" { TOK(TK_EQ); continue; }
        "==" { TOK(TK_EQEQ); continue; }
        "!=" { TOK(TK_NE); continue; }
        "!" { TOK(TK_NOT); continue; }
        "<" { TOK(TK_LT); continue; }
        "<=" { TOK(TK_LE); continue; }
        ">" { TOK(TK_GT); continue; }
        ">=" { TOK(TK_GE); continue; }
        "<<" { TOK(TK_SHL); continue; }
        ">>" { TOK(TK_SHR); continue; }
        "<<=" { TOK(TK_SHLEQ); continue; }
        ">>=" { TOK(TK_SHREQ); continue; }
        "+" { TOK(TK_PLUS); continue; }
        "-" { TOK(TK_MINUS); continue; }
        "*" { TOK(TK_STAR); continue; }
        "/" { TOK(TK_SLASH); continue; }
        "%" { TOK(TK_PERCENT); continue; }
        "^" { TOK(TK_CARET); continue; }
        "&" { TOK(TK_AND); continue; }
        "|" { TOK(TK_OR); continue; }
        "&&" { TOK(TK_ANDAND); continue; }
        "||" { TOK(TK_OROR); continue; }
        "+=" { TOK(TK_PLUSEQ); continue; }
        "-=" { TOK(TK_MINUSEQ); continue; }
        "*=" { TOK(TK_STAREQ); continue; }
        "/=" { TOK(TK_SLASHEQ); continue; }
        "%=" { TOK(TK_PERCENTEQ); continue; }
        "^=" { TOK(TK_CARETEQ); continue; }
        "&=" { TOK(TK_ANDEQ); continue; }
        "|=" { TOK(TK_OREQ); continue; }

        * {
            lex_unknown_char(lx, start);
            continue;
        }
        */
#undef TOK
    }
}

TokenList lex_file(uint32_t file) {
    SourceFile *sf = source_get(file);
    Lexer lx = {.file = file, .base = (const unsigned char *)sf->text,
                .end = (const unsigned char *)sf->text + sf->len};
    lx.cur = lx.base;
    /* the driver's source_load has checked the UTF-8 and dropped the byte-order mark */
    if (lx.cur[0] == '#' && lx.cur[1] == '!' && lx.cur[2] != '[') {                   /* shebang */
        while (lx.cur < lx.end && *lx.cur != '\n') lx.cur++;
    }
    lex_all(&lx);
    report_emoji_idents(&lx);
    push(&lx, 0, lx.end, lx.end);
    return (TokenList){lx.toks, lx.len};
}

static const char *const token_names[] = {
    [0] = "<eof>",
    [TK_AS] = "as", [TK_BREAK] = "break", [TK_CONST] = "const", [TK_CONTINUE] = "continue",
    [TK_CRATE] = "crate", [TK_DYN] = "dyn", [TK_ELSE] = "else", [TK_ENUM] = "enum",
    [TK_EXTERN] = "extern", [TK_FALSE] = "false", [TK_FN] = "fn", [TK_FOR] = "for", [TK_IF] = "if",
    [TK_IMPL] = "impl", [TK_IN] = "in", [TK_LET] = "let", [TK_LOOP] = "loop", [TK_MATCH] = "match",
    [TK_MOD] = "mod", [TK_MOVE] = "move", [TK_MUT] = "mut", [TK_PUB] = "pub", [TK_REF] = "ref",
    [TK_RETURN] = "return", [TK_SELFVALUE] = "self", [TK_SELFTYPE] = "Self", [TK_STATIC] = "static",
    [TK_STRUCT] = "struct", [TK_SUPER] = "super", [TK_TRAIT] = "trait", [TK_TRUE] = "true",
    [TK_TYPE] = "type", [TK_UNSAFE] = "unsafe", [TK_USE] = "use", [TK_WHERE] = "where",
    [TK_WHILE] = "while", [TK_ASYNC] = "async", [TK_AWAIT] = "await",
    [TK_RESERVED] = "reserved keyword",
    [TK_IDENT] = "identifier", [TK_LIFETIME] = "lifetime", [TK_INT] = "integer literal",
    [TK_FLOAT] = "float literal", [TK_CHAR] = "char literal", [TK_STR] = "string literal",
    [TK_BYTE] = "byte literal", [TK_BYTESTR] = "byte string literal",
    [TK_SEMI] = ";", [TK_COMMA] = ",", [TK_COLON] = ":", [TK_PATHSEP] = "::", [TK_RARROW] = "->",
    [TK_FATARROW] = "=>", [TK_POUND] = "#", [TK_DOLLAR] = "$", [TK_AT] = "@", [TK_TILDE] = "~",
    [TK_UNDERSCORE] = "_", [TK_RBRACE] = "}", [TK_RBRACKET] = "]", [TK_RPAREN] = ")",
    [TK_DOTDOTDOT] = "...",
    [TK_STMT_START] = "statement", [TK_MACRO_TT] = "macro arguments",
    [TK_MACRO_ARGS_START] = "macro", [TK_VEC_ARGS_START] = "macro",
    [TK_MATCHES_ARGS_START] = "macro", [TK_STRUCT_LBRACE] = "{", [TK_MACRO_RULES] = "macro_rules!",
    [TK_ATTR] = "#", [TK_INNER_ATTR] = "#!", [TK_RAW] = "raw", [TK_UNION] = "union",
    [TK_ERROR_STMT] = "statement", [TK_ERROR_ITEM] = "item", [TK_LOWEST] = "",
    [TK_LBRACE] = "{", [TK_EQ] = "=", [TK_PLUSEQ] = "+=", [TK_MINUSEQ] = "-=", [TK_STAREQ] = "*=",
    [TK_SLASHEQ] = "/=", [TK_PERCENTEQ] = "%=", [TK_CARETEQ] = "^=", [TK_ANDEQ] = "&=",
    [TK_OREQ] = "|=", [TK_SHLEQ] = "<<=", [TK_SHREQ] = ">>=", [TK_DOTDOT] = "..",
    [TK_DOTDOTEQ] = "..=", [TK_OROR] = "||", [TK_ANDAND] = "&&", [TK_EQEQ] = "==", [TK_NE] = "!=",
    [TK_LT] = "<", [TK_GT] = ">", [TK_LE] = "<=", [TK_GE] = ">=", [TK_OR] = "|", [TK_CARET] = "^",
    [TK_AND] = "&", [TK_SHL] = "<<", [TK_SHR] = ">>", [TK_PLUS] = "+", [TK_MINUS] = "-",
    [TK_STAR] = "*", [TK_SLASH] = "/", [TK_PERCENT] = "%", [TK_UNARY] = "", [TK_NOT] = "!",
    [TK_QUESTION] = "?", [TK_DOT] = ".", [TK_LPAREN] = "(", [TK_LBRACKET] = "[",
};

const char *lex_token_name(int kind) {
    if (kind < 0 || (size_t)kind >= sizeof token_names / sizeof *token_names ||
        !token_names[kind])
        return "token";
    return token_names[kind];
}

void lex_print_tokens(FILE *out, TokenList tl) {
    for (int i = 0; i < tl.len; i++) {
        const Token *t = &tl.toks[i];
        int line, col;
        source_line_col(t->span, &line, &col);
        size_t n;
        const char *text = span_text(t->span, &n);
        fprintf(out, "%d:%d\t%-16s\t", line, col, t->kind ? lex_token_name(t->kind) : "<eof>");
        if (t->kind == TK_INT)
            fprintf(out, "%.*s = %s%s", (int)n, text, intbits_str(t->v.int_value, false),
                    t->int_too_large ? " (too large)" : "");
        else fprintf(out, "%.*s", (int)n, text);
        if (t->suffix) fprintf(out, " suffix=%s", sym_str(t->suffix));
        fputc('\n', out);
    }
}
