/* resolve.h — Names: Defs, ADTs, impls and the scopes resolve.c builds. */
#ifndef PATINA_SEMA_RESOLVE_H
#define PATINA_SEMA_RESOLVE_H

#include "sema/types.h"

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
    DEF_ASSOC_TYPE,     /* `T::Item`, `Self::Item`: trait, variant (its index),
                           assoc_base (T's Def) */
    DEF_TYPE_ALIAS,     /* `type Name = T;`, or `Self` in an impl of a non-struct type: node is T */
} DefKind;

typedef enum Builtin { BUILTIN_NONE, BUILTIN_PROCESS_EXIT, BUILTIN_PROCESS_ABORT,
               /* fns of a type only: size_of::<T>(), align_of, needs_drop, and the prelude's
                * intrinsics::is_scalar::<T>() (T an integer, float, bool or char) */
               BUILTIN_SIZE_OF, BUILTIN_ALIGN_OF, BUILTIN_NEEDS_DROP, BUILTIN_IS_SCALAR,
               BUILTIN_DEFAULT, BUILTIN_PRIM_FROM,
               BUILTIN_PRIM_METHOD, BUILTIN_MEM_SWAP, BUILTIN_MEM_FORGET,
               BUILTIN_SIZE_OF_VAL, BUILTIN_ALIGN_OF_VAL,
               /* std::alloc and std::ptr (unsafe but null and null_mut) */
               BUILTIN_ALLOC, BUILTIN_ALLOC_ZEROED, BUILTIN_DEALLOC, BUILTIN_REALLOC,
               BUILTIN_PTR_NULL, BUILTIN_PTR_NULL_MUT,
               BUILTIN_PTR_READ, BUILTIN_PTR_WRITE, BUILTIN_PTR_DROP_IN_PLACE, BUILTIN_PTR_COPY,
               BUILTIN_PTR_COPY_NONOVERLAPPING,
               BUILTIN_SLICE_FROM_RAW_PARTS, BUILTIN_SLICE_FROM_RAW_PARTS_MUT,
               BUILTIN_STR_FROM_UTF8_UNCHECKED, BUILTIN_SINK_TAKE, BUILTIN_CHAR_FROM_U32_UNCHECKED,
               BUILTIN_ARG_COUNT,
               BUILTIN_ARG, BUILTIN_PARSE_F64, BUILTIN_CHAR_PROPERTY } Builtin;

/* How a method takes `self`. */
typedef enum SelfKind { SELF_NONE, SELF_VALUE, SELF_REF, SELF_REF_MUT } SelfKind;

/* One field of a struct, in declaration order. */
typedef struct AdtField {
    Sym name;                                   /* 0 for tuple-struct fields */
    Span span;
    Node *ty_node;
    Type *ty;                                   /* set by typeck (regions erased) */
    Type *sig_ty;                               /* ... with the declared regions (`&'a str`) */
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
    int nlifetimes;                             /* lifetime parameters: its types' regions */
    Sym *generic_names;
    Def **generic_defs;                         /* their DEF_TYPE_PARAMs (each inherent impl
                                                   has its own) */
    bool is_prelude;                            /* defined by stdlib/prelude.rs */
    bool has_unsupported_impl;                  /* an `impl` of it was reported unsupported */
    Node *copy_by_hand;                         /* `impl Copy for T {}`: its self type
                                                   (derive_copy is set too) */
    PtrVec methods;                             /* Def* of fns in its `impl` blocks */
    PtrVec consts;                              /* Def* (DEF_CONST) of its inherent impls'
                                                   `const X: T = v;` */
    struct RegionSig *regions;                  /* its lifetime parameters (sema/lifetimes.h) */
};

struct Def {
    DefKind kind;
    Sym name;
    Node *node;
    Builtin builtin;
    AdtDef *adt;                                /* DEF_ADT, DEF_VARIANT; DEF_FN: the type of
                                                   its impl */
    int variant;                                /* DEF_VARIANT */
    SelfKind self_kind;                         /* DEF_FN: a method's receiver */
    Node *type_arg;                             /* BUILTIN_SIZE_OF/ALIGN_OF: the `::<T>` */
    const char *std_path;                       /* a std::alloc / std::ptr builtin:
                                                   `std::ptr::write` */
    Type *const_ty;
    IntBits value;
    double fvalue;
    /* set by typeck for fns: the types typeck works with (regions erased) ... */
    Type **param_tys;
    int nparams;
    Type *ret_ty;
    /* ... and as declared, with their regions (`&'a str`, elided ones resolved, sema/
     * lifetimes.h): NULL where the fn has no declared signature (generated, instances,
     * `-> impl Trait`); def_sig_param_ty / def_sig_ret_ty fall back to the erased ones */
    Type **sig_param_tys;
    Type *sig_ret_ty;
    const char *symbol;                         /* mangled link name, set by lower */
    /* generic fns: type parameters, the impl's first (TY_PARAM indices 0..ngenerics-1) */
    int ngenerics, nimpl_generics;
    Sym *generic_names;
    Def **generic_defs;                         /* DEF_TYPE_PARAM of each */
    Def *generic;                               /* an instance: the generic fn it was made from */
    Type **inst_args;                           /* ... and its type arguments */
    TraitDef *trait;                            /* DEF_TRAIT; DEF_FN: the trait declaring
                                                   this method */
    ImplDef *impl;                              /* DEF_FN: the `impl Trait for T` defining it */
    PtrVec bounds;                              /* DEF_TYPE_PARAM: TraitDef* it must implement */
    PtrVec where_params, where_traits;          /* DEF_FN: `where E: Trait` on its impl's
                                                   parameters */
    int impl_bound_count;                       /* ... the first ones come from its inherent
                                                   impl's bounds */
    PtrVec where_projs, where_proj_traits;      /* DEF_FN: `where Self::Item: Trait`
                                                   (T_PATH nodes) */
    PtrVec where_proj_types;                    /* ... lowered by typeck */
    Node *fn_bound;                             /* DEF_TYPE_PARAM: the T_PATH of its
                                                   `Fn(A) -> B` bound */
    Type *fn_ret_type;                          /* ... B, lowered (an impl infers the parameters in
                                                   it from the closure's result) */
    PtrVec assoc_eq;                            /* DEF_TYPE_PARAM: N_ASSOC_BINDING of
                                                   `T: Trait<Item = X>` ... */
    PtrVec assoc_eq_traits;                     /* ... and the trait of each */
    PtrVec assoc_eq_types;                      /* ... and X (set by typeck) */
    PtrVec arg_bound_traits;                    /* DEF_TYPE_PARAM: the traits of `S: Sum<X>` ... */
    PtrVec arg_bound_nodes;                     /* ... X as written ... */
    PtrVec arg_bound_types;                     /* ... and lowered (set by typeck) */
    Def *assoc_base;                            /* DEF_ASSOC_TYPE */
    /* closures (DEF_FN whose node is the N_CLOSURE): the outer bindings they use, and how */
    PtrVec captures;                            /* Binding* */
    PtrVec capture_modes;                       /* (intptr_t) CAPTURE_* per capture,
                                                   set by typeck */
    bool closure_mutates;                       /* writes a captured variable: FnMut,
                                                   called through &mut */
    bool closure_consumes;                      /* moves a capture out: FnOnce, its call
                                                   uses the closure up */
    bool closure_must_be_fn;                    /* written for an `F: Fn` parameter: may not
                                                   write captures */
    bool track_caller;                          /* #[track_caller]: its panics blame its caller */
    struct RegionSig *regions;                  /* DEF_FN: its declared regions
                                                   (sema/lifetimes.h) */
    /* DEF_TYPE_ALIAS, DEF_CONST: being expanded now (met again, it is a cycle: E0391),
     * found in a cycle (reported once), or (consts) followed and found acyclic */
    enum { EXPANSION_NONE, EXPANSION_ACTIVE, EXPANSION_CYCLIC, EXPANSION_DONE } expansion;
};


struct TraitDef {
    Sym name;
    Node *node;                                 /* the N_TRAIT */
    LangTrait lang;
    PtrVec methods;                             /* Def*: declarations and default methods;
                                                   Self is type parameter 0 */
    PtrVec supertraits;                         /* TraitDef* */
    PtrVec assoc_names;                         /* Sym (as void*): its associated types,
                                                   `type Item;` */
    /* ... the T_PATH of each one's trait bound (`type IntoIter: Iterator<Item = Self::Item>;`),
     * or NULL */
    PtrVec assoc_bounds;
    PtrVec consts;                              /* Def* (DEF_CONST, trait set): `const N: T;`
                                                   or with a default */
    Def *self_param;                            /* `Self` in its methods: type parameter 0,
                                                   bounded by the trait */
    /* `trait Sum<A = Self>`: its type parameters, 1..ngenerics in its methods (after Self,
     * before the methods' own); an impl's trait_arg is the argument (one, in the subset) */
    int ngenerics;
    Def **generic_defs;
};

/* `impl Trait for Type`. */
struct ImplDef {
    TraitDef *trait;
    Node *node;                                 /* the N_IMPL */
    Type *self_ty;                              /* set by typeck; may mention the impl's
                                                   type parameters */
    PtrVec methods;                             /* Def* */
    PtrVec consts;                              /* Def* (DEF_CONST, impl set) */
    AdtDef *adt;                                /* the struct or enum it is for, if it is one */
    /* `impl Add<f64> for V`, `impl Sum<&i32> for i32`: the trait's type argument, and it
     * lowered by typeck (the default, as Self, when it is left out; NULL if none) */
    Node *trait_arg_node;
    Type *trait_arg;
    int ngenerics;                              /* `impl<T: Display> Show for Wrapper<T>` */
    Def **generic_defs;
    Node **assoc_nodes;                         /* per trait associated type: its `type Item = X;`
                                                   (or NULL) */
    Type **assoc_types;                         /* ... and X (set by typeck) */
};

/* Whether impl im is for type t: equal, or for a generic impl, an instance of its self
 * type (its type arguments then in *args, when args is not NULL). Bounds are not checked. */
bool impl_matches(ImplDef *im, Type *t, Type ***args);
/* ... and, for a generic trait's impl, with trait argument arg (which gives the parameters
 * the self type does not: `impl<P: StringPiece> FromIterator<P> for String`). */
bool impl_matches_arg(ImplDef *im, Type *t, Type *arg, Type ***args);

/* The trait that projection proj's associated type is declared bounded by (`type IntoIter:
 * Iterator<Item = Self::Item>;`), its bound's path in *path; NULL if none. */
TraitDef *assoc_type_bound(const Type *proj, Node **path);

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
    int id;
    int closure_depth;                          /* how many closures enclose its declaration */
};

/* Binds names; the items of crate->u.crate.prelude are visible in a scope outside the crate's.
 * Then resolves lifetimes (lifetimes_check, sema/lifetimes.h). */
void resolve_crate(Node *crate);

#endif
