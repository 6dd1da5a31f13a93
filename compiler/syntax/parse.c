/* parse.c — drives the lemon parser over the token stream, with recovery.
 *
 * Takes: the lexer's TokenList.
 * Gives: the crate's AST (N_CRATE), or the arguments of a built-in macro; syntax errors
 * in rustc's words.
 *
 * Before tokens reach the grammar this driver reshapes the stream, so that the grammar
 * stays LALR(1) and conflict-free (see parser.y for the synthetic tokens):
 *   - `#[...]` / `#![...]` become one ATTR / INNER_ATTR token; they are fed where the
 *     grammar takes attributes (items, fields, variants) and dropped elsewhere;
 *   - `name!(...)`, `name![...]`, `name!{...}` become one MACRO_TT token holding the
 *     (recursively reshaped) tokens between the delimiters, `macro_rules! m {...}` one
 *     MACRO_RULES token;
 *   - STMT_START is fed before a block-like expression where a statement (or a match
 *     arm's body) may begin: that is how Rust ends such statements without `;`;
 *   - after a path, `{` becomes STRUCT_LBRACE (a struct literal or pattern) unless it is
 *     the `{` that ends an `if`/`while`/`match`/`for` head, rustc's rule that struct
 *     literals are not allowed there;
 *   - `>>`, `>=` and `>>=` are split when only a `>` fits (closing generic arguments).
 * Recovery: after a syntax error the statement holding it is replaced by ERROR_STMT (or
 * the item by ERROR_ITEM) and the file is parsed again, so every independent syntax
 * error is reported once and none cascades. */
#include "syntax/parse_internal.h"

#include <string.h>

#define MAX_NESTING 256
/* lemon's stack grows with right-recursive nesting (an `else if` chain takes 4 entries a
 * level); this only stops runaway input early; MAX_AST_DEPTH is the limit that counts */
#define MAX_PARSER_DEPTH (4 * MAX_AST_DEPTH)
#define MAX_SYNTAX_ERRORS 50

/* ── token vectors ── */

typedef struct TokVec {
    Token *toks;
    int len, cap;
} TokVec;

static Token *tv_push(TokVec *v, Token t) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 64;
        v->toks = arena_realloc(v->toks, sizeof(Token) * (size_t)v->cap,
                                sizeof(Token) * (size_t)cap);
        v->cap = cap;
    }
    v->toks[v->len] = t;
    return &v->toks[v->len++];
}

static bool is_open(int k) {
    return k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE || k == TK_STRUCT_LBRACE;
}
static bool is_close(int k) { return k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE; }

/* Index of the token closing the group opened at i (or n when unbalanced). */
static int matching_close(const Token *t, int n, int i) {
    int depth = 0;
    for (int j = i; j < n; j++) {
        if (is_open(t[j].kind)) depth++;
        else if (is_close(t[j].kind) && --depth == 0) return j;
    }
    return n;
}

static Token synthetic(int kind, Span sp) {
    Token tok = {0};
    tok.kind = kind;
    tok.span = sp;
    return tok;
}

/* ── attributes ── */

static const char *const known_attributes[] = {
    "derive", "repr", "allow", "warn", "deny", "forbid", "expect", "test", "inline", "cold",
    "must_use", "doc", "cfg", "cfg_attr", "deprecated", "non_exhaustive", "automatically_derived",
    "path", "track_caller", "no_mangle", "export_name", "link", "link_name", "used", "ignore",
    "should_panic", "macro_export", "rustfmt", "clippy", "rustc_box", "no_std", "no_main",
    "recursion_limit", "crate_name", "crate_type", "feature", "global_allocator", "panic_handler",
    "target_feature", "unsafe", "diagnostic", "default",
};

/* Unknown attributes are kept and warned about, not rejected. */
static void check_attribute(const Token *t) {
    if (!t->sym) return;
    const char *name = sym_str(t->sym);
    for (size_t i = 0; i < sizeof known_attributes / sizeof *known_attributes; i++)
        if (strcmp(name, known_attributes[i]) == 0) return;
    Diag *d = diag_new(DIAG_WARNING, NULL, t->span, "unknown attribute `%s` is ignored", name);
    diag_note(d, "Patina keeps the attribute in the AST but gives it no meaning");
    diag_emit(d);
}

/* ── reshaping ── */

typedef struct Reshaper {
    bool failed;                                /* nesting too deep: reported, give up */
} Reshaper;

static void reshape(Reshaper *rs, const Token *t, int n, TokVec *out, int depth);

/* Whether an opening bracket at nesting depth `depth` is within MAX_NESTING; reports it
 * (once: the reshaper then gives up) when it is not. */
static bool nesting_ok(Reshaper *rs, int depth, const Token *open) {
    if (depth <= MAX_NESTING) return true;
    Diag *d = diag_error(NULL, open->span, "brackets nest more than %d levels deep", MAX_NESTING);
    diag_label(d, "nesting limit reached here");
    diag_note(d, "Patina limits nesting so that deeply nested input cannot exhaust its stack");
    diag_emit(d);
    rs->failed = true;
    return false;
}

/* The tokens of group [open+1, close) as a NUL-free array ending in a synthetic EOF. */
static Token group_token(Reshaper *rs, int kind, const Token *t, int n, int first, int open,
                         int depth, bool reshape_inner) {
    int close = matching_close(t, n, open);
    TokVec inner = {0};
    /* a macro's brackets nest like any others (`vec![vec![...]]`) */
    if (reshape_inner && !nesting_ok(rs, depth + 1, &t[open])) return synthetic(0, t[open].span);
    if (reshape_inner)
        reshape(rs, t + open + 1, close - (open + 1) < 0 ? 0 : close - (open + 1), &inner,
                depth + 1);
    else
        for (int j = open + 1; j < close && j < n; j++) tv_push(&inner, t[j]);
    Span end = close < n ? t[close].span : t[n - 1].span;
    tv_push(&inner, synthetic(0, end));
    Token tok = synthetic(kind, span_join(t[first].span, end));
    tok.v.str.bytes = (const char *)inner.toks;
    tok.v.str.len = (size_t)(inner.len - 1);
    tok.sym = t[open].kind == TK_LPAREN     ? sym_cstr("(")
              : t[open].kind == TK_LBRACKET ? sym_cstr("[")
                                            : sym_cstr("{");
    return tok;
}

static void reshape(Reshaper *rs, const Token *t, int n, TokVec *out, int depth) {
    int nest = depth;
    for (int i = 0; i < n && !rs->failed; i++) {
        int k = t[i].kind;
        if (k == 0) break;
        /* attributes: `#[path ...]`, `#![path ...]` */
        if (k == TK_POUND && i + 1 < n) {
            int j = i + 1;
            bool inner = t[j].kind == TK_NOT;
            if (inner) j++;
            if (j < n && t[j].kind == TK_LBRACKET) {
                Token tok =
                    group_token(rs, inner ? TK_INNER_ATTR : TK_ATTR, t, n, i, j, nest, false);
                tok.sym = j + 1 < n && t[j + 1].kind == TK_IDENT ? t[j + 1].sym : 0;
                if (j + 1 < n && t[j + 1].kind == TK_UNSAFE) tok.sym = sym_cstr("unsafe");
                check_attribute(&tok);
                tv_push(out, tok);
                i = matching_close(t, n, j);
                continue;
            }
        }
        /* `macro_rules! name { ... }` */
        if (k == TK_IDENT && t[i].sym == sym_cstr("macro_rules") && i + 3 < n &&
            t[i + 1].kind == TK_NOT &&
            t[i + 2].kind == TK_IDENT && is_open(t[i + 3].kind)) {
            Token tok = group_token(rs, TK_MACRO_RULES, t, n, i, i + 3, nest, false);
            tok.sym = t[i + 2].sym;
            tv_push(out, tok);
            i = matching_close(t, n, i + 3);
            if (i + 1 < n && t[i + 1].kind == TK_SEMI) i++;
            continue;
        }
        /* macro invocations */
        if ((k == TK_IDENT || k == TK_SELFVALUE) && i + 2 < n && t[i + 1].kind == TK_NOT &&
            is_open(t[i + 2].kind) &&
            !(i > 0 && t[i - 1].kind == TK_DOT)) {
            tv_push(out, t[i]);
            tv_push(out, group_token(rs, TK_MACRO_TT, t, n, i + 1, i + 2, nest, true));
            int close = matching_close(t, n, i + 2);
            i = close < n ? close : n;
            continue;
        }
        /* contextual keywords */
        Token tok = t[i];
        if (k == TK_IDENT && tok.sym == sym_cstr("union") && i + 1 < n &&
            t[i + 1].kind == TK_IDENT)
            tok.kind = TK_UNION;
        if (k == TK_IDENT && tok.sym == sym_cstr("raw") && i > 0 &&
            (t[i - 1].kind == TK_AND || t[i - 1].kind == TK_ANDAND) &&
            i + 1 < n && (t[i + 1].kind == TK_CONST || t[i + 1].kind == TK_MUT))
            tok.kind = TK_RAW;
        if (is_open(k) && !nesting_ok(rs, ++nest, &t[i])) return;
        if (is_close(k)) nest--;
        tv_push(out, tok);
    }
}

/* ── syntax errors ── */

static bool is_operator_token(int k) {
    switch (k) {
    case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_PERCENT: case TK_CARET:
    case TK_AND: case TK_OR: case TK_SHL: case TK_SHR: case TK_EQEQ: case TK_NE: case TK_LT:
    case TK_GT: case TK_LE: case TK_GE: case TK_ANDAND: case TK_OROR: case TK_EQ: case TK_PLUSEQ:
    case TK_MINUSEQ: case TK_STAREQ: case TK_SLASHEQ: case TK_PERCENTEQ: case TK_CARETEQ:
    case TK_ANDEQ: case TK_OREQ: case TK_SHLEQ: case TK_SHREQ: case TK_AS: case TK_DOTDOT:
    case TK_DOTDOTEQ: case TK_LBRACKET: case TK_LPAREN:
        return true;
    default: return false;
    }
}

static bool is_hidden_token(int k) {
    return k == TK_STMT_START || k == TK_MACRO_TT || k == TK_MACRO_ARGS_START ||
           k == TK_VEC_ARGS_START || k == TK_MATCHES_ARGS_START || k == TK_LOWEST ||
           k == TK_UNARY || k == TK_RESERVED || k == TK_AWAIT || k == TK_BYTESTR || k == TK_BYTE ||
           k == TK_STRUCT_LBRACE || k == TK_MACRO_RULES || k == TK_ATTR || k == TK_INNER_ATTR ||
           k == TK_RAW || k == TK_UNION || k == TK_ERROR_STMT || k == TK_ERROR_ITEM;
}

static bool is_keyword(int k) { return k >= TK_AS && k <= TK_AWAIT; }

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "`5`", "keyword `let`", "`<eof>`" — how rustc names the token it found. */
static char *found_text(const Token *tok) {
    if (tok->kind == 0) return "`<eof>`";
    size_t n;
    const char *text = span_text(tok->span, &n);
    if (tok->kind == TK_MACRO_TT || tok->kind == TK_ATTR || tok->kind == TK_INNER_ATTR ||
        tok->kind == TK_MACRO_RULES) {
        const char *nl = memchr(text, '\n', n);
        if (nl) n = (size_t)(nl - text);
        if (n > 20) n = 20;
        if (tok->kind == TK_MACRO_TT && n > 1) n = 1;
    }
    if (tok->kind == TK_RESERVED) return arena_printf("reserved keyword `%.*s`", (int)n, text);
    if (is_keyword(tok->kind) || tok->kind == TK_UNION)
        return arena_printf("keyword `%.*s`", (int)n, text);
    if (tok->kind == TK_STMT_START) return "statement";
    if (tok->kind == TK_STRUCT_LBRACE) return "`{`";
    return arena_printf("`%.*s`", (int)n, text);
}

void parse_syntax_error(ParseState *ps, int kind, const Token *tok) {
    (void)kind;                                 /* the token itself says it */
    if (ps->error) return;
    ps->error = true;
    /* a placeholder recovery put in did not fit here either: recovery escalates quietly */
    if (tok->kind == TK_ERROR_STMT || tok->kind == TK_ERROR_ITEM) return;
    int ntok = parser_token_count();
    const char **names = arena_alloc(sizeof(char *) * (size_t)ntok);
    int count = 0;
    bool operators = parser_would_shift(ps->parser, TK_PLUS);
    bool want_semi = false;
    int expr_starts = 0;
    for (int k = 1; k < ntok; k++) {
        if (is_hidden_token(k) || !parser_would_shift(ps->parser, k)) continue;
        if (operators && is_operator_token(k)) continue;
        if (k == TK_INT || k == TK_FLOAT || k == TK_STR || k == TK_CHAR || k == TK_TRUE ||
            k == TK_IF)
            expr_starts++;
        if (k == TK_SEMI) want_semi = true;
        if (k == TK_IDENT) names[count++] = "identifier";
        else if (k == TK_LIFETIME) names[count++] = "lifetime";
        else if (k >= TK_INT && k <= TK_BYTESTR) continue;
        else names[count++] = arena_printf("`%s`", lex_token_name(k));
    }
    const char *found = found_text(tok);
    bool semi_before = false;
    if (want_semi && ps->prev && tok->kind != TK_RBRACE) {
        int l1, c1, l2, c2;
        source_line_col(ps->prev->span, &l1, &c1);
        source_line_col(tok->span, &l2, &c2);
        semi_before = l1 != l2 || tok->kind == 0;
    }
    Diag *d;
    if (semi_before) {
        /* rustc's reading: the statement before ended without its `;` */
        Span at = {ps->prev->span.file, ps->prev->span.hi, ps->prev->span.hi};
        d = diag_error(NULL, at, "expected `;`, found %s", found);
        diag_label(d, "help: add `;` here");
        if (tok->kind) diag_secondary(d, tok->span, "unexpected token");
    } else if (parser_would_shift(ps->parser, TK_REF)) {
        d = diag_error(NULL, tok->span, "expected pattern, found %s", found);
        diag_label(d, "expected pattern");
    } else if (expr_starts >= 4 && !want_semi) {
        d = diag_error(NULL, tok->span, "expected expression, found %s", found);
        diag_label(d, "expected expression");
    } else if (count == 0 && !operators) {
        d = diag_error(NULL, tok->span, "unexpected token: %s", found);
    } else {
        qsort(names, (size_t)count, sizeof *names, cmp_str);
        if (operators) names[count++] = "an operator";
        char *list = "";
        for (int i = 0; i < count; i++)
            list = arena_printf("%s%s%s%s", list, i == 0 ? "" : count == 2 ? " " : ", ",
                                i == count - 1 && count > 1 ? "or " : "", names[i]);
        d = diag_error(NULL, tok->span,
                       count == 1 ? "expected %s, found %s" : "expected one of %s, found %s",
                       list, found);
        if (count == 1) diag_label(d, "expected %s", list);
        else diag_label(d, "expected one of %d possible tokens", count);
    }
    diag_emit(d);
}

void parse_report_too_deep(Span sp) {
    Diag *d = diag_error(NULL, sp, "this nests too deeply (more than %d levels)", MAX_AST_DEPTH);
    diag_label(d, "nesting limit reached here");
    diag_note(d, "Patina limits nesting so that deeply nested input cannot exhaust its stack");
    diag_emit(d);
}

void parse_stack_overflow(ParseState *ps) {
    if (ps->error) return;
    ps->error = ps->too_deep = true;
    parse_report_too_deep(ps->prev ? ps->prev->span : (Span){0});
}

/* ── feeding the parser ── */

static bool starts_blocklike(const Token *t) {
    switch (t[0].kind) {
    case TK_IF: case TK_WHILE: case TK_LOOP: case TK_FOR: case TK_LBRACE: case TK_MATCH:
        return true;
    case TK_UNSAFE: return t[1].kind == TK_LBRACE;
    case TK_LIFETIME: return t[1].kind == TK_COLON;
    default: return false;
    }
}

static bool starts_item(const Token *t) {
    switch (t->kind) {
    case TK_FN: case TK_PUB: case TK_STRUCT: case TK_ENUM: case TK_UNION: case TK_TRAIT:
    case TK_IMPL: case TK_MOD: case TK_USE: case TK_TYPE: case TK_STATIC: case TK_EXTERN:
    case TK_MACRO_RULES: case TK_ASYNC:
        return true;
    case TK_CONST: return t[1].kind != TK_LBRACE;
    case TK_UNSAFE: return t[1].kind != TK_LBRACE;
    default: return false;
    }
}

/* Heads of `if`/`while`/`match`/`for` in which a `{` at the head's depth is the body. */
typedef struct Heads {
    int depth[64];
    int n;
    int pending_let_depth;                      /* `if let`/`while let`: the head starts at `=` */
} Heads;

typedef struct Feeder {
    ParseState *ps;
    int depth;                                  /* open brackets among the tokens fed */
    Heads heads;
} Feeder;

static void feed(ParseState *ps, int kind, const Token *tok) {
    /* Checked before feeding: LALR default reductions would otherwise run first and leave
     * a state whose expected-token list is narrower than the truth. */
    if (!parser_would_shift(ps->parser, kind)) {
        parse_syntax_error(ps, kind, tok);
        return;
    }
    Parser(ps->parser, kind, tok);
    if (!ps->error && parser_stack_depth(ps->parser) > MAX_PARSER_DEPTH) parse_stack_overflow(ps);
}

static void push_head(Feeder *f) {
    if (f->heads.n < 64) f->heads.depth[f->heads.n++] = f->depth;
}

/* Whether an `if` fed now is a match guard (in a `match` arm or `matches!`): only after
 * a pattern, where a plain `{` never fits; wherever an `if` expression may begin, a block
 * expression may too. */
static bool at_guard(ParseState *ps) {
    return parser_would_shift(ps->parser, TK_IF) && !parser_would_shift(ps->parser, TK_LBRACE);
}

static bool ends_path(int k) {
    return k == TK_IDENT || k == TK_SELFTYPE || k == TK_GT || k == TK_SUPER || k == TK_CRATE;
}

/* Feeds one token (with any synthetic tokens it needs first); returns false once the
 * parser has reported an error. */
static bool feed_token(Feeder *f, const Token *t) {
    ParseState *ps = f->ps;
    int k = t->kind;
    if (k == TK_ATTR) {
        const Token *next = t + 1;
        while (next->kind == TK_ATTR) next++;
        bool statement_position = parser_would_shift(ps->parser, TK_LET);
        if ((statement_position && !starts_item(next)) ||
            !parser_would_shift(ps->parser, TK_ATTR))
            return true;
    }
    if (k == TK_INNER_ATTR && !parser_would_shift(ps->parser, TK_INNER_ATTR)) return true;
    if (starts_blocklike(t) && parser_would_shift(ps->parser, TK_STMT_START)) {
        Token *st = arena_alloc(sizeof *st);
        *st = synthetic(TK_STMT_START, (Span){t->span.file, t->span.lo, t->span.lo});
        feed(ps, TK_STMT_START, st);
        if (ps->error) return false;
    }
    if (k == TK_LBRACE) {
        bool head_body = f->heads.n > 0 && f->heads.depth[f->heads.n - 1] == f->depth;
        if (head_body) f->heads.n--;
        else if (ps->prev && ends_path(ps->prev->kind) &&
                 parser_would_shift(ps->parser, TK_STRUCT_LBRACE))
            k = TK_STRUCT_LBRACE;
    }
    switch (k) {
    case TK_IF:
        /* a match guard `pat if g =>` has no body, so it is no head: struct literals are
         * allowed in it (rustc's rule too), and it must not claim a later `{` */
        if (at_guard(ps)) break;
        /* fall through */
    case TK_WHILE: case TK_MATCH:
        if (t[1].kind == TK_LET) f->heads.pending_let_depth = f->depth;
        else push_head(f);
        break;
    case TK_IN:
        push_head(f);
        break;
    case TK_EQ:
        if (f->heads.pending_let_depth == f->depth) {
            f->heads.pending_let_depth = -1;
            push_head(f);
        }
        break;
    default: break;
    }
    if (is_open(k)) f->depth++;
    else if (is_close(k)) {
        f->depth--;
        while (f->heads.n > 0 && f->heads.depth[f->heads.n - 1] > f->depth) f->heads.n--;
    }
    if ((k == TK_SHR || k == TK_GE || k == TK_SHREQ) && !parser_would_shift(ps->parser, k) &&
        parser_would_shift(ps->parser, TK_GT)) {
        Token *gt = arena_alloc(sizeof *gt), *rest = arena_alloc(sizeof *rest);
        *gt = synthetic(TK_GT, (Span){t->span.file, t->span.lo, t->span.lo + 1});
        *rest = synthetic(k == TK_SHR ? TK_GT : k == TK_GE ? TK_EQ : TK_GE,
                          (Span){t->span.file, t->span.lo + 1, t->span.hi});
        feed(ps, TK_GT, gt);
        if (ps->error) return false;
        ps->prev = gt;
        return feed_token(f, rest);
    }
    if (k != t->kind) {
        Token *copy = arena_alloc(sizeof *copy);
        *copy = *t;
        copy->kind = k;
        t = copy;
    }
    feed(ps, k, t);
    ps->prev = t;
    return !ps->error;
}

/* Feeds t[0..n) (ending with EOF) to a fresh parser; returns -1 when the whole stream
 * parsed, else the index of the token the syntax error was reported at. */
static int run_parser(ParseState *ps, const Token *t, int n, int first_kind) {
    ps->error = ps->too_deep = false;
    ps->prev = NULL;
    ps->items = (NodeList){0};
    ps->inner_attrs = (NodeList){0};
    ps->parser = ParserAlloc(malloc, ps);
    Feeder f = {.ps = ps, .heads = {.pending_let_depth = -1}};
    if (first_kind) {
        Token *start = arena_alloc(sizeof *start);
        *start = synthetic(first_kind, t[0].span);
        feed(ps, first_kind, start);
    }
    int i = 0;
    for (; i < n && !ps->error; i++) {
        if (!feed_token(&f, &t[i])) break;
        if (t[i].kind == 0) break;
    }
    ParserFree(ps->parser, free);
    ps->parser = NULL;
    return ps->error ? (i < n ? i : n - 1) : -1;
}

/* ── recovery ── */

/* Nesting depth before each token. */
static int *depths_of(const TokVec *v) {
    int *d = arena_alloc(sizeof(int) * (size_t)(v->len + 1));
    int depth = 0;
    for (int i = 0; i < v->len; i++) {
        if (is_close(v->toks[i].kind) && depth > 0) depth--;
        d[i] = depth;
        if (is_open(v->toks[i].kind)) depth++;
    }
    return d;
}

/* Replaces v[lo, hi) by one token of kind `kind` spanning them. */
static void splice(TokVec *v, int lo, int hi, int kind) {
    Span sp = v->toks[lo < v->len ? lo : v->len - 1].span;
    if (hi > lo) sp = span_join(sp, v->toks[hi - 1].span);
    Token repl = synthetic(kind, sp);
    int removed = hi - lo;
    if (removed == 0) {
        tv_push(v, repl);
        memmove(&v->toks[lo + 1], &v->toks[lo], sizeof(Token) * (size_t)(v->len - 1 - lo));
        v->toks[lo] = repl;
        return;
    }
    v->toks[lo] = repl;
    memmove(&v->toks[lo + 1], &v->toks[hi], sizeof(Token) * (size_t)(v->len - hi));
    v->len -= removed - 1;
}

/* The statements from the one holding the error at e to the end of the innermost `{`
 * block: rustc too reports one syntax error per block and skips the rest of it. False if
 * e is not in a block. */
static bool statement_range(const TokVec *v, const int *depth, int e, int *lo, int *hi) {
    int b = -1;
    for (int j = e - 1, want = depth[e]; j >= 0; j--) {
        if (depth[j] < want) {
            want = depth[j];
            if (v->toks[j].kind == TK_LBRACE) {
                b = j;
                break;
            }
        }
    }
    if (b < 0) return false;
    int level = depth[b] + 1;
    int s = b + 1;
    for (int j = e - 1; j > b; j--)
        if (depth[j] == level && (v->toks[j].kind == TK_SEMI || v->toks[j].kind == TK_RBRACE)) {
            s = j + 1;
            break;
        }
    int t = e;
    while (t < v->len && v->toks[t].kind && depth[t] >= level) t++;
    if (t <= s) return false;
    *lo = s;
    *hi = t;
    return true;
}

/* The top-level item around e: after the previous `;`/`}` at depth 0 up to the `}` or
 * `;` that ends it. */
static bool item_range(const TokVec *v, const int *depth, int e, int *lo, int *hi) {
    int s = 0;
    for (int j = e - 1; j >= 0; j--)
        if (depth[j] == 0 && (v->toks[j].kind == TK_SEMI || v->toks[j].kind == TK_RBRACE ||
                              v->toks[j].kind == TK_ERROR_ITEM)) {
            s = j + 1;
            break;
        }
    int t = e;
    for (; t < v->len && v->toks[t].kind; t++) {
        if (depth[t] == 0 && t > e && starts_item(&v->toks[t]) && v->toks[t - 1].kind != TK_PUB)
            break;
        if (depth[t] == 0 && (v->toks[t].kind == TK_SEMI || v->toks[t].kind == TK_RBRACE)) {
            t++;
            break;
        }
    }
    if (t <= s || (t - s == 1 && v->toks[s].kind == TK_ERROR_ITEM)) return false;
    *lo = s;
    *hi = t;
    return true;
}

/* ── entry points ── */

static const char *delim_text(int k) {
    return k == TK_LPAREN ? "(" : k == TK_RPAREN ? ")" : k == TK_LBRACKET ? "["
           : k == TK_RBRACKET ? "]" : k == TK_LBRACE ? "{" : "}";
}

static bool delims_match(int open, int close) {
    return (open == TK_LPAREN && close == TK_RPAREN) ||
           (open == TK_LBRACKET && close == TK_RBRACKET) ||
           (open == TK_LBRACE && close == TK_RBRACE);
}

/* rustc checks bracket balance on the token stream before parsing, with these three
 * errors; a file that fails it is not parsed at all. */
static bool check_delimiters(TokenList tl) {
    int *stack = malloc(sizeof(int) * (size_t)tl.len);
    int depth = 0;
    bool ok = true;
    for (int i = 0; i < tl.len && ok; i++) {
        int k = tl.toks[i].kind;
        if (is_open(k)) {
            stack[depth++] = i;
        } else if (is_close(k)) {
            if (depth > 0 && delims_match(tl.toks[stack[depth - 1]].kind, k)) {
                depth--;
                continue;
            }
            int j = depth - 1;
            while (j >= 0 && !delims_match(tl.toks[stack[j]].kind, k)) j--;
            Diag *d;
            if (depth > 0 && j >= 0) {
                const Token *open = &tl.toks[stack[depth - 1]];
                d = diag_error(NULL, open->span, "mismatched closing delimiter: `%s`",
                               delim_text(k));
                diag_label(d, "unclosed delimiter");
                diag_secondary(d, tl.toks[stack[j]].span,
                               "closing delimiter possibly meant for this");
                diag_secondary(d, tl.toks[i].span, "mismatched closing delimiter");
            } else {
                d = diag_error(NULL, tl.toks[i].span, "unexpected closing delimiter: `%s`",
                               delim_text(k));
                diag_label(d, "unexpected closing delimiter");
                if (depth > 0)
                    diag_secondary(d, tl.toks[stack[depth - 1]].span, "the nearest open delimiter");
            }
            diag_emit(d);
            ok = false;
        }
    }
    if (ok && depth > 0) {
        Span end = tl.toks[tl.len - 1].span;
        Diag *d = diag_error(NULL, end, "this file contains an unclosed delimiter");
        for (int j = 0; j < depth; j++)
            diag_secondary(d, tl.toks[stack[j]].span, "unclosed delimiter");
        diag_emit(d);
        ok = false;
    }
    free(stack);
    return ok;
}

/* The digits after a width-like suffix's letter (`u9` -> "9"), or NULL if it is not one. */
static const char *suffix_width(const char *suffix, const char *letters) {
    if (!strchr(letters, suffix[0]) || !suffix[1]) return NULL;
    for (const char *p = suffix + 1; *p; p++)
        if (*p < '0' || *p > '9') return NULL;
    return suffix + 1;
}

/* Literals with a suffix that is no numeric type, in rustc's words (a width that no type
 * has, or an unknown suffix), at the whole literal; as rustc, only once the brackets
 * balance. True if there were any: the file is then not parsed further. */
static bool report_bad_suffixes(TokenList tl) {
    bool any = false;
    for (int i = 0; i < tl.len; i++) {
        const Token *t = &tl.toks[i];
        if (!t->bad_suffix) continue;
        const char *name = sym_str(t->bad_suffix);
        bool is_float = t->kind == TK_FLOAT;
        const char *width = suffix_width(name, is_float ? "f" : "iu");
        Diag *d;
        if (width) {
            d = diag_error(NULL, t->span, "invalid width `%s` for %s literal", width,
                           is_float ? "float" : "integer");
            diag_help(d, is_float ? "valid widths are 32 and 64"
                                  : "valid widths are 8, 16, 32, 64 and 128");
        } else {
            d = diag_error(NULL, t->span, "invalid suffix `%s` for %s literal", name,
                           is_float ? "float" : "number");
            diag_label(d, "invalid suffix `%s`", name);
            diag_help(d, is_float ? "valid suffixes are `f32` and `f64`"
                                  : "the suffix must be one of the numeric types "
                                    "(`u32`, `isize`, `f32`, etc.)");
        }
        diag_emit(d);
        any = true;
    }
    return any;
}

Node *parse_crate(TokenList tl) {
    Node *crate = ast_new(N_CRATE, tl.toks[tl.len - 1].span);
    if (!check_delimiters(tl) || report_bad_suffixes(tl)) return crate;
    Reshaper rs = {0};
    TokVec out = {0};
    reshape(&rs, tl.toks, tl.len, &out, 0);
    if (rs.failed) return crate;
    tv_push(&out, tl.toks[tl.len - 1]);          /* EOF */
    ParseState ps = {0};
    int last_error = -1, level = 0;
    for (int attempt = 0; attempt < MAX_SYNTAX_ERRORS; attempt++) {
        int e = run_parser(&ps, out.toks, out.len, 0);
        if (e < 0 || ps.too_deep) break;        /* recovery would only hit the limit again */
        /* escalate when the same place fails again: statement, then item, then give up */
        level = e == last_error ? level + 1 : 0;
        last_error = e;
        int *depth = depths_of(&out);
        int lo, hi;
        if (level == 0 && statement_range(&out, depth, e, &lo, &hi))
            splice(&out, lo, hi, TK_ERROR_STMT);
        else if (level <= 1 && statement_range(&out, depth, e, &lo, &hi))
            splice(&out, lo, hi, TK_ERROR_ITEM);
        else if (level <= 2 && item_range(&out, depth, e, &lo, &hi))
            splice(&out, lo, hi, TK_ERROR_ITEM);
        else break;
    }
    crate->u.crate.items = ps.items;
    crate->attrs = ps.inner_attrs;
    return crate;
}

bool parse_macro_tokens(ParseState *ps, const Token *toks, int ntoks, int start) {
    /* toks[ntoks] is the synthetic EOF the reshaper appended, spanning the closing delimiter */
    return run_parser(ps, toks, ntoks + 1, start) < 0;
}

bool parse_macro_args(const Token *toks, int ntoks, Span whole, NodeList *args, Sym **names) {
    (void)whole;
    ParseState ps = {0};
    if (!parse_macro_tokens(&ps, toks, ntoks, TK_MACRO_ARGS_START)) return false;
    *args = ps.macro_args;
    *names = arena_alloc(sizeof(Sym) * (size_t)(args->len + 1));
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->kind == N_ASSIGN && a->u.binary.lhs->kind == N_PATH &&
            a->u.binary.lhs->u.path.nsegs == 1 &&
            !a->u.binary.lhs->u.path.global) {
            (*names)[i] = a->u.binary.lhs->u.path.segs[0];
            args->items[i] = a->u.binary.rhs;
        }
    }
    return true;
}

Node *parse_macro_special(const Token *toks, int ntoks, bool is_vec) {
    ParseState ps = {0};
    if (!parse_macro_tokens(&ps, toks, ntoks, is_vec ? TK_VEC_ARGS_START : TK_MATCHES_ARGS_START))
        return NULL;
    return ps.macro_result;
}
