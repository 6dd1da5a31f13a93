/* parse.c — drives the lemon parser and builds AST nodes for its actions.
 *
 * Takes: the lexer's TokenList.
 * Gives: the crate's AST (N_CRATE), or the arguments of a built-in macro.
 *
 * Before tokens reach the grammar this driver reshapes the stream, so that the grammar
 * stays LALR(1) and conflict-free:
 *   - attributes `#[...]` / `#![...]` are dropped (the subset gives them no meaning yet);
 *   - `name!(...)`, `name![...]`, `name!{...}` become one MACRO_TT token holding the
 *     (recursively reshaped) tokens between the delimiters;
 *   - items the subset does not have yet (`struct`, `impl`, `macro_rules!`, ...) and
 *     `match` expressions become one UNSUPPORTED_* token naming the feature, so that the
 *     semantic stages reject them by name instead of with a syntax error;
 *   - STMT_START is fed before a block-like expression where a statement may begin, which
 *     is how Rust ends such statements without `;`;
 *   - `>>`, `>=` and `>>=` are split when only a `>` fits (closing generic arguments).
 * After a syntax error the parser is restarted at the next item at brace depth 0. */
#include "parse_internal.h"

#include <string.h>

#define MAX_NESTING 256
#define MAX_PARSER_DEPTH 20000

/* ── token vectors ── */

typedef struct TokVec {
    Token *toks;
    int len, cap;
} TokVec;

static Token *tv_push(TokVec *v, Token t) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 64;
        v->toks = arena_realloc(v->toks, sizeof(Token) * (size_t)v->cap, sizeof(Token) * (size_t)cap);
        v->cap = cap;
    }
    v->toks[v->len] = t;
    return &v->toks[v->len++];
}

static bool is_open(int k) { return k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE; }
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

static Sym sym_of(const char *s) { return sym_cstr(s); }

static bool is_item_boundary(const TokVec *out) {
    if (out->len == 0) return true;
    int k = out->toks[out->len - 1].kind;
    return k == TK_SEMI || k == TK_RBRACE || k == TK_LBRACE || k == TK_UNSUPPORTED_ITEM || k == TK_MACRO_TT;
}

/* The feature an item keyword at t[i] introduces, or NULL if it is not an unsupported item. */
static const char *unsupported_item_feature(const Token *t, int n, int i) {
    int k = t[i].kind;
    int next = i + 1 < n ? t[i + 1].kind : 0;
    switch (k) {
    case TK_STRUCT: return "`struct` items";
    case TK_ENUM: return "`enum` items";
    case TK_TRAIT: return "`trait` items";
    case TK_IMPL: return "`impl` blocks";
    case TK_MOD: return "`mod` items";
    case TK_USE: return "`use` declarations";
    case TK_TYPE: return "`type` aliases";
    case TK_STATIC: return "`static` items";
    case TK_CONST:
        if (next == TK_FN || next == TK_UNSAFE) return NULL;
        return "`const` items";
    case TK_EXTERN:
        if (next == TK_FN || (next == TK_STR && i + 2 < n && t[i + 2].kind == TK_FN)) return NULL;
        return next == TK_CRATE ? "`extern crate` items" : "`extern` blocks";
    case TK_UNSAFE:
        if (next == TK_IMPL || next == TK_TRAIT) return "`unsafe` traits and impls";
        return NULL;
    case TK_IDENT:
        if (t[i].sym == sym_of("union") && next == TK_IDENT) return "`union` items";
        if (t[i].sym == sym_of("macro_rules") && next == TK_NOT) return "`macro_rules!` definitions";
        return NULL;
    default: return NULL;
    }
}

/* End (exclusive) of the unsupported item starting at i: a `;` at depth 0, or the `}`
 * closing its body for items that have one. */
static int unsupported_item_end(const Token *t, int n, int i) {
    int k = t[i].kind;
    bool semi_only = k == TK_USE || k == TK_TYPE || k == TK_STATIC || k == TK_CONST;
    int depth = 0;
    for (int j = i; j < n; j++) {
        if (is_open(t[j].kind)) depth++;
        else if (is_close(t[j].kind)) {
            if (depth == 0) return j;           /* the enclosing block ends: stop before it */
            if (--depth == 0 && t[j].kind == TK_RBRACE && !semi_only) return j + 1;
        } else if (t[j].kind == TK_SEMI && depth == 0) return j + 1;
    }
    return n;
}

typedef struct Reshaper {
    bool failed;                                /* nesting too deep: reported, give up */
} Reshaper;

static void reshape(Reshaper *rs, const Token *t, int n, TokVec *out, int depth);

static Token synthetic(int kind, Span sp) {
    Token tok = {0};
    tok.kind = kind;
    tok.span = sp;
    return tok;
}

static void reshape(Reshaper *rs, const Token *t, int n, TokVec *out, int depth) {
    int nest = depth;
    for (int i = 0; i < n && !rs->failed; i++) {
        int k = t[i].kind;
        if (k == 0) break;
        /* attributes */
        if (k == TK_POUND && i + 1 < n) {
            int j = i + 1;
            if (t[j].kind == TK_NOT) j++;
            if (j < n && t[j].kind == TK_LBRACKET) {
                i = matching_close(t, n, j);
                continue;
            }
        }
        /* unsupported items */
        const char *feature = NULL;
        int item_start = i;
        if (is_item_boundary(out)) {
            int j = i;
            if (t[j].kind == TK_PUB) {
                j++;
                if (j < n && t[j].kind == TK_LPAREN) j = matching_close(t, n, j) + 1;
            }
            if (j < n) feature = unsupported_item_feature(t, n, j);
            if (feature) i = j;
        }
        if (feature) {
            int end = unsupported_item_end(t, n, i);
            if (end <= i) end = i + 1;
            Token tok = synthetic(TK_UNSUPPORTED_ITEM, span_join(t[item_start].span, t[end - 1].span));
            tok.v.str.bytes = feature;
            for (int j = i + 1; j < end && j < i + 3; j++)
                if (t[j].kind == TK_IDENT) {
                    tok.sym = t[j].sym;
                    break;
                }
            tv_push(out, tok);
            i = end - 1;
            continue;
        }
        /* `match` expressions: the head, then the arms block */
        if (k == TK_MATCH) {
            int j = i + 1, d = 0;
            while (j < n && t[j].kind && !(d == 0 && t[j].kind == TK_LBRACE)) {
                if (is_open(t[j].kind)) d++;
                else if (is_close(t[j].kind)) {
                    if (d == 0) break;
                    d--;
                }
                j++;
            }
            if (j < n && t[j].kind == TK_LBRACE) {
                int end = matching_close(t, n, j);
                if (end >= n) end = n - 1;
                Token tok = synthetic(TK_UNSUPPORTED_BLOCKLIKE, span_join(t[i].span, t[end].span));
                tok.v.str.bytes = "`match` expressions";
                tv_push(out, tok);
                i = end;
                continue;
            }
        }
        /* macro invocations */
        if ((k == TK_IDENT || k == TK_SELFVALUE) && i + 2 < n && t[i + 1].kind == TK_NOT && is_open(t[i + 2].kind) &&
            !(i > 0 && t[i - 1].kind == TK_DOT)) {
            int close = matching_close(t, n, i + 2);
            tv_push(out, t[i]);
            TokVec inner = {0};
            reshape(rs, t + i + 3, close - (i + 3) < 0 ? 0 : close - (i + 3), &inner, nest + 1);
            tv_push(&inner, synthetic(0, close < n ? t[close].span : t[n - 1].span));
            Token tok = synthetic(TK_MACRO_TT, span_join(t[i + 1].span, close < n ? t[close].span : t[n - 1].span));
            tok.v.str.bytes = (const char *)inner.toks;
            tok.v.str.len = (size_t)(inner.len - 1);
            tok.sym = t[i + 2].kind == TK_LPAREN ? sym_of("(") : t[i + 2].kind == TK_LBRACKET ? sym_of("[") : sym_of("{");
            tv_push(out, tok);
            i = close < n ? close : n;
            continue;
        }
        if (is_open(k) && ++nest > MAX_NESTING) {
            Diag *d = diag_error(NULL, t[i].span, "brackets nest more than %d levels deep", MAX_NESTING);
            diag_label(d, "nesting limit reached here");
            diag_note(d, "Patina limits nesting so that deeply nested input cannot exhaust its stack");
            diag_emit(d);
            rs->failed = true;
            return;
        }
        if (is_close(k)) nest--;
        tv_push(out, t[i]);
    }
}

/* ── syntax errors ── */

static bool is_operator_token(int k) {
    switch (k) {
    case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_PERCENT: case TK_CARET: case TK_AND:
    case TK_OR: case TK_SHL: case TK_SHR: case TK_EQEQ: case TK_NE: case TK_LT: case TK_GT: case TK_LE:
    case TK_GE: case TK_ANDAND: case TK_OROR: case TK_EQ: case TK_PLUSEQ: case TK_MINUSEQ: case TK_STAREQ:
    case TK_SLASHEQ: case TK_PERCENTEQ: case TK_CARETEQ: case TK_ANDEQ: case TK_OREQ: case TK_SHLEQ:
    case TK_SHREQ: case TK_AS: case TK_DOTDOT: case TK_DOTDOTEQ: case TK_LBRACKET:
        return true;
    default: return false;
    }
}

static bool is_hidden_token(int k) {
    return k == TK_STMT_START || k == TK_MACRO_TT || k == TK_MACRO_ARGS_START || k == TK_UNSUPPORTED_ITEM ||
           k == TK_UNSUPPORTED_BLOCKLIKE || k == TK_LOWEST || k == TK_UNARY || k == TK_RESERVED || k == TK_AWAIT ||
           k == TK_ASYNC || k == TK_BYTESTR || k == TK_BYTE;
}

static bool is_keyword(int k) { return k >= TK_AS && k <= TK_AWAIT; }

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* "`5`", "keyword `let`", "`<eof>`" — how rustc names the token it found. */
static char *found_text(const Token *tok) {
    if (tok->kind == 0) return "`<eof>`";
    size_t n;
    const char *text = span_text(tok->span, &n);
    if (tok->kind == TK_UNSUPPORTED_ITEM || tok->kind == TK_UNSUPPORTED_BLOCKLIKE || tok->kind == TK_MACRO_TT) {
        const char *nl = memchr(text, '\n', n);
        if (nl) n = (size_t)(nl - text);
        if (n > 20) n = 20;
    }
    if (tok->kind == TK_RESERVED) return arena_printf("reserved keyword `%.*s`", (int)n, text);
    if (is_keyword(tok->kind)) return arena_printf("keyword `%.*s`", (int)n, text);
    if (tok->kind == TK_STMT_START) return "statement";
    return arena_printf("`%.*s`", (int)n, text);
}

void parse_syntax_error(ParseState *ps, int kind, const Token *tok) {
    (void)kind;                                 /* the token itself says it */
    if (ps->error) return;
    ps->error = true;
    int ntok = parser_token_count();
    const char **names = arena_alloc(sizeof(char *) * (size_t)ntok);
    int count = 0;
    bool operators = parser_would_shift(ps->parser, TK_PLUS);
    bool want_semi = false;
    int expr_starts = 0;
    for (int k = 1; k < ntok; k++) {
        if (is_hidden_token(k) || !parser_would_shift(ps->parser, k)) continue;
        if (operators && is_operator_token(k)) continue;
        if (k == TK_INT || k == TK_FLOAT || k == TK_STR || k == TK_CHAR || k == TK_TRUE || k == TK_IF) expr_starts++;
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
            list = arena_printf("%s%s%s%s", list, i == 0 ? "" : count == 2 ? " " : ", ", i == count - 1 && count > 1 ? "or " : "", names[i]);
        d = diag_error(NULL, tok->span, count == 1 ? "expected %s, found %s" : "expected one of %s, found %s", list, found);
        if (count == 1) diag_label(d, "expected %s", list);
        else diag_label(d, "expected one of %d possible tokens", count);
    }
    diag_emit(d);
}

void parse_stack_overflow(ParseState *ps) {
    if (ps->error) return;
    ps->error = true;
    Span sp = ps->prev ? ps->prev->span : (Span){0};
    Diag *d = diag_error(NULL, sp, "expression nests too deeply");
    diag_note(d, "Patina limits nesting so that deeply nested input cannot exhaust its stack");
    diag_emit(d);
}

/* ── the driver ── */

static bool starts_blocklike(const Token *t) {
    switch (t[0].kind) {
    case TK_IF: case TK_WHILE: case TK_LOOP: case TK_FOR: case TK_LBRACE: case TK_UNSUPPORTED_BLOCKLIKE:
        return true;
    case TK_UNSAFE: return t[1].kind == TK_LBRACE;
    case TK_LIFETIME: return t[1].kind == TK_COLON;
    default: return false;
    }
}

static bool is_item_start(const Token *t) {
    switch (t->kind) {
    case TK_FN: case TK_PUB: case TK_UNSUPPORTED_ITEM: case TK_CONST: case TK_UNSAFE: case TK_EXTERN:
        return true;
    default: return false;
    }
}

static void feed(ParseState *ps, int kind, const Token *tok) {
    Parser(ps->parser, kind, tok);
    if (!ps->error && parser_stack_depth(ps->parser) > MAX_PARSER_DEPTH) parse_stack_overflow(ps);
}

/* Feeds t[0..n) (ending with EOF) to a fresh parser starting at *pos; returns true when the
 * whole stream was consumed, false after a syntax error (pos is left at the bad token). */
static bool run_parser(ParseState *ps, const Token *t, int n, int *pos, int first_kind) {
    ps->error = false;
    ps->prev = NULL;
    ps->parser = ParserAlloc(malloc, ps);
    if (first_kind) {
        Token start = synthetic(first_kind, t[0].span);
        feed(ps, first_kind, &start);
    }
    int i = *pos;
    for (; i < n && !ps->error; i++) {
        const Token *tok = &t[i];
        if (starts_blocklike(tok) && parser_would_shift(ps->parser, TK_STMT_START)) {
            Token *st = arena_alloc(sizeof *st);
            *st = synthetic(TK_STMT_START, (Span){tok->span.file, tok->span.lo, tok->span.lo});
            feed(ps, TK_STMT_START, st);
            if (ps->error) break;
        }
        int k = tok->kind;
        if ((k == TK_SHR || k == TK_GE || k == TK_SHREQ) && !parser_would_shift(ps->parser, k) &&
            parser_would_shift(ps->parser, TK_GT)) {
            Token *gt = arena_alloc(sizeof *gt), *rest = arena_alloc(sizeof *rest);
            *gt = synthetic(TK_GT, (Span){tok->span.file, tok->span.lo, tok->span.lo + 1});
            *rest = synthetic(k == TK_SHR ? TK_GT : k == TK_GE ? TK_EQ : TK_GE, (Span){tok->span.file, tok->span.lo + 1, tok->span.hi});
            feed(ps, TK_GT, gt);
            if (!ps->error) {
                ps->prev = gt;
                feed(ps, rest->kind, rest);
                ps->prev = rest;
            }
            continue;
        }
        feed(ps, k, tok);
        ps->prev = tok;
        if (k == 0) break;
    }
    ParserFree(ps->parser, free);
    ps->parser = NULL;
    *pos = i;
    return !ps->error;
}

static const char *delim_text(int k) {
    return k == TK_LPAREN ? "(" : k == TK_RPAREN ? ")" : k == TK_LBRACKET ? "[" : k == TK_RBRACKET ? "]" : k == TK_LBRACE ? "{" : "}";
}

static bool delims_match(int open, int close) {
    return (open == TK_LPAREN && close == TK_RPAREN) || (open == TK_LBRACKET && close == TK_RBRACKET) ||
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
                d = diag_error(NULL, open->span, "mismatched closing delimiter: `%s`", delim_text(k));
                diag_label(d, "unclosed delimiter");
                diag_secondary(d, tl.toks[stack[j]].span, "closing delimiter possibly meant for this");
                diag_secondary(d, tl.toks[i].span, "mismatched closing delimiter");
            } else {
                d = diag_error(NULL, tl.toks[i].span, "unexpected closing delimiter: `%s`", delim_text(k));
                diag_label(d, "unexpected closing delimiter");
                if (depth > 0) diag_secondary(d, tl.toks[stack[depth - 1]].span, "the nearest open delimiter");
            }
            diag_emit(d);
            ok = false;
        }
    }
    if (ok && depth > 0) {
        Span end = tl.toks[tl.len - 1].span;
        Diag *d = diag_error(NULL, end, "this file contains an unclosed delimiter");
        for (int j = 0; j < depth; j++) diag_secondary(d, tl.toks[stack[j]].span, "unclosed delimiter");
        diag_emit(d);
        ok = false;
    }
    free(stack);
    return ok;
}

Node *parse_crate(TokenList tl) {
    Node *crate = ast_new(N_CRATE, tl.toks[tl.len - 1].span);
    if (!check_delimiters(tl)) return crate;
    Reshaper rs = {0};
    TokVec out = {0};
    reshape(&rs, tl.toks, tl.len, &out, 0);
    if (rs.failed) return crate;
    tv_push(&out, tl.toks[tl.len - 1]);          /* EOF */
    ParseState ps = {0};
    int pos = 0;
    while (!run_parser(&ps, out.toks, out.len, &pos, 0)) {
        /* skip to the next item at brace depth 0 */
        int depth = 0;
        for (int j = 0; j < pos && j < out.len; j++) {
            if (out.toks[j].kind == TK_LBRACE) depth++;
            else if (out.toks[j].kind == TK_RBRACE && depth > 0) depth--;
        }
        int j = pos + 1;
        for (; j < out.len - 1; j++) {
            int k = out.toks[j].kind;
            if (k == TK_LBRACE) depth++;
            else if (k == TK_RBRACE && depth > 0) depth--;
            else if (depth == 0 && is_item_start(&out.toks[j])) break;
        }
        if (j >= out.len - 1) break;
        pos = j;
    }
    crate->u.crate.items = ps.items;
    return crate;
}

bool parse_macro_args(const Token *toks, int ntoks, Span whole, NodeList *args, Sym **names) {
    (void)whole;
    ParseState ps = {0};
    int pos = 0;
    /* toks[ntoks] is the synthetic EOF the reshaper appended, spanning the closing delimiter */
    bool ok = run_parser(&ps, toks, ntoks + 1, &pos, TK_MACRO_ARGS_START);
    if (!ok) return false;
    *args = ps.macro_args;
    *names = arena_alloc(sizeof(Sym) * (size_t)(args->len + 1));
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->kind == N_ASSIGN && a->u.binary.lhs->kind == N_PATH && a->u.binary.lhs->u.path.nsegs == 1 &&
            !a->u.binary.lhs->u.path.global) {
            (*names)[i] = a->u.binary.lhs->u.path.segs[0];
            args->items[i] = a->u.binary.rhs;
        }
    }
    return true;
}

/* ── node constructors for the grammar ── */

Span tspan(const Token *t) { return t->span; }

Node *parse_unsupported(ParseState *ps, NodeKind kind, const Token *t) {
    (void)ps;
    Node *n = ast_new(kind, t->span);
    n->u.unsupported.feature = t->v.str.bytes;
    return n;
}

Node *parse_unsupported_span(ParseState *ps, Span sp, const char *feature) {
    (void)ps;
    Node *n = ast_new(N_UNSUPPORTED_EXPR, sp);
    n->u.unsupported.feature = feature;
    return n;
}

Node *parse_fn_head(ParseState *ps, const Token *fn_tok, const Token *name, bool generics, NodeList *params, Node *ret) {
    (void)ps;
    Node *n = ast_new(N_FN, span_join(fn_tok->span, name->span));
    n->u.fn.name = name->sym;
    n->u.fn.name_span = name->span;
    n->u.fn.params = *params;
    n->u.fn.ret = ret;
    n->u.fn.has_generics = generics;
    return n;
}

Node *parse_fn_body(Node *head, Node *block) {
    head->u.fn.body = block;
    return head;
}

Node *parse_param(Node *pat, Node *ty) {
    Node *n = ast_new(N_PARAM, span_join(pat->span, ty->span));
    n->u.param.pat = pat;
    n->u.param.ty = ty;
    return n;
}

Node *parse_list_node(NodeKind kind, const Token *l, const Token *r, NodeList *elems) {
    Node *n = ast_new(kind, span_join(l->span, r->span));
    if (elems) n->u.list.elems = *elems;
    return n;
}

Node *parse_paren_type(const Token *l, Node *inner, const Token *r) {
    (void)l, (void)r;
    return inner;
}

Node *parse_ref_type(const Token *amp, const Token *lifetime, bool is_mut, Node *inner, bool doubled) {
    Node *n = ast_new(T_REF, span_join(amp->span, inner->span));
    n->u.ty_ref.is_mut = is_mut;
    n->u.ty_ref.lifetime = lifetime ? lifetime->sym : 0;
    n->u.ty_ref.inner = inner;
    if (!doubled) return n;
    Node *outer = ast_new(T_REF, n->span);
    outer->u.ty_ref.inner = n;
    return outer;
}

Node *parse_leaf(NodeKind kind, const Token *t) { return ast_new(kind, t->span); }

PathBuilder *parse_path_start(ParseState *ps, const Token *t, bool global) {
    (void)ps;
    PathBuilder *pb = arena_alloc(sizeof *pb);
    pb->global = global;
    pb->span = t->span;
    return parse_path_push(pb, t);
}

PathBuilder *parse_path_push(PathBuilder *pb, const Token *t) {
    if (pb->len == pb->cap) {
        int cap = pb->cap ? pb->cap * 2 : 4;
        pb->segs = arena_realloc(pb->segs, sizeof(Sym) * (size_t)pb->cap, sizeof(Sym) * (size_t)cap);
        pb->spans = arena_realloc(pb->spans, sizeof(Span) * (size_t)pb->cap, sizeof(Span) * (size_t)cap);
        pb->cap = cap;
    }
    Sym s = t->sym;
    if (!s) {
        size_t n;
        const char *text = span_text(t->span, &n);
        s = sym_intern(text, n);
    }
    pb->segs[pb->len] = s;
    pb->spans[pb->len++] = t->span;
    pb->span = span_join(pb->span, t->span);
    return pb;
}

Node *parse_finish_path(NodeKind kind, PathBuilder *pb) {
    if (pb->qualified) return parse_unsupported_span(NULL, pb->span, "qualified paths (`<T as Trait>::item`)");
    if (pb->has_args) return parse_unsupported_span(NULL, pb->span, "generic arguments");
    Node *n = ast_new(kind, pb->span);
    n->u.path.segs = pb->segs;
    n->u.path.seg_spans = pb->spans;
    n->u.path.nsegs = pb->len;
    n->u.path.global = pb->global;
    return n;
}

Node *parse_pat_ident(ParseState *ps, const Token *ref_tok, const Token *mut_tok, const Token *name, Node *subpat) {
    (void)ps;
    Span sp = name->span;
    if (ref_tok) sp = span_join(sp, ref_tok->span);
    if (mut_tok) sp = span_join(sp, mut_tok->span);
    if (subpat) return parse_unsupported_span(NULL, span_join(sp, subpat->span), "`@` bindings");
    Node *n = ast_new(P_IDENT, sp);
    n->u.pat_ident.name = name->sym;
    n->u.pat_ident.by_ref = ref_tok != NULL;
    n->u.pat_ident.is_mut = mut_tok != NULL;
    return n;
}

Node *parse_pat_lit(Node *lit) {
    Node *n = ast_new(P_LIT, lit->span);
    n->u.unary.operand = lit;
    return n;
}

Node *parse_neg(const Token *minus, Node *e) { return parse_unary(UN_NEG, minus, e); }

Node *parse_literal(ParseState *ps, const Token *t) {
    (void)ps;
    Node *n;
    switch (t->kind) {
    case TK_INT:
        n = ast_new(N_LIT_INT, t->span);
        n->u.lit.int_value = t->v.int_value;
        n->u.lit.too_large = t->int_too_large;
        break;
    case TK_FLOAT:
        n = ast_new(N_LIT_FLOAT, t->span);
        n->u.lit.float_value = t->v.float_value;
        break;
    case TK_STR:
        n = ast_new(N_LIT_STR, t->span);
        n->u.lit.str = t->v.str.bytes;
        n->u.lit.str_len = t->v.str.len;
        break;
    case TK_CHAR:
        n = ast_new(N_LIT_CHAR, t->span);
        n->u.lit.char_value = t->v.char_value;
        break;
    case TK_BYTE:
        n = ast_new(N_LIT_INT, t->span);
        n->u.lit.int_value = t->v.char_value;
        n->u.lit.suffix = sym_cstr("u8");
        return n;
    case TK_TRUE:
    case TK_FALSE:
        n = ast_new(N_LIT_BOOL, t->span);
        n->u.lit.bool_value = t->kind == TK_TRUE;
        return n;
    default:
        return parse_unsupported_span(NULL, t->span, "this literal");
    }
    n->u.lit.suffix = t->suffix;
    return n;
}

static bool is_blocklike(const Node *e) {
    switch (e->kind) {
    case N_BLOCK: case N_IF: case N_WHILE: case N_LOOP: case N_FOR: return true;
    case N_UNSUPPORTED_EXPR: return true;
    default: return false;
    }
}

Node *parse_block(const Token *l, NodeList *stmts, Node *tail, const Token *r) {
    Node *n = ast_new(N_BLOCK, span_join(l->span, r->span));
    n->u.block.stmts = *stmts;
    if (!tail && stmts->len > 0) {
        Node *last = stmts->items[stmts->len - 1];
        if (last->kind == N_EXPR_STMT && !last->u.expr_stmt.has_semi && is_blocklike(last->u.expr_stmt.expr)) {
            tail = last->u.expr_stmt.expr;
            n->u.block.stmts.len--;
        }
    }
    n->u.block.tail = tail;
    return n;
}

void parse_push_stmt(NodeList *stmts, Node *stmt) {
    if (stmt->kind == N_EMPTY_STMT) {
        if (stmts->len > 0) {
            Node *last = stmts->items[stmts->len - 1];
            if (last->kind == N_EXPR_STMT && !last->u.expr_stmt.has_semi) {
                last->u.expr_stmt.has_semi = true;
                last->span = span_join(last->span, stmt->span);
            }
        }
        return;
    }
    nodelist_push(stmts, stmt);
}

Node *parse_let(const Token *let_tok, Node *pat, Node *ty, Node *init, Node *else_block, const Token *semi) {
    Node *n = ast_new(N_LET, span_join(let_tok->span, semi->span));
    n->u.let.pat = pat;
    n->u.let.ty = ty;
    n->u.let.init = init;
    n->u.let.else_block = else_block;
    return n;
}

Node *parse_expr_stmt(Node *e, bool semi, const Token *semi_tok) {
    Node *n = ast_new(N_EXPR_STMT, semi_tok ? span_join(e->span, semi_tok->span) : e->span);
    n->u.expr_stmt.expr = e;
    n->u.expr_stmt.has_semi = semi;
    return n;
}

Node *parse_item_stmt(Node *item) {
    Node *n = ast_new(N_ITEM_STMT, item->span);
    n->u.item_stmt.item = item;
    return n;
}

Node *parse_unsafe_block(const Token *unsafe_tok, Node *block) {
    block->span = span_join(unsafe_tok->span, block->span);
    block->u.block.is_unsafe = true;
    return block;
}

Node *parse_label(const Token *label, Node *target) {
    target->span = span_join(label->span, target->span);
    if (target->kind == N_BLOCK) {
        target->u.block.label = label->sym;
        return target;
    }
    target->u.loop.label = label->sym;
    target->u.loop.label_span = label->span;
    return target;
}

Node *parse_if(const Token *if_tok, Node *cond, Node *then_block, Node *else_branch) {
    Node *n = ast_new(N_IF, span_join(if_tok->span, else_branch ? else_branch->span : then_block->span));
    n->u.if_.cond = cond;
    n->u.if_.then_block = then_block;
    n->u.if_.else_branch = else_branch;
    return n;
}

Node *parse_loop(NodeKind kind, const Token *kw, Node *pat, Node *cond, Node *iter, Node *body) {
    Node *n = ast_new(kind, span_join(kw->span, body->span));
    n->u.loop.pat = pat;
    n->u.loop.cond = cond;
    n->u.loop.iter = iter;
    n->u.loop.body = body;
    return n;
}

Node *parse_binary(NodeKind kind, BinOp op, Node *l, Node *r) {
    Node *n = ast_new(kind, span_join(l->span, r->span));
    n->u.binary.op = op;
    n->u.binary.lhs = l;
    n->u.binary.rhs = r;
    return n;
}

Node *parse_range(const Token *start, Node *lo, Node *hi, bool inclusive, const Token *end) {
    Span sp = start ? start->span : lo->span;
    sp = span_join(sp, hi ? hi->span : end->span);
    Node *n = ast_new(N_RANGE, sp);
    n->u.range.lo = lo;
    n->u.range.hi = hi;
    n->u.range.inclusive = inclusive;
    return n;
}

Node *parse_cast(Node *e, Node *ty) {
    Node *n = ast_new(N_CAST, span_join(e->span, ty->span));
    n->u.cast.expr = e;
    n->u.cast.ty = ty;
    return n;
}

Node *parse_unary(UnaryOp op, const Token *t, Node *e) {
    Node *n = ast_new(N_UNARY, span_join(t->span, e->span));
    n->u.unary.op = op;
    n->u.unary.operand = e;
    return n;
}

Node *parse_field(Node *base, const Token *name) {
    Node *n = ast_new(N_FIELD, span_join(base->span, name->span));
    n->u.field.base = base;
    n->u.field.name_span = name->span;
    if (name->kind == TK_INT) {
        n->u.field.is_index = true;
        n->u.field.index = (uint32_t)name->v.int_value;
        size_t len;
        const char *text = span_text(name->span, &len);
        n->u.field.name = sym_intern(text, len);
    } else {
        n->u.field.name = name->sym;
    }
    return n;
}

Node *parse_method_call(Node *recv, const Token *name, NodeList *args, const Token *rparen) {
    Node *n = ast_new(N_METHOD_CALL, span_join(recv->span, rparen->span));
    n->u.call.receiver = recv;
    n->u.call.method = name->sym;
    n->u.call.method_span = name->span;
    n->u.call.args = *args;
    return n;
}

Node *parse_call(Node *callee, NodeList *args, const Token *rparen) {
    Node *n = ast_new(N_CALL, span_join(callee->span, rparen->span));
    n->u.call.callee = callee;
    n->u.call.args = *args;
    return n;
}

Node *parse_index(Node *base, Node *index, const Token *rbracket) {
    Node *n = ast_new(N_INDEX, span_join(base->span, rbracket->span));
    n->u.binary.lhs = base;
    n->u.binary.rhs = index;
    return n;
}

Node *parse_paren(const Token *l, Node *e, const Token *r) {
    Node *n = ast_new(N_PAREN, span_join(l->span, r->span));
    n->u.unary.operand = e;
    return n;
}

Node *parse_jump(NodeKind kind, const Token *kw, const Token *label, Node *value) {
    Span sp = kw->span;
    if (label) sp = span_join(sp, label->span);
    if (value) sp = span_join(sp, value->span);
    Node *n = ast_new(kind, sp);
    if (label) {
        n->u.jump.label = label->sym;
        n->u.jump.label_span = label->span;
    }
    n->u.jump.value = value;
    return n;
}

Node *parse_macro_call(ParseState *ps, PathBuilder *path, const Token *tt) {
    (void)ps;
    Node *n = ast_new(N_MACRO_CALL, span_join(path->span, tt->span));
    n->u.macro.name = path->segs[path->len - 1];
    n->u.macro.name_span = path->spans[path->len - 1];
    n->u.macro.toks = (const Token *)tt->v.str.bytes;
    n->u.macro.ntoks = (int)tt->v.str.len;
    const char *d = sym_str(tt->sym);
    n->u.macro.delim = d[0];
    return n;
}
