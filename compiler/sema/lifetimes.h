/* lifetimes.h — Regions of declared signatures (lifetimes.c).
 *
 * Takes: the resolved AST (every type path bound to its Def).
 * Gives: the lifetime parameters of each fn, struct and enum, their declared outlives
 * bounds, and the region of every reference, trait object and ADT lifetime argument of
 * its declared signature, with the elision rules applied; the errors rustc reports while
 * resolving lifetimes (E0106, E0107, E0226, E0261, E0262, E0401, E0403, E0496, E0637,
 * E0726). Types stay region-erased: typeck and lowering never see these; the borrow
 * checker builds its universal regions and outlives relations from them. */
#ifndef PATINA_SEMA_LIFETIMES_H
#define PATINA_SEMA_LIFETIMES_H

#include "sema/resolve.h"

typedef enum RegionKind {
    REGION_ERASED,      /* not written in a signature (bodies): left to region inference */
    REGION_STATIC,      /* `'static`, or the elided lifetime of a `const`/`static` type */
    REGION_PARAM,       /* a universal region of the item: index into RegionSig.params */
    REGION_BOUND,       /* bound inside the signature by `for<'a>`, a fn pointer or `Fn(..)`
                         * sugar: index among that binder's lifetimes (anonymous ones last) */
    REGION_VAR,         /* the borrow checker's inference variable (never made here) */
} RegionKind;

typedef struct Region {
    RegionKind kind;
    int index;
} Region;

/* One universal region of an item: a declared `'a`, or an elided input lifetime. */
typedef struct RegionParam {
    Sym name;                                   /* without the quote; 0 when anonymous */
    Span span;                                  /* its declaration, or the elided `&` */
} RegionParam;

/* `'a: 'b` (longer outlives shorter), from generics or a where clause. */
typedef struct RegionOutlives {
    Region longer, shorter;
    Span span;
} RegionOutlives;

/* `T: 'a`: ty (a type node of the signature) outlives region. */
typedef struct TypeOutlives {
    const Node *ty;
    Region region;
    Span span;
} TypeOutlives;

/* The region at one place of a signature: the T_REF's, the T_DYN's object lifetime
 * (arg 0), or the arg-th lifetime argument of an ADT's T_PATH (written or elided). */
typedef struct RegionUse {
    const Node *site;
    int arg;
    Region region;
} RegionUse;

struct RegionSig {
    RegionParam *params;                        /* the impl's first, then the item's own, */
    int nparams, nimpl_params;                  /* then anonymous (elided) inputs */
    RegionOutlives *outlives;
    int noutlives;
    TypeOutlives *type_outlives;
    int ntype_outlives;
    RegionUse *uses;                            /* in source order (impl header first) */
    int nuses;
};

/* The declared regions of a fn (with its impl's), or of a struct or enum; NULL for
 * builtins and generated fns. */
const RegionSig *lifetimes_of_def(const Def *fn);
const RegionSig *lifetimes_of_adt(const AdtDef *adt);
/* The region recorded at site (see RegionUse), or an erased one. */
Region lifetimes_region_at(const RegionSig *sig, const Node *site, int arg);
/* "'a", "'static", "'_" (anonymous), "'^0" (bound), "'?3" (variable): for dumps. */
const char *region_str(const RegionSig *sig, Region r);

/* Resolves the lifetimes of the crate and its prelude, reporting the errors above. */
void lifetimes_check(Node *crate);
/* `--print lifetimes`: the RegionSig of each fn, struct and enum of the crate (not the
 * prelude), its uses by line:column. */
void lifetimes_print(FILE *out, Node *crate);

#endif
