/* parser.y — the lemon grammar of the Patina subset (spec/02-grammar.md follows its order).
 *
 * Takes: tokens from parse.c (the lexer's, plus a few synthetic ones the driver makes:
 * STMT_START before a block-like expression in statement position, MACRO_TT for a macro
 * invocation's `!(...)`, UNSUPPORTED_ITEM / UNSUPPORTED_BLOCKLIKE for constructs the
 * subset rejects by name).
 * Gives: the AST, through the constructors in parse.c. Actions stay one or two lines.
 * The grammar has no conflicts: the build fails if lemon reports any. */

%include {
#include "parse_internal.h"
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
%token STMT_START MACRO_TT MACRO_ARGS_START UNSUPPORTED_ITEM UNSUPPORTED_BLOCKLIKE.

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
%left QUESTION DOT LPAREN LBRACKET.

/* ── 1. crate and items ── */

program ::= items.
program ::= MACRO_ARGS_START macro_args(A).             { ps->macro_args = A; }

/* items are collected as they reduce, so that recovery after a syntax error keeps them */
items ::= .
items ::= items item(C).                                { nodelist_push(&ps->items, C); }

item(A) ::= vis fn_item(B).                             { A = B; }
item(A) ::= UNSUPPORTED_ITEM(T).                        { A = parse_unsupported(ps, N_UNSUPPORTED_ITEM, T); }

vis ::= .
vis ::= PUB.
vis ::= PUB LPAREN CRATE RPAREN.
vis ::= PUB LPAREN SUPER RPAREN.
vis ::= PUB LPAREN SELFVALUE RPAREN.

/* ── 2. functions ── */

fn_item(A) ::= fn_head(H) block(B).                     { A = parse_fn_body(H, B); }
fn_item(A) ::= fn_head(H) SEMI.                         { A = H; }

fn_head(A) ::= fn_quals FN(F) IDENT(N) generics_opt(G) LPAREN params(P) RPAREN ret_opt(R) where_opt.
                                                        { A = parse_fn_head(ps, F, N, G, &P, R); }

fn_quals ::= .
fn_quals ::= CONST.
fn_quals ::= UNSAFE.
fn_quals ::= CONST UNSAFE.
fn_quals ::= EXTERN STR.
fn_quals ::= UNSAFE EXTERN STR.

%type generics_opt {bool}
generics_opt(A) ::= .                                   { A = false; }
generics_opt(A) ::= LT generic_params GT.               { A = true; }

generic_params ::= .
generic_params ::= generic_param_list.
generic_params ::= generic_param_list COMMA.
generic_param_list ::= generic_param.
generic_param_list ::= generic_param_list COMMA generic_param.
generic_param ::= IDENT.
generic_param ::= IDENT COLON bounds.
generic_param ::= IDENT EQ type.
generic_param ::= LIFETIME.
generic_param ::= LIFETIME COLON lifetime_bounds.
generic_param ::= CONST IDENT COLON type.

lifetime_bounds ::= LIFETIME.
lifetime_bounds ::= lifetime_bounds PLUS LIFETIME.

bounds ::= bound.
bounds ::= bounds PLUS bound.
bound ::= type_path.
bound ::= LIFETIME.
bound ::= QUESTION type_path.

where_opt ::= .
where_opt ::= WHERE where_preds.
where_preds ::= .
where_preds ::= where_pred_list.
where_preds ::= where_pred_list COMMA.
where_pred_list ::= where_pred.
where_pred_list ::= where_pred_list COMMA where_pred.
where_pred ::= type COLON bounds.
where_pred ::= LIFETIME COLON lifetime_bounds.

%type params {NodeList}
params(A) ::= .                                         { A = (NodeList){0}; }
params(A) ::= param_list(B).                            { A = B; }
params(A) ::= param_list(B) COMMA.                      { A = B; }
%type param_list {NodeList}
param_list(A) ::= param(P).                             { A = (NodeList){0}; nodelist_push(&A, P); }
param_list(A) ::= param_list(B) COMMA param(P).         { A = B; nodelist_push(&A, P); }
param(A) ::= pattern(P) COLON type(T).                  { A = parse_param(P, T); }
param(A) ::= self_param(S).                             { A = S; }
self_param(A) ::= SELFVALUE(T).                         { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(T)), "methods (`self` parameters)"); }
self_param(A) ::= AND(T) SELFVALUE(E).                  { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(E)), "methods (`self` parameters)"); }
self_param(A) ::= AND(T) MUT SELFVALUE(E).              { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(E)), "methods (`self` parameters)"); }
self_param(A) ::= MUT(T) SELFVALUE(E).                  { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(E)), "methods (`self` parameters)"); }

ret_opt(A) ::= .                                        { A = NULL; }
ret_opt(A) ::= RARROW type(T).                          { A = T; }

/* ── 3. types ── */

type(A) ::= type_path(P).                               { A = P; }
type(A) ::= LPAREN(L) RPAREN(R).                        { A = parse_list_node(T_TUPLE, L, R, NULL); }
type(A) ::= LPAREN(L) type(T) RPAREN(R).                { A = parse_paren_type(L, T, R); }
type(A) ::= LPAREN(L) type_list(T) COMMA RPAREN(R).     { A = parse_list_node(T_TUPLE, L, R, &T); }
type(A) ::= LPAREN(L) type_list(T) COMMA type(X) RPAREN(R).
                                                        { nodelist_push(&T, X); A = parse_list_node(T_TUPLE, L, R, &T); }
type(A) ::= AND(T) lifetime_opt(L) mut_opt(M) type(I). [UNARY]
                                                        { A = parse_ref_type(T, L, M, I, false); }
type(A) ::= ANDAND(T) lifetime_opt(L) mut_opt(M) type(I). [UNARY]
                                                        { A = parse_ref_type(T, L, M, I, true); }
type(A) ::= NOT(T).                                     { A = parse_leaf(T_NEVER, T); }
type(A) ::= UNDERSCORE(T).                              { A = parse_leaf(T_INFER, T); }
type(A) ::= LBRACKET(L) type SEMI expr RBRACKET(R).     { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "array types"); }
type(A) ::= LBRACKET(L) type RBRACKET(R).               { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "slice types"); }
type(A) ::= STAR(L) CONST type(T). [UNARY]              { A = parse_unsupported_span(ps, span_join(tspan(L), T->span), "raw pointer types"); }
type(A) ::= STAR(L) MUT type(T). [UNARY]                { A = parse_unsupported_span(ps, span_join(tspan(L), T->span), "raw pointer types"); }
type(A) ::= FN(L) LPAREN type_list_opt RPAREN(R) ret_opt.
                                                        { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "function pointer types"); }
type(A) ::= DYN(L) type_path(T).                        { A = parse_unsupported_span(ps, span_join(tspan(L), T->span), "trait objects (`dyn Trait`)"); }
type(A) ::= IMPL(L) type_path(T).                       { A = parse_unsupported_span(ps, span_join(tspan(L), T->span), "`impl Trait` types"); }

%type type_list {NodeList}
type_list(A) ::= type(T).                               { A = (NodeList){0}; nodelist_push(&A, T); }
type_list(A) ::= type_list(B) COMMA type(T).            { A = B; nodelist_push(&A, T); }
type_list_opt ::= .
type_list_opt ::= type_list.
type_list_opt ::= type_list COMMA.

%type lifetime_opt {const Token *}
lifetime_opt(A) ::= .                                   { A = NULL; }
lifetime_opt(A) ::= LIFETIME(L).                        { A = L; }
%type mut_opt {bool}
mut_opt(A) ::= .                                        { A = false; }
mut_opt(A) ::= MUT.                                     { A = true; }

type_path(A) ::= type_path_segs(P).                     { A = parse_finish_path(T_PATH, P); }
%type type_path_segs {PathBuilder *}
type_path_segs(A) ::= path_ident(T) generic_args_opt(G). { A = parse_path_start(ps, T, false); A->has_args |= G; }
type_path_segs(A) ::= PATHSEP path_ident(T) generic_args_opt(G).
                                                        { A = parse_path_start(ps, T, true); A->has_args |= G; }
type_path_segs(A) ::= type_path_segs(B) PATHSEP path_ident(T) generic_args_opt(G).
                                                        { A = parse_path_push(B, T); A->has_args |= G; }

%type generic_args_opt {bool}
generic_args_opt(A) ::= . [LOWEST]                      { A = false; }
generic_args_opt(A) ::= LT generic_args GT.             { A = true; }
generic_args ::= .
generic_args ::= generic_arg_list.
generic_args ::= generic_arg_list COMMA.
generic_arg_list ::= generic_arg.
generic_arg_list ::= generic_arg_list COMMA generic_arg.
generic_arg ::= type.
generic_arg ::= LIFETIME.
generic_arg ::= IDENT EQ type.

%type path_ident {const Token *}
path_ident(A) ::= IDENT(T).                             { A = T; }
path_ident(A) ::= SELFTYPE(T).                          { A = T; }
path_ident(A) ::= SELFVALUE(T).                         { A = T; }
path_ident(A) ::= CRATE(T).                             { A = T; }
path_ident(A) ::= SUPER(T).                             { A = T; }

/* ── 4. patterns ── */

pattern(A) ::= IDENT(T).                                { A = parse_pat_ident(ps, NULL, NULL, T, NULL); }
pattern(A) ::= MUT(M) IDENT(T).                         { A = parse_pat_ident(ps, NULL, M, T, NULL); }
pattern(A) ::= REF(R) IDENT(T).                         { A = parse_pat_ident(ps, R, NULL, T, NULL); }
pattern(A) ::= REF(R) MUT(M) IDENT(T).                  { A = parse_pat_ident(ps, R, M, T, NULL); }
pattern(A) ::= IDENT(T) AT pattern(P).                  { A = parse_pat_ident(ps, NULL, NULL, T, P); }
pattern(A) ::= UNDERSCORE(T).                           { A = parse_leaf(P_WILD, T); }
pattern(A) ::= LPAREN(L) RPAREN(R).                     { A = parse_list_node(P_TUPLE, L, R, NULL); }
pattern(A) ::= LPAREN pattern(P) RPAREN.                { A = P; }
pattern(A) ::= LPAREN(L) pat_list(P) COMMA RPAREN(R).   { A = parse_list_node(P_TUPLE, L, R, &P); }
pattern(A) ::= LPAREN(L) pat_list(P) COMMA pattern(X) RPAREN(R).
                                                        { nodelist_push(&P, X); A = parse_list_node(P_TUPLE, L, R, &P); }
pattern(A) ::= literal(L).                              { A = parse_pat_lit(L); }
pattern(A) ::= MINUS(M) INT(T).                         { A = parse_pat_lit(parse_neg(M, parse_literal(ps, T))); }
pattern(A) ::= path_pat(P).                             { A = parse_unsupported_span(ps, P->span, "enum and struct patterns"); }
pattern(A) ::= path_pat(P) LPAREN pat_list_opt RPAREN(R).
                                                        { A = parse_unsupported_span(ps, span_join(P->span, tspan(R)), "tuple struct patterns"); }
pattern(A) ::= AND(T) pattern(P).                       { A = parse_unsupported_span(ps, span_join(tspan(T), P->span), "reference patterns"); }
pattern(A) ::= LBRACKET(L) pat_list_opt RBRACKET(R).    { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "slice patterns"); }
pattern(A) ::= DOTDOT(T).                               { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(T)), "rest patterns (`..`)"); }

path_pat(A) ::= IDENT(T) PATHSEP IDENT(U).              { A = parse_leaf(P_WILD, T); A->span.hi = U->span.hi; }
path_pat(A) ::= path_pat(B) PATHSEP IDENT(U).           { A = B; A->span.hi = U->span.hi; }

%type pat_list {NodeList}
pat_list(A) ::= pattern(P).                             { A = (NodeList){0}; nodelist_push(&A, P); }
pat_list(A) ::= pat_list(B) COMMA pattern(P).           { A = B; nodelist_push(&A, P); }
pat_list_opt ::= .
pat_list_opt ::= pat_list.
pat_list_opt ::= pat_list COMMA.

/* ── 5. statements and blocks ── */

block(A) ::= LBRACE(L) stmts(S) RBRACE(R).              { A = parse_block(L, &S, NULL, R); }
block(A) ::= LBRACE(L) stmts(S) expr(E) RBRACE(R).      { A = parse_block(L, &S, E, R); }

%type stmts {NodeList}
stmts(A) ::= .                                          { A = (NodeList){0}; }
stmts(A) ::= stmts(B) stmt(S).                          { A = B; parse_push_stmt(&A, S); }

stmt(A) ::= SEMI(T).                                    { A = parse_leaf(N_EMPTY_STMT, T); }
stmt(A) ::= LET(L) pattern(P) let_type(T) SEMI(E).      { A = parse_let(L, P, T, NULL, NULL, E); }
stmt(A) ::= LET(L) pattern(P) let_type(T) EQ expr(I) SEMI(E).
                                                        { A = parse_let(L, P, T, I, NULL, E); }
stmt(A) ::= LET(L) pattern(P) let_type(T) EQ expr(I) ELSE block(B) SEMI(E).
                                                        { A = parse_let(L, P, T, I, B, E); }
stmt(A) ::= expr(E) SEMI(T).                            { A = parse_expr_stmt(E, true, T); }
stmt(A) ::= STMT_START blocklike(E).                    { A = parse_expr_stmt(E, false, NULL); }
stmt(A) ::= fn_item(F).                                 { A = parse_item_stmt(F); }
stmt(A) ::= UNSUPPORTED_ITEM(T).                        { A = parse_item_stmt(parse_unsupported(ps, N_UNSUPPORTED_ITEM, T)); }

let_type(A) ::= .                                       { A = NULL; }
let_type(A) ::= COLON type(T).                          { A = T; }

/* ── 6. expressions ── */

/* block-like expressions end a statement without `;` (see STMT_START) */
blocklike(A) ::= block(B).                              { A = B; }
blocklike(A) ::= UNSAFE(U) block(B).                    { A = parse_unsafe_block(U, B); }
blocklike(A) ::= if_expr(E).                            { A = E; }
blocklike(A) ::= loop_expr(E).                          { A = E; }
blocklike(A) ::= LIFETIME(L) COLON loop_expr(E).        { A = parse_label(L, E); }
blocklike(A) ::= LIFETIME(L) COLON block(E).            { A = parse_label(L, E); }
blocklike(A) ::= UNSUPPORTED_BLOCKLIKE(T).              { A = parse_unsupported(ps, N_UNSUPPORTED_EXPR, T); }

if_expr(A) ::= IF(I) expr(C) block(T). [LOWEST]         { A = parse_if(I, C, T, NULL); }
if_expr(A) ::= IF(I) expr(C) block(T) ELSE block(E).    { A = parse_if(I, C, T, E); }
if_expr(A) ::= IF(I) expr(C) block(T) ELSE if_expr(E).  { A = parse_if(I, C, T, E); }
if_expr(A) ::= IF(I) LET pattern EQ expr block(T) else_opt.
                                                        { A = parse_unsupported_span(ps, span_join(tspan(I), T->span), "`if let` expressions"); }
else_opt ::= . [LOWEST]
else_opt ::= ELSE block.
else_opt ::= ELSE if_expr.

loop_expr(A) ::= LOOP(L) block(B).                      { A = parse_loop(N_LOOP, L, NULL, NULL, NULL, B); }
loop_expr(A) ::= WHILE(W) expr(C) block(B).             { A = parse_loop(N_WHILE, W, NULL, C, NULL, B); }
loop_expr(A) ::= WHILE(W) LET pattern EQ expr block(B). { A = parse_unsupported_span(ps, span_join(tspan(W), B->span), "`while let` loops"); }
loop_expr(A) ::= FOR(F) pattern(P) IN expr(I) block(B). { A = parse_loop(N_FOR, F, P, NULL, I, B); }

expr(A) ::= primary(P).                                 { A = P; }
expr(A) ::= blocklike(B).                               { A = B; }

/* binary operators */
expr(A) ::= expr(L) PLUS expr(R).                       { A = parse_binary(N_BINARY, BIN_ADD, L, R); }
expr(A) ::= expr(L) MINUS expr(R).                      { A = parse_binary(N_BINARY, BIN_SUB, L, R); }
expr(A) ::= expr(L) STAR expr(R).                       { A = parse_binary(N_BINARY, BIN_MUL, L, R); }
expr(A) ::= expr(L) SLASH expr(R).                      { A = parse_binary(N_BINARY, BIN_DIV, L, R); }
expr(A) ::= expr(L) PERCENT expr(R).                    { A = parse_binary(N_BINARY, BIN_REM, L, R); }
expr(A) ::= expr(L) AND expr(R).                        { A = parse_binary(N_BINARY, BIN_BITAND, L, R); }
expr(A) ::= expr(L) OR expr(R).                         { A = parse_binary(N_BINARY, BIN_BITOR, L, R); }
expr(A) ::= expr(L) CARET expr(R).                      { A = parse_binary(N_BINARY, BIN_BITXOR, L, R); }
expr(A) ::= expr(L) SHL expr(R).                        { A = parse_binary(N_BINARY, BIN_SHL, L, R); }
expr(A) ::= expr(L) SHR expr(R).                        { A = parse_binary(N_BINARY, BIN_SHR, L, R); }
expr(A) ::= expr(L) EQEQ expr(R).                       { A = parse_binary(N_BINARY, BIN_EQ, L, R); }
expr(A) ::= expr(L) NE expr(R).                         { A = parse_binary(N_BINARY, BIN_NE, L, R); }
expr(A) ::= expr(L) LT expr(R).                         { A = parse_binary(N_BINARY, BIN_LT, L, R); }
expr(A) ::= expr(L) LE expr(R).                         { A = parse_binary(N_BINARY, BIN_LE, L, R); }
expr(A) ::= expr(L) GT expr(R).                         { A = parse_binary(N_BINARY, BIN_GT, L, R); }
expr(A) ::= expr(L) GE expr(R).                         { A = parse_binary(N_BINARY, BIN_GE, L, R); }
expr(A) ::= expr(L) ANDAND expr(R).                     { A = parse_binary(N_BINARY, BIN_AND, L, R); }
expr(A) ::= expr(L) OROR expr(R).                       { A = parse_binary(N_BINARY, BIN_OR, L, R); }

/* assignment */
expr(A) ::= expr(L) EQ expr(R).                         { A = parse_binary(N_ASSIGN, BIN_ADD, L, R); }
expr(A) ::= expr(L) PLUSEQ expr(R).                     { A = parse_binary(N_COMPOUND_ASSIGN, BIN_ADD, L, R); }
expr(A) ::= expr(L) MINUSEQ expr(R).                    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SUB, L, R); }
expr(A) ::= expr(L) STAREQ expr(R).                     { A = parse_binary(N_COMPOUND_ASSIGN, BIN_MUL, L, R); }
expr(A) ::= expr(L) SLASHEQ expr(R).                    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_DIV, L, R); }
expr(A) ::= expr(L) PERCENTEQ expr(R).                  { A = parse_binary(N_COMPOUND_ASSIGN, BIN_REM, L, R); }
expr(A) ::= expr(L) ANDEQ expr(R).                      { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITAND, L, R); }
expr(A) ::= expr(L) OREQ expr(R).                       { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITOR, L, R); }
expr(A) ::= expr(L) CARETEQ expr(R).                    { A = parse_binary(N_COMPOUND_ASSIGN, BIN_BITXOR, L, R); }
expr(A) ::= expr(L) SHLEQ expr(R).                      { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SHL, L, R); }
expr(A) ::= expr(L) SHREQ expr(R).                      { A = parse_binary(N_COMPOUND_ASSIGN, BIN_SHR, L, R); }

/* ranges: all six forms */
expr(A) ::= expr(L) DOTDOT expr(R).                     { A = parse_range(NULL, L, R, false, NULL); }
expr(A) ::= expr(L) DOTDOTEQ expr(R).                   { A = parse_range(NULL, L, R, true, NULL); }
expr(A) ::= expr(L) DOTDOT(T). [DOTDOT]                 { A = parse_range(NULL, L, NULL, false, T); }
expr(A) ::= DOTDOT(T) expr(R). [DOTDOT]                 { A = parse_range(T, NULL, R, false, NULL); }
expr(A) ::= DOTDOTEQ(T) expr(R). [DOTDOT]               { A = parse_range(T, NULL, R, true, NULL); }
expr(A) ::= DOTDOT(T). [LOWEST]                         { A = parse_range(T, NULL, NULL, false, T); }

/* casts and prefix operators */
expr(A) ::= expr(E) AS type(T).                         { A = parse_cast(E, T); }
expr(A) ::= MINUS(T) expr(E). [UNARY]                   { A = parse_unary(UN_NEG, T, E); }
expr(A) ::= NOT(T) expr(E). [UNARY]                     { A = parse_unary(UN_NOT, T, E); }
expr(A) ::= STAR(T) expr(E). [UNARY]                    { A = parse_unary(UN_DEREF, T, E); }
expr(A) ::= AND(T) expr(E). [UNARY]                     { A = parse_unary(UN_REF, T, E); }
expr(A) ::= AND(T) MUT expr(E). [UNARY]                 { A = parse_unary(UN_REF_MUT, T, E); }
expr(A) ::= ANDAND(T) expr(E). [UNARY]                  { A = parse_unary(UN_REF, T, parse_unary(UN_REF, T, E)); }
expr(A) ::= ANDAND(T) MUT expr(E). [UNARY]              { A = parse_unary(UN_REF, T, parse_unary(UN_REF_MUT, T, E)); }

/* postfix operators */
expr(A) ::= expr(E) QUESTION(T).                        { A = parse_unsupported_span(ps, span_join(E->span, tspan(T)), "the `?` operator"); }
expr(A) ::= expr(E) DOT IDENT(N). [UNARY]               { A = parse_field(E, N); }
expr(A) ::= expr(E) DOT INT(N).                         { A = parse_field(E, N); }
expr(A) ::= expr(E) DOT AWAIT(N).                       { A = parse_unsupported_span(ps, span_join(E->span, tspan(N)), "`.await`"); }
expr(A) ::= expr(E) DOT IDENT(N) LPAREN args(X) RPAREN(R).
                                                        { A = parse_method_call(E, N, &X, R); }
expr(A) ::= expr(E) DOT IDENT(N) PATHSEP LT generic_args GT LPAREN args(X) RPAREN(R).
                                                        { A = parse_method_call(E, N, &X, R); }
expr(A) ::= expr(E) LPAREN args(X) RPAREN(R).           { A = parse_call(E, &X, R); }
expr(A) ::= expr(E) LBRACKET expr(I) RBRACKET(R).       { A = parse_index(E, I, R); }

%type args {NodeList}
args(A) ::= .                                           { A = (NodeList){0}; }
args(A) ::= expr_list(B).                               { A = B; }
args(A) ::= expr_list(B) COMMA.                         { A = B; }
%type expr_list {NodeList}
expr_list(A) ::= expr(E).                               { A = (NodeList){0}; nodelist_push(&A, E); }
expr_list(A) ::= expr_list(B) COMMA expr(E).            { A = B; nodelist_push(&A, E); }

/* primary expressions */
primary(A) ::= literal(L).                              { A = L; }
primary(A) ::= expr_path(P).                            { A = P; }
primary(A) ::= expr_path_segs(P) MACRO_TT(T).           { A = parse_macro_call(ps, P, T); }
primary(A) ::= LPAREN(L) RPAREN(R).                     { A = parse_list_node(N_TUPLE, L, R, NULL); }
primary(A) ::= LPAREN(L) expr(E) RPAREN(R).             { A = parse_paren(L, E, R); }
primary(A) ::= LPAREN(L) expr_list(E) COMMA RPAREN(R).  { A = parse_list_node(N_TUPLE, L, R, &E); }
primary(A) ::= LPAREN(L) expr_list(E) COMMA expr(X) RPAREN(R).
                                                        { nodelist_push(&E, X); A = parse_list_node(N_TUPLE, L, R, &E); }
primary(A) ::= LBRACKET(L) args RBRACKET(R).            { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "array expressions"); }
primary(A) ::= LBRACKET(L) expr SEMI expr RBRACKET(R).  { A = parse_unsupported_span(ps, span_join(tspan(L), tspan(R)), "array expressions"); }
primary(A) ::= BREAK(T). [LOWEST]                       { A = parse_jump(N_BREAK, T, NULL, NULL); }
primary(A) ::= BREAK(T) LIFETIME(L). [LOWEST]           { A = parse_jump(N_BREAK, T, L, NULL); }
primary(A) ::= BREAK(T) expr(E). [LOWEST]               { A = parse_jump(N_BREAK, T, NULL, E); }
primary(A) ::= BREAK(T) LIFETIME(L) expr(E). [LOWEST]   { A = parse_jump(N_BREAK, T, L, E); }
primary(A) ::= CONTINUE(T).                             { A = parse_jump(N_CONTINUE, T, NULL, NULL); }
primary(A) ::= CONTINUE(T) LIFETIME(L).                 { A = parse_jump(N_CONTINUE, T, L, NULL); }
primary(A) ::= RETURN(T). [LOWEST]                      { A = parse_jump(N_RETURN, T, NULL, NULL); }
primary(A) ::= RETURN(T) expr(E). [LOWEST]              { A = parse_jump(N_RETURN, T, NULL, E); }
primary(A) ::= closure_head(H) expr(B). [LOWEST]        { A = parse_unsupported_span(ps, span_join(H->span, B->span), "closures"); }
primary(A) ::= closure_head(H) RARROW type block(B).    { A = parse_unsupported_span(ps, span_join(H->span, B->span), "closures"); }

closure_head(A) ::= OROR(T).                            { A = parse_leaf(N_EMPTY_STMT, T); }
closure_head(A) ::= OR(T) closure_params OR.            { A = parse_leaf(N_EMPTY_STMT, T); }
closure_head(A) ::= MOVE(T) OROR.                       { A = parse_leaf(N_EMPTY_STMT, T); }
closure_head(A) ::= MOVE(T) OR closure_params OR.       { A = parse_leaf(N_EMPTY_STMT, T); }
closure_params ::= .
closure_params ::= closure_param_list.
closure_params ::= closure_param_list COMMA.
closure_param_list ::= closure_param.
closure_param_list ::= closure_param_list COMMA closure_param.
closure_param ::= pattern.
closure_param ::= pattern COLON type.

literal(A) ::= INT(T).                                  { A = parse_literal(ps, T); }
literal(A) ::= FLOAT(T).                                { A = parse_literal(ps, T); }
literal(A) ::= STR(T).                                  { A = parse_literal(ps, T); }
literal(A) ::= CHAR(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= BYTE(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= BYTESTR(T).                              { A = parse_unsupported_span(ps, span_join(tspan(T), tspan(T)), "byte string literals"); }
literal(A) ::= TRUE(T).                                 { A = parse_literal(ps, T); }
literal(A) ::= FALSE(T).                                { A = parse_literal(ps, T); }

expr_path(A) ::= expr_path_segs(P).                     { A = parse_finish_path(N_PATH, P); }
%type expr_path_segs {PathBuilder *}
expr_path_segs(A) ::= path_ident(T).                    { A = parse_path_start(ps, T, false); }
expr_path_segs(A) ::= PATHSEP path_ident(T).            { A = parse_path_start(ps, T, true); }
expr_path_segs(A) ::= expr_path_segs(B) PATHSEP path_ident(T).
                                                        { A = parse_path_push(B, T); }
expr_path_segs(A) ::= expr_path_segs(B) PATHSEP LT generic_args GT.
                                                        { A = B; A->has_args = true; }
expr_path_segs(A) ::= LT(T) type AS type_path GT PATHSEP path_ident.
                                                        { A = parse_path_start(ps, T, false); A->qualified = true; }

/* ── 7. built-in macro arguments (re-parsed from a macro's tokens) ── */

%type macro_args {NodeList}
macro_args(A) ::= .                                     { A = (NodeList){0}; }
macro_args(A) ::= expr_list(B).                         { A = B; }
macro_args(A) ::= expr_list(B) COMMA.                   { A = B; }

%code {
/* Whether the parser, in its current state, would shift `token` (after any reductions).
 * Simulated on a copy of the state stack, so the parser itself is untouched. Used for
 * expected-token lists, statement-start detection and splitting `>>` in generics. */
bool parser_would_shift(void *parser, int token) {
    yyParser *p = parser;
    int depth = (int)(p->yytos - p->yystack) + 1;
    int cap = depth + 64;
    YYACTIONTYPE *stack = malloc(sizeof(YYACTIONTYPE) * (size_t)cap);
    for (int i = 0; i < depth; i++) stack[i] = p->yystack[i].stateno;
    int top = depth - 1;
    bool result = false;
    for (int steps = 0; steps < 10000; steps++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)token, stack[top]);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            top += yyRuleInfoNRhs[rule];
            if (top < 0) break;
            YYACTIONTYPE go = yy_find_reduce_action(stack[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
            if (++top >= cap) {
                cap *= 2;
                stack = realloc(stack, sizeof(YYACTIONTYPE) * (size_t)cap);
            }
            stack[top] = go;
            continue;
        }
        result = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(stack);
    return result;
}

int parser_token_count(void) { return YYNTOKEN; }
int parser_stack_depth(void *parser) { yyParser *p = parser; return (int)(p->yytos - p->yystack); }
}
