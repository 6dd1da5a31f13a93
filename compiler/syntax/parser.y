/* parser.y — the lemon grammar of the Patina subset; spec/10-grammar.md follows its order.
 *
 * Takes: tokens from parse.c: the lexer's, plus synthetic ones the driver makes so that
 * the grammar stays LALR(1) and conflict-free:
 *   STMT_START      before a block-like expression where a statement may begin
 *   STRUCT_LBRACE   a `{` that opens a struct literal or struct pattern after a path
 *   MACRO_TT        the delimited token tree of a macro invocation `name!(...)`
 *   MACRO_RULES     a whole `macro_rules! name { ... }` definition
 *   ATTR/INNER_ATTR an attribute `#[...]` / `#![...]` where the grammar takes one
 *   RAW, UNION      the contextual keywords `raw` (in `&raw const`) and `union`
 *   ERROR_STMT/ERROR_ITEM  what recovery put in place of a statement/item in error
 *   *_ARGS_START    the start of a built-in macro's arguments, re-parsed by expand
 * Gives: the AST, through the constructors in parse.c. Actions stay one or two lines.
 * The build fails if lemon reports any conflict. */

%include {
#include "syntax/parse_internal.h"
}

%name Parser
%token_prefix TK_
%token_type {const Token *}
%default_type {Node *}
%extra_context {ParseState *ps}
%start_symbol program
%stack_size 0

%syntax_error { parse_syntax_error(ps, yymajor, yyminor); }
%stack_overflow { parse_stack_overflow(ps); }

/* ── tokens (keywords, literals, punctuation, synthetic) ── */
%token AS BREAK CONST CONTINUE CRATE DYN ELSE ENUM EXTERN FALSE FN FOR IF IMPL IN LET LOOP
       MATCH MOD MOVE MUT PUB REF RETURN SELFVALUE SELFTYPE STATIC STRUCT SUPER TRAIT TRUE
       TYPE UNSAFE USE WHERE WHILE ASYNC AWAIT RESERVED.
%token IDENT LIFETIME INT FLOAT CHAR STR BYTE BYTESTR.
%token SEMI COMMA COLON PATHSEP RARROW FATARROW POUND DOLLAR AT TILDE UNDERSCORE
       RBRACE RBRACKET RPAREN DOTDOTDOT.
%token STMT_START STRUCT_LBRACE MACRO_TT MACRO_RULES ATTR INNER_ATTR RAW UNION
       ERROR_STMT ERROR_ITEM MACRO_ARGS_START VEC_ARGS_START MATCHES_ARGS_START.

/* ── precedence, lowest first (rustc's table) ── */
%left LOWEST LBRACE.
%nonassoc ELSE.
%right EQ PLUSEQ MINUSEQ STAREQ SLASHEQ PERCENTEQ CARETEQ ANDEQ OREQ SHLEQ SHREQ.
%nonassoc DOTDOT DOTDOTEQ.
%left OROR.
%left ANDAND.
%nonassoc EQEQ NE LT GT LE GE.
%left OR.
%left CARET.
%left AND.
%left SHL SHR.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%left AS.
%right UNARY NOT.
%left QUESTION DOT LPAREN LBRACKET PATHSEP.

/* ══ 1. the crate ══ */

program ::= items.
program ::= MACRO_ARGS_START macro_args(A).             { ps->macro_args = A; }
program ::= VEC_ARGS_START vec_args(A).                 { ps->macro_result = A; }
program ::= MATCHES_ARGS_START expr(E) COMMA pat_alt(P) guard_opt(G) comma_opt.
    { ps->macro_result = parse_matches(E, P, G); }

/* items are collected as they reduce, so that recovery after a syntax error keeps them */
items ::= .
items ::= items item(C).                                { nodelist_push(&ps->items, C); }
items ::= items INNER_ATTR(T).
    { nodelist_push(&ps->inner_attrs, parse_attr(T)); }

/* ══ 2. items ══ */

/* attributes and visibility are written out (rather than optional) so that the parser
 * never has to decide "item or expression" before it sees the item's keyword */
item(A) ::= block_item(B).                              { A = B; }
item(A) ::= attrs(T) expr_path_segs(P) MACRO_TT(M) semi_opt.
    { A = parse_item(parse_macro_call(ps, P, M), &T, VIS_PRIVATE); }
item(A) ::= ERROR_ITEM(T).                              { A = parse_leaf(N_ERROR, T); }

block_item(A) ::= item_body(B).                         { A = B; }
block_item(A) ::= vis_ne(V) item_body(B).               { A = parse_item(B, NULL, V); }
block_item(A) ::= attrs_ne(T) item_body(B).             { A = parse_item(B, &T, VIS_PRIVATE); }
block_item(A) ::= attrs_ne(T) vis_ne(V) item_body(B).   { A = parse_item(B, &T, V); }
block_item(A) ::= MACRO_RULES(M).                       { A = parse_macro_rules(M); }
block_item(A) ::= attrs_ne(T) MACRO_RULES(M).
    { A = parse_item(parse_macro_rules(M), &T, VIS_PRIVATE); }

semi_opt ::= .
semi_opt ::= SEMI.
comma_opt ::= .
comma_opt ::= COMMA.

item_body(A) ::= fn_item(B).                            { A = B; }
item_body(A) ::= struct_item(B).                        { A = B; }
item_body(A) ::= enum_item(B).                          { A = B; }
item_body(A) ::= impl_item(B).                          { A = B; }
item_body(A) ::= trait_item(B).                         { A = B; }
item_body(A) ::= const_item(B).                         { A = B; }
item_body(A) ::= static_item(B).                        { A = B; }
item_body(A) ::= type_alias(B).                         { A = B; }
item_body(A) ::= mod_item(B).                           { A = B; }
item_body(A) ::= use_item(B).                           { A = B; }
item_body(A) ::= extern_item(B).                        { A = B; }

%type attrs {NodeList}
attrs(A) ::= .                                          { A = (NodeList){0}; }
attrs(A) ::= attrs_ne(B).                               { A = B; }
%type attrs_ne {NodeList}
attrs_ne(A) ::= ATTR(T).
    { A = (NodeList){0}; nodelist_push(&A, parse_attr(T)); }
attrs_ne(A) ::= attrs_ne(B) ATTR(T).                    { A = B; nodelist_push(&A, parse_attr(T)); }

%type vis {Visibility}
vis(A) ::= .                                            { A = VIS_PRIVATE; }
vis(A) ::= vis_ne(V).                                   { A = V; }
%type vis_ne {Visibility}
vis_ne(A) ::= PUB. [LOWEST]                             { A = VIS_PUB; }
vis_ne(A) ::= PUB LPAREN CRATE RPAREN.                  { A = VIS_CRATE; }
vis_ne(A) ::= PUB LPAREN SUPER RPAREN.                  { A = VIS_SUPER; }
vis_ne(A) ::= PUB LPAREN SELFVALUE RPAREN.              { A = VIS_SELF; }
vis_ne(A) ::= PUB LPAREN IN simple_path RPAREN.         { A = VIS_IN_PATH; }

simple_path ::= path_ident.
simple_path ::= simple_path PATHSEP path_ident.

/* ══ 3. functions ══ */

fn_item(A) ::= fn_head(H) block(B).                     { A = parse_fn_body(H, B); }
fn_item(A) ::= fn_head(H) SEMI.                         { A = H; }

fn_head(A) ::= fn_quals(Q) FN(F) IDENT(N) generics_opt(G) LPAREN params(P) RPAREN ret_opt(R)
    where_opt(W).
    { A = parse_fn_head(ps, F, N, G, &P, R); parse_fn_quals(A, Q); parse_where(G, &W, A); }

%type fn_quals {unsigned}
fn_quals(A) ::= .                                       { A = 0; }
fn_quals(A) ::= CONST.                                  { A = FQ_CONST; }
fn_quals(A) ::= ASYNC.                                  { A = FQ_ASYNC; }
fn_quals(A) ::= UNSAFE.                                 { A = FQ_UNSAFE; }
fn_quals(A) ::= CONST UNSAFE.                           { A = FQ_CONST | FQ_UNSAFE; }
fn_quals(A) ::= EXTERN.                                 { A = FQ_EXTERN; }
fn_quals(A) ::= EXTERN STR(S).                          { A = FQ_EXTERN | parse_abi_flag(S); }
fn_quals(A) ::= UNSAFE EXTERN STR(S).
    { A = FQ_UNSAFE | FQ_EXTERN | parse_abi_flag(S); }

%type params {NodeList}
params(A) ::= .                                         { A = (NodeList){0}; }
params(A) ::= param_list(B) comma_opt.                  { A = B; }
%type param_list {NodeList}
param_list(A) ::= param(P).                             { A = (NodeList){0}; nodelist_push(&A, P); }
param_list(A) ::= param_list(B) COMMA param(P).         { A = B; nodelist_push(&A, P); }
param(A) ::= attrs pattern(P) COLON type(T).            { A = parse_param(P, T); }
param(A) ::= attrs self_param(S).                       { A = S; }

self_param(A) ::= SELFVALUE(T).
    { A = parse_self_param(T, NULL, NULL, false, false, T, NULL); }
self_param(A) ::= MUT(M) SELFVALUE(T).
    { A = parse_self_param(M, NULL, NULL, false, true, T, NULL); }
self_param(A) ::= AND(R) SELFVALUE(T).
    { A = parse_self_param(R, R, NULL, true, false, T, NULL); }
self_param(A) ::= AND(R) MUT SELFVALUE(T).
    { A = parse_self_param(R, R, NULL, true, true, T, NULL); }
self_param(A) ::= AND(R) LIFETIME(L) SELFVALUE(T).
    { A = parse_self_param(R, R, L, true, false, T, NULL); }
self_param(A) ::= AND(R) LIFETIME(L) MUT SELFVALUE(T).
    { A = parse_self_param(R, R, L, true, true, T, NULL); }

ret_opt(A) ::= .                                        { A = NULL; }
ret_opt(A) ::= RARROW type(T).                          { A = T; }

/* ══ 4. generics, bounds, where clauses ══ */

generics_opt(A) ::= .                                   { A = NULL; }
generics_opt(A) ::= LT(L) generic_params(P) GT(R).      { A = parse_generics(L, &P, R); }

%type generic_params {NodeList}
generic_params(A) ::= .                                 { A = (NodeList){0}; }
generic_params(A) ::= generic_param_list(B) comma_opt.  { A = B; }
%type generic_param_list {NodeList}
generic_param_list(A) ::= generic_param(P).             { A = (NodeList){0}; nodelist_push(&A, P); }
generic_param_list(A) ::= generic_param_list(B) COMMA generic_param(P).
                                                        { A = B; nodelist_push(&A, P); }
generic_param(A) ::= attrs IDENT(N) bounds_opt(B).
    { A = parse_generic_param(GP_TYPE, N, &B, NULL, NULL); }
generic_param(A) ::= attrs IDENT(N) bounds_opt(B) EQ type(D).
    { A = parse_generic_param(GP_TYPE, N, &B, NULL, D); }
generic_param(A) ::= attrs LIFETIME(N).
    { A = parse_generic_param(GP_LIFETIME, N, NULL, NULL, NULL); }
generic_param(A) ::= attrs LIFETIME(N) COLON lifetime_bounds(B).
    { A = parse_generic_param(GP_LIFETIME, N, &B, NULL, NULL); }
generic_param(A) ::= attrs CONST IDENT(N) COLON type(T).
    { A = parse_generic_param(GP_CONST, N, NULL, T, NULL); }
generic_param(A) ::= attrs CONST IDENT(N) COLON type(T) EQ const_default(D).
    { A = parse_generic_param(GP_CONST, N, NULL, T, D); }

%type bounds_opt {NodeList}
bounds_opt(A) ::= .                                     { A = (NodeList){0}; }
bounds_opt(A) ::= COLON.                                { A = (NodeList){0}; }
bounds_opt(A) ::= COLON bounds(B).                      { A = B; }

%type lifetime_bounds {NodeList}
lifetime_bounds(A) ::= LIFETIME(L).
    { A = (NodeList){0}; nodelist_push(&A, parse_lifetime_bound(L)); }
lifetime_bounds(A) ::= lifetime_bounds(B) PLUS LIFETIME(L).
    { A = B; nodelist_push(&A, parse_lifetime_bound(L)); }

%type bounds {NodeList}
bounds(A) ::= bound(B).                                 { A = (NodeList){0}; nodelist_push(&A, B); }
bounds(A) ::= bounds(L) PLUS bound(B).                  { A = L; nodelist_push(&A, B); }
bound(A) ::= type_path(P).                              { A = parse_trait_bound(P, NULL, false); }
bound(A) ::= QUESTION type_path(P).                     { A = parse_trait_bound(P, NULL, true); }
bound(A) ::= FOR LT(L) generic_params(G) GT(R) type_path(P).
    { A = parse_trait_bound(P, parse_generics(L, &G, R), false); }
bound(A) ::= LPAREN bound(B) RPAREN.                    { A = B; }
bound(A) ::= LIFETIME(L).                               { A = parse_lifetime_bound(L); }

%type where_opt {NodeList}
where_opt(A) ::= .                                      { A = (NodeList){0}; }
where_opt(A) ::= WHERE.                                 { A = (NodeList){0}; }
where_opt(A) ::= WHERE where_list(B) comma_opt.         { A = B; }
%type where_list {NodeList}
where_list(A) ::= where_pred(P).                        { A = (NodeList){0}; nodelist_push(&A, P); }
where_list(A) ::= where_list(B) COMMA where_pred(P).    { A = B; nodelist_push(&A, P); }
where_pred(A) ::= type(T) COLON bounds_list_opt(B).     { A = parse_where_pred(T, NULL, &B, NULL); }
where_pred(A) ::= FOR LT(L) generic_params(G) GT(R) type(T) COLON bounds_list_opt(B).
    { A = parse_where_pred(T, NULL, &B, parse_generics(L, &G, R)); }
where_pred(A) ::= LIFETIME(L) COLON lifetime_bounds(B). { A = parse_where_pred(NULL, L, &B, NULL); }
%type bounds_list_opt {NodeList}
bounds_list_opt(A) ::= .                                { A = (NodeList){0}; }
bounds_list_opt(A) ::= bounds(B).                       { A = B; }

/* ══ 5. structs, unions, enums ══ */

struct_item(A) ::= STRUCT(K) IDENT(N) generics_opt(G) where_opt(W) SEMI(E).
    { A = parse_adt(N_STRUCT, K, N, G, &W, SHAPE_UNIT, NULL, E); }
struct_item(A) ::= STRUCT(K) IDENT(N) generics_opt(G) LPAREN tuple_fields(F) RPAREN where_opt(W)
    SEMI(E).
    { A = parse_adt(N_STRUCT, K, N, G, &W, SHAPE_TUPLE, &F, E); }
struct_item(A) ::= STRUCT(K) IDENT(N) generics_opt(G) where_opt(W) LBRACE named_fields(F) RBRACE(E).
    { A = parse_adt(N_STRUCT, K, N, G, &W, SHAPE_NAMED, &F, E); }
struct_item(A) ::= UNION(K) IDENT(N) generics_opt(G) where_opt(W) LBRACE named_fields(F) RBRACE(E).
    { A = parse_adt(N_UNION, K, N, G, &W, SHAPE_NAMED, &F, E); }

%type named_fields {NodeList}
named_fields(A) ::= .                                   { A = (NodeList){0}; }
named_fields(A) ::= named_field_list(B) comma_opt.      { A = B; }
%type named_field_list {NodeList}
named_field_list(A) ::= named_field(F).                 { A = (NodeList){0}; nodelist_push(&A, F); }
named_field_list(A) ::= named_field_list(B) COMMA named_field(F).
                                                        { A = B; nodelist_push(&A, F); }
named_field(A) ::= attrs(T) vis(V) IDENT(N) COLON type(Y).
                                                        { A = parse_field_def(&T, V, N, Y); }

%type tuple_fields {NodeList}
tuple_fields(A) ::= .                                   { A = (NodeList){0}; }
tuple_fields(A) ::= tuple_field_list(B) comma_opt.      { A = B; }
%type tuple_field_list {NodeList}
tuple_field_list(A) ::= tuple_field(F).                 { A = (NodeList){0}; nodelist_push(&A, F); }
tuple_field_list(A) ::= tuple_field_list(B) COMMA tuple_field(F).
                                                        { A = B; nodelist_push(&A, F); }
tuple_field(A) ::= attrs(T) vis(V) type(Y).             { A = parse_field_def(&T, V, NULL, Y); }

enum_item(A) ::= ENUM(K) IDENT(N) generics_opt(G) where_opt(W) LBRACE variants(V) RBRACE(E).
                                                        { A = parse_enum(K, N, G, &W, &V, E); }
%type variants {NodeList}
variants(A) ::= .                                       { A = (NodeList){0}; }
variants(A) ::= variant_list(B) comma_opt.              { A = B; }
%type variant_list {NodeList}
variant_list(A) ::= variant(V).                         { A = (NodeList){0}; nodelist_push(&A, V); }
variant_list(A) ::= variant_list(B) COMMA variant(V).   { A = B; nodelist_push(&A, V); }
variant(A) ::= attrs(T) vis IDENT(N) discriminant_opt(D).
    { A = parse_variant(&T, N, SHAPE_UNIT, NULL, D, N); }
variant(A) ::= attrs(T) vis IDENT(N) LPAREN tuple_fields(F) RPAREN(E) discriminant_opt(D).
    { A = parse_variant(&T, N, SHAPE_TUPLE, &F, D, E); }
variant(A) ::= attrs(T) vis IDENT(N) LBRACE named_fields(F) RBRACE(E) discriminant_opt(D).
    { A = parse_variant(&T, N, SHAPE_NAMED, &F, D, E); }
discriminant_opt(A) ::= .                               { A = NULL; }
discriminant_opt(A) ::= EQ expr(E).                     { A = E; }

/* ══ 6. impls and traits ══ */

impl_item(A) ::= impl_head(H) LBRACE assoc_items(I) RBRACE(E).
                                                        { A = parse_impl_body(H, &I, E); }
impl_head(A) ::= IMPL(K) impl_generics(G) type(T) where_opt(W).
    { A = parse_impl_head(K, false, G, NULL, T, &W, false); }
impl_head(A) ::= IMPL(K) impl_generics(G) type(R) FOR type(T) where_opt(W).
    { A = parse_impl_head(K, false, G, R, T, &W, false); }
impl_head(A) ::= UNSAFE(K) IMPL impl_generics(G) type(R) FOR type(T) where_opt(W).
    { A = parse_impl_head(K, true, G, R, T, &W, false); }
/* after `impl`, `<` always opens generic parameters (rustc's rule too) */
impl_generics(A) ::= . [LOWEST]                         { A = NULL; }
impl_generics(A) ::= LT(L) generic_params(P) GT(R).     { A = parse_generics(L, &P, R); }

%type assoc_items {NodeList}
assoc_items(A) ::= .                                    { A = (NodeList){0}; }
assoc_items(A) ::= assoc_items(B) assoc_item(I).        { A = B; nodelist_push(&A, I); }
assoc_items(A) ::= assoc_items(B) INNER_ATTR.           { A = B; }
assoc_item(A) ::= attrs(T) vis(V) fn_item(B).           { A = parse_item(B, &T, V); }
assoc_item(A) ::= attrs(T) vis(V) const_item(B).        { A = parse_item(B, &T, V); }
assoc_item(A) ::= attrs(T) vis(V) type_alias(B).        { A = parse_item(B, &T, V); }
assoc_item(A) ::= attrs(T) expr_path_segs(P) MACRO_TT(M) semi_opt.
    { A = parse_item(parse_macro_call(ps, P, M), &T, VIS_PRIVATE); }
assoc_item(A) ::= ERROR_ITEM(T).                        { A = parse_leaf(N_ERROR, T); }

trait_item(A) ::= trait_head(H) LBRACE assoc_items(I) RBRACE(E).
                                                        { A = parse_trait_body(H, &I, E); }
trait_head(A) ::= TRAIT(K) IDENT(N) generics_opt(G) bounds_opt(B) where_opt(W).
    { A = parse_trait_head(K, false, N, G, &B, &W); }
trait_head(A) ::= UNSAFE(K) TRAIT IDENT(N) generics_opt(G) bounds_opt(B) where_opt(W).
    { A = parse_trait_head(K, true, N, G, &B, &W); }

/* ══ 7. other items ══ */

const_item(A) ::= CONST(K) const_name(N) COLON type(T) EQ expr(E) SEMI(S).
    { A = parse_value_item(N_CONST_ITEM, K, N, T, E, false, S); }
const_item(A) ::= CONST(K) const_name(N) COLON type(T) SEMI(S).
    { A = parse_value_item(N_CONST_ITEM, K, N, T, NULL, false, S); }
%type const_name {const Token *}
const_name(A) ::= IDENT(T).                             { A = T; }
const_name(A) ::= UNDERSCORE(T).                        { A = T; }

static_item(A) ::= STATIC(K) IDENT(N) COLON type(T) EQ expr(E) SEMI(S).
    { A = parse_value_item(N_STATIC, K, N, T, E, false, S); }
static_item(A) ::= STATIC(K) MUT IDENT(N) COLON type(T) EQ expr(E) SEMI(S).
    { A = parse_value_item(N_STATIC, K, N, T, E, true, S); }

type_alias(A) ::= TYPE(K) IDENT(N) generics_opt(G) bounds_opt(B) where_opt(W) EQ type(T) SEMI(S).
    { A = parse_type_alias(K, N, G, &B, &W, T, S); }
type_alias(A) ::= TYPE(K) IDENT(N) generics_opt(G) bounds_opt(B) where_opt(W) SEMI(S).
    { A = parse_type_alias(K, N, G, &B, &W, NULL, S); }

mod_item(A) ::= MOD(K) IDENT(N) SEMI(S).                { A = parse_mod(K, N, NULL, S); }
mod_item(A) ::= MOD(K) IDENT(N) LBRACE mod_items(I) RBRACE(S).
                                                        { A = parse_mod(K, N, &I, S); }
%type mod_items {NodeList}
mod_items(A) ::= .                                      { A = (NodeList){0}; }
mod_items(A) ::= mod_items(B) item(I).                  { A = B; nodelist_push(&A, I); }
mod_items(A) ::= mod_items(B) INNER_ATTR.               { A = B; }

use_item(A) ::= USE(K) use_tree(T) SEMI(S).             { A = parse_use(K, T, S); }
use_tree(A) ::= use_path(P).
    { A = parse_use_tree(P, NULL, false, NULL, NULL); }
use_tree(A) ::= use_path(P) AS IDENT(N).
    { A = parse_use_tree(P, N, false, NULL, NULL); }
use_tree(A) ::= use_path(P) AS UNDERSCORE(N).
    { A = parse_use_tree(P, N, false, NULL, NULL); }
use_tree(A) ::= use_path(P) PATHSEP STAR(E).
    { A = parse_use_tree(P, NULL, true, NULL, E); }
use_tree(A) ::= use_path(P) PATHSEP LBRACE use_trees(L) RBRACE(E).
    { A = parse_use_tree(P, NULL, false, &L, E); }
use_tree(A) ::= STAR(E).
    { A = parse_use_tree(NULL, NULL, true, NULL, E); }
use_tree(A) ::= PATHSEP STAR(E).
    { A = parse_use_tree(NULL, NULL, true, NULL, E); }
use_tree(A) ::= LBRACE(B) use_trees(L) RBRACE.
    { A = parse_use_tree(NULL, NULL, false, &L, B); }
use_tree(A) ::= PATHSEP LBRACE(B) use_trees(L) RBRACE.
    { A = parse_use_tree(NULL, NULL, false, &L, B); }
%type use_trees {NodeList}
use_trees(A) ::= .                                      { A = (NodeList){0}; }
use_trees(A) ::= use_tree_list(B) comma_opt.            { A = B; }
%type use_tree_list {NodeList}
use_tree_list(A) ::= use_tree(T).                       { A = (NodeList){0}; nodelist_push(&A, T); }
use_tree_list(A) ::= use_tree_list(B) COMMA use_tree(T). { A = B; nodelist_push(&A, T); }
%type use_path {PathBuilder *}
use_path(A) ::= path_ident(T).                          { A = parse_path_start(ps, T, false); }
use_path(A) ::= PATHSEP path_ident(T).                  { A = parse_path_start(ps, T, true); }
use_path(A) ::= use_path(B) PATHSEP path_ident(T).      { A = parse_path_push(B, T); }

extern_item(A) ::= EXTERN(K) CRATE IDENT(N) SEMI(S).
    { A = parse_value_item(N_EXTERN_CRATE, K, N, NULL, NULL, false, S); }
extern_item(A) ::= EXTERN(K) CRATE IDENT AS IDENT(N) SEMI(S).
    { A = parse_value_item(N_EXTERN_CRATE, K, N, NULL, NULL, false, S); }
extern_item(A) ::= EXTERN(K) abi_opt(B) LBRACE extern_items(I) RBRACE(S).
                                                        { A = parse_extern_block(K, B, &I, S); }
extern_item(A) ::= UNSAFE(K) EXTERN abi_opt(B) LBRACE extern_items(I) RBRACE(S).
                                                        { A = parse_extern_block(K, B, &I, S); }
%type abi_opt {const Token *}
abi_opt(A) ::= .                                        { A = NULL; }
abi_opt(A) ::= STR(S).                                  { A = S; }
%type extern_items {NodeList}
extern_items(A) ::= .                                   { A = (NodeList){0}; }
extern_items(A) ::= extern_items(B) attrs(T) vis(V) fn_item(F).
    { A = B; nodelist_push(&A, parse_item(F, &T, V)); }
extern_items(A) ::= extern_items(B) attrs(T) vis(V) static_decl(F).
    { A = B; nodelist_push(&A, parse_item(F, &T, V)); }
static_decl(A) ::= STATIC(K) IDENT(N) COLON type(T) SEMI(S).
    { A = parse_value_item(N_STATIC, K, N, T, NULL, false, S); }
static_decl(A) ::= STATIC(K) MUT IDENT(N) COLON type(T) SEMI(S).
    { A = parse_value_item(N_STATIC, K, N, T, NULL, true, S); }

/* ══ 8. types ══ */

type(A) ::= type_no_bounds(T).                          { A = T; }
type(A) ::= DYN(K) bounds(B). [LOWEST]                  { A = parse_bounds_type(T_DYN, K, &B); }
type(A) ::= IMPL(K) bounds(B). [LOWEST]                 { A = parse_bounds_type(T_IMPL, K, &B); }
/* behind `&` or `*` only one bound may follow `dyn`/`impl` (rustc: "ambiguous `+`") */
type_no_bounds(A) ::= AND(T) lifetime_opt(L) mut_opt(M) DYN(K) bound(B).
    { A = parse_ref_type(T, L, M, parse_single_bound_type(T_DYN, K, B), false); }
type_no_bounds(A) ::= AND(T) lifetime_opt(L) mut_opt(M) IMPL(K) bound(B).
    { A = parse_ref_type(T, L, M, parse_single_bound_type(T_IMPL, K, B), false); }

type_no_bounds(A) ::= type_path(P).                     { A = P; }
type_no_bounds(A) ::= qpath(P). [LOWEST]                { A = P; }
type_no_bounds(A) ::= LPAREN(L) RPAREN(R).
    { A = parse_list_node(T_TUPLE, L, R, NULL); }
type_no_bounds(A) ::= LPAREN type(T) RPAREN.            { A = T; }
type_no_bounds(A) ::= LPAREN(L) type_list(T) COMMA RPAREN(R).
                                                        { A = parse_list_node(T_TUPLE, L, R, &T); }
type_no_bounds(A) ::= LPAREN(L) type_list(T) COMMA type(X) RPAREN(R).
    { nodelist_push(&T, X); A = parse_list_node(T_TUPLE, L, R, &T); }
type_no_bounds(A) ::= AND(T) lifetime_opt(L) mut_opt(M) type_no_bounds(I).
                                                        { A = parse_ref_type(T, L, M, I, false); }
type_no_bounds(A) ::= ANDAND(T) lifetime_opt(L) mut_opt(M) type_no_bounds(I).
                                                        { A = parse_ref_type(T, L, M, I, true); }
type_no_bounds(A) ::= STAR(T) CONST type_no_bounds(I).  { A = parse_ptr_type(T, false, I); }
type_no_bounds(A) ::= STAR(T) MUT type_no_bounds(I).    { A = parse_ptr_type(T, true, I); }
type_no_bounds(A) ::= LBRACKET(L) type(T) SEMI const_arg(N) RBRACKET(R).
                                                        { A = parse_array_type(L, T, N, R); }
type_no_bounds(A) ::= LBRACKET(L) type(T) RBRACKET(R).  { A = parse_slice_type(L, T, R); }
type_no_bounds(A) ::= NOT(T).                           { A = parse_leaf(T_NEVER, T); }
type_no_bounds(A) ::= UNDERSCORE(T).                    { A = parse_leaf(T_INFER, T); }
type_no_bounds(A) ::= fn_type_quals(Q) FN(F) LPAREN fn_type_params(P) RPAREN(R) ret_opt(T).
                                                        { A = parse_fn_type(F, Q, &P, T, R); }
type_no_bounds(A) ::= FOR LT(L) generic_params(G) GT(K) fn_type_quals(Q) FN(F) LPAREN
    fn_type_params(P) RPAREN(R) ret_opt(T).
    { A = parse_fn_type(F, Q, &P, T, R); A->u.fn_type.hrtb = parse_generics(L, &G, K); }

%type fn_type_quals {unsigned}
fn_type_quals(A) ::= .                                  { A = 0; }
fn_type_quals(A) ::= UNSAFE.                            { A = FQ_UNSAFE; }
fn_type_quals(A) ::= EXTERN STR(S).                     { A = FQ_EXTERN | parse_abi_flag(S); }
fn_type_quals(A) ::= UNSAFE EXTERN STR(S).
    { A = FQ_UNSAFE | FQ_EXTERN | parse_abi_flag(S); }
%type fn_type_params {NodeList}
fn_type_params(A) ::= .                                 { A = (NodeList){0}; }
fn_type_params(A) ::= fn_type_param_list(B) comma_opt.  { A = B; }
%type fn_type_param_list {NodeList}
fn_type_param_list(A) ::= fn_type_param(T).             { A = (NodeList){0}; nodelist_push(&A, T); }
fn_type_param_list(A) ::= fn_type_param_list(B) COMMA fn_type_param(T).
                                                        { A = B; nodelist_push(&A, T); }
fn_type_param(A) ::= type(T).                           { A = T; }
fn_type_param(A) ::= IDENT COLON type(T).               { A = T; }
fn_type_param(A) ::= UNDERSCORE COLON type(T).          { A = T; }

%type type_list {NodeList}
type_list(A) ::= type(T).                               { A = (NodeList){0}; nodelist_push(&A, T); }
type_list(A) ::= type_list(B) COMMA type(T).            { A = B; nodelist_push(&A, T); }

%type lifetime_opt {const Token *}
lifetime_opt(A) ::= .                                   { A = NULL; }
lifetime_opt(A) ::= LIFETIME(L).                        { A = L; }
%type mut_opt {bool}
mut_opt(A) ::= .                                        { A = false; }
mut_opt(A) ::= MUT.                                     { A = true; }

/* an array length is any expression; a const generic default a literal or a block */
const_arg(A) ::= expr(E).                               { A = E; }
const_default(A) ::= literal(L).                        { A = L; }
const_default(A) ::= MINUS(M) literal(L).               { A = parse_neg(M, L); }
const_default(A) ::= block(B).                          { A = B; }

/* ══ 9. paths ══ */

type_path(A) ::= type_path_segs(P). [LOWEST]            { A = parse_finish_path(T_PATH, P); }
%type type_path_segs {PathBuilder *}
type_path_segs(A) ::= path_ident(T) type_args_opt(G).
    { A = parse_path_args(parse_path_start(ps, T, false), G); }
type_path_segs(A) ::= PATHSEP path_ident(T) type_args_opt(G).
    { A = parse_path_args(parse_path_start(ps, T, true), G); }
type_path_segs(A) ::= type_path_segs(B) PATHSEP path_ident(T) type_args_opt(G).
    { A = parse_path_args(parse_path_push(B, T), G); }
type_path_segs(A) ::= type_path_segs(B) PATHSEP generic_args(G).
                                                        { A = parse_path_args(B, G); }

type_args_opt(A) ::= . [LOWEST]                         { A = NULL; }
type_args_opt(A) ::= generic_args(G).                   { A = G; }
type_args_opt(A) ::= LPAREN(L) fn_type_params(P) RPAREN(R) ret_opt(T). [LOWEST]
                                                        { A = parse_paren_args(L, &P, T, R); }

generic_args(A) ::= LT(L) generic_arg_list_opt(G) GT(R). { A = parse_generic_args(L, &G, R); }
%type generic_arg_list_opt {NodeList}
generic_arg_list_opt(A) ::= .                           { A = (NodeList){0}; }
generic_arg_list_opt(A) ::= generic_arg_list(B) comma_opt. { A = B; }
%type generic_arg_list {NodeList}
generic_arg_list(A) ::= generic_arg(G).                 { A = (NodeList){0}; nodelist_push(&A, G); }
generic_arg_list(A) ::= generic_arg_list(B) COMMA generic_arg(G).
                                                        { A = B; nodelist_push(&A, G); }
generic_arg(A) ::= type(T).                             { A = T; }
generic_arg(A) ::= LIFETIME(L).                         { A = parse_lifetime_bound(L); }
generic_arg(A) ::= literal(L).                          { A = L; }
generic_arg(A) ::= MINUS(M) literal(L).                 { A = parse_neg(M, L); }
generic_arg(A) ::= block(B).                            { A = B; }
generic_arg(A) ::= IDENT(N) EQ type(T).                 { A = parse_assoc_binding(N, T, NULL); }
generic_arg(A) ::= IDENT(N) COLON bounds(B).            { A = parse_assoc_binding(N, NULL, &B); }

%type path_ident {const Token *}
path_ident(A) ::= IDENT(T).                             { A = T; }
path_ident(A) ::= SELFTYPE(T).                          { A = T; }
path_ident(A) ::= SELFVALUE(T).                         { A = T; }
path_ident(A) ::= CRATE(T).                             { A = T; }
path_ident(A) ::= SUPER(T).                             { A = T; }

qpath(A) ::= LT(L) type(T) AS type_path(R) GT PATHSEP path_ident(N).
                                                        { A = parse_qpath(L, T, R, N); }
qpath(A) ::= qpath(B) PATHSEP path_ident(N).            { A = parse_qpath_push(B, N); }
/* `<T>::name` only in expressions: after `impl` a `<` always opens generic parameters */
expr_qpath(A) ::= qpath(P). [LOWEST]                    { A = P; }
expr_qpath(A) ::= bare_qpath(P). [LOWEST]               { A = P; }
bare_qpath(A) ::= LT(L) type(T) GT PATHSEP path_ident(N). { A = parse_qpath(L, T, NULL, N); }
bare_qpath(A) ::= bare_qpath(B) PATHSEP path_ident(N).  { A = parse_qpath_push(B, N); }

expr_path(A) ::= expr_path_segs(P).                     { A = parse_finish_path(N_PATH, P); }
%type expr_path_segs {PathBuilder *}
expr_path_segs(A) ::= path_ident(T).                    { A = parse_path_start(ps, T, false); }
expr_path_segs(A) ::= PATHSEP path_ident(T).            { A = parse_path_start(ps, T, true); }
expr_path_segs(A) ::= expr_path_segs(B) PATHSEP path_ident(T).
                                                        { A = parse_path_push(B, T); }
expr_path_segs(A) ::= expr_path_segs(B) PATHSEP generic_args(G).
                                                        { A = parse_path_args(B, G); }

/* ══ 10. patterns ══ */

pat_alt(A) ::= pattern(P).                              { A = P; }
pat_alt(A) ::= OR pattern(P).                           { A = P; }
pat_alt(A) ::= pat_or(P).                               { A = P; }
pat_alt(A) ::= OR pat_or(P).                            { A = P; }
pat_or(A) ::= pattern(P) OR pattern(Q).                 { A = parse_pat_or(P, Q); }
pat_or(A) ::= pat_or(P) OR pattern(Q).                  { A = parse_pat_or(P, Q); }

pattern(A) ::= pat_core(P).                             { A = P; }
pattern(A) ::= MUT(M) IDENT(T).
    { A = parse_pat_ident(ps, NULL, M, T, NULL); }
pattern(A) ::= MUT(M) IDENT(T) AT pattern(P).           { A = parse_pat_ident(ps, NULL, M, T, P); }

/* `&mut x` is a reference pattern around `x`, never `&` around `mut x` */
pat_core(A) ::= pat_path(P).                            { A = parse_pat_path(P); }
pattern(A) ::= REF(R) IDENT(T).
    { A = parse_pat_ident(ps, R, NULL, T, NULL); }
pattern(A) ::= REF(R) MUT(M) IDENT(T).                  { A = parse_pat_ident(ps, R, M, T, NULL); }
pattern(A) ::= IDENT(T) AT pattern(P).
    { A = parse_pat_ident(ps, NULL, NULL, T, P); }
pattern(A) ::= REF(R) IDENT(T) AT pattern(P).           { A = parse_pat_ident(ps, R, NULL, T, P); }
pattern(A) ::= REF(R) MUT(M) IDENT(T) AT pattern(P).    { A = parse_pat_ident(ps, R, M, T, P); }
pat_core(A) ::= UNDERSCORE(T).                           { A = parse_leaf(P_WILD, T); }
pat_core(A) ::= DOTDOT(T).                               { A = parse_leaf(P_REST, T); }
pat_core(A) ::= LPAREN(L) RPAREN(R).
    { A = parse_list_node(P_TUPLE, L, R, NULL); }
pat_core(A) ::= LPAREN pat_alt(P) RPAREN.                { A = P; }
pat_core(A) ::= LPAREN(L) pat_list(P) COMMA RPAREN(R).   { A = parse_list_node(P_TUPLE, L, R, &P); }
pat_core(A) ::= LPAREN(L) pat_list(P) COMMA pat_alt(X) RPAREN(R).
    { nodelist_push(&P, X); A = parse_list_node(P_TUPLE, L, R, &P); }
pat_core(A) ::= LBRACKET(L) pat_list_opt(P) RBRACKET(R). { A = parse_list_node(P_SLICE, L, R, &P); }
pat_core(A) ::= pat_path(P) LPAREN pat_list_opt(L) RPAREN(R).
    { A = parse_pat_struct(P_TUPLE_STRUCT, P, &L, false, R); }
pat_core(A) ::= pat_path(P) STRUCT_LBRACE field_pats(F) RBRACE(R).
    { A = parse_pat_struct(P_STRUCT, P, &F, false, R); }
pat_core(A) ::= pat_path(P) STRUCT_LBRACE field_pat_list(F) COMMA DOTDOT RBRACE(R).
    { A = parse_pat_struct(P_STRUCT, P, &F, true, R); }
pat_core(A) ::= pat_path(P) STRUCT_LBRACE DOTDOT RBRACE(R).
    { NodeList none = {0}; A = parse_pat_struct(P_STRUCT, P, &none, true, R); }
pat_core(A) ::= AND(T) pat_core(P).                      { A = parse_pat_ref(T, false, P, false); }
pat_core(A) ::= AND(T) MUT pattern(P).                   { A = parse_pat_ref(T, true, P, false); }
pat_core(A) ::= ANDAND(T) pat_core(P).                   { A = parse_pat_ref(T, false, P, true); }
pat_core(A) ::= ANDAND(T) MUT pattern(P).                { A = parse_pat_ref(T, true, P, true); }
pat_core(A) ::= pat_lit(L).                              { A = parse_pat_lit(L); }
pat_core(A) ::= range_bound(L) DOTDOTEQ range_bound(H).  { A = parse_pat_range(L, H, true, NULL); }
pat_core(A) ::= range_bound(L) DOTDOTDOT range_bound(H). { A = parse_pat_range(L, H, true, NULL); }
pat_core(A) ::= range_bound(L) DOTDOT range_bound(H).    { A = parse_pat_range(L, H, false, NULL); }
pat_core(A) ::= range_bound(L) DOTDOT(T).                { A = parse_pat_range(L, NULL, false, T); }
pat_core(A) ::= DOTDOTEQ(T) range_bound(H).              { A = parse_pat_range(NULL, H, true, T); }
pat_core(A) ::= DOTDOT(T) range_bound(H).                { A = parse_pat_range(NULL, H, false, T); }

pat_lit(A) ::= literal(L).                              { A = L; }
pat_lit(A) ::= MINUS(M) INT(T).                         { A = parse_neg(M, parse_literal(ps, T)); }
pat_lit(A) ::= MINUS(M) FLOAT(T).                       { A = parse_neg(M, parse_literal(ps, T)); }
range_bound(A) ::= pat_lit(L).                          { A = L; }
range_bound(A) ::= pat_path(P).                         { A = parse_finish_path(N_PATH, P); }
range_bound(A) ::= qpath(P).                            { A = P; }

/* a single-segment path is a binding (or, as rustc decides later, a unit struct/const) */
%type pat_path {PathBuilder *}
pat_path(A) ::= path_ident(T).                          { A = parse_path_start(ps, T, false); }
pat_path(A) ::= PATHSEP path_ident(T).                  { A = parse_path_start(ps, T, true); }
pat_path(A) ::= pat_path(B) PATHSEP path_ident(T).      { A = parse_path_push(B, T); }
pat_path(A) ::= pat_path(B) PATHSEP generic_args(G).    { A = parse_path_args(B, G); }

%type pat_list {NodeList}
pat_list(A) ::= pat_alt(P).                             { A = (NodeList){0}; nodelist_push(&A, P); }
pat_list(A) ::= pat_list(B) COMMA pat_alt(P).           { A = B; nodelist_push(&A, P); }
%type pat_list_opt {NodeList}
pat_list_opt(A) ::= .                                   { A = (NodeList){0}; }
pat_list_opt(A) ::= pat_list(B) comma_opt.              { A = B; }

%type field_pats {NodeList}
field_pats(A) ::= .                                     { A = (NodeList){0}; }
field_pats(A) ::= field_pat_list(B) COMMA.              { A = B; }
field_pats(A) ::= field_pat_list(B).                    { A = B; }
%type field_pat_list {NodeList}
field_pat_list(A) ::= field_pat(F).                     { A = (NodeList){0}; nodelist_push(&A, F); }
field_pat_list(A) ::= field_pat_list(B) COMMA field_pat(F).
                                                        { A = B; nodelist_push(&A, F); }
field_pat(A) ::= IDENT(N) COLON pat_alt(P).             { A = parse_field_init(P_FIELD_PAT, N, P); }
field_pat(A) ::= INT(N) COLON pat_alt(P).               { A = parse_field_init(P_FIELD_PAT, N, P); }
field_pat(A) ::= IDENT(N).
    { A = parse_field_init(P_FIELD_PAT, N, parse_pat_ident(ps, NULL, NULL, N, NULL)); }
field_pat(A) ::= MUT(M) IDENT(N).
    { A = parse_field_init(P_FIELD_PAT, N, parse_pat_ident(ps, NULL, M, N, NULL)); }
field_pat(A) ::= REF(R) IDENT(N).
    { A = parse_field_init(P_FIELD_PAT, N, parse_pat_ident(ps, R, NULL, N, NULL)); }
field_pat(A) ::= REF(R) MUT(M) IDENT(N).
    { A = parse_field_init(P_FIELD_PAT, N, parse_pat_ident(ps, R, M, N, NULL)); }

/* ══ 11. statements and blocks ══ */

block(A) ::= LBRACE(L) stmts(S) RBRACE(R).              { A = parse_block(L, &S, NULL, R); }
block(A) ::= LBRACE(L) stmts(S) expr(E) RBRACE(R).      { A = parse_block(L, &S, E, R); }

%type stmts {NodeList}
stmts(A) ::= .                                          { A = (NodeList){0}; }
stmts(A) ::= stmts(B) stmt(S).                          { A = B; parse_push_stmt(&A, S); }

stmt(A) ::= SEMI(T).                                    { A = parse_leaf(N_EMPTY_STMT, T); }
stmt(A) ::= LET(L) pat_alt(P) let_type(T) SEMI(E).      { A = parse_let(L, P, T, NULL, NULL, E); }
stmt(A) ::= LET(L) pat_alt(P) let_type(T) EQ expr(I) SEMI(E).
                                                        { A = parse_let(L, P, T, I, NULL, E); }
stmt(A) ::= LET(L) pat_alt(P) let_type(T) EQ expr(I) ELSE block(B) SEMI(E).
                                                        { A = parse_let(L, P, T, I, B, E); }
stmt(A) ::= expr(E) SEMI(T).                            { A = parse_expr_stmt(E, true, T); }
stmt(A) ::= STMT_START blocklike(E).                    { A = parse_expr_stmt(E, false, NULL); }
stmt(A) ::= block_item(I).                              { A = parse_item_stmt(I); }
stmt(A) ::= ERROR_STMT(T).                              { A = parse_leaf(N_ERROR, T); }

let_type(A) ::= .                                       { A = NULL; }
let_type(A) ::= COLON type(T).                          { A = T; }

/* ══ 12. expressions ══ */

/* block-like expressions end a statement without `;` (see STMT_START) */
blocklike(A) ::= block(B).                              { A = B; }
blocklike(A) ::= UNSAFE(U) block(B).                    { A = parse_unsafe_block(U, B); }
blocklike(A) ::= if_expr(E).                            { A = E; }
blocklike(A) ::= loop_expr(E).                          { A = E; }
blocklike(A) ::= match_expr(E).                         { A = E; }
blocklike(A) ::= LIFETIME(L) COLON loop_expr(E).        { A = parse_label(L, E); }
blocklike(A) ::= LIFETIME(L) COLON block(E).            { A = parse_label(L, E); }

if_expr(A) ::= IF(I) cond(C) block(T). [LOWEST]         { A = parse_if(I, C, T, NULL); }
if_expr(A) ::= IF(I) cond(C) block(T) ELSE block(E).    { A = parse_if(I, C, T, E); }
if_expr(A) ::= IF(I) cond(C) block(T) ELSE if_expr(E).  { A = parse_if(I, C, T, E); }

cond(A) ::= expr(E).                                    { A = E; }
cond(A) ::= LET(L) pat_alt(P) EQ expr(E).               { A = parse_let_cond(L, P, E); }

loop_expr(A) ::= LOOP(L) block(B).
    { A = parse_loop(N_LOOP, L, NULL, NULL, NULL, B); }
loop_expr(A) ::= WHILE(W) cond(C) block(B).
    { A = parse_loop(N_WHILE, W, NULL, C, NULL, B); }
loop_expr(A) ::= FOR(F) pat_alt(P) IN expr(I) block(B). { A = parse_loop(N_FOR, F, P, NULL, I, B); }

match_expr(A) ::= MATCH(M) expr(E) LBRACE arms(R) RBRACE(Z).
                                                        { A = parse_match(M, E, &R, Z); }
%type arms {NodeList}
arms(A) ::= arm_list(B).                                { A = B; }
arms(A) ::= arm_list(B) arm_head(H) expr(E).
    { A = B; nodelist_push(&A, parse_arm(H, E)); }
%type arm_list {NodeList}
arm_list(A) ::= .                                       { A = (NodeList){0}; }
arm_list(A) ::= arm_list(B) arm_head(H) expr(E) COMMA.
    { A = B; nodelist_push(&A, parse_arm(H, E)); }
arm_list(A) ::= arm_list(B) arm_head(H) STMT_START blocklike(E).
    { A = B; nodelist_push(&A, parse_arm(H, E)); }
arm_list(A) ::= arm_list(B) arm_head(H) STMT_START blocklike(E) COMMA.
    { A = B; nodelist_push(&A, parse_arm(H, E)); }
arm_head(A) ::= attrs pat_alt(P) guard_opt(G) FATARROW. { A = parse_arm_head(P, G); }
guard_opt(A) ::= .                                      { A = NULL; }
guard_opt(A) ::= IF expr(E).                            { A = E; }

expr(A) ::= primary(P).                                 { A = P; }
expr(A) ::= blocklike(B).                               { A = B; }

/* binary operators */
expr(A) ::= expr(L) PLUS expr(R).
    { A = parse_binary(N_BINARY, BIN_ADD, L, R); }
expr(A) ::= expr(L) MINUS expr(R).
    { A = parse_binary(N_BINARY, BIN_SUB, L, R); }
expr(A) ::= expr(L) STAR expr(R).
    { A = parse_binary(N_BINARY, BIN_MUL, L, R); }
expr(A) ::= expr(L) SLASH expr(R).
    { A = parse_binary(N_BINARY, BIN_DIV, L, R); }
expr(A) ::= expr(L) PERCENT expr(R).
    { A = parse_binary(N_BINARY, BIN_REM, L, R); }
expr(A) ::= expr(L) AND expr(R).
    { A = parse_binary(N_BINARY, BIN_BITAND, L, R); }
expr(A) ::= expr(L) OR expr(R).
    { A = parse_binary(N_BINARY, BIN_BITOR, L, R); }
expr(A) ::= expr(L) CARET expr(R).
    { A = parse_binary(N_BINARY, BIN_BITXOR, L, R); }
expr(A) ::= expr(L) SHL expr(R).
    { A = parse_binary(N_BINARY, BIN_SHL, L, R); }
expr(A) ::= expr(L) SHR expr(R).
    { A = parse_binary(N_BINARY, BIN_SHR, L, R); }
expr(A) ::= expr(L) EQEQ expr(R).
    { A = parse_binary(N_BINARY, BIN_EQ, L, R); }
expr(A) ::= expr(L) NE expr(R).
    { A = parse_binary(N_BINARY, BIN_NE, L, R); }
expr(A) ::= expr(L) LT expr(R).
    { A = parse_binary(N_BINARY, BIN_LT, L, R); }
expr(A) ::= expr(L) LE expr(R).
    { A = parse_binary(N_BINARY, BIN_LE, L, R); }
expr(A) ::= expr(L) GT expr(R).
    { A = parse_binary(N_BINARY, BIN_GT, L, R); }
expr(A) ::= expr(L) GE expr(R).
    { A = parse_binary(N_BINARY, BIN_GE, L, R); }
expr(A) ::= expr(L) ANDAND expr(R).
    { A = parse_binary(N_BINARY, BIN_AND, L, R); }
expr(A) ::= expr(L) OROR expr(R).
    { A = parse_binary(N_BINARY, BIN_OR, L, R); }

/* assignment */
expr(A) ::= expr(L) EQ expr(R).
    { A = parse_binary(N_ASSIGN, BIN_ADD, L, R); }
expr(A) ::= expr(L) PLUSEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_ADD, L, R); }
expr(A) ::= expr(L) MINUSEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SUB, L, R); }
expr(A) ::= expr(L) STAREQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_MUL, L, R); }
expr(A) ::= expr(L) SLASHEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_DIV, L, R); }
expr(A) ::= expr(L) PERCENTEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_REM, L, R); }
expr(A) ::= expr(L) ANDEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITAND, L, R); }
expr(A) ::= expr(L) OREQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITOR, L, R); }
expr(A) ::= expr(L) CARETEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITXOR, L, R); }
expr(A) ::= expr(L) SHLEQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SHL, L, R); }
expr(A) ::= expr(L) SHREQ expr(R).
    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SHR, L, R); }

/* ranges: all six forms */
expr(A) ::= expr(L) DOTDOT expr(R).
    { A = parse_range(NULL, L, R, false, NULL); }
expr(A) ::= expr(L) DOTDOTEQ expr(R).                   { A = parse_range(NULL, L, R, true, NULL); }
expr(A) ::= expr(L) DOTDOT(T). [DOTDOT]
    { A = parse_range(NULL, L, NULL, false, T); }
expr(A) ::= DOTDOT(T) expr(R). [DOTDOT]
    { A = parse_range(T, NULL, R, false, NULL); }
expr(A) ::= DOTDOTEQ(T) expr(R). [DOTDOT]               { A = parse_range(T, NULL, R, true, NULL); }
expr(A) ::= DOTDOT(T). [LOWEST]
    { A = parse_range(T, NULL, NULL, false, T); }

/* casts and prefix operators */
expr(A) ::= expr(E) AS type_no_bounds(T).               { A = parse_cast(E, T); }
expr(A) ::= MINUS(T) expr(E). [UNARY]                   { A = parse_unary(UN_NEG, T, E); }
expr(A) ::= NOT(T) expr(E). [UNARY]                     { A = parse_unary(UN_NOT, T, E); }
expr(A) ::= STAR(T) expr(E). [UNARY]                    { A = parse_unary(UN_DEREF, T, E); }
expr(A) ::= AND(T) expr(E). [UNARY]                     { A = parse_unary(UN_REF, T, E); }
expr(A) ::= AND(T) MUT expr(E). [UNARY]                 { A = parse_unary(UN_REF_MUT, T, E); }
expr(A) ::= ANDAND(T) expr(E). [UNARY]
    { A = parse_unary(UN_REF, T, parse_unary(UN_REF, T, E)); }
expr(A) ::= ANDAND(T) MUT expr(E). [UNARY]
    { A = parse_unary(UN_REF, T, parse_unary(UN_REF_MUT, T, E)); }
expr(A) ::= AND(T) RAW CONST expr(E). [UNARY]           { A = parse_unary(UN_RAW_CONST, T, E); }
expr(A) ::= AND(T) RAW MUT expr(E). [UNARY]             { A = parse_unary(UN_RAW_MUT, T, E); }

/* postfix operators */
expr(A) ::= expr(E) QUESTION(T).                        { A = parse_try(E, T); }
expr(A) ::= expr(E) DOT IDENT(N). [UNARY]               { A = parse_field(E, N); }
expr(A) ::= expr(E) DOT INT(N).                         { A = parse_field(E, N); }
expr(A) ::= expr(E) DOT AWAIT(N).
    { A = parse_unsupported_span(ps, span_join(E->span, tspan(N)), "`.await`"); }
expr(A) ::= expr(E) DOT IDENT(N) LPAREN args(X) RPAREN(R).
    { A = parse_method_call(E, N, NULL, &X, R); }
expr(A) ::= expr(E) DOT IDENT(N) PATHSEP generic_args(G) LPAREN args(X) RPAREN(R).
                                                        { A = parse_method_call(E, N, G, &X, R); }
expr(A) ::= expr(E) LPAREN args(X) RPAREN(R).           { A = parse_call(E, &X, R); }
expr(A) ::= expr(E) LBRACKET expr(I) RBRACKET(R).       { A = parse_index(E, I, R); }

%type args {NodeList}
args(A) ::= .                                           { A = (NodeList){0}; }
args(A) ::= expr_list(B) comma_opt.                     { A = B; }
%type expr_list {NodeList}
expr_list(A) ::= expr(E).                               { A = (NodeList){0}; nodelist_push(&A, E); }
expr_list(A) ::= expr_list(B) COMMA expr(E).            { A = B; nodelist_push(&A, E); }

/* primary expressions */
primary(A) ::= literal(L).                              { A = L; }
primary(A) ::= expr_path(P).                            { A = P; }
primary(A) ::= expr_qpath(P).                           { A = P; }
primary(A) ::= expr_path_segs(P) MACRO_TT(T).           { A = parse_macro_call(ps, P, T); }
primary(A) ::= expr_path_segs(P) STRUCT_LBRACE field_inits(F) RBRACE(R).
                                                        { A = parse_struct_lit(P, &F, NULL, R); }
primary(A) ::= expr_path_segs(P) STRUCT_LBRACE field_init_list(F) COMMA DOTDOT expr(B) RBRACE(R).
                                                        { A = parse_struct_lit(P, &F, B, R); }
primary(A) ::= expr_path_segs(P) STRUCT_LBRACE(L) DOTDOT expr(B) RBRACE(R).
    { NodeList none = {0}; (void)L; A = parse_struct_lit(P, &none, B, R); }
primary(A) ::= LPAREN(L) RPAREN(R).
    { A = parse_list_node(N_TUPLE, L, R, NULL); }
primary(A) ::= LPAREN(L) expr(E) RPAREN(R).             { A = parse_paren(L, E, R); }
primary(A) ::= LPAREN(L) expr_list(E) COMMA RPAREN(R).  { A = parse_list_node(N_TUPLE, L, R, &E); }
primary(A) ::= LPAREN(L) expr_list(E) COMMA expr(X) RPAREN(R).
    { nodelist_push(&E, X); A = parse_list_node(N_TUPLE, L, R, &E); }
primary(A) ::= LBRACKET(L) args(E) RBRACKET(R).         { A = parse_list_node(N_ARRAY, L, R, &E); }
primary(A) ::= LBRACKET(L) expr(V) SEMI expr(N) RBRACKET(R).
    { A = parse_repeat(N_ARRAY_REPEAT, L, V, N, R); }
primary(A) ::= BREAK(T). [LOWEST]                       { A = parse_jump(N_BREAK, T, NULL, NULL); }
primary(A) ::= BREAK(T) LIFETIME(L). [LOWEST]           { A = parse_jump(N_BREAK, T, L, NULL); }
primary(A) ::= BREAK(T) expr(E). [LOWEST]               { A = parse_jump(N_BREAK, T, NULL, E); }
primary(A) ::= BREAK(T) LIFETIME(L) expr(E). [LOWEST]   { A = parse_jump(N_BREAK, T, L, E); }
primary(A) ::= CONTINUE(T).
    { A = parse_jump(N_CONTINUE, T, NULL, NULL); }
primary(A) ::= CONTINUE(T) LIFETIME(L).                 { A = parse_jump(N_CONTINUE, T, L, NULL); }
primary(A) ::= RETURN(T). [LOWEST]                      { A = parse_jump(N_RETURN, T, NULL, NULL); }
primary(A) ::= RETURN(T) expr(E). [LOWEST]              { A = parse_jump(N_RETURN, T, NULL, E); }
primary(A) ::= closure_head(H) expr(B). [LOWEST]        { A = parse_closure(H, NULL, B); }
primary(A) ::= closure_head(H) RARROW type_no_bounds(T) block(B).
                                                        { A = parse_closure(H, T, B); }

%type field_inits {NodeList}
field_inits(A) ::= .                                    { A = (NodeList){0}; }
field_inits(A) ::= field_init_list(B) comma_opt.        { A = B; }
%type field_init_list {NodeList}
field_init_list(A) ::= field_init(F).                   { A = (NodeList){0}; nodelist_push(&A, F); }
field_init_list(A) ::= field_init_list(B) COMMA field_init(F).
                                                        { A = B; nodelist_push(&A, F); }
field_init(A) ::= IDENT(N) COLON expr(E).
    { A = parse_field_init(N_FIELD_INIT, N, E); }
field_init(A) ::= INT(N) COLON expr(E).
    { A = parse_field_init(N_FIELD_INIT, N, E); }
field_init(A) ::= IDENT(N).
    { A = parse_field_init(N_FIELD_INIT, N, NULL); }

closure_head(A) ::= OROR(T).                            { A = parse_closure_head(T, false, NULL); }
closure_head(A) ::= OR(T) closure_params(P) OR.         { A = parse_closure_head(T, false, &P); }
closure_head(A) ::= MOVE(T) OROR.                       { A = parse_closure_head(T, true, NULL); }
closure_head(A) ::= MOVE(T) OR closure_params(P) OR.    { A = parse_closure_head(T, true, &P); }
%type closure_params {NodeList}
closure_params(A) ::= .                                 { A = (NodeList){0}; }
closure_params(A) ::= closure_param_list(B) comma_opt.  { A = B; }
%type closure_param_list {NodeList}
closure_param_list(A) ::= closure_param(P).             { A = (NodeList){0}; nodelist_push(&A, P); }
closure_param_list(A) ::= closure_param_list(B) COMMA closure_param(P).
                                                        { A = B; nodelist_push(&A, P); }
closure_param(A) ::= pattern(P).                        { A = parse_closure_param(P, NULL); }
closure_param(A) ::= pattern(P) COLON type_no_bounds(T). { A = parse_closure_param(P, T); }

literal(A) ::= INT(T).                                  { A = parse_literal(ps, T); }
literal(A) ::= FLOAT(T).                                { A = parse_literal(ps, T); }
literal(A) ::= STR(T).                                  { A = parse_literal(ps, T); }
literal(A) ::= CHAR(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= BYTE(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= BYTESTR(T).                              { A = parse_literal(ps, T); }
literal(A) ::= TRUE(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= FALSE(T).                                { A = parse_literal(ps, T); }

/* ══ 13. built-in macro arguments (re-parsed from a macro's tokens) ══ */

%type macro_args {NodeList}
macro_args(A) ::= .                                     { A = (NodeList){0}; }
macro_args(A) ::= expr_list(B) comma_opt.               { A = B; }

vec_args(A) ::= args(E).                                { A = parse_vec(&E, NULL, NULL); }
vec_args(A) ::= expr(V) SEMI expr(N).                   { A = parse_vec(NULL, V, N); }

%code {
/* Whether the parser, in its current state, would shift `token` (after any reductions).
 * Simulated so that the parser itself is untouched. Used for expected-token lists,
 * statement-start detection and splitting `>>` in generics. It runs before every token,
 * so it costs what the reductions cost, not the stack's depth (deeply nested input would
 * make that quadratic): the simulated stack is the parser's own up to `kept`, then the
 * states the simulation pushed. */
bool parser_would_shift(void *parser, int token) {
    yyParser *p = parser;
    int top = (int)(p->yytos - p->yystack);     /* index of the simulated top */
    int kept = top;                             /* p->yystack[0..kept] still stand */
    int cap = 64;
    YYACTIONTYPE *pushed = malloc(sizeof(YYACTIONTYPE) * (size_t)cap);   /* states above kept */
    bool result = false;
    /* every reduction but an empty one pops, and empty ones cannot repeat forever */
    for (long steps = 0, limit = 2L * top + 10000; steps < limit; steps++) {
        YYACTIONTYPE state = top <= kept ? p->yystack[top].stateno : pushed[top - kept - 1];
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)token, state);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            top += yyRuleInfoNRhs[rule];
            if (top < 0) break;
            if (top < kept) kept = top;
            YYACTIONTYPE below = top <= kept ? p->yystack[top].stateno : pushed[top - kept - 1];
            YYACTIONTYPE go = yy_find_reduce_action(below, (YYCODETYPE)yyRuleInfoLhs[rule]);
            if (++top - kept > cap) {
                cap *= 2;
                pushed = realloc(pushed, sizeof(YYACTIONTYPE) * (size_t)cap);
            }
            pushed[top - kept - 1] = go;
            continue;
        }
        result = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(pushed);
    return result;
}

int parser_token_count(void) { return YYNTOKEN; }
int parser_stack_depth(void *parser) { yyParser *p = parser; return (int)(p->yytos - p->yystack); }
}
