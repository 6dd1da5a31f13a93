/* patina.h — the data that flows between Patina's stages.
 *
 * Pipeline (see ../shared/DESIGN.md):
 *   source ─lex_file→ TokenList ─parse_crate→ AST (Node) ─expand_crate→ AST without macros
 *   ─resolve_crate→ names bound ─typeck_crate→ Type on every expression
 *   ─lower_crate→ IrProgram ─moves_check→ diagnostics ─drops_elaborate→ IrProgram ─layout_of→ sizes
 *   ─cg_emit→ object/asm/llvm-ir ─driver links with the runtime.
 *
 * Every stage exposes one or two entry points declared here and keeps the rest static;
 * pipeline.c strings them together. All compiler memory comes from one arena freed at
 * the end of a compilation (session_end); symbols are interned integers;
 * types are hash-consed so that equal types are the same pointer. */
#ifndef PATINA_H
#define PATINA_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define PATINA_VERSION "0.1.0"

/* The bits of an integer constant, wide enough for u128 and i128 (two's complement; a
 * signed value is sign-extended). `__int128` is a GCC/Clang extension both compilers
 * support on every 64-bit target LLVM builds for. */
typedef unsigned __int128 IntBits;

/* ───────────────────────── memory and symbols (arena.c) ───────────────────────── */

void *arena_alloc(size_t size);                 /* zeroed, 16-byte aligned, never freed alone */
void *arena_realloc(void *old, size_t old_size, size_t new_size);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *arena_vprintf(const char *fmt, va_list ap);
void arena_free_all(void);

/* Growable array of pointers, grown in the arena. */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;
void ptrvec_push(PtrVec *v, void *item);

typedef uint32_t Sym;                           /* 0 is "no symbol" */
Sym sym_intern(const char *s, size_t len);
Sym sym_cstr(const char *s);
const char *sym_str(Sym s);
size_t sym_len(Sym s);

/* ───────────────────────── sources and spans (diag.c) ───────────────────────── */

typedef struct Span {
    uint32_t file;                              /* index into the source table */
    uint32_t lo, hi;                            /* byte offsets, hi exclusive */
} Span;

typedef struct SourceFile {
    const char *path;                           /* as given on the command line */
    const char *text;                           /* NUL-terminated copy */
    size_t len;
    uint32_t *line_starts;                      /* byte offset of each line */
    int nlines;
    /* characters before each 4 KiB block, made on the first column lookup in a long
     * line: counting from the line's start would cost a 10 MB line per lookup */
    uint32_t *chars_before_block;
} SourceFile;

/* A diagnostic about no place in particular (rendered without a snippet). */
#define SPAN_NONE ((Span){UINT32_MAX, 0, 0})

uint32_t source_add(const char *path, const char *text, size_t len);
/* A file's bytes as rustc reads them: without a byte-order mark, CRLF as LF. Bytes that
 * are not UTF-8 are rustc's "couldn't read `F`: stream did not contain valid UTF-8",
 * reported here at the first of them (the file then holds them as U+FFFD). */
uint32_t source_load(const char *path, const char *bytes, size_t len);
SourceFile *source_get(uint32_t file);
/* Length of the valid UTF-8 sequence at p (1-4, its code point in *cp), or 0 if invalid. */
int utf8_seq(const unsigned char *p, const unsigned char *end, uint32_t *cp);
void source_line_col(Span sp, int *line, int *col); /* 1-based; col counts chars */
Span span_join(Span a, Span b);
const char *span_text(Span sp, size_t *len);

/* ───────────────────────── diagnostics (diag.c) ───────────────────────── */

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct Diag Diag;

/* code is "E0308" or NULL; message is printf-style. Nothing prints until diag_emit. */
Diag *diag_new(DiagLevel level, const char *code, Span primary, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
Diag *diag_error(const char *code, Span primary, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_error_global(const char *fmt, ...) __attribute__((format(printf, 1, 2)));   /* no span; emitted at once */
void diag_label(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_secondary(Diag *d, Span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* One more primary span without a label, as when rustc underlines all items of a cycle. */
void diag_also_primary(Diag *d, Span sp);
void diag_note(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_help(Diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_emit(Diag *d);
/* An unsupported construct: "error: <feature> is not supported by Patina yet". */
void diag_unsupported(Span sp, const char *feature);

typedef enum DiagFormat { DIAGFMT_HUMAN, DIAGFMT_JSON } DiagFormat;
/* out: where diagnostics go (NULL: stderr); the fuzz target discards them. */
void diag_configure(bool color, DiagFormat format, FILE *out);
int diag_error_count(void);
void diag_finish(void);                         /* "error: aborting due to N previous errors" */

/* ───────────────────────── tokens (lexer.re) ───────────────────────── */

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
    Sym bad_suffix;                             /* a literal's unknown suffix (reported by the parser) */
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

/* ───────────────────────── AST (ast.c, parser.y, parse.c) ───────────────────────── */

typedef struct Node Node;
typedef struct Type Type;
typedef struct Binding Binding;
typedef struct Def Def;
typedef struct AdtDef AdtDef;
typedef struct AdtField AdtField;
typedef struct TraitDef TraitDef;
typedef struct ImplDef ImplDef;

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;
void nodelist_push(NodeList *l, Node *n);

typedef enum NodeKind {
    /* items */
    N_CRATE,            /* crate: items (inner attributes in attrs) */
    N_FN,               /* fn */
    N_PARAM,            /* param */
    N_SELF_PARAM,       /* self_param: `self`, `mut self`, `&self`, `&'a mut self`, `self: T` */
    N_STRUCT,           /* adt: struct (named, tuple or unit) */
    N_UNION,            /* adt */
    N_ENUM,             /* adt: variants are N_VARIANT */
    N_VARIANT,          /* adt: one enum variant (shape, fields, discriminant) */
    N_FIELD_DEF,        /* field_def: a struct/variant field (name 0 for tuple fields) */
    N_IMPL,             /* impl */
    N_TRAIT,            /* trait */
    N_CONST_ITEM,       /* value_item: `const NAME: T = e;` */
    N_STATIC,           /* value_item: `static (mut) NAME: T = e;` */
    N_TYPE_ALIAS,       /* type_alias: `type N<..>: Bounds = T;` */
    N_MOD,              /* mod_: inline or out-of-line module */
    N_USE,              /* use_tree: the root of a `use` declaration */
    N_USE_TREE,         /* use_tree: `a::b`, `a::*`, `a::{...}`, `a as b` */
    N_EXTERN_BLOCK,     /* extern_block: `extern "C" { ... }` */
    N_EXTERN_CRATE,     /* value_item (name only): `extern crate foo;` */
    N_MACRO_RULES,      /* macro: `macro_rules! name { ... }` kept as tokens */
    N_ATTR,             /* attr: `#[path ...]` or `#![path ...]` */
    N_GENERICS,         /* generics: `<...>` parameters and the where clause */
    N_GENERIC_PARAM,    /* generic_param */
    N_WHERE_PRED,       /* where_pred */
    N_BOUND,            /* bound: trait bound, `?Sized`, lifetime, `for<'a>` */
    N_GENERIC_ARGS,     /* generic_args: `<A, 'b, N = T>` or `(A, B) -> C` */
    N_ASSOC_BINDING,    /* assoc_binding: `Item = T` inside generic arguments */
    N_ERROR,            /* a statement or item removed by syntax-error recovery */
    /* statements */
    N_LET,              /* let */
    N_EXPR_STMT,        /* expr_stmt */
    N_ITEM_STMT,        /* item_stmt: an item declared inside a block */
    N_EMPTY_STMT,       /* a lone `;` */
    /* expressions */
    N_LIT_INT,          /* lit */
    N_LIT_FLOAT,        /* lit */
    N_LIT_BOOL,         /* lit */
    N_LIT_CHAR,         /* lit */
    N_LIT_STR,          /* lit */
    N_LIT_BYTE_STR,     /* lit: b"..." */
    N_PATH,             /* path */
    N_QPATH,            /* qpath: `<T as Trait>::name` (also in types) */
    N_TUPLE,            /* list: `()` when empty, `(a,)`, `(a, b)` */
    N_ARRAY,            /* list: `[a, b, c]` */
    N_ARRAY_REPEAT,     /* repeat: `[value; count]` */
    N_STRUCT_LIT,       /* struct_lit: `Path { a, b: e, ..base }` */
    N_FIELD_INIT,       /* field_init */
    N_PAREN,            /* unary.operand: `(e)` kept for spans and the printer */
    N_UNARY,            /* unary */
    N_BINARY,           /* binary */
    N_ASSIGN,           /* binary (op unused) */
    N_COMPOUND_ASSIGN,  /* binary (op is the arithmetic operator of `op=`) */
    N_CAST,             /* cast */
    N_CALL,             /* call */
    N_METHOD_CALL,      /* call (receiver + method, optional turbofish) */
    N_FIELD,            /* field */
    N_INDEX,            /* binary (lhs[rhs]) */
    N_TRY,              /* unary.operand: `e?` */
    N_BLOCK,            /* block */
    N_IF,               /* if_: cond may be an N_LET_COND */
    N_LET_COND,         /* let_cond: `let PAT = e` in an `if`/`while` head */
    N_MATCH,            /* match */
    N_ARM,              /* arm */
    N_WHILE,            /* loop: cond may be an N_LET_COND */
    N_LOOP,             /* loop */
    N_FOR,              /* loop */
    N_BREAK,            /* jump */
    N_CONTINUE,         /* jump */
    N_RETURN,           /* jump (value only) */
    N_RANGE,            /* range */
    N_CLOSURE,          /* closure */
    N_MACRO_CALL,       /* macro: `name!(...)` kept as tokens until expand */
    N_FORMAT,           /* format: print!/println!/eprint!/eprintln!/panic!/format!/write! after expand */
    N_ASSERT,           /* assert: assert!/assert_eq!/assert_ne! after expand */
    N_VEC,              /* list or repeat: `vec![...]` after expand (repeat when is_repeat) */
    N_DBG,              /* list: `dbg!(...)` after expand */
    N_UNSIZE,           /* unary.operand: `&[T; N]` coerced to `&[T]` (made by typeck) */
    N_UNSUPPORTED_EXPR, /* unsupported: parsed only to be rejected */
    /* patterns */
    P_IDENT,            /* pat_ident */
    P_WILD,             /* `_` */
    P_REST,             /* `..` */
    P_TUPLE,            /* list */
    P_LIT,              /* unary.operand: a literal expression (maybe negated) */
    P_RANGE,            /* range (bounds are literals or paths) */
    P_REF,              /* unary (op UN_REF or UN_REF_MUT): `&p`, `&mut p` */
    P_PATH,             /* unary.operand: a path (unit struct, enum variant, const) */
    P_TUPLE_STRUCT,     /* pat_struct: `Path(p, q)` */
    P_STRUCT,           /* pat_struct: `Path { a, b: p, .. }` */
    P_FIELD_PAT,        /* field_init: `name: pat` or shorthand `name` (expr is the pattern) */
    P_SLICE,            /* list: `[a, .., b]` */
    P_OR,               /* list: `p | q` */
    /* types */
    T_PATH,             /* path */
    T_TUPLE,            /* list: `()` when empty */
    T_REF,              /* ty_ref */
    T_PTR,              /* ty_ref (lifetime unused): `*const T`, `*mut T` */
    T_ARRAY,            /* repeat: `[T; N]` (value is the type, count the length) */
    T_SLICE,            /* ty_ref (inner only): `[T]` */
    T_FN,               /* fn_type: `fn(A) -> B` */
    T_DYN,              /* list of N_BOUND: `dyn A + 'a` */
    T_IMPL,             /* list of N_BOUND: `impl A + B` */
    T_NEVER,            /* `!` */
    T_INFER,            /* `_` */
    N__KIND_COUNT
} NodeKind;

/* Visibility of an item or field. */
typedef enum Visibility { VIS_PRIVATE, VIS_PUB, VIS_CRATE, VIS_SUPER, VIS_SELF, VIS_IN_PATH } Visibility;

/* What a struct, union, variant or field list looks like. */
typedef enum AdtShape { SHAPE_NAMED, SHAPE_TUPLE, SHAPE_UNIT } AdtShape;

typedef enum UnaryOp { UN_NEG, UN_NOT, UN_DEREF, UN_REF, UN_REF_MUT, UN_RAW_CONST, UN_RAW_MUT } UnaryOp;

typedef enum BinOp {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM,
    BIN_BITAND, BIN_BITOR, BIN_BITXOR, BIN_SHL, BIN_SHR,
    BIN_EQ, BIN_NE, BIN_LT, BIN_LE, BIN_GT, BIN_GE,
    BIN_AND, BIN_OR,                            /* short-circuit && and || */
} BinOp;

/* One `{...}` hole or literal run of a format string, after expand. */
typedef enum FmtAlign { FMT_ALIGN_NONE, FMT_ALIGN_LEFT, FMT_ALIGN_RIGHT, FMT_ALIGN_CENTER } FmtAlign;
typedef enum FmtTrait {
    FMT_DISPLAY, FMT_DEBUG, FMT_LOWER_HEX, FMT_UPPER_HEX, FMT_OCTAL, FMT_BINARY,
    FMT_LOWER_EXP, FMT_UPPER_EXP,
} FmtTrait;

typedef struct FmtSpec {
    uint32_t fill;                              /* code point, ' ' by default */
    FmtAlign align;
    bool sign_plus, sign_minus, alternate, zero_pad;
    bool debug_lower_hex, debug_upper_hex;      /* {:x?} {:X?} */
    FmtTrait trait;
    int width;                                  /* -1 none, else a literal width */
    int width_arg;                              /* -1, else index into args (`1$` or named$) */
    int precision;                              /* -1 none */
    int precision_arg;                          /* -1, else index into args (`.1$`, `.*`) */
    bool runtime;                               /* a Formatter's own options, forwarded: lowering reads
                                                   flags, fill, width, precision from args[0..3] */
} FmtSpec;

typedef struct FmtPiece {
    const char *lit;                            /* literal text (with {{ }} unescaped), may be NULL */
    size_t lit_len;
    int arg;                                    /* -1 for a pure literal piece, else index into args */
    FmtSpec spec;
    Span span;                                  /* span of the `{...}` in the source */
} FmtPiece;

typedef enum FormatKind {
    FMTK_PRINT,     /* print!/println! to stdout */
    FMTK_EPRINT,    /* eprint!/eprintln! to stderr */
    FMTK_PANIC,     /* panic!/unreachable!/todo!/unimplemented! */
    FMTK_STRING,    /* format!: builds a String */
    FMTK_WRITE,     /* write!/writeln!: into format.dest */
} FormatKind;

typedef enum AssertKind { ASSERT_TRUE, ASSERT_EQ, ASSERT_NE } AssertKind;

struct Node {
    NodeKind kind;
    Span span;
    Type *ty;                                   /* set by typeck on expressions and patterns */
    Type **targs;                               /* calls of generic fns: the type arguments (typeck) */
    int ntargs;
    NodeList attrs;                             /* N_ATTR on items, fields and variants */
    Visibility vis;                             /* items and fields */
    bool outlives_statement;                    /* lowering: a `let`'s temporary extended to its block's end */
    union {
        struct { NodeList items; Node *prelude; } crate;   /* prelude: stdlib/prelude.rs, parsed */
        struct {
            Sym name;
            Span name_span;
            NodeList params;                    /* N_PARAM */
            Node *ret;                          /* type node or NULL for `()` */
            Node *body;                         /* N_BLOCK, or NULL for a declaration */
            bool is_pub, is_unsafe, is_const, is_async;
            bool has_generics;                  /* `<...>` present: rejected for now */
            Node *generics;                     /* N_GENERICS or NULL */
            const char *abi;                    /* `extern "C"`: "C"; NULL otherwise */
            Def *def;                           /* set by resolve */
        } fn;
        struct { Node *pat; Node *ty; } param;  /* ty is NULL for untyped closure params */
        struct { bool by_ref, is_mut; Sym lifetime; Node *ty; } self_param;
        struct {
            Sym name;
            Span name_span;
            Node *generics;
            AdtShape shape;
            NodeList fields;                    /* N_FIELD_DEF (struct, union, variant) */
            NodeList variants;                  /* N_VARIANT (enum) */
            Node *discriminant;                 /* N_VARIANT: `= expr`, or NULL */
            AdtDef *def;                        /* N_STRUCT: set by resolve */
        } adt;
        struct { Sym name; Span name_span; Node *ty; } field_def;
        struct {
            Node *generics;
            Node *trait_ref;                    /* T_PATH of `impl Trait for`, or NULL */
            Node *self_ty;
            NodeList items;
            bool is_unsafe, negative;
            ImplDef *def;                       /* `impl Trait for`: set by resolve */
            Def **param_defs;                   /* inherent impl of a generic type: its own parameters */
        } impl;
        struct {
            Sym name;
            Span name_span;
            Node *generics;
            NodeList supertraits;               /* N_BOUND */
            NodeList items;
            bool is_unsafe, is_auto;
            TraitDef *def;                      /* set by resolve */
        } trait;
        struct { Sym name; Span name_span; Node *ty; Node *value; bool is_mut; } value_item;
        struct { Sym name; Span name_span; Node *generics; NodeList bounds; Node *ty; } type_alias;
        struct { Sym name; Span name_span; NodeList items; bool is_inline; } mod_;
        struct {
            Sym *segs;                          /* the path before `::*`, `::{}` or the end */
            Span *seg_spans;
            int nsegs;
            bool global, is_glob, is_group;
            Sym alias;                          /* `as name` (`_` is the symbol "_") */
            NodeList children;                  /* N_USE_TREE of a group */
        } use_tree;
        struct { const char *abi; NodeList items; } extern_block;
        struct { Sym path; const Token *toks; int ntoks; bool is_inner; } attr;
        struct { NodeList params; NodeList where; } generics;
        struct {
            enum { GP_TYPE, GP_LIFETIME, GP_CONST } kind;
            Sym name;
            NodeList bounds;                    /* N_BOUND (lifetime bounds too) */
            Node *ty;                           /* GP_CONST: its type */
            Node *default_value;                /* `= T` or `= expr` */
        } generic_param;
        struct { Node *ty; Sym lifetime; NodeList bounds; Node *hrtb; } where_pred;
        struct {
            enum { BOUND_TRAIT, BOUND_MAYBE, BOUND_LIFETIME } kind;
            Node *path;                         /* T_PATH */
            Sym lifetime;
            Node *hrtb;                         /* `for<'a>`: N_GENERICS, or NULL */
        } bound;
        struct {
            NodeList args;                      /* types, N_ASSOC_BINDING, const exprs; lifetimes as T_REF-less N_BOUND */
            bool parenthesized;                 /* `Fn(A, B) -> C` */
            Node *ret;
        } generic_args;
        struct { Sym name; Node *ty; NodeList bounds; } assoc_binding;
        struct {
            const char *feature;                /* "struct items", "closures", ... */
        } unsupported;
        struct {
            Node *pat;
            Node *ty;                           /* may be NULL */
            Node *init;                         /* may be NULL */
            Node *else_block;                   /* let-else, may be NULL */
        } let;
        struct { Node *expr; bool has_semi; } expr_stmt;
        struct { Node *item; } item_stmt;
        struct {
            IntBits int_value;
            double float_value;
            bool bool_value;
            uint32_t char_value;
            const char *str;
            size_t str_len;
            Sym suffix;                         /* i32, u8, ... or 0 */
            bool too_large;
        } lit;
        struct {
            Sym *segs;
            Span *seg_spans;
            Node **seg_args;                    /* per segment: N_GENERIC_ARGS or NULL (NULL array: none) */
            int nsegs;
            bool global;                        /* leading `::` */
            /* set by resolve: exactly one of these */
            Binding *binding;                   /* a local variable */
            Def *def;                           /* an item, builtin fn or constant */
            Type *prim;                         /* a primitive type (in type position) */
            Def *self_param;                    /* `T::method` with T a type parameter: T's Def */
            Node *qself;                        /* `<Type as Trait>::item` with Type not a parameter: Type */
        } path;
        struct { NodeList elems; } list;
        struct { Node *self_ty; Node *trait_ref; Sym *segs; Span *seg_spans; int nsegs; } qpath;
        struct { Node *value, *count; bool is_repeat; } repeat;
        struct { Node *path; NodeList fields; Node *base; bool has_rest; } struct_lit;
        struct { Sym name; Span name_span; Node *expr; bool shorthand; int index; } field_init;  /* index: set by typeck */
        struct { Node *path; NodeList elems; bool has_rest; } pat_struct;
        struct { NodeList params; Node *ret; Node *body; bool is_move; Def *def; } closure;   /* def: resolve */
        struct { Node *scrutinee; NodeList arms; } match;
        struct { Node *pat; Node *guard; Node *body; } arm;
        struct { Node *pat; Node *expr; } let_cond;
        struct { NodeList params; Node *ret; bool is_unsafe; const char *abi; } fn_type;
        struct { UnaryOp op; Node *operand; Def *method; } unary;   /* method: an operator trait's (typeck) */
        struct { BinOp op; Node *lhs, *rhs; Def *method; } binary; /* method: an operator trait's (typeck) */
        struct { Node *expr; Node *ty; } cast;
        struct {
            Node *callee;                       /* N_CALL */
            Node *receiver;                     /* N_METHOD_CALL */
            Sym method;
            Span method_span;
            NodeList args;
            Node *turbofish;                    /* N_GENERIC_ARGS of `.m::<T>()`, or NULL */
            Def *method_def;                    /* N_METHOD_CALL on a struct: set by typeck */
        } call;
        struct { Node *base; Sym name; Span name_span; bool is_index; uint32_t index; } field;
        struct {
            NodeList stmts;
            Node *tail;                         /* final expression without `;`, or NULL */
            bool is_unsafe;
            Sym label;                          /* labelled block `'a: {}` or 0 */
        } block;
        struct { Node *cond; Node *then_block; Node *else_branch; } if_;
        struct {
            Sym label;                          /* 0 when unlabelled */
            Span label_span;
            Node *cond;                         /* N_WHILE */
            Node *pat;                          /* N_FOR */
            Node *iter;                         /* N_FOR */
            Node *body;
        } loop;
        struct {
            Sym label;
            Span label_span;
            Node *value;                        /* break value / return value, may be NULL */
            Node *target;                       /* set by resolve: the loop (or fn for return) */
        } jump;
        struct { Node *lo, *hi; bool inclusive; } range;
        struct {
            Sym name;                           /* last path segment: println, assert_eq, ... */
            Span name_span;
            const Token *toks;                  /* tokens between the delimiters */
            int ntoks;
            int delim;                          /* '(', '[' or '{' */
            bool is_stmt;                       /* statement position (`foo! { }` / `;`) */
        } macro;
        struct {
            FormatKind kind;
            bool newline;
            FmtPiece *pieces;
            int npieces;
            NodeList args;                      /* expressions referenced by the pieces */
            Node *dest;                         /* FMTK_WRITE: the destination expression */
        } format;
        struct {
            AssertKind kind;
            Node *lhs, *rhs;                    /* rhs NULL for assert! */
            const char *cond_text;              /* source text of assert!'s condition */
            Node *message;                      /* N_FORMAT of kind FMTK_PANIC, or NULL */
        } assert;
        struct {
            Sym name;
            bool by_ref, is_mut;
            Node *subpat;                       /* `x @ pat`, may be NULL */
            Binding *binding;                   /* set by resolve */
        } pat_ident;
        struct { bool is_mut; Sym lifetime; Node *inner; } ty_ref;
    } u;
};

Node *ast_new(NodeKind kind, Span span);
/* The feature a node kind stands for, as an unsupported-feature error names it
 * ("`struct` items", "closures"); NULL for kinds the semantic stages handle. */
const char *ast_feature_name(const Node *n);
/* Calls visit on each direct child of n, in source order, with the child's role in its
 * parent ("cond", "body", ...; NULL where there is only one kind of child). */
typedef void (*AstVisitor)(Node *child, const char *role, void *ctx);
void ast_visit_children(Node *n, AstVisitor visit, void *ctx);
void ast_print(FILE *out, Node *crate);         /* --emit=ast */
const char *ast_binop_str(BinOp op);            /* "+", "==", "&&", ... */
void ast_print_escaped(FILE *out, const char *s, size_t n); /* a quoted, escaped string */

/* Parses a whole file. Syntax errors are reported (with recovery at item and statement
 * boundaries); the result is always a crate, possibly with fewer items. */
Node *parse_crate(TokenList tl);
/* Every stage after the parser recurses over the AST, so its depth bounds their stack
 * (each level costs up to ~40 KiB of the compiler's 4 GiB stack under AddressSanitizer).
 * Brackets and the parser's stack bound what the grammar nests right-recursively;
 * expansion checks the finished tree, where left-recursive chains (`a + b + ...`,
 * `x.f().g()...`, `a[0][0]...`) and macro arguments add their depth. */
#define MAX_AST_DEPTH 40000
/* Reports input nested beyond one of those limits, at sp. */
void parse_report_too_deep(Span sp);
/* stdlib/prelude.rs, embedded by the build (build/stdlib_embed.c) */
extern const char patina_prelude_source[];
extern const unsigned long patina_prelude_source_len;
/* Parses the arguments of a built-in macro: comma-separated expressions, each optionally
 * `name = expr` (name returned in names[i], else 0). Returns false after reporting errors. */
bool parse_macro_args(const Token *toks, int ntoks, Span whole, NodeList *args, Sym **names);
/* Parses `vec!`'s arguments (is_vec: `[a, b]` or `[x; n]`, an N_VEC) or `matches!`'s
 * (`e, pat if guard`, desugared to an N_MATCH). NULL after reporting errors. */
Node *parse_macro_special(const Token *toks, int ntoks, bool is_vec);

/* Replaces built-in macro calls by N_FORMAT / N_ASSERT nodes; unknown macros are errors. */
void expand_crate(Node *crate);

/* ───────────────────────── types (types.c) ───────────────────────── */

/* Traits the compiler gives meaning to (the prelude declares them with #[lang = "..."]). */
typedef enum LangTrait {
    LANG_NONE, LANG_COPY, LANG_CLONE, LANG_DEBUG, LANG_DISPLAY, LANG_PARTIAL_EQ, LANG_EQ,
    LANG_PARTIAL_ORD, LANG_ORD, LANG_DEFAULT,
    /* operators: a hand-written impl's method runs for the operator on its type */
    LANG_ADD, LANG_SUB, LANG_MUL, LANG_DIV, LANG_REM, LANG_NEG,
    LANG_ADD_ASSIGN, LANG_SUB_ASSIGN, LANG_MUL_ASSIGN, LANG_DIV_ASSIGN, LANG_REM_ASSIGN,
    LANG_INDEX, LANG_INDEX_MUT,     /* `a[i]`: `*a.index(i)`, or `*a.index_mut(i)` where a place is written */
    LANG_FROM, LANG_INTO,           /* `T::from(x)`, `x.into()`, and the error conversion of `?` */
    LANG_DEREF, LANG_DEREF_MUT,     /* `*x`, auto-deref of receivers and fields, `&x` coerced to `&Target` */
    /* calls: `F: Fn(A) -> B` */
    LANG_FN, LANG_FN_MUT, LANG_FN_ONCE,
    LANG_ITERATOR,      /* `for` loops over its implementors */
    LANG_INTO_ITERATOR, /* ... and over its implementors' `into_iter()` */
    LANG_STEP,          /* integers: what a Range counts with (forward is built in) */
    LANG_DROP,          /* a destructor: `drop(&mut self)` runs where the value dies */
} LangTrait;

typedef enum TypeKind {
    TY_BOOL, TY_CHAR, TY_INT, TY_FLOAT, TY_STR, TY_NEVER,
    TY_TUPLE,           /* elems; the unit type is the empty tuple */
    TY_ARRAY, TY_SLICE, TY_REF, TY_PTR,
    TY_FN_DEF,          /* the zero-sized type of a named fn item */
    TY_FN_PTR,
    TY_INFER,           /* an inference variable (general, integer or float literal) */
    TY_ADT,             /* a struct or enum: adt, with its type arguments in elems */
    TY_PARAM,           /* a generic type parameter: index (in var) and name (pname) */
    TY_CLOSURE,         /* a closure: def is its body's Def, elems the types of its captures, elem the enclosing generic fn's arguments */
    TY_DYN,             /* `dyn Trait` (unsized; `&dyn Trait` is data pointer + vtable): trait */
    TY_PROJ,            /* `<elem as trait>::Item`: an associated type, var its index in the trait */
    TY_ERROR,           /* already reported; absorbs further errors */
} TypeKind;

typedef enum IntKind {
    IK_I8, IK_I16, IK_I32, IK_I64, IK_I128, IK_ISIZE,
    IK_U8, IK_U16, IK_U32, IK_U64, IK_U128, IK_USIZE,
} IntKind;

typedef enum FloatKind { FK_F32, FK_F64 } FloatKind;
typedef enum InferKind { INFER_GENERAL, INFER_INT, INFER_FLOAT } InferKind;

struct Type {
    TypeKind kind;
    uint32_t id;                                /* unique, stable within a run */
    IntKind ik;                                 /* TY_INT */
    FloatKind fk;                               /* TY_FLOAT */
    bool is_mut;                                /* TY_REF, TY_PTR */
    Type *elem;                                 /* TY_ARRAY, TY_SLICE, TY_REF, TY_PTR */
    uint64_t len;                               /* TY_ARRAY */
    Type **elems;                               /* TY_TUPLE; TY_FN_PTR params */
    int nelems;
    Type *ret;                                  /* TY_FN_PTR */
    Def *def;                                   /* TY_FN_DEF */
    AdtDef *adt;                                /* TY_ADT */
    InferKind infer;                            /* TY_INFER */
    int var;                                    /* TY_INFER: index into typeck's table; TY_PARAM: index */
    Sym pname;                                  /* TY_PARAM (def is its DEF_TYPE_PARAM) */
    TraitDef *trait;                            /* TY_DYN */
    uint8_t drop_memo;                          /* ty_needs_drop: 0 not yet known, 1 no, 2 yes */
    uint8_t copy_memo;                          /* ty_is_copy, likewise (types without inference variables) */
    uint32_t kinds;                             /* bit k: t or a type inside it is of TypeKind k (ty_contains) */
    Def *drop_glue;                             /* lowering's `drop_in_place::<t>` (a TM_DROP of a t calls it) */
};

extern Type *ty_bool, *ty_char, *ty_str, *ty_never, *ty_unit, *ty_error;
Type *ty_int(IntKind ik);
Type *ty_float(FloatKind fk);
Type *ty_tuple(Type **elems, int n);
Type *ty_ref(Type *elem, bool is_mut);
Type *ty_ptr(Type *elem, bool is_mut);
Type *ty_array(Type *elem, uint64_t len);
Type *ty_slice(Type *elem);
Type *ty_fn_def(Def *def);
Type *ty_adt(AdtDef *adt);                      /* generic ADTs: instantiated with their own parameters */
Type *ty_adt_args(AdtDef *adt, Type **args, int n);
Type *ty_param(Def *param);
Type *ty_closure(Def *body, Type **captures, int n);
bool ty_needs_drop(Type *t);                    /* a destructor runs when a value of t dies (concrete t) */
bool ty_is_box(Type *t);                        /* the prelude's Box<T> */
ImplDef *ty_drop_impl(Type *t, Type ***args);   /* t's own `impl Drop` (args: its type arguments), or NULL */    /* one type per closure expression */
/* A closure inside a generic fn also carries that fn's type arguments (parent, a tuple):
 * one closure type, and one body, per instance of the fn. */
Type *ty_closure_in(Def *body, Type **captures, int n, Type *parent);
Type *ty_closure_sig(const Type *closure, Type *t);     /* t (a type of its signature) for that instance */
Type *ty_dyn(TraitDef *trait);
/* `<self as trait>::assoc`, normalized: the impl's type when self's impl is known (or
 * the bound `T: Trait<Item = X>` says), else the projection itself. */
Type *ty_proj(Type *self, TraitDef *trait, int assoc);                    /* param: its DEF_TYPE_PARAM (index, name, bounds) */
Type *ty_subst(Type *t, Type **args, int n);    /* replaces TY_PARAM i by args[i] */
bool ty_contains(const Type *t, TypeKind kind);   /* t or a type inside it is of that kind */
/* Whether type parameter t is bounded by trait (or, when lang is set, by that lang
 * trait), directly or through supertraits. */
bool ty_param_bound(const Type *t, TraitDef *trait, LangTrait lang);
/* Whether implementing `have` implies `want` (or the lang trait), through supertraits. */
bool trait_implies(TraitDef *have, TraitDef *want, LangTrait lang);
/* The type of field `f` (of adt_ty's ADT, or one of its variants) in the instance adt_ty. */
Type *ty_field(Type *adt_ty, const AdtField *f);
Type *ty_fn_ptr(Type **params, int n, Type *ret);
Type *ty_infer(InferKind kind, int var);        /* fresh; not hash-consed */
void types_init(void);

bool ty_is_unit(const Type *t);
bool ty_is_int(const Type *t);
bool ty_is_signed(const Type *t);
bool ty_is_integral(const Type *t);             /* int, or an integer inference variable */
int ty_int_bits(IntKind ik);                    /* 8..128; isize/usize are 64 */
bool ty_int_signed(IntKind ik);
const char *ty_int_name(IntKind ik);
IntBits ty_int_max(IntKind ik);                 /* as bits */
IntBits ty_int_min(IntKind ik);                 /* as bits (two's complement, sign-extended) */
/* v truncated to the type's width, then sign-extended if the type is signed. */
IntBits ty_int_wrap(IntKind ik, IntBits v);
/* v in decimal (as a signed number if is_signed), in the arena. */
const char *intbits_str(IntBits v, bool is_signed);
bool ty_is_copy(const Type *t);
char *ty_str_of(const Type *t);                 /* "i32", "&str", "(i32, bool)" ... */
/* Between these, ty_str_of follows rustc's type length limit: past `limit` printed types,
 * the types that are not primitives print as `...`; end says whether any did. */
void ty_print_limit_begin(int limit);
bool ty_print_limit_end(void);

/* Methods of the primitive numeric types (`x.sqrt()`, `n.pow(3)`), which the compiler
 * knows directly until the standard library can define them. */
typedef enum PrimOp {
    PRIM_NONE,
    /* floats: one operand */
    PRIM_SQRT, PRIM_FABS, PRIM_FLOOR, PRIM_CEIL, PRIM_ROUND, PRIM_TRUNC, PRIM_SIN, PRIM_COS, PRIM_TAN,
    PRIM_EXP, PRIM_LN, PRIM_LOG10, PRIM_LOG2, PRIM_FSIGNUM, PRIM_TO_DEGREES, PRIM_TO_RADIANS, PRIM_IS_NAN,
    PRIM_ASIN, PRIM_ACOS, PRIM_ATAN, PRIM_CBRT, PRIM_FRACT, PRIM_RECIP,
    /* floats: two operands */
    PRIM_POWI, PRIM_POWF, PRIM_FMIN, PRIM_FMAX, PRIM_HYPOT, PRIM_ATAN2,
    /* integers */
    PRIM_IABS, PRIM_IMIN, PRIM_IMAX, PRIM_IPOW, PRIM_WRAPPING_ADD, PRIM_WRAPPING_SUB, PRIM_WRAPPING_MUL,
    PRIM_COUNT_ONES, PRIM_LEADING_ZEROS, PRIM_TRAILING_ZEROS, PRIM_ISIGNUM, PRIM_IS_POSITIVE, PRIM_IS_NEGATIVE,
    PRIM_REM_EUCLID, PRIM_ABS_DIFF, PRIM_IS_POWER_OF_TWO, PRIM_SATURATING_ADD, PRIM_SATURATING_SUB, PRIM_SATURATING_MUL,
    PRIM_COUNT_ZEROS, PRIM_ROTATE_LEFT, PRIM_ROTATE_RIGHT, PRIM_SWAP_BYTES, PRIM_REVERSE_BITS, PRIM_WRAPPING_NEG,
    PRIM_WRAPPING_DIV, PRIM_WRAPPING_REM, PRIM_WRAPPING_SHL, PRIM_WRAPPING_SHR, PRIM_WRAPPING_ABS, PRIM_WRAPPING_POW,
    /* raw pointers: b counts elements of the pointee */
    PRIM_PTR_ADD, PRIM_PTR_SUB, PRIM_PTR_IS_NULL,
    /* integers, giving an Option (None on overflow or a zero divisor): lowered, not emitted */
    PRIM_CHECKED_ADD, PRIM_CHECKED_SUB, PRIM_CHECKED_MUL, PRIM_CHECKED_DIV, PRIM_CHECKED_REM, PRIM_CHECKED_POW,
    /* an integer as its bytes, `[u8; N]` (le: as stored; be: swapped first): lowered */
    PRIM_TO_LE_BYTES, PRIM_TO_BE_BYTES,
    /* a `&dyn Trait` (a): the size or alignment its vtable gives */
    PRIM_DYN_SIZE, PRIM_DYN_ALIGN,
} PrimOp;

typedef struct PrimMethod {
    PrimOp op;
    int nargs;                                  /* besides the receiver */
    Type *arg;                                  /* type of the argument, if any */
    Type *ret;
} PrimMethod;

/* The primitive method `name` of the (concrete) type recv, or false. */
bool prim_method_lookup(Type *recv, Sym name, PrimMethod *out);

/* ───────────────────────── names (resolve.c) ───────────────────────── */

typedef enum DefKind {
    DEF_FN,             /* a user fn item: node is the N_FN */
    DEF_BUILTIN_FN,     /* std::process::exit and friends: builtin says which */
    DEF_INT_CONST,      /* i32::MAX etc.: value and const_ty */
    DEF_FLOAT_CONST,    /* f64::MAX, std::f64::consts::PI etc.: fvalue and const_ty */
    DEF_ADT,            /* a struct (type namespace; also the value of a unit or tuple struct) */
    DEF_CONST,          /* a `const` (or immutable `static`) item: node; its value is inlined */
    DEF_VARIANT,        /* an enum variant: adt and variant (unit value or tuple constructor) */
    DEF_STATIC_MUT,     /* a `static mut` item: node; global storage (index in value) */
    DEF_TYPE_PARAM,     /* a generic type parameter: its index in variant, its bounds in bounds */
    DEF_TRAIT,          /* a trait (type namespace): trait */
    DEF_ASSOC_TYPE,     /* `T::Item`, `Self::Item`: trait, variant (its index), assoc_base (T's Def) */
    DEF_TYPE_ALIAS,     /* `type Name = T;`, or `Self` in an impl of a non-struct type: node is T */
} DefKind;

typedef enum Builtin { BUILTIN_NONE, BUILTIN_PROCESS_EXIT, BUILTIN_PROCESS_ABORT,
               /* fns of a type only: size_of::<T>(), align_of, needs_drop, and the prelude's
                * intrinsics::is_scalar::<T>() (T an integer, float, bool or char) */
               BUILTIN_SIZE_OF, BUILTIN_ALIGN_OF, BUILTIN_NEEDS_DROP, BUILTIN_IS_SCALAR,
               BUILTIN_DEFAULT, BUILTIN_PRIM_FROM,
               BUILTIN_PRIM_METHOD, BUILTIN_MEM_SWAP, BUILTIN_MEM_FORGET, BUILTIN_SIZE_OF_VAL, BUILTIN_ALIGN_OF_VAL,
               /* std::alloc and std::ptr (unsafe but null and null_mut) */
               BUILTIN_ALLOC, BUILTIN_ALLOC_ZEROED, BUILTIN_DEALLOC, BUILTIN_REALLOC, BUILTIN_PTR_NULL, BUILTIN_PTR_NULL_MUT,
               BUILTIN_PTR_READ, BUILTIN_PTR_WRITE, BUILTIN_PTR_DROP_IN_PLACE, BUILTIN_PTR_COPY,
               BUILTIN_PTR_COPY_NONOVERLAPPING, BUILTIN_SLICE_FROM_RAW_PARTS, BUILTIN_SLICE_FROM_RAW_PARTS_MUT,
               BUILTIN_STR_FROM_UTF8_UNCHECKED, BUILTIN_SINK_TAKE, BUILTIN_CHAR_FROM_U32_UNCHECKED, BUILTIN_ARG_COUNT,
               BUILTIN_ARG, BUILTIN_PARSE_F64, BUILTIN_CHAR_PROPERTY } Builtin;

/* How a method takes `self`. */
typedef enum SelfKind { SELF_NONE, SELF_VALUE, SELF_REF, SELF_REF_MUT } SelfKind;

/* One field of a struct, in declaration order. */
typedef struct AdtField {
    Sym name;                                   /* 0 for tuple-struct fields */
    Span span;
    Node *ty_node;
    Type *ty;                                   /* set by typeck */
} AdtField;

/* One variant of an enum. */
typedef struct AdtVariant {
    Sym name;
    Span span;
    AdtShape shape;
    AdtField *fields;
    int nfields;
    uint64_t discr;                             /* its discriminant (two's complement) */
    Node *discr_expr;                           /* `= expr`, or NULL */
} AdtVariant;

/* A struct or an enum: fields (or variants), the traits it derives, its inherent methods. */
struct AdtDef {
    Sym name;
    Node *node;                                 /* the N_STRUCT or N_ENUM */
    Type *ty;                                   /* the one TY_ADT of this type */
    bool is_enum;
    AdtShape shape;                             /* structs */
    AdtField *fields;                           /* structs */
    int nfields;
    AdtVariant *variants;                       /* enums */
    int nvariants;
    bool repr_c;
    bool derive_debug, derive_clone, derive_copy, derive_partial_eq, derive_eq, derive_default;
    bool derive_partial_ord, derive_ord;
    int ngenerics;                              /* type parameters (lifetimes are not counted) */
    Sym *generic_names;
    Def **generic_defs;                         /* their DEF_TYPE_PARAMs (each inherent impl has its own) */
    bool is_prelude;                            /* defined by stdlib/prelude.rs */
    bool has_unsupported_impl;                  /* an `impl` of it was reported unsupported */
    Node *copy_by_hand;                         /* `impl Copy for T {}`: its self type (derive_copy is set too) */
    PtrVec methods;                             /* Def* of fns in its `impl` blocks */
    PtrVec consts;                              /* Def* (DEF_CONST) of its inherent impls' `const X: T = v;` */
};

struct Def {
    DefKind kind;
    Sym name;
    Node *node;
    Builtin builtin;
    AdtDef *adt;                                /* DEF_ADT, DEF_VARIANT; DEF_FN: the type of its impl */
    int variant;                                /* DEF_VARIANT */
    SelfKind self_kind;                         /* DEF_FN: a method's receiver */
    Node *type_arg;                             /* BUILTIN_SIZE_OF/ALIGN_OF: the `::<T>` */
    const char *std_path;                       /* a std::alloc / std::ptr builtin: `std::ptr::write` */
    Type *const_ty;
    IntBits value;
    double fvalue;
    /* set by typeck for fns */
    Type **param_tys;
    int nparams;
    Type *ret_ty;
    const char *symbol;                         /* mangled link name, set by lower */
    /* generic fns: type parameters, the impl's first (TY_PARAM indices 0..ngenerics-1) */
    int ngenerics, nimpl_generics;
    Sym *generic_names;
    Def **generic_defs;                         /* DEF_TYPE_PARAM of each */
    Def *generic;                               /* an instance: the generic fn it was made from */
    Type **inst_args;                           /* ... and its type arguments */
    TraitDef *trait;                            /* DEF_TRAIT; DEF_FN: the trait declaring this method */
    ImplDef *impl;                              /* DEF_FN: the `impl Trait for T` defining it */
    PtrVec bounds;                              /* DEF_TYPE_PARAM: TraitDef* it must implement */
    PtrVec where_params, where_traits;          /* DEF_FN: `where E: Trait` on its impl's parameters */
    int impl_bound_count;                       /* ... the first ones come from its inherent impl's bounds */
    PtrVec where_projs, where_proj_traits;      /* DEF_FN: `where Self::Item: Trait` (T_PATH nodes) */
    PtrVec where_proj_types;                    /* ... lowered by typeck */
    Node *fn_bound;                             /* DEF_TYPE_PARAM: the T_PATH of its `Fn(A) -> B` bound */
    Type *fn_ret_type;                          /* ... B, lowered (an impl infers the parameters in it from the closure's result) */
    PtrVec assoc_eq;                            /* DEF_TYPE_PARAM: N_ASSOC_BINDING of `T: Trait<Item = X>` ... */
    PtrVec assoc_eq_traits;                     /* ... and the trait of each */
    PtrVec assoc_eq_types;                      /* ... and X (set by typeck) */
    Def *assoc_base;                            /* DEF_ASSOC_TYPE */
    /* closures (DEF_FN whose node is the N_CLOSURE): the outer bindings they use, and how */
    PtrVec captures;                            /* Binding* */
    PtrVec capture_modes;                       /* (intptr_t) CAPTURE_* per capture, set by typeck */
    bool closure_mutates;                       /* writes a captured variable: FnMut, called through &mut */
    bool closure_consumes;                      /* moves a capture out: FnOnce, its call uses the closure up */
    bool closure_must_be_fn;                    /* written for an `F: Fn` parameter: may not write captures */
    bool track_caller;                          /* #[track_caller]: its panics blame its caller */
    /* DEF_TYPE_ALIAS, DEF_CONST: being expanded now (met again, it is a cycle: E0391),
     * found in a cycle (reported once), or (consts) followed and found acyclic */
    enum { EXPANSION_NONE, EXPANSION_ACTIVE, EXPANSION_CYCLIC, EXPANSION_DONE } expansion;
};


struct TraitDef {
    Sym name;
    Node *node;                                 /* the N_TRAIT */
    LangTrait lang;
    PtrVec methods;                             /* Def*: declarations and default methods; Self is type parameter 0 */
    PtrVec supertraits;                         /* TraitDef* */
    PtrVec assoc_names;                         /* Sym (as void*): its associated types, `type Item;` */
    PtrVec consts;                              /* Def* (DEF_CONST, trait set): `const N: T;` or with a default */
    Def *self_param;                            /* `Self` in its methods: type parameter 0, bounded by the trait */
};

/* `impl Trait for Type`. */
struct ImplDef {
    TraitDef *trait;
    Node *node;                                 /* the N_IMPL */
    Type *self_ty;                              /* set by typeck; may mention the impl's type parameters */
    PtrVec methods;                             /* Def* */
    PtrVec consts;                              /* Def* (DEF_CONST, impl set) */
    AdtDef *adt;                                /* the struct or enum it is for, if it is one */
    Node *trait_arg_node;                       /* `impl Add<f64> for V`, `impl From<X> for Y`: the trait's type argument */
    Type *trait_arg;                            /* ... lowered by typeck (Self for `impl Add for V`; NULL if none) */
    int ngenerics;                              /* `impl<T: Display> Show for Wrapper<T>` */
    Def **generic_defs;
    Node **assoc_nodes;                         /* per trait associated type: its `type Item = X;` (or NULL) */
    Type **assoc_types;                         /* ... and X (set by typeck) */
};

/* Whether impl im is for type t: equal, or for a generic impl, an instance of its self
 * type (its type arguments then in *args, when args is not NULL). Bounds are not checked. */
bool impl_matches(ImplDef *im, Type *t, Type ***args);

/* Every `impl Trait for Type` of the program, in source order (resolve fills it). */
extern PtrVec trait_impls;

/* The method of a hand-written operator impl (`impl Add for Point`'s `add`) for type t. */
Def *ty_operator_method(Type *t, LangTrait lang);
/* Every such method for t, one per impl (`impl Mul<f64> for V` and `impl Mul<V> for V`);
 * up to max in out, returning how many there are. */
int ty_operator_methods(Type *t, LangTrait lang, Def **out, int max);
/* The trait of operator op (compound: `op=`), or LANG_NONE. */
LangTrait ty_operator_lang(BinOp op, bool compound);

enum { CAPTURE_REF, CAPTURE_MUT, CAPTURE_MOVE };

/* A local variable introduced by a pattern. */
struct Binding {
    Sym name;
    Span span;
    bool is_mut, by_ref;
    bool ref_mut;                               /* by_ref through `ref mut` or a `&mut` scrutinee */
    Type *ty;                                   /* set by typeck */
    int local;                                  /* IR local index, set by lower */
    int id;
    int closure_depth;                          /* how many closures enclose its declaration */
};

/* Binds names; the items of crate->u.crate.prelude are visible in a scope outside the crate's. */
void resolve_crate(Node *crate);

/* ───────────────────────── type checking (typeck.c) ───────────────────────── */

void typeck_crate(Node *crate);
/* E0072 for each cycle of structs/enums holding themselves by value (representability.c);
 * true when some type is infinite. adt_nodes: the crate's N_STRUCT/N_ENUM, field types lowered. */
bool check_representability(PtrVec *adt_nodes);

/* The values no pattern covers (exhaustive.c), as rustc's witnesses in rustc's order. */
typedef struct Uncovered {
    const char **patterns;
    int count;
    bool usize_not_exhaustive, isize_not_exhaustive;   /* a witness lies past `usize::MAX` / `isize`'s ends */
} Uncovered;
/* pats: one per arm (NULL for a guarded arm); ty: the scrutinee's resolved type. */
bool find_uncovered(Node **pats, int n, Type *ty, Uncovered *out);
/* A range pattern `a..b`/`a..=b` of an integer or char type t: *order is -1, 0 or 1 as a
 * is below, equal to or above b (a missing a is the type's least value); false when b is
 * missing or a bound is not a constant Patina can compute. */
bool range_pattern_order(Node *pat, Type *t, int *order);
AdtDef *prelude_adt(const char *name);      /* a struct or enum of stdlib/prelude.rs, by name (after typeck_crate) */

/* ───────────────────────── the typed IR (ir.c, lower.c) ───────────────────────── */

typedef enum ProjKind { PROJ_FIELD, PROJ_DEREF, PROJ_INDEX, PROJ_DOWNCAST } ProjKind;

typedef struct Proj {
    ProjKind kind;
    int field;                                  /* PROJ_FIELD: field index; PROJ_DOWNCAST: variant */
    int index_local;                            /* PROJ_INDEX: the local holding the index */
    Type *ty;                                   /* type of the place after this projection */
} Proj;

typedef struct Place {
    int local;                                  /* < 0: the global static ir_global(~local) */
    int nproj;
    Proj *proj;
} Place;

typedef enum ConstKind { CONST_INT, CONST_BOOL, CONST_CHAR, CONST_UNIT, CONST_STR, CONST_FN, CONST_FLOAT, CONST_VTABLE } ConstKind;

/* Functions the runtime provides; lowering calls them through CONST_FN operands whose
 * intrinsic is set. Argument lists are exactly the runtime's C parameters, in order, with
 * `&str` arguments split by codegen into (ptr, len). See runtime/rt.h. */
typedef enum Intrinsic {
    INTR_NONE,
    INTR_WRITE_STR,     /* (stream: i32, s: &str) */
    INTR_FMT_STR,       /* (stream: i32, s: &str, flags: u32, fill: u32, width: i64, precision: i64) */
    INTR_FMT_INT,       /* (stream: i32, bits: u128, is_signed: bool, flags, fill, width, precision, bit_width: u32) */
    INTR_FMT_BOOL,      /* (stream: i32, b: bool, flags, fill, width, precision) */
    INTR_FMT_CHAR,      /* (stream: i32, c: char, flags, fill, width, precision) */
    INTR_FMT_FLOAT,     /* (stream: i32, x: f64, is_f32: bool, flags, fill, width, precision) */
    INTR_PANIC_BEGIN,   /* (file: &str, line: u32, col: u32): starts a panic message on stderr */
    INTR_PANIC_END,     /* () -> !: finishes the message, exits 101 */
    INTR_PANIC_STR,     /* (msg: &str, file: &str, line: u32, col: u32) -> ! */
    INTR_PROCESS_EXIT,  /* (code: i32) -> ! */
    INTR_PROCESS_ABORT, /* () -> ! */
    INTR_SLICE_CHECK,   /* (lo: usize, hi: usize, len: usize, has_lo: bool, has_hi: bool, file: &str, line: u32, col: u32) */
    INTR_STR_SLICE_CHECK, /* (s: &str, lo: usize, hi: usize, file: &str, line: u32, col: u32, start_only: bool) */
    INTR_STR_CMP,       /* (a: &str, b: &str) -> i32 */
    INTR_IPOW,          /* (base: u128, exp: u32, bits: u32, signed: bool, checked: bool, file: &str, line: u32, col: u32) -> u128:
                           base ** exp wrapped to `bits`; panics on overflow when checked */
    INTR_IPOW_OVERFLOWS, /* (base: u128, exp: u32, bits: u32, signed: bool) -> bool: whether base ** exp overflows */
    INTR_ALLOC,         /* (size: usize, align: usize) -> *mut u8 */
    INTR_ALLOC_ZEROED,  /* (size: usize, align: usize) -> *mut u8 */
    INTR_DEALLOC,       /* (p: *mut u8, size: usize, align: usize) */
    INTR_REALLOC,       /* (p: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 */
    INTR_MEMMOVE,       /* (dst: *mut u8, src: *const u8, bytes: usize) */
    INTR_MEMCPY,        /* (dst: *mut u8, src: *const u8, bytes: usize): the ranges do not overlap */
    INTR_SINK_OPEN,     /* () -> i32: an in-memory stream for format! */
    INTR_SINK_TAKE,     /* (stream: i32, len: &mut usize, cap: &mut usize) -> *mut u8 */
    INTR_ARG_COUNT,     /* () -> usize */
    INTR_ARG,           /* (i: usize, len: &mut usize) -> *const u8 */
    INTR_PARSE_F64,     /* (s: &str, ok: &mut bool) -> f64 */
    INTR_CHAR_PROPERTY, /* (c: u32, property: u32) -> u32: 1 if char c has the RT_CHAR_* property */
    INTR_INDENT,        /* (stream: i32, levels: i32): indent the stream's next lines 4 spaces a level more (or less) */
    INTR__COUNT
} Intrinsic;

typedef struct Const {
    ConstKind kind;
    Type *ty;
    IntBits bits;                               /* CONST_INT (two's complement), CONST_BOOL, CONST_CHAR */
    double fval;                                /* CONST_FLOAT */
    const char *str;                            /* CONST_STR */
    size_t str_len;
    Def *fn;                                    /* CONST_FN: a user fn ... */
    Intrinsic intrinsic;                        /* ... or a runtime intrinsic */
} Const;

typedef enum OperandKind { OP_COPY, OP_MOVE, OP_CONST } OperandKind;

typedef struct Operand {
    OperandKind kind;
    Place place;                                /* OP_COPY, OP_MOVE */
    Const c;                                    /* OP_CONST */
    bool by_compiler;                           /* OP_MOVE made by lowering itself (mem::swap, a loop over an
                                                   array by value): exempt from E0507/E0508 */
    Span span;                                  /* a place operand: the expression it reads (for reports), or empty */
} Operand;

typedef enum RvalueKind {
    RV_USE,             /* a */
    RV_REF,             /* &place, &mut place: borrow_kind, region, place */
    RV_RAW_REF,         /* &raw const/mut place */
    RV_UNARY,           /* unop a (UN_NEG or UN_NOT); never checked (lowering asserts) */
    RV_BINARY,          /* a binop b, wrapping; comparisons give bool */
    RV_CHECKED_BINARY,  /* (a binop b, overflowed): ty is the (T, bool) tuple; ADD SUB MUL SHL SHR */
    RV_CAST,            /* a as ty */
    RV_AGGREGATE,       /* tuple (elems); ty is the aggregate type */
    RV_LEN,             /* len(place) */
    RV_DISCRIMINANT,    /* discriminant(place) */
    RV_PRIM,            /* prim(a[, b]): a primitive method (PrimOp), never checked */
    RV_REPEAT,          /* [a; ty.len]: an array of copies of a */
    RV_UNSIZE,          /* a: &[T; N] as &[T] (len is b, a constant) */
} RvalueKind;

/* BORROW_UNIQUE: a closure's capture of a `&mut` variable it writes through (rustc's
 * unique borrow): it needs no `let mut`. */
typedef enum BorrowKind { BORROW_SHARED, BORROW_MUT, BORROW_TWO_PHASE, BORROW_UNIQUE } BorrowKind;

typedef struct Rvalue {
    RvalueKind kind;
    Type *ty;                                   /* the rvalue's type */
    int variant;                                /* RV_AGGREGATE of an enum: which variant */
    PrimOp prim;                                /* RV_PRIM */
    UnaryOp unop;
    BinOp binop;
    Operand a, b;
    Place place;                                /* RV_REF, RV_RAW_REF, RV_LEN, RV_DISCRIMINANT */
    BorrowKind borrow;
    int region;                                 /* region variable of a borrow */
    Operand *elems;                             /* RV_AGGREGATE */
    int nelems;
} Rvalue;

typedef enum StmtKind { ST_ASSIGN, ST_STORAGE_LIVE, ST_STORAGE_DEAD, ST_NOP } StmtKind;

typedef struct Stmt {
    StmtKind kind;
    Span span;
    Place place;                                /* ST_ASSIGN destination */
    Rvalue rv;                                  /* ST_ASSIGN */
    int local;                                  /* ST_STORAGE_LIVE / ST_STORAGE_DEAD */
    Span origin;                                /* a pattern's binding: the matched expression, where rustc
                                                   reports a move out of it that is forbidden; else empty */
} Stmt;

typedef enum TermKind {
    TM_GOTO, TM_SWITCH, TM_CALL, TM_DROP, TM_ASSERT, TM_RETURN, TM_UNREACHABLE,
    TM_RESUME,          /* the end of a cleanup chain: a panic unwinds on to the caller */
} TermKind;

/* The panic an assert terminator raises, with rustc's messages. */
typedef enum AssertMsg {
    AM_ADD_OVERFLOW,    /* attempt to add with overflow */
    AM_SUB_OVERFLOW,    /* attempt to subtract with overflow */
    AM_MUL_OVERFLOW,    /* attempt to multiply with overflow */
    AM_DIV_OVERFLOW,    /* attempt to divide with overflow */
    AM_REM_OVERFLOW,    /* attempt to calculate the remainder with overflow */
    AM_NEG_OVERFLOW,    /* attempt to negate with overflow */
    AM_SHL_OVERFLOW,    /* attempt to shift left with overflow */
    AM_SHR_OVERFLOW,    /* attempt to shift right with overflow */
    AM_DIV_BY_ZERO,     /* attempt to divide by zero */
    AM_REM_BY_ZERO,     /* attempt to calculate the remainder with a divisor of zero */
    AM_BOUNDS_CHECK,    /* index out of bounds: the len is {len} but the index is {index} */
} AssertMsg;

typedef struct Term {
    TermKind kind;
    Span span;
    int target;                                 /* GOTO; CALL return; DROP; ASSERT success */
    int unwind;                                 /* CALL, ASSERT: the cleanup chain a panic runs (0: none) */
    /* TM_SWITCH: jump to targets[i] when discr == values[i], else otherwise */
    Operand discr;
    uint64_t *values;
    int *targets;
    int ncases;
    int otherwise;
    /* TM_CALL: dest = func(args); target is -1 when the callee never returns. A dynamic
     * call (dyn_call) takes func's signature but calls slot dyn_slot of the vtable in the
     * `&dyn Trait` args[0], passing its data pointer as self. */
    bool dyn_call;
    int dyn_slot;
    Def *indirect_sig;                          /* a call through a `fn` pointer (func's value): its signature */
    Operand func;
    Operand *args;
    int nargs;
    Place dest;
    /* TM_ASSERT: if cond != expected, panic with msg at span */
    Operand cond;
    bool expected;
    AssertMsg msg;
    Operand len, index;                         /* AM_BOUNDS_CHECK operands */
    /* TM_DROP */
    Place place;
} Term;

typedef struct Block {
    Stmt *stmts;
    int nstmts, cap;
    Term term;
} Block;

typedef struct Local {
    Type *ty;
    Sym name;                                   /* 0 for temporaries */
    Span span;
    bool is_mut;                                /* user variable declared `mut` */
    bool is_user_var;                           /* bound by a pattern (not a temporary) */
} Local;

/* One function body. Local 0 is the return place, locals 1..nargs the arguments. */
typedef struct Body {
    Def *def;
    const char *symbol;                         /* link name */
    Span span;
    Local *locals;
    int nlocals, cap_locals;
    int nargs;
    Block *blocks;                              /* block 0 is the entry */
    int nblocks, cap_blocks;
    int nregions;
    bool unused_unless_called;                  /* a plain prelude fn: dropped when nothing reaches it */
} Body;

/* The vtable of a type for a trait: its size and alignment, its drop glue (null when it
 * needs no drop), then one function per trait method, in the trait's order. */
typedef struct IrVtable {
    const char *symbol;
    Type *ty;
    TraitDef *trait;
    Def **methods;
    int nmethods;
} IrVtable;
#define VTABLE_DROP_OFFSET 16                   /* bytes: after size and align */
#define VTABLE_METHODS_OFFSET 24

typedef struct IrGlobal {
    const char *symbol;
    Type *ty;
    Node *init;                                 /* a constant expression (main's prologue stores it) */
    Const promoted;                             /* `&5`'s 5, when init is NULL: the global's fixed value */
    Sym name;                                   /* a `static` item's (0: a promoted value) */
} IrGlobal;

typedef struct IrProgram {
    Body **bodies;
    int nbodies;
    Body *main;                                 /* the user's `fn main`, NULL if missing */
    IrGlobal *globals;                          /* `static mut` items */
    int nglobals;
    /* generic fns lowered once with their type parameters, for the ownership checks only
     * (an instance may be Copy where the generic is not); never emitted */
    Body **generic_bodies;
    int ngeneric_bodies;
    IrVtable *vtables;                          /* CONST_VTABLE operands index this */
    int nvtables;
} IrProgram;

/* The static a negative place local stands for (set up by lower_crate). */
IrGlobal *ir_global(int local);
/* --print instances: `name::<A, B>` and its link name, one line per instance. */
void ir_print_instances(FILE *out, IrProgram *prog);

typedef struct LowerOptions {
    bool overflow_checks;                       /* debug: true; -O: false */
} LowerOptions;

IrProgram *lower_crate(Node *crate, const LowerOptions *opts);
void ir_print(FILE *out, IrProgram *prog);      /* --emit=ir */
Type *ir_place_type(Body *body, Place p);
int ir_new_local(Body *b, Local l);
int ir_new_block(Body *b);                      /* ends in TM_UNREACHABLE until terminated */
Stmt *ir_push_stmt(Block *bb, Stmt st);
Type *ir_operand_type(Body *body, const Operand *op);
const char *ir_intrinsic_name(Intrinsic in);     /* the runtime's C symbol */
bool ir_intrinsic_diverges(Intrinsic in);       /* never returns: panics, exit, abort */
const char *ir_assert_text(AssertMsg m);         /* rustc's panic message */

/* ───────────────────────── IR passes ───────────────────────── */

/* The shared dataflow framework (dataflow.c): bit-set states over a body's blocks, joined
 * by union (a "maybe" analysis), solved forward to a fixed point. A pass gives the entry
 * state and a transfer function for a whole block; it gets every block's entry state,
 * and replays blocks statement by statement itself to report. */
typedef struct BitSet {
    uint64_t *words;
    int nbits;
} BitSet;

BitSet bitset_new(int nbits);
void bitset_copy(BitSet *dst, const BitSet *src);
bool bitset_union(BitSet *dst, const BitSet *src);   /* true if dst changed */
static inline bool bitset_get(const BitSet *b, int i) { return (b->words[i >> 6] >> (i & 63)) & 1; }
static inline void bitset_set(BitSet *b, int i) { b->words[i >> 6] |= 1ull << (i & 63); }
static inline void bitset_clear(BitSet *b, int i) { b->words[i >> 6] &= ~(1ull << (i & 63)); }

typedef struct Dataflow {
    int nbits;
    void *ctx;
    void (*entry_state)(void *ctx, Body *body, BitSet *state);
    void (*transfer_block)(void *ctx, Body *body, int block, BitSet *state);
    /* optional: the state on block's unwind edge, from its exit state (a call's
     * destination was never written there) */
    void (*unwind_edge)(void *ctx, Body *body, int block, BitSet *state);
} Dataflow;

/* Returns the entry state of every block; blocks unreachable from the entry have
 * reachable[b] == false (when reachable is non-NULL) and an empty state. */
BitSet *dataflow_forward(Body *body, const Dataflow *df, bool **reachable);
/* The blocks reachable from the entry in reverse post-order (each after its predecessors,
 * back edges aside); seen[b] (nblocks entries, zeroed) marks them. */
int *dataflow_order(Body *body, bool *seen, int *count);
/* The blocks a terminator may jump to; returns their count (at most ncases + 1). */
int ir_successors(const Term *t, int *out);

/* Move paths (movepaths.c): a tracked local and the field places below it that a pass
 * follows (rustc's move paths). A pass makes the roots, asks for field paths with
 * mp_path_of(create), then indexes the subtrees before its dataflow. */
#define MP_BOX_CONTENTS (-2)                    /* MovePath.field: what an owned Box holds (`*b`) */
typedef struct MovePath {
    int local;
    int parent;                                 /* -1 for a local's own path */
    int variant;                                /* an enum parent's variant, else -1 */
    int field;                                  /* index in the parent's (variant's) fields, or MP_BOX_CONTENTS */
    Type *ty;
    int flag;                                   /* drop elaboration: its drop flag's local, or -1 */
} MovePath;

typedef struct MovePaths {
    bool (*tracks)(Type *);                     /* field types that get a path of their own */
    MovePath *paths;
    int npaths, cap;
    int *root;                                  /* per local: its own path, or -1 */
    int **subtree, *nsubtree;                   /* per path, once indexed: itself and its descendants */
} MovePaths;

int mp_add(MovePaths *mp, int local, int parent, int variant, int field, Type *ty);
int mp_child(const MovePaths *mp, int parent, int variant, int field);
int mp_path_of(MovePaths *mp, Place p, bool create, bool exact);
bool box_contents_at(const Place *p, int i, Type *base);   /* p's projections i, i+1: `*b.0` of a Box b */
bool step_into_box(const Place *p, int *i, Type **t);      /* past them, t the contents' type: true if they were */
void mp_index_subtrees(MovePaths *mp);

/* Initialization / moves: E0381, E0382, E0384 ... (moves.c). Reports; never mutates. */
void moves_check(IrProgram *prog);
/* Drop elaboration (drops.c): drops of moved-out values removed, drop flags where a value
 * may have been moved, open drops of partly moved structs. Runs after the checks. */
void drops_elaborate(IrProgram *prog);

/* ───────────────────────── layout (layout.c) ───────────────────────── */

typedef struct Layout {
    uint64_t size, align;
    int nfields;
    uint64_t *offsets;                          /* per field, in declaration order */
    /* enums: the tag (at offset 0) and each variant's own field layout */
    uint64_t tag_size;
    int nvariants;
    const struct Layout **variants;
    /* niche-filled enums (no tag): the variant whose fields hold the niche, and how the
     * other variants are encoded in the niche's invalid values */
    bool niche_encoded;
    int dataful_variant;
    uint64_t niche_offset, niche_size, niche_start;  /* niche_start encodes niche_first */
    int niche_first, niche_last;                     /* the variants encoded in the niche */
} Layout;

const Layout *layout_of(Type *t);
/* Whether t is at least rustc's object size bound (2^61 bytes): it has no values. */
bool layout_too_big(Type *t);
/* "values of the type `T` are too big for the target architecture" at span. */
void layout_report_too_big(Type *t, Span span, const char *code);
/* That error for every body with a local of such a type (rustc reports it when laying
 * out the locals of the functions it emits). */
void layout_check_locals(IrProgram *prog);
/* --print type-sizes: every struct and enum of the crate with its field layout. */
void layout_print_type_sizes(FILE *out, Node *crate);
/* Lays out the type of every local, static and vtable of the program's bodies. */
void layout_program(IrProgram *prog);

/* ───────────────────────── the compiler as a library (pipeline.c) ───────────────────────── */

typedef enum Stage { STAGE_TOKENS, STAGE_AST, STAGE_LAYOUT } Stage;

/* One compilation's front end: lexing through the ownership checks, drop elaboration and
 * layout. An output path names where a stage's text goes ("-" is stdout, NULL nowhere). */
typedef struct FrontEnd {
    const char *path;                           /* the name spans and diagnostics show */
    const char *text;
    size_t len;
    Stage last_stage;                           /* stop after this stage */
    bool overflow_checks;                       /* debug build: true; -O: false */
    const char *tokens_out, *ast_out, *ir_out;  /* --emit=tokens, ast, ir */
    const char *type_sizes_out, *instances_out; /* --print type-sizes, instances */
} FrontEnd;

/* Starts a compilation: diagnostics' format and stream (NULL: stderr), the type universe. */
void session_begin(bool color, DiagFormat format, FILE *diag_out);
/* Runs the front end. False when a stage reported errors or an output could not be
 * written; *out is the program when every stage ran, else NULL. */
bool compile_front_end(const FrontEnd *fe, IrProgram **out);
/* Ends the compilation ("aborting due to N previous errors"), frees the arena and puts
 * every stage's state back to its start: the process may compile again. */
void session_end(void);
/* Runs fn(arg) on a thread whose stack fits the deepest recursion any accepted input
 * causes, and returns when it has finished. */
void run_on_compiler_stack(void *(*fn)(void *), void *arg);

/* Each stage's file-scope state back to its start (session_end calls them all). */
void diag_reset(void);
void types_reset(void);
void resolve_reset(void);
void typeck_reset(void);
void lower_reset(void);
void layout_reset(void);

/* ───────────────────────── codegen (codegen.c) ───────────────────────── */

typedef struct CgOptions {
    int opt_level;                              /* 0..3 */
    const char *source_name;                    /* module name */
    const char *llvm_ir_path;                   /* write textual IR here, or NULL */
    const char *asm_path;                       /* write assembly here, or NULL */
    const char *obj_path;                       /* write an object file here, or NULL */
} CgOptions;

/* Returns false after reporting an error (an LLVM failure is a compiler bug). Every
 * output goes through output_write. */
bool cg_emit(IrProgram *prog, const CgOptions *opts);

/* ───────────────────────── internal errors (ice.c) ───────────────────────── */

/* A crash of the compiler (a fatal signal, a failed assert) prints rustc's internal
 * compiler error layout with the stage and span below, and exits 101. */
void ice_install(void);                         /* once per process */
void ice_install_thread(void);                  /* on the thread that compiles */
size_t ice_stack_bytes(size_t normal);          /* the compiler thread's stack (smaller for PATINA_ICE_TEST=...:overflow) */
/* Stages call these: once when a stage starts (stage is the PATINA_ICE_TEST name, doing
 * the words of the report: "type-checking"), and once per item or body. */
void ice_enter_stage(const char *stage, const char *doing);
void ice_at(Span sp);
/* An internal error found by the compiler itself ("invalid LLVM IR: ..."): the same report. */
_Noreturn void ice(const char *what);

/* ───────────────────────── outputs (output.c) ───────────────────────── */

/* Remembers the input (so that no output replaces it) and removes temporaries when
 * SIGINT, SIGTERM or SIGHUP ends the compile. */
void output_init(const char *input_path);
/* False, after "the input file ... would be overwritten", when path names the input. */
bool output_check_not_input(const char *path);
/* Writes bytes to path ("-" is stdout), replacing a regular file atomically. False after
 * reporting the error (full disk, missing directory, no permission...). */
bool output_write(const char *path, const char *bytes, size_t len);
bool output_flush_stdout(void);                 /* false after reporting a failed write */
/* For outputs another program writes (the linker's): where to write instead of path (a
 * registered temporary next to it, or path itself when it is not a regular file), or NULL
 * after an error; then commit (rename into place) or abandon it. */
const char *output_begin(const char *path);
bool output_commit(const char *temp, const char *path, bool executable);
void output_abandon(const char *temp, const char *path);
/* Registers a temporary file made elsewhere (the object file) for removal on a signal. */
void output_forget_temporary(const char *path);
bool output_track_temporary(const char *path);
void output_set_linker_pid(long pid);          /* killed if the compile is interrupted; 0: none */
void output_remove_temporaries(void);          /* async-signal-safe */

#endif
