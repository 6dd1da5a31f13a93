/* token.h — Tokens: what the lexer (lexer.re) gives the parser. */
#ifndef PATINA_SYNTAX_TOKEN_H
#define PATINA_SYNTAX_TOKEN_H

#include "support/diag.h"

/* Token kinds are the terminal codes lemon generates (TK_IDENT, TK_PLUS, ...) in
 * build/parser.h. TK_EOF (0) ends the stream. */
typedef struct Token {
    int kind;
    Span span;
    Sym sym;                                    /* ident, lifetime (without '), literal suffix */
    union {
        IntBits int_value;                      /* integer literal (without suffix) */
        double float_value;                     /* float literal */
        uint32_t char_value;                    /* char or byte literal */
        struct { const char *bytes; size_t len; } str; /* decoded string literal */
    } v;
    Sym suffix;                                 /* literal suffix (i32, u8, f64...) or 0 */
    bool int_too_large;                         /* literal does not fit in 128 bits */
    bool raw;                                   /* raw identifier r#name */
    Sym bad_suffix;                             /* a literal's unknown suffix (parser reports) */
} Token;

typedef struct TokenList {
    Token *toks;
    int len;                                    /* the last token is TK_EOF */
} TokenList;

/* Lexes a whole file. Lexical errors are reported through diag and skipped. */
TokenList lex_file(uint32_t file);

/* unicode_ident.c (generated): the Unicode properties rustc's lexer reads identifiers by. */
bool unicode_is_xid_start(uint32_t c);
bool unicode_is_xid_continue(uint32_t c);
bool unicode_is_emoji(uint32_t c);
bool unicode_is_emoji_presentation(uint32_t c);
/* unicode_nfc.c: text's NFC form (text itself when it is ASCII), as rustc normalizes
 * identifiers. */
const char *unicode_nfc(const char *text, size_t len, size_t *out_len);
const char *lex_token_name(int kind);           /* "identifier", "`fn`", "`+=`", ... */
void lex_print_tokens(FILE *out, TokenList tl);

#endif
