/* lifetimes.h — Regions of declared signatures (lifetimes.c).
 *
 * Takes: the resolved AST (every type path bound to its Def).
 * Gives: the lifetime parameters of each fn, struct and enum, their declared outlives
 * bounds, and the region of every reference, trait object and ADT lifetime argument of
 * its declared signature, with the elision rules applied; the errors rustc reports while
 * resolving lifetimes (E0106, E0107, E0226, E0261, E0262, E0401, E0403, E0496, E0637,
 * E0726). Typeck builds each signature's types with these regions (Def.sig_param_tys,
 * AdtField.sig_ty; lower_type asks lifetimes_region_at) and works on their erased twins;
 * the borrow checker builds its universal regions and outlives relations from the
 * parameters and bounds here and the regions in those types. */
#ifndef PATINA_SEMA_LIFETIMES_H
#define PATINA_SEMA_LIFETIMES_H

#include "sema/resolve.h"

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
/* The region recorded at site (see RegionUse), or an erased one: how typeck's lowering of
 * a signature's type nodes learns their regions. */
Region lifetimes_region_at(const RegionSig *sig, const Node *site, int arg);
/* A fn's i-th parameter type and its result type as declared, with their regions (the
 * erased ones typeck uses when the fn has no declared signature). */
Type *def_sig_param_ty(const Def *fn, int i);
Type *def_sig_ret_ty(const Def *fn);
/* "'a", "'static", "'_" (anonymous), "'^0" (bound), "'?3" (variable): for dumps. */
const char *region_str(const RegionSig *sig, Region r);

/* Resolves the lifetimes of the crate and its prelude, reporting the errors above. */
void lifetimes_check(Node *crate);
/* `--print lifetimes`: the RegionSig of each fn, struct and enum of the crate (not the
 * prelude), its uses by line:column. */
void lifetimes_print(FILE *out, Node *crate);

#endif
