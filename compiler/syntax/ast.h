/* ast.h — The AST: what the parser builds and macro expansion rewrites; later stages read it. */
#ifndef PATINA_SYNTAX_AST_H
#define PATINA_SYNTAX_AST_H

#include "syntax/token.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Binding Binding;
typedef struct Def Def;
typedef struct AdtDef AdtDef;
typedef struct AdtField AdtField;
typedef struct TraitDef TraitDef;
typedef struct ImplDef ImplDef;
typedef struct Conversion Conversion;
typedef struct Adjustment Adjustment;

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
    N_FORMAT,           /* format: print!/println!/eprint!/eprintln!/panic!/format!/write!
                           after expand */
    N_ASSERT,           /* assert: assert!/assert_eq!/assert_ne! after expand */
    N_VEC,              /* list or repeat: `vec![...]` after expand (repeat when is_repeat) */
    N_DBG,              /* list: `dbg!(...)` after expand */
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
typedef enum Visibility {
    VIS_PRIVATE, VIS_PUB, VIS_CRATE, VIS_SUPER, VIS_SELF, VIS_IN_PATH
} Visibility;

/* What a struct, union, variant or field list looks like. */
typedef enum AdtShape { SHAPE_NAMED, SHAPE_TUPLE, SHAPE_UNIT } AdtShape;

typedef enum UnaryOp {
    UN_NEG, UN_NOT, UN_DEREF, UN_REF, UN_REF_MUT, UN_RAW_CONST, UN_RAW_MUT
} UnaryOp;

typedef enum BinOp {
    BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_REM,
    BIN_BITAND, BIN_BITOR, BIN_BITXOR, BIN_SHL, BIN_SHR,
    BIN_EQ, BIN_NE, BIN_LT, BIN_LE, BIN_GT, BIN_GE,
    BIN_AND, BIN_OR,                            /* short-circuit && and || */
} BinOp;

/* One `{...}` hole or literal run of a format string, after expand. */
typedef enum FmtAlign {
    FMT_ALIGN_NONE, FMT_ALIGN_LEFT, FMT_ALIGN_RIGHT, FMT_ALIGN_CENTER
} FmtAlign;
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
    /* a Formatter's own options, forwarded: lowering reads flags, fill, width, precision
     * from args[0..3] */
    bool runtime;
} FmtSpec;

typedef struct FmtPiece {
    const char *lit;                            /* literal text ({{ }} unescaped), may be NULL */
    size_t lit_len;
    int arg;                                    /* -1: a pure literal piece; else index into args */
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
    Type **targs;                               /* calls of generic fns: type arguments (typeck) */
    int ntargs;
    Conversion *conversion;                     /* typeck only: what a conversion call or cast
                                                   resolved to (typeck/typeck.h), or NULL */
    Adjustment *adjustments;                    /* typeck only: what the value goes through
                                                   where it is used (typeck/typeck.h) */
    int nadjustments;
    NodeList attrs;                             /* N_ATTR on items, fields and variants */
    Visibility vis;                             /* items and fields */
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
        struct { bool by_ref, is_mut; Sym lifetime; Span lifetime_span; Node *ty; } self_param;
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
            Def **param_defs;                   /* inherent impl of a generic type: its params */
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
            /* types, N_ASSOC_BINDING, const exprs; lifetimes as T_REF-less N_BOUND */
            NodeList args;
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
            /* per segment: N_GENERIC_ARGS or NULL (a NULL array: none at all) */
            Node **seg_args;
            int nsegs;
            bool global;                        /* leading `::` */
            /* set by resolve: exactly one of these */
            Binding *binding;                   /* a local variable */
            Def *def;                           /* an item, builtin fn or constant */
            Type *prim;                         /* a primitive type (in type position) */
            Def *self_param;                    /* `T::method` with T a type parameter: T's Def */
            /* `<Type as Trait>::item` with Type not a parameter: Type */
            Node *qself;
        } path;
        struct { NodeList elems; } list;
        struct { Node *self_ty; Node *trait_ref; Sym *segs; Span *seg_spans; int nsegs; } qpath;
        struct { Node *value, *count; bool is_repeat; } repeat;
        struct { Node *path; NodeList fields; Node *base; bool has_rest; } struct_lit;
        /* index: set by typeck */
        struct { Sym name; Span name_span; Node *expr; bool shorthand; int index; } field_init;
        struct { Node *path; NodeList elems; bool has_rest; } pat_struct;
        /* def: set by resolve */
        struct { NodeList params; Node *ret; Node *body; bool is_move; Def *def; } closure;
        struct { Node *scrutinee; NodeList arms; } match;
        struct { Node *pat; Node *guard; Node *body; } arm;
        struct { Node *pat; Node *expr; } let_cond;
        struct {
            NodeList params;
            Node *ret;
            bool is_unsafe;
            const char *abi;
            Node *hrtb;                         /* `for<'a> fn(..)`: N_GENERICS, or NULL */
        } fn_type;
        /* method (of unary and binary): an operator trait's (typeck) */
        struct { UnaryOp op; Node *operand; Def *method; } unary;
        struct { BinOp op; Node *lhs, *rhs; Def *method; } binary;
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
            /* N_FOR, typeck only: the IntoIterator::into_iter the loop calls on iter's value
             * (the trait's; iter's type is Self) and the iterator it gives, or NULL */
            Def *into_iter;
            Type *into_iter_ty;
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
        struct { bool is_mut; Sym lifetime; Span lifetime_span; Node *inner; } ty_ref;
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

#endif
