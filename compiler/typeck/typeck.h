/* typeck.h — Type checking and exhaustiveness: a Type on every expression. */
#ifndef PATINA_TYPECK_TYPECK_H
#define PATINA_TYPECK_TYPECK_H

#include "sema/resolve.h"

void typeck_crate(Node *crate);
/* E0072 for each cycle of structs/enums holding themselves by value (representability.c);
 * true when some type is infinite. adt_nodes: the crate's N_STRUCT/N_ENUM, field types lowered. */
bool check_representability(PtrVec *adt_nodes);

/* The values no pattern covers (exhaustive.c), as rustc's witnesses in rustc's order. */
typedef struct Uncovered {
    const char **patterns;
    int count;
    /* a witness lies past `usize::MAX` / `isize`'s ends */
    bool usize_not_exhaustive, isize_not_exhaustive;
} Uncovered;
/* pats: one per arm (NULL for a guarded arm); ty: the scrutinee's resolved type. */
bool find_uncovered(Node **pats, int n, Type *ty, Uncovered *out);
/* A range pattern `a..b`/`a..=b` of an integer or char type t: *order is -1, 0 or 1 as a
 * is below, equal to or above b (a missing a is the type's least value); false when b is
 * missing or a bound is not a constant Patina can compute. */
bool range_pattern_order(Node *pat, Type *t, int *order);
/* A place expression as its variable and the steps from it (closure.c): fields, derefs
 * of references (also the implicit ones of `r.x`) and of Boxes; the places closures
 * capture. Places through an index, an overloaded or raw-pointer deref are not paths. */
typedef enum PlaceStepKind { STEP_FIELD, STEP_DEREF, STEP_BOX_DEREF } PlaceStepKind;
typedef struct PlaceStep {
    PlaceStepKind kind;
    int field;                                  /* STEP_FIELD */
    Type *base, *ty;                            /* the types before and after the step */
} PlaceStep;
enum { PLACE_PATH_MAX = 24 };
typedef struct PlacePath {
    Binding *root;
    int n;
    PlaceStep steps[PLACE_PATH_MAX];
} PlacePath;
/* e's path, with e's types seen through resolve (NULL: as they are); false when e is not
 * such a place. */
bool place_path(Node *e, Type *(*resolve)(void *ctx, Type *t), void *ctx, PlacePath *out);
/* e's path through the first upto of its own adjustments (Node.adjustments), its types as
 * its node's are now. */
bool place_path_upto(Node *e, int upto, PlacePath *out);
/* The path of a CapturedPlace, its types as its node's are now. */
bool captured_place_path(const CapturedPlace *cp, PlacePath *out);

/* What typeck resolved a conversion to: `x.into()` and `T::from(x)` between primitives and
 * library types, and a cast that only spells out a coercion (`b as Box<dyn Shape>`). It is
 * kept on the node (Node.conversion, which only typeck writes), which keeps its kind and
 * children; lowering reads it instead of the node's own kind, as rustc's MIR building reads
 * the TypeckResults. */
typedef enum ConversionKind {
    CONVERSION_IDENTITY,    /* `impl<T> From<T> for T`, or the coercion a cast spells out:
                               the operand's value (coerced as typeck recorded on it) */
    CONVERSION_PRIM_CAST,   /* core's From between primitives: the `as` cast that loses nothing */
    CONVERSION_FROM_CALL,   /* `x.into()` with `impl From<X> for Target`: the call `from(x)` */
} ConversionKind;

struct Conversion {
    ConversionKind kind;
    Node *operand;          /* the value converted: receiver, argument or cast operand */
    Def *from;              /* CONVERSION_FROM_CALL: the impl's `from` */
};

/* What typeck applies to an expression's value where it is used, as rustc's TypeckResults
 * adjustments: kept on the node (Node.adjustments, in order, which only typeck writes),
 * whose kind, children and type (the value before the adjustments) stay as parsed and
 * inferred; lowering applies them (spec 9.12). The derefs come first and keep a place;
 * a borrow, an unsizing or a reification, at most one and last, makes a new value. */
typedef enum AdjustKind {
    ADJUST_DEREF,           /* the built-in `*` of a reference: the place it points to */
    ADJUST_OVERLOADED_DEREF,/* `*Deref::deref(&v)` (deref_mut where the place is written),
                               v seen through its references first; method: the impl's */
    ADJUST_BORROW,          /* `&v` or `&mut v` (is_mut) of the place so far */
    ADJUST_REBORROW,        /* a `&mut` place at a coercion site: `&mut *v` (is_mut) or
                               `&*v`, v not moved (rustc's coerce_borrowed_pointer) */
    ADJUST_UNSIZE,          /* `&[T; N]` to `&[T]`, `&T` / `Box<T>` to `dyn Trait` */
    ADJUST_REIFY_FN_PTR,    /* a fn item or a capture-free closure to a `fn` pointer */
} AdjustKind;

struct Adjustment {
    AdjustKind kind;
    bool is_mut;            /* ADJUST_BORROW, ADJUST_REBORROW */
    Def *method;            /* ADJUST_OVERLOADED_DEREF: the Deref impl's deref */
    Type *target;           /* the type after it (NULL for ADJUST_DEREF: the referent's) */
};

/* e's type after its adjustments: the type of the value its use sees (a reborrow keeps it). */
Type *adjusted_ty(const Node *e);
/* e's type after its first n adjustments. */
Type *adjusted_ty_upto(const Node *e, int n);
/* Whether e's last adjustment makes a new value (a borrow, an unsizing, a reification): e
 * adjusted is then no place. */
bool adjusted_to_value(const Node *e);
/* The reborrow typeck recorded on e (ADJUST_REBORROW), or NULL. */
const Adjustment *reborrow_of(const Node *e);

/* e, or for an identity conversion the operand it stands for (as often as that applies). */
Node *skip_identity_conversions(Node *e);

/* A struct or enum of stdlib/prelude.rs (prelude: the crate's u.crate.prelude, after
 * resolve) by name, or NULL. */
AdtDef *prelude_adt(const Node *prelude, const char *name);

#endif
