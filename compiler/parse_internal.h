/* parse_internal.h — what the lemon grammar (parser.y) and its driver (parse.c) share.
 * Nothing outside those two files includes this. */
#ifndef PATINA_PARSE_INTERNAL_H
#define PATINA_PARSE_INTERNAL_H

#include "patina.h"
#include "parser.h"

#include <stdlib.h>

typedef struct ParseState {
    bool error;                                 /* a syntax error ended this parser run */
    void *parser;                               /* the lemon parser, for expected-token lists */
    const Token *prev;                          /* the token fed before the current one */
    NodeList items;                             /* items of the crate, as they reduce */
    NodeList macro_args;                        /* the result of a macro-argument parse */
} ParseState;

/* A path being built segment by segment. */
typedef struct PathBuilder {
    Sym *segs;
    Span *spans;
    int len, cap;
    bool global, has_args, qualified;
    Span span;
} PathBuilder;

/* lemon's entry points (generated) */
void *ParserAlloc(void *(*malloc_fn)(size_t), ParseState *ps);
void Parser(void *parser, int kind, const Token *tok);
void ParserFree(void *parser, void (*free_fn)(void *));
bool parser_would_shift(void *parser, int token);
int parser_token_count(void);
int parser_stack_depth(void *parser);

/* error callbacks */
void parse_syntax_error(ParseState *ps, int kind, const Token *tok);
void parse_stack_overflow(ParseState *ps);

/* node constructors called by the grammar's actions */
Span tspan(const Token *t);
Node *parse_unsupported(ParseState *ps, NodeKind kind, const Token *t);
Node *parse_unsupported_span(ParseState *ps, Span sp, const char *feature);
Node *parse_fn_head(ParseState *ps, const Token *fn_tok, const Token *name, bool generics, NodeList *params, Node *ret);
Node *parse_fn_body(Node *head, Node *block);
Node *parse_param(Node *pat, Node *ty);
Node *parse_list_node(NodeKind kind, const Token *l, const Token *r, NodeList *elems);
Node *parse_paren_type(const Token *l, Node *inner, const Token *r);
Node *parse_ref_type(const Token *amp, const Token *lifetime, bool is_mut, Node *inner, bool doubled);
Node *parse_leaf(NodeKind kind, const Token *t);
Node *parse_finish_path(NodeKind kind, PathBuilder *pb);
PathBuilder *parse_path_start(ParseState *ps, const Token *t, bool global);
PathBuilder *parse_path_push(PathBuilder *pb, const Token *t);
Node *parse_pat_ident(ParseState *ps, const Token *ref_tok, const Token *mut_tok, const Token *name, Node *subpat);
Node *parse_pat_lit(Node *lit);
Node *parse_neg(const Token *minus, Node *e);
Node *parse_literal(ParseState *ps, const Token *t);
Node *parse_block(const Token *l, NodeList *stmts, Node *tail, const Token *r);
void parse_push_stmt(NodeList *stmts, Node *stmt);
Node *parse_let(const Token *let_tok, Node *pat, Node *ty, Node *init, Node *else_block, const Token *semi);
Node *parse_expr_stmt(Node *e, bool semi, const Token *semi_tok);
Node *parse_item_stmt(Node *item);
Node *parse_unsafe_block(const Token *unsafe_tok, Node *block);
Node *parse_label(const Token *label, Node *target);
Node *parse_if(const Token *if_tok, Node *cond, Node *then_block, Node *else_branch);
Node *parse_loop(NodeKind kind, const Token *kw, Node *pat, Node *cond, Node *iter, Node *body);
Node *parse_binary(NodeKind kind, BinOp op, Node *l, Node *r);
Node *parse_range(const Token *start, Node *lo, Node *hi, bool inclusive, const Token *end);
Node *parse_cast(Node *e, Node *ty);
Node *parse_unary(UnaryOp op, const Token *t, Node *e);
Node *parse_field(Node *base, const Token *name);
Node *parse_method_call(Node *recv, const Token *name, NodeList *args, const Token *rparen);
Node *parse_call(Node *callee, NodeList *args, const Token *rparen);
Node *parse_index(Node *base, Node *index, const Token *rbracket);
Node *parse_paren(const Token *l, Node *e, const Token *r);
Node *parse_jump(NodeKind kind, const Token *kw, const Token *label, Node *value);
Node *parse_macro_call(ParseState *ps, PathBuilder *path, const Token *tt);

#endif
