/* types.h — Types, hash-consed (types.c); lang-item traits. */
#ifndef PATINA_SEMA_TYPES_H
#define PATINA_SEMA_TYPES_H

#include "syntax/ast.h"

typedef struct RegionSig RegionSig;             /* a signature's regions (lifetimes.h) */

/* Traits the compiler gives meaning to (the prelude declares them with #[lang = "..."]). */
typedef enum LangTrait {
    LANG_NONE, LANG_COPY, LANG_CLONE, LANG_DEBUG, LANG_DISPLAY, LANG_PARTIAL_EQ, LANG_EQ,
    LANG_PARTIAL_ORD, LANG_ORD, LANG_DEFAULT,
    /* operators: a hand-written impl's method runs for the operator on its type */
    LANG_ADD, LANG_SUB, LANG_MUL, LANG_DIV, LANG_REM, LANG_NEG,
    LANG_ADD_ASSIGN, LANG_SUB_ASSIGN, LANG_MUL_ASSIGN, LANG_DIV_ASSIGN, LANG_REM_ASSIGN,
    LANG_INDEX, LANG_INDEX_MUT,     /* `a[i]`: `*a.index(i)`, or `*a.index_mut(i)` where a
                                     * place is written */
    LANG_FROM, LANG_INTO,           /* `T::from(x)`, `x.into()`, and the error conversion of `?` */
    LANG_DEREF, LANG_DEREF_MUT,     /* `*x`, auto-deref of receivers and fields, `&x`
                                     * coerced to `&Target` */
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
    TY_CLOSURE,         /* a closure: def is its body's Def, elems the types of its
                         * captures, elem the enclosing generic fn's arguments */
    TY_DYN,             /* `dyn Trait` (unsized; `&dyn Trait` is data pointer + vtable): trait */
    TY_PROJ,            /* `<elem as trait>::Item`: an associated type, var its index in
                         * the trait */
    TY_ERROR,           /* already reported; absorbs further errors */
} TypeKind;

typedef enum IntKind {
    IK_I8, IK_I16, IK_I32, IK_I64, IK_I128, IK_ISIZE,
    IK_U8, IK_U16, IK_U32, IK_U64, IK_U128, IK_USIZE,
} IntKind;

typedef enum FloatKind { FK_F32, FK_F64 } FloatKind;

/* A region (a lifetime) at one region position of a type. Type checking works on types
 * whose regions are all erased; signatures keep their declared ones (Def.sig_param_tys),
 * and the IR's renumbering gives each position of a body a variable (ir/regions.c). */
typedef enum RegionKind {
    REGION_ERASED,      /* not known here: typeck's types, and not-yet-renumbered IR */
    REGION_STATIC,      /* `'static`, a string literal's, or elided in a const's type */
    REGION_PARAM,       /* a universal region of the item: index into RegionSig.params */
    REGION_BOUND,       /* bound inside the type by `for<'a>`, a fn pointer or `Fn(..)`
                         * sugar: index among that binder's lifetimes (anonymous ones last) */
    REGION_VAR,         /* an inference variable of one IR body (ir_renumber_regions) */
} RegionKind;

typedef struct Region {
    RegionKind kind;
    int index;                                  /* PARAM, BOUND, VAR */
} Region;

extern const Region region_erased, region_static;
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
    int var;                                    /* TY_INFER: index into typeck's table;
                                                 * TY_PARAM: index */
    Sym pname;                                  /* TY_PARAM (def is its DEF_TYPE_PARAM) */
    TraitDef *trait;                            /* TY_DYN */
    /* the region positions of this type itself (not of the types inside it): TY_REF and
     * TY_DYN have one, TY_ADT one per lifetime parameter of adt (in declaration order) */
    Region *regions;
    int nregions;
    uint8_t region_flags;                       /* TYPE_REGION_*, over t and the types inside */
    uint8_t drop_memo;                          /* ty_needs_drop: 0 not yet known, 1 no, 2 yes */
    uint8_t copy_memo;                          /* ty_is_copy, likewise (types without
                                                 * inference variables) */
    uint32_t kinds;                             /* bit k: t or a type inside it is of
                                                 * TypeKind k (ty_contains) */
    Type *erased;                               /* ty_erase_regions's memo */
};

enum {
    TYPE_REGION_SLOT = 1,                       /* has a region position */
    TYPE_REGION_KNOWN = 2,                      /* ... and one that is not erased */
};

extern Type *ty_bool, *ty_char, *ty_str, *ty_never, *ty_unit, *ty_error;
Type *ty_int(IntKind ik);
Type *ty_float(FloatKind fk);
Type *ty_tuple(Type **elems, int n);
Type *ty_ref(Type *elem, bool is_mut);          /* region erased, as typeck builds them */
Type *ty_ref_in(Type *elem, bool is_mut, Region r);
Type *ty_static_str(void);                      /* `&'static str`: a string literal's type */
Type *ty_ptr(Type *elem, bool is_mut);
Type *ty_array(Type *elem, uint64_t len);
Type *ty_slice(Type *elem);
Type *ty_fn_def(Def *def);
Type *ty_adt(AdtDef *adt);                      /* generic ADTs: with their own parameters */
Type *ty_adt_args(AdtDef *adt, Type **args, int n);     /* its regions erased */
/* ... with regions[0..adt->nlifetimes) as its region arguments */
Type *ty_adt_in(AdtDef *adt, Type **args, int n, const Region *regions);
Type *ty_param(Def *param);                     /* param: its DEF_TYPE_PARAM (index, name,
                                                 * bounds) */
Type *ty_closure(Def *body, Type **captures, int n);    /* one type per closure expression */
/* A destructor runs when a value of t dies (concrete t). */
bool ty_needs_drop(Type *t);
bool ty_is_box(Type *t);                        /* the prelude's Box<T> */
/* t's own `impl Drop` (args: its type arguments), or NULL */
ImplDef *ty_drop_impl(Type *t, Type ***args);
/* A closure inside a generic fn also carries that fn's type arguments (parent, a tuple):
 * one closure type, and one body, per instance of the fn. */
Type *ty_closure_in(Def *body, Type **captures, int n, Type *parent);
/* t (a type of the closure's signature) for that instance */
Type *ty_closure_sig(const Type *closure, Type *t);
Type *ty_dyn(TraitDef *trait);                  /* object lifetime erased */
Type *ty_dyn_in(TraitDef *trait, Region r);
/* `<self as trait>::assoc`, normalized: the impl's type when self's impl is known (or
 * the bound `T: Trait<Item = X>` says), else the projection itself. */
Type *ty_proj(Type *self, TraitDef *trait, int assoc);
Type *ty_subst(Type *t, Type **args, int n);    /* replaces TY_PARAM i by args[i]; keeps regions */
/* t with every region erased: the type typeck sees. Memoized on t. */
Type *ty_erase_regions(Type *t);
/* t with the region at each of its positions (in printing order, outermost first)
 * replaced by map(ctx, region); t itself when it has no region position. */
Type *ty_map_regions(Type *t, Region (*map)(void *ctx, Region r), void *ctx);
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
/* "i32", "&str", "(i32, bool)" ...; regions that are not erased too: `&'static str`,
 * `Cursor<'?3>`, `&'?1 (dyn Show + '?2)` (REGION_PARAM as `'_#N`) */
char *ty_str_of(const Type *t);
/* ... with sig (a struct RegionSig, lifetimes.h) naming its REGION_PARAM regions: `&'a str` */
char *ty_str_in(const Type *t, const RegionSig *sig);
/* Between these, ty_str_of follows rustc's type length limit: past `limit` printed types,
 * the types that are not primitives print as `...`; end says whether any did. */
void ty_print_limit_begin(int limit);
bool ty_print_limit_end(void);

/* Methods of the primitive numeric types (`x.sqrt()`, `n.pow(3)`), which the compiler
 * knows directly until the standard library can define them. */
typedef enum PrimOp {
    PRIM_NONE,
    /* floats: one operand */
    PRIM_SQRT, PRIM_FABS, PRIM_FLOOR, PRIM_CEIL, PRIM_ROUND, PRIM_TRUNC, PRIM_SIN, PRIM_COS,
    PRIM_TAN, PRIM_EXP, PRIM_LN, PRIM_LOG10, PRIM_LOG2, PRIM_FSIGNUM, PRIM_TO_DEGREES,
    PRIM_TO_RADIANS, PRIM_IS_NAN, PRIM_ASIN, PRIM_ACOS, PRIM_ATAN, PRIM_CBRT, PRIM_FRACT,
    PRIM_RECIP,
    /* floats: two operands */
    PRIM_POWI, PRIM_POWF, PRIM_FMIN, PRIM_FMAX, PRIM_HYPOT, PRIM_ATAN2,
    /* integers */
    PRIM_IABS, PRIM_IMIN, PRIM_IMAX, PRIM_IPOW, PRIM_WRAPPING_ADD, PRIM_WRAPPING_SUB,
    PRIM_WRAPPING_MUL, PRIM_COUNT_ONES, PRIM_LEADING_ZEROS, PRIM_TRAILING_ZEROS, PRIM_ISIGNUM,
    PRIM_IS_POSITIVE, PRIM_IS_NEGATIVE, PRIM_REM_EUCLID, PRIM_ABS_DIFF, PRIM_IS_POWER_OF_TWO,
    PRIM_SATURATING_ADD, PRIM_SATURATING_SUB, PRIM_SATURATING_MUL, PRIM_COUNT_ZEROS,
    PRIM_ROTATE_LEFT, PRIM_ROTATE_RIGHT, PRIM_SWAP_BYTES, PRIM_REVERSE_BITS, PRIM_WRAPPING_NEG,
    PRIM_WRAPPING_DIV, PRIM_WRAPPING_REM, PRIM_WRAPPING_SHL, PRIM_WRAPPING_SHR, PRIM_WRAPPING_ABS,
    PRIM_WRAPPING_POW,
    /* raw pointers: b counts elements of the pointee */
    PRIM_PTR_ADD, PRIM_PTR_SUB, PRIM_PTR_IS_NULL,
    /* integers, giving an Option (None on overflow or a zero divisor): lowered, not emitted */
    PRIM_CHECKED_ADD, PRIM_CHECKED_SUB, PRIM_CHECKED_MUL, PRIM_CHECKED_DIV, PRIM_CHECKED_REM,
    PRIM_CHECKED_POW,
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

#endif
