/* resolve_internal.h — what resolve.c and items.c share, and nothing outside sema/ sees.
 *
 * Takes: patina.h (the AST, Defs, types).
 * Gives: the Resolver (its scope chain and where it is: fn, impl, closures, patterns) and
 * the functions each of the two files offers the other. */
#ifndef PATINA_SEMA_RESOLVE_INTERNAL_H
#define PATINA_SEMA_RESOLVE_INTERNAL_H

#include "patina.h"

typedef struct Entry {
    Sym name;
    Binding *binding;
    Def *def;                                   /* value namespace */
    Def *type_def;                              /* type namespace (structs) */
} Entry;

typedef struct Scope {
    struct Scope *parent;
    PtrVec entries;                             /* Entry* */
    bool fn_boundary;                           /* locals above this scope are not visible */
} Scope;

typedef struct Resolver {
    Scope *scope;
    PtrVec loops;                   /* Node*: loops and labelled blocks, innermost last */
    Node *current_fn;
    AdtDef *current_impl;           /* `Self` inside an impl block */
    Def **impl_params;              /* ... an inherent one's own type parameters */
    bool in_prelude;                /* resolving stdlib/prelude.rs */
    ImplDef *current_trait_impl;    /* inside `impl Trait for T`: for `Self::Item` */
    PtrVec closures;                /* Def*: the closures being resolved, innermost last */
    PtrVec alt_bindings;            /* Binding*: those of an or-pattern's first alternative */
    bool in_later_alt;              /* resolving the 2nd+ alternative of an or-pattern */
    PtrVec alt_used;                /* Binding*: those of the first alternative a later one binds */
    /* Binding*: those of the pattern (or parameters) being resolved */
    PtrVec pattern_names;
    bool in_params;                 /* ... which is a parameter list (E0415, not E0416) */
    int next_binding_id;
    Node *callee;                   /* the path a call is about to resolve as its callee */
} Resolver;

/* resolve.c: scopes, paths, patterns, types, expressions and bodies */
void push_scope(Resolver *r, bool fn_boundary);
void pop_scope(Resolver *r);
Entry *scope_find(Scope *s, Sym name);
void declare(Resolver *r, Sym name, Binding *b, Def *d);
void declare_type(Resolver *r, Sym name, Def *d);
Def *lookup_type(Resolver *r, Sym name);
AdtDef *lookup_struct(Resolver *r, Sym name);
Def *variant_def(AdtDef *a, int v);
Def *adt_value_def(AdtDef *a);
Type *prim_type(Sym name);
void report_unsupported(Node *n, Span sp);
Span item_head_span(Node *item);
bool resolve_assoc_type(Resolver *r, Node *t);
void resolve_type(Resolver *r, Node *t);
void resolve_expr(Resolver *r, Node *n);
bool known_std_use(Node *tree, Sym *prefix, int nprefix);
void resolve_fn(Resolver *r, Node *fn);

/* items.c: items, generics and bounds, traits and impls */
Def *find_const(PtrVec *consts, Sym name);
int read_type_params(Node *g, int first, Def ***defs, Sym **names);
int impl_trait_params(Resolver *r, Node *fn, int first, Def ***defs, Sym **names, int have);
void declare_type_params(Resolver *r, Def **defs, int n);
void add_bounds(Resolver *r, Def *param, NodeList *bounds);
Def *method_param_copy(Def *p);
void resolve_bounds(Resolver *r, Node *g, Def **defs, int n, Def *fn);
Def *trait_method(TraitDef *t, Sym name);
Def *trait_const(TraitDef *t, Sym name);
Def *std_trait_path(Resolver *r, Node *path, int n);
TraitDef *resolve_trait_path(Resolver *r, Node *path);
void resolve_impls(Resolver *r, Node **items, int n, bool in_block);
void prepare_items(Resolver *r, Node **items, int n, bool in_block);

#endif
