/* ir.h — The typed IR: bodies of locals and basic blocks, places, rvalues, terminators. */
#ifndef PATINA_IR_IR_H
#define PATINA_IR_IR_H

#include "typeck/typeck.h"

/* PROJ_CONST_INDEX and PROJ_SUBSLICE are rustc's ProjectionElem::ConstantIndex and
 * Subslice: the places a slice pattern binds, at offsets the pattern fixes, so the borrow
 * checker can tell `[a, b, ..]`'s elements apart. On a slice, offsets after the pattern's
 * `..` count from the end (from_end); an array's element is a PROJ_FIELD, its index known
 * (ConstantIndex { offset, min_length: the length, from_end: false }, printed as such). */
typedef enum ProjKind {
    PROJ_FIELD, PROJ_DEREF, PROJ_INDEX, PROJ_DOWNCAST, PROJ_CONST_INDEX, PROJ_SUBSLICE
} ProjKind;

typedef struct Proj {
    ProjKind kind;
    union {
        int field;                              /* PROJ_FIELD: field index;
                                                   PROJ_DOWNCAST: variant */
        int offset;                             /* PROJ_CONST_INDEX: from the start, or with
                                                   from_end, 1 is the last element */
        int from;                               /* PROJ_SUBSLICE: elements skipped at the start */
    };
    union {
        int index_local;                        /* PROJ_INDEX: the local holding the index */
        int min_length;                         /* PROJ_CONST_INDEX: the length the pattern
                                                   tested for, at least */
        int to;                                 /* PROJ_SUBSLICE: with from_end, elements
                                                   skipped at the end; else the end index */
    };
    bool from_end;                              /* PROJ_CONST_INDEX, PROJ_SUBSLICE */
    Type *ty;                                   /* type of the place after this projection */
} Proj;

typedef struct Place {
    int local;                                  /* < 0: the global static ir_global(~local) */
    int nproj;
    Proj *proj;
} Place;

typedef enum ConstKind { CONST_INT, CONST_BOOL, CONST_CHAR, CONST_UNIT, CONST_STR, CONST_FN,
                        CONST_FLOAT, CONST_VTABLE } ConstKind;

/* Functions the runtime provides; lowering calls them through CONST_FN operands whose
 * intrinsic is set. One row each, the only list of them:
 *   X(NAME, its C symbol in runtime/rt.h, properties, the std builtin it implements or
 *     BUILTIN_NONE)
 * with the properties INTRP_DIVERGES (never returns: exit, abort, the end of a panic) and
 * INTRP_PANICS (may panic, so its call gets a cleanup edge). Argument lists are exactly
 * the runtime's C parameters, in order, with `&str` arguments split by codegen into
 * (ptr, len). */
enum { INTRP_DIVERGES = 1, INTRP_PANICS = 2 };
#define IR_INTRINSICS(X)                                                                           \
    /* (stream: i32, s: &str) */                                                                   \
    X(WRITE_STR, "rt_write_str", 0, BUILTIN_NONE)                                                  \
    /* (stream: i32, s: &str, flags: u32, fill: u32, width: i64, precision: i64) */                \
    X(FMT_STR, "rt_fmt_str", 0, BUILTIN_NONE)                                                      \
    /* (stream: i32, bits: u128, is_signed: bool, flags, fill, width, precision, bit_width:        \
     * u32) */                                                                                     \
    X(FMT_INT, "rt_fmt_int", 0, BUILTIN_NONE)                                                      \
    /* (stream: i32, b: bool, flags, fill, width, precision) */                                    \
    X(FMT_BOOL, "rt_fmt_bool", 0, BUILTIN_NONE)                                                    \
    /* (stream: i32, c: char, flags, fill, width, precision) */                                    \
    X(FMT_CHAR, "rt_fmt_char", 0, BUILTIN_NONE)                                                    \
    /* (stream: i32, x: f64, is_f32: bool, flags, fill, width, precision) */                       \
    X(FMT_FLOAT, "rt_fmt_float", 0, BUILTIN_NONE)                                                  \
    /* (file: &str, line: u32, col: u32): starts a panic message on stderr */                      \
    X(PANIC_BEGIN, "rt_panic_begin", 0, BUILTIN_NONE)                                              \
    /* () -> !: finishes the message, exits 101 */                                                 \
    X(PANIC_END, "rt_panic_end", INTRP_DIVERGES|INTRP_PANICS, BUILTIN_NONE)                        \
    /* (msg: &str, file: &str, line: u32, col: u32) -> ! */                                        \
    X(PANIC_STR, "rt_panic_str", INTRP_DIVERGES|INTRP_PANICS, BUILTIN_NONE)                        \
    /* (code: i32) -> ! */                                                                         \
    X(PROCESS_EXIT, "rt_process_exit", INTRP_DIVERGES, BUILTIN_PROCESS_EXIT)                       \
    /* () -> ! */                                                                                  \
    X(PROCESS_ABORT, "rt_process_abort", INTRP_DIVERGES, BUILTIN_PROCESS_ABORT)                    \
    /* (lo: usize, hi: usize, len: usize, has_lo: bool, has_hi: bool, file: &str, line: u32,       \
     * col: u32) */                                                                                \
    X(SLICE_CHECK, "rt_slice_check", INTRP_PANICS, BUILTIN_NONE)                                   \
    /* (s: &str, lo: usize, hi: usize, file: &str, line: u32, col: u32, start_only: bool) */       \
    X(STR_SLICE_CHECK, "rt_str_slice_check", INTRP_PANICS, BUILTIN_NONE)                           \
    /* (a: &str, b: &str) -> i32 */                                                                \
    X(STR_CMP, "rt_str_cmp", 0, BUILTIN_NONE)                                                      \
    /* (base: u128, exp: u32, bits: u32, signed: bool, checked: bool, file: &str, line: u32,       \
     * col: u32) -> u128: base ** exp wrapped to `bits`; panics on overflow when checked */        \
    X(IPOW, "rt_ipow", INTRP_PANICS, BUILTIN_NONE)                                                 \
    /* (base: u128, exp: u32, bits: u32, signed: bool) -> bool: whether base ** exp overflows */   \
    X(IPOW_OVERFLOWS, "rt_ipow_overflows", 0, BUILTIN_NONE)                                        \
    /* (size: usize, align: usize) -> *mut u8 */                                                   \
    X(ALLOC, "rt_alloc", 0, BUILTIN_ALLOC)                                                         \
    /* (size: usize, align: usize) -> *mut u8 */                                                   \
    X(ALLOC_ZEROED, "rt_alloc_zeroed", 0, BUILTIN_ALLOC_ZEROED)                                    \
    /* (p: *mut u8, size: usize, align: usize) */                                                  \
    X(DEALLOC, "rt_dealloc", 0, BUILTIN_DEALLOC)                                                   \
    /* (p: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 */                  \
    X(REALLOC, "rt_realloc", 0, BUILTIN_REALLOC)                                                   \
    /* (dst: *mut u8, src: *const u8, bytes: usize) */                                             \
    X(MEMMOVE, "rt_memmove", 0, BUILTIN_PTR_COPY)                                                  \
    /* (dst: *mut u8, src: *const u8, bytes: usize): the ranges do not overlap */                  \
    X(MEMCPY, "rt_memcpy", 0, BUILTIN_PTR_COPY_NONOVERLAPPING)                                     \
    /* () -> i32: an in-memory stream for format! */                                               \
    X(SINK_OPEN, "rt_sink_open", 0, BUILTIN_NONE)                                                  \
    /* (stream: i32, len: &mut usize, cap: &mut usize) -> *mut u8 */                               \
    X(SINK_TAKE, "rt_sink_take", 0, BUILTIN_SINK_TAKE)                                             \
    /* () -> usize */                                                                              \
    X(ARG_COUNT, "rt_arg_count", 0, BUILTIN_ARG_COUNT)                                             \
    /* (i: usize, len: &mut usize) -> *const u8 */                                                 \
    X(ARG, "rt_arg", 0, BUILTIN_ARG)                                                               \
    /* (s: &str, ok: &mut bool) -> f64 */                                                          \
    X(PARSE_F64, "rt_parse_f64", 0, BUILTIN_PARSE_F64)                                             \
    /* (c: u32, property: u32) -> u32: 1 if char c has the RT_CHAR_* property */                   \
    X(CHAR_PROPERTY, "rt_char_property", 0, BUILTIN_CHAR_PROPERTY)                                 \
    /* (stream: i32, levels: i32): indent the stream's next lines 4 spaces a level more (or        \
     * less) */                                                                                    \
    X(INDENT, "rt_indent", 0, BUILTIN_NONE)

typedef enum Intrinsic {
    INTR_NONE,
#define IR_INTRINSIC_ENUM(name, symbol, props, builtin) INTR_##name,
    IR_INTRINSICS(IR_INTRINSIC_ENUM)
#undef IR_INTRINSIC_ENUM
    INTR__COUNT
} Intrinsic;

/* One of its kind's fields is set (a union: every Operand carries a Const, and an IR of
 * many statements pays for each byte of it). */
typedef struct Const {
    ConstKind kind;
    Type *ty;
    union {
        IntBits bits;                           /* CONST_INT (two's complement), CONST_BOOL,
                                                   CONST_CHAR, CONST_VTABLE */
        double fval;                            /* CONST_FLOAT */
        struct {                                /* CONST_STR */
            const char *str;
            size_t str_len;
        };
        struct {                                /* CONST_FN: a user fn or a runtime intrinsic */
            Def *fn;
            Intrinsic intrinsic;
        };
    };
} Const;

typedef enum OperandKind { OP_COPY, OP_MOVE, OP_CONST } OperandKind;

typedef struct Operand {
    OperandKind kind;
    Place place;                                /* OP_COPY, OP_MOVE */
    Const c;                                    /* OP_CONST */
    bool by_compiler;                           /* OP_MOVE made by lowering itself (mem::swap,
                                                   a loop over an array by value): exempt from
                                                   E0507/E0508 */
    Span span;                                  /* a place operand: the expression it reads
                                                   (for reports), or empty */
} Operand;

typedef enum RvalueKind {
    RV_USE,             /* a */
    RV_REF,             /* &place, &mut place: borrow_kind, region, place */
    RV_RAW_REF,         /* &raw const/mut place */
    RV_UNARY,           /* unop a (UN_NEG or UN_NOT); never checked (lowering asserts) */
    RV_BINARY,          /* a binop b, wrapping; comparisons give bool */
    RV_CHECKED_BINARY,  /* (a binop b, overflowed): ty is the (T, bool) tuple;
                           ADD SUB MUL SHL SHR */
    RV_CAST,            /* a as ty */
    RV_AGGREGATE,       /* tuple (elems); ty is the aggregate type */
    RV_LEN,             /* len(place) */
    RV_DISCRIMINANT,    /* discriminant(place) */
    RV_PRIM,            /* prim(a[, b]): a primitive method (PrimOp), never checked */
    RV_REPEAT,          /* [a; ty.len]: an array of copies of a */
    RV_UNSIZE,          /* a: &[T; N] as &[T] (len is b, a constant) */
} RvalueKind;

/* BORROW_TWO_PHASE: an implicit `&mut` that only reserves the place until the call that
 * uses it (rustc's two-phase borrows: autoref of a `&mut self` receiver, reborrow of a
 * `&mut` argument, autoref of an overloaded compound assignment); its temporary is used
 * exactly once. BORROW_UNIQUE: a closure's capture of a `&mut` variable it writes through
 * (rustc's unique borrow): it needs no `let mut`. BORROW_SHALLOW: the fake borrow that
 * keeps a match guard from changing the scrutinee (rustc's `&fake shallow`). */
typedef enum BorrowKind {
    BORROW_SHARED, BORROW_MUT, BORROW_TWO_PHASE, BORROW_UNIQUE, BORROW_SHALLOW
} BorrowKind;

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
    Region region;                              /* RV_REF: erased as lowered; a REGION_VAR
                                                   after ir_renumber_regions */
    Operand *elems;                             /* RV_AGGREGATE */
    int nelems;
} Rvalue;

/* ST_FAKE_READ: the place is read for the borrow checker only (rustc's FakeRead): a
 * match scrutinee, a guard's binding, `let` of a place; codegen emits nothing.
 * ST_PLACE_MENTION: the place is named and dropped at once (`let _ = place;`): it must be
 * a valid place, but is not read. */
typedef enum StmtKind {
    ST_ASSIGN, ST_STORAGE_LIVE, ST_STORAGE_DEAD, ST_NOP, ST_FAKE_READ, ST_PLACE_MENTION
} StmtKind;

/* Why a fake read is there (rustc's FakeReadCause): the report names it. */
typedef enum FakeReadCause {
    FAKE_FOR_MATCHED_PLACE, FAKE_FOR_GUARD_BINDING, FAKE_FOR_LET, FAKE_FOR_INDEX,
    FAKE_FOR_MATCH_GUARD,                       /* the guard's shallow borrow, read after it */
} FakeReadCause;

typedef struct Stmt {
    StmtKind kind;
    Span span;
    Place place;                                /* ST_ASSIGN destination; the place read or named */
    FakeReadCause fake_cause;                   /* ST_FAKE_READ */
    Rvalue rv;                                  /* ST_ASSIGN */
    int local;                                  /* ST_STORAGE_LIVE / ST_STORAGE_DEAD */
    Span origin;                                /* a pattern's binding: the matched expression,
                                                   where rustc reports a move out of it that is
                                                   forbidden; else empty */
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
    Span fn_span;                               /* CALL of a method: its name (rustc's fn_span,
                                                   what a #[track_caller] callee reports) */
    int target;                                 /* GOTO; CALL return; DROP; ASSERT success */
    int unwind;                                 /* CALL, ASSERT: the cleanup chain a panic runs
                                                   (0: none) */
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
    Def *indirect_sig;                          /* a call through a `fn` pointer (func's value):
                                                   its signature */
    Operand func;
    Operand *args;
    int nargs;
    Place dest;
    /* TM_ASSERT: if cond != expected, panic with msg at span */
    Operand cond;
    bool expected;
    AssertMsg msg;
    Operand len, index;                         /* AM_BOUNDS_CHECK operands */
    /* TM_DROP; replace: the drop of the old value an assignment overwrites (rustc's
     * drop-and-replace), which the borrow checker reports as the assignment */
    Place place;
    bool replace;
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
    Type *renumbered_ty;                        /* ty with a REGION_VAR at each region position
                                                   (ir_renumber_regions); NULL before */
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
    int nregions;                               /* region variables (ir_renumber_regions): one
                                                   per borrow and per region position of a
                                                   local's type */
    bool unused_unless_called;                  /* a plain prelude fn: dropped when nothing
                                                   reaches it */
    const struct IrProgram *program;            /* the program it belongs to: its globals */
    /* analyses cached on demand (cfg.c, movedata.c); a pass that changes the blocks or
     * their statements calls ir_body_changed, which forgets them */
    struct Cfg *cfg;
    struct MoveData *move_data;
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
    Node *init;                                 /* a constant expression (main's prologue
                                                   stores it) */
    Const promoted;                             /* `&5`'s 5, when init is NULL: the global's
                                                   fixed value */
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
    /* the `drop_in_place::<T>` of each type T lowering made one for, by Type.id (NULL:
     * none; ir_drop_glue reads it) */
    Def **drop_glue;
    uint32_t drop_glue_cap;
} IrProgram;

/* The drop glue of t (a TM_DROP of a t calls it), or NULL when t has none. */
Def *ir_drop_glue(const IrProgram *prog, const Type *t);
/* The static a negative place local stands for. */
IrGlobal *ir_global(const IrProgram *prog, int local);
/* --print instances: `name::<A, B>` and its link name, one line per instance. */
void ir_print_instances(FILE *out, IrProgram *prog);

typedef struct LowerOptions {
    bool overflow_checks;                       /* debug: true; -O: false */
} LowerOptions;

IrProgram *lower_crate(Node *crate, const LowerOptions *opts);
void ir_print(FILE *out, IrProgram *prog);      /* --emit=ir */
void ir_print_place(FILE *out, const Body *b, Place p);  /* `(*_1).0` as --emit=ir shows it */
void ir_print_body(FILE *out, Body *b);         /* one body, standard library ones too */
Type *ir_place_type(Body *body, Place p);
int ir_new_local(Body *b, Local l);
int ir_new_block(Body *b);                      /* ends in TM_UNREACHABLE until terminated */
Stmt *ir_push_stmt(Block *bb, Stmt st);
Type *ir_operand_type(Body *body, const Operand *op);
/* rustc's renumbering (regions.c): a fresh region variable for every region position of
 * every local's type (Local.renumbered_ty) and for every borrow (Rvalue.region), numbered
 * from 0 (locals in order, then borrows in block order). Lowering leaves them erased; the
 * printer and the borrow checker call this. Idempotent. */
void ir_renumber_regions(Body *b);
Body *ir_body_clone(const Body *b);             /* a deep copy to rewrite (clone.c) */
/* The parameters fn d takes in the IR: its declared ones, then for a #[track_caller] fn
 * its caller's location (file `&str`, line and column `u32`), which calls pass hidden. */
int ir_fn_nparams(const Def *d);
Type *ir_fn_param(const Def *d, int i);
const char *ir_intrinsic_name(Intrinsic in);     /* the runtime's C symbol */
bool ir_intrinsic_diverges(Intrinsic in);       /* never returns: panics, exit, abort */
bool ir_intrinsic_may_panic(Intrinsic in);      /* may unwind: its call needs a cleanup edge */
/* The runtime function that implements std builtin b (`alloc`, `ptr::copy`), or INTR_NONE. */
Intrinsic ir_intrinsic_of_builtin(Builtin b);
const char *ir_assert_text(AssertMsg m);         /* rustc's panic message */

#endif
