/* parse_internal.h — what the lemon grammar (parser.y) and its driver (parse.c) share.
 * Nothing outside those two files includes this. */
#ifndef PATINA_PARSE_INTERNAL_H
#define PATINA_PARSE_INTERNAL_H

#include "patina.h"
#include "parser.h"

#include <stdlib.h>

typedef struct ParseState {
    bool error;                                 /* a syntax error ended this parser run */
    bool too_deep;                              /* ... the nesting limit: not worth recovering */
    void *parser;                               /* the lemon parser, for expected-token lists */
    const Token *prev;                          /* the token fed before the current one */
    NodeList items;                             /* items of the crate, as they reduce */
    NodeList inner_attrs;                       /* `#![...]` of the crate */
    NodeList macro_args;                        /* the result of a macro-argument parse */
    Node *macro_result;                         /* vec!/matches! re-parse result */
} ParseState;

/* fn qualifiers, as the grammar collects them */
enum {
    FQ_CONST = 1 << 0, FQ_ASYNC = 1 << 1, FQ_UNSAFE = 1 << 2, FQ_EXTERN = 1 << 3,
    FQ_ABI_C = 1 << 4, FQ_ABI_RUST = 1 << 5, FQ_ABI_OTHER = 1 << 6,
};

/* A path being built segment by segment. */
typedef struct PathBuilder {
    Sym *segs;
    Span *spans;
    Node **args;                                /* per segment: generic arguments or NULL */
    int len, cap;
    bool global, has_args, qualified;
    Span span;
} PathBuilder;

/* lemon's entry points (generated) */
void *ParserAlloc(void *(*malloc_fn)(size_t), ParseState *ps);
void Parser(void *parser, int kind, const Token *tok);
void ParserFree(void *parser, void (*free_fn)(void *));
bool parser_would_shift(void *parser, int token);
/* Re-parses a built-in macro's tokens after the start token `start`; the result is in
 * ps->macro_args / ps->macro_result. False after reporting a syntax error. */
bool parse_macro_tokens(ParseState *ps, const Token *toks, int ntoks, int start);
int parser_token_count(void);
int parser_stack_depth(void *parser);

/* error callbacks */
void parse_syntax_error(ParseState *ps, int kind, const Token *tok);
void parse_stack_overflow(ParseState *ps);

/* node constructors called by the grammar's actions */
Span tspan(const Token *t);
Node *parse_unsupported_span(ParseState *ps, Span sp, const char *feature);
Node *parse_fn_head(ParseState *ps, const Token *fn_tok, const Token *name, Node *generics,
                    NodeList *params, Node *ret);
Node *parse_fn_body(Node *head, Node *block);
Node *parse_param(Node *pat, Node *ty);
Node *parse_list_node(NodeKind kind, const Token *l, const Token *r, NodeList *elems);
Node *parse_ref_type(const Token *amp, const Token *lifetime, bool is_mut, Node *inner,
                     bool doubled);
Node *parse_leaf(NodeKind kind, const Token *t);
Node *parse_finish_path(NodeKind kind, PathBuilder *pb);
PathBuilder *parse_path_start(ParseState *ps, const Token *t, bool global);
PathBuilder *parse_path_push(PathBuilder *pb, const Token *t);
Node *parse_pat_ident(ParseState *ps, const Token *ref_tok, const Token *mut_tok, const Token *name,
                      Node *subpat);
Node *parse_pat_lit(Node *lit);
Node *parse_neg(const Token *minus, Node *e);
Node *parse_literal(ParseState *ps, const Token *t);
Node *parse_block(const Token *l, NodeList *stmts, Node *tail, const Token *r);
void parse_push_stmt(NodeList *stmts, Node *stmt);
Node *parse_let(const Token *let_tok, Node *pat, Node *ty, Node *init, Node *else_block,
                const Token *semi);
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
Node *parse_method_call(Node *recv, const Token *name, Node *turbofish, NodeList *args,
                        const Token *rparen);
Node *parse_call(Node *callee, NodeList *args, const Token *rparen);
Node *parse_index(Node *base, Node *index, const Token *rbracket);
Node *parse_paren(const Token *l, Node *e, const Token *r);
Node *parse_jump(NodeKind kind, const Token *kw, const Token *label, Node *value);
Node *parse_macro_call(ParseState *ps, PathBuilder *path, const Token *tt);

/* items */
Node *parse_item(Node *item, NodeList *attrs, Visibility vis);
Node *parse_attr(const Token *t);
Node *parse_macro_rules(const Token *t);
void parse_fn_quals(Node *fn, unsigned quals);
unsigned parse_abi_flag(const Token *abi);
void parse_where(Node *generics, NodeList *where, Node *owner);
Node *parse_self_param(const Token *first, const Token *amp, const Token *lifetime, bool by_ref,
                       bool is_mut, const Token *self_tok, Node *ty);
Node *parse_generics(const Token *l, NodeList *params, const Token *r);
Node *parse_generic_param(int kind, const Token *name, NodeList *bounds, Node *ty,
                          Node *default_value);
Node *parse_lifetime_bound(const Token *lifetime);
Node *parse_trait_bound(Node *path, Node *hrtb, bool maybe);
Node *parse_where_pred(Node *ty, const Token *lifetime, NodeList *bounds, Node *hrtb);
Node *parse_adt(NodeKind kind, const Token *kw, const Token *name, Node *generics, NodeList *where,
                AdtShape shape, NodeList *fields, const Token *end);
Node *parse_field_def(NodeList *attrs, Visibility vis, const Token *name, Node *ty);
Node *parse_enum(const Token *kw, const Token *name, Node *generics, NodeList *where,
                 NodeList *variants, const Token *end);
Node *parse_variant(NodeList *attrs, const Token *name, AdtShape shape, NodeList *fields,
                    Node *discriminant, const Token *end);
Node *parse_impl_head(const Token *kw, bool is_unsafe, Node *generics, Node *trait_ref,
                      Node *self_ty, NodeList *where, bool negative);
Node *parse_impl_body(Node *head, NodeList *items, const Token *end);
Node *parse_trait_head(const Token *kw, bool is_unsafe, const Token *name, Node *generics,
                       NodeList *supertraits, NodeList *where);
Node *parse_trait_body(Node *head, NodeList *items, const Token *end);
Node *parse_value_item(NodeKind kind, const Token *kw, const Token *name, Node *ty, Node *value,
                       bool is_mut, const Token *end);
Node *parse_type_alias(const Token *kw, const Token *name, Node *generics, NodeList *bounds,
                       NodeList *where, Node *ty, const Token *end);
Node *parse_mod(const Token *kw, const Token *name, NodeList *items, const Token *end);
Node *parse_use(const Token *kw, Node *tree, const Token *end);
Node *parse_use_tree(PathBuilder *path, const Token *alias, bool glob, NodeList *children,
                     const Token *end);
Node *parse_extern_block(const Token *kw, const Token *abi, NodeList *items, const Token *end);

/* types and paths */
Node *parse_bounds_type(NodeKind kind, const Token *kw, NodeList *bounds);
Node *parse_single_bound_type(NodeKind kind, const Token *kw, Node *bound);
Node *parse_ptr_type(const Token *star, bool is_mut, Node *inner);
Node *parse_array_type(const Token *l, Node *elem, Node *len, const Token *r);
Node *parse_slice_type(const Token *l, Node *elem, const Token *r);
Node *parse_fn_type(const Token *fn_tok, unsigned quals, NodeList *params, Node *ret,
                    const Token *rparen);
PathBuilder *parse_path_args(PathBuilder *pb, Node *args);
Node *parse_paren_args(const Token *l, NodeList *params, Node *ret, const Token *r);
Node *parse_generic_args(const Token *l, NodeList *args, const Token *r);
Node *parse_assoc_binding(const Token *name, Node *ty, NodeList *bounds);
Node *parse_qpath(const Token *lt, Node *self_ty, Node *trait_ref, const Token *name);
Node *parse_qpath_push(Node *qpath, const Token *name);

/* patterns */
Node *parse_pat_or(Node *a, Node *b);
Node *parse_pat_path(PathBuilder *pb);
Node *parse_pat_struct(NodeKind kind, PathBuilder *path, NodeList *elems, bool has_rest,
                       const Token *end);
Node *parse_pat_ref(const Token *amp, bool is_mut, Node *inner, bool doubled);
Node *parse_pat_range(Node *lo, Node *hi, bool inclusive, const Token *op);
Node *parse_field_init(NodeKind kind, const Token *name, Node *value);

/* expressions */
Node *parse_let_cond(const Token *let_tok, Node *pat, Node *e);
Node *parse_match(const Token *kw, Node *scrutinee, NodeList *arms, const Token *end);
Node *parse_arm_head(Node *pat, Node *guard);
Node *parse_arm(Node *head, Node *body);
Node *parse_try(Node *e, const Token *q);
Node *parse_struct_lit(PathBuilder *path, NodeList *fields, Node *base, const Token *end);
Node *parse_repeat(NodeKind kind, const Token *l, Node *value, Node *count, const Token *r);
Node *parse_closure_head(const Token *first, bool is_move, NodeList *params);
Node *parse_closure_param(Node *pat, Node *ty);
Node *parse_closure(Node *head, Node *ret, Node *body);
Node *parse_vec(NodeList *elems, Node *value, Node *count);
Node *parse_matches(Node *e, Node *pat, Node *guard);

#endif
