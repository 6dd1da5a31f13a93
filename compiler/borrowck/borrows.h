/* borrows.h — The borrow checker's loans and the rules for when two places overlap.
 *
 * The borrow set (borrow_set.c) lists a body's loans, as rustc's BorrowSet; the conflict
 * rules (places_conflict.c) decide whether an access to one place touches what a loan of
 * another keeps, as rustc's places_conflict. Region inference and the loans-in-scope
 * dataflow build on both. */
#ifndef PATINA_BORROWCK_BORROWS_H
#define PATINA_BORROWCK_BORROWS_H

#include "ir/dataflow.h"
#include "borrowck/borrowck.h"

/* The first bit set in b at index from or after it, or -1: a walk over a sparse set. */
static inline int bitset_next_set(const BitSet *b, int from) {
    if (from >= b->nbits) return -1;
    int w = from >> 6;
    uint64_t word = b->words[w] & (~0ull << (from & 63));
    for (;;) {
        if (word) {
            int i = (w << 6) + __builtin_ctzll(word);
            return i < b->nbits ? i : -1;
        }
        if (++w >= (b->nbits + 63) >> 6) return -1;
        word = b->words[w];
    }
}

/* One `&place` / `&mut place` the checker tracks. A two-phase borrow is reserved where it
 * is taken and activated at the one use of its temporary; any other borrow is active
 * from its reservation. */
typedef struct Loan {
    Place place;                                /* what is borrowed */
    BorrowKind kind;
    int region;                                 /* the borrow's region variable */
    Location reserve;                           /* the borrow statement */
    Location activation;                        /* two-phase: its temporary's use (block -1:
                                                   never used); else the reservation */
    int assigned_local;                         /* the local the reference is stored in, or -1
                                                   (stored into a projection) */
    Span span;                                  /* the borrow expression */
} Loan;

typedef struct BorrowSet {
    Body *body;
    Loan *loans;
    int nloans;
    /* per local: the loans of places rooted at it (what its StorageDead ends) */
    int **of_local, *nof_local;
    /* per location (cfg.h numbering): the loan reserved there, the loan activated there,
     * or -1 */
    int *reserved_at, *activated_at;
} BorrowSet;

/* The body's loans, in location order, in the scratch stack (the caller releases it after
 * the body). A borrow of a place behind a shared reference or a raw pointer is not a loan:
 * nothing done through the place it is a copy of can invalidate it (rustc's
 * ignore_borrow); the borrow that reference came from is tracked instead. */
BorrowSet *borrow_set_of(Body *body);
/* Rust 2015 had no two-phase borrows (spec 21.2): each becomes a mutable borrow activated
 * where it is reserved, so a shared use before its activation (`v.push(v.len())`)
 * conflicts with it. */
void borrow_set_drop_two_phase(BorrowSet *set);

/* How much of a place an access touches (rustc's AccessDepth). */
typedef enum AccessDepth {
    ACCESS_SHALLOW,                             /* the place's own bytes, not what it points to
                                                   (an assignment, a StorageDead) */
    ACCESS_SHALLOW_LEN,                         /* an array's length: no data of it */
    ACCESS_SHALLOW_FAKE,                        /* a match guard's fake borrow */
    ACCESS_DEEP,                                /* the place and all it owns or points to */
    ACCESS_DROP,                                /* a drop: what it owns, not what it borrows */
} AccessDepth;

/* For two indexes into one array: assume they may be equal (checking an access), or that
 * they are not (deciding that an assignment overwrites a loan's place for sure). */
typedef enum ConflictBias { BIAS_OVERLAP, BIAS_NO_OVERLAP } ConflictBias;

/* Whether an access of `depth` to place `access` touches what a loan of kind `kind` on
 * `borrowed` keeps: disjoint fields and variants never conflict, indexes do (BIAS_OVERLAP),
 * and a shallow access or a drop stops at a reference. */
bool borrow_conflicts_with_place(Body *body, const Place *borrowed, BorrowKind kind,
                                 const Place *access, AccessDepth depth, ConflictBias bias);

/* Why an outlives constraint exists (rustc's ConstraintCategory): what an error report
 * blames. In rustc's order of interest for a report, most interesting first. */
typedef enum ConstraintCategory {
    CAT_RETURN,                                 /* a write of the return place */
    CAT_CALL_ARGUMENT,                          /* an argument passed to a callee's parameter */
    CAT_ASSIGNMENT,                             /* a write of a user variable or a projection */
    CAT_CAST,                                   /* an `as` cast */
    CAT_COERCION,                               /* an unsizing coercion (to `dyn`, a slice) */
    CAT_OPAQUE,                                 /* a write of an `impl Trait` return place that
                                                   captures no lifetime: its hidden type must be
                                                   'static */
    CAT_PREDICATE,                              /* a callee's where clause (`T: 'static`) */
    CAT_BORING,                                 /* a write of a temporary */
    CAT_SIGNATURE,                              /* the body's own signature and bounds */
} ConstraintCategory;

/* value(longer) ⊇ value(shorter) ('longer: 'shorter), because of the statement at `at`. */
typedef struct Outlives {
    int longer, shorter;
    Location at;
    ConstraintCategory category;
    ConstraintCategory write;                   /* a cast's: its statement's write, which
                                                   rustc relates as a second constraint */
    Span span;                                  /* the statement or call it comes from */
    Type *invariant_in;                         /* related under this `&mut T`'s invariance
                                                   (the T), or NULL: a note in reports */
} Outlives;

/* Which locations (cfg.h's numbering) each region variable of a body contains, and which
 * universal regions' ends: region inference's answer (region_values.c), at rustc NLL's
 * granularity of one point per statement. A loan is in scope where its region is. */
typedef struct RegionValues RegionValues;

/* Over the variables and constraints of one body, in the scratch stack; then each
 * variable's own ranges [lo, hi] of locations and universal ends; then solve: every value
 * becomes the union of its own and of those of the variables it outlives. */
RegionValues *region_values_new(int nvars, int nlocations, int nuniversal,
                                const Outlives *edges, int nedges);
void region_values_add_range(RegionValues *rv, int var, int lo, int hi);
void region_values_add_end(RegionValues *rv, int var, int universal);
void region_values_solve(RegionValues *rv);

/* Location ranges [lo, hi] as a flat list lo0, hi0, lo1, hi1 ..., grown in the scratch
 * stack (region_values.c). */
typedef struct LocationRanges {
    int *bounds;
    int n, cap;
} LocationRanges;
void location_ranges_add(LocationRanges *r, int lo, int hi);
/* Sorts n ranges in place and merges the overlapping and adjacent ones: the count left. */
int location_ranges_normalize(int *bounds, int n);
/* Whether sorted, disjoint ranges hold the location. */
bool location_ranges_contain(const int *bounds, int n, int location);

bool region_contains(const RegionValues *rv, int region, int location);
/* The first location in [from, to] the region lacks, or -1 when it holds them all. */
int region_first_absent(const RegionValues *rv, int region, int from, int to);
/* Whether the region reaches the end of universal region u (index in the signature's
 * parameters, 'static last). */
bool region_contains_end(const RegionValues *rv, int region, int universal);

/* Where one local is live (region_liveness.c), as sorted, disjoint location ranges
 * lo0, hi0, lo1, hi1 ...: use-live, and drop-live where it is not use-live. Under
 * BORROWCK_LEXICAL "use-live" also covers wherever its storage may be live (spec 21.2). */
typedef struct LocalLiveness {
    const int *use;
    int nuse;
    const int *drop;
    int ndrop;
} LocalLiveness;

/* Per local l with index[l] >= 0 (of ntracked), at that index: its liveness, in the
 * scratch stack. */
LocalLiveness *region_liveness_of(Body *body, const int *index, int ntracked,
                                  BorrowckMode mode);


/* What region inference knows, for the error reports (region_errors.c) to walk. */
typedef struct RegionGraph {
    Body *body;
    const RegionSig *sig;                       /* the body's fn's declared regions, or NULL */
    int nvars;
    int nuniversal;                             /* the signature's regions, then 'static */
    const int *universal;                       /* the variable of each */
    const Outlives *edges;
    int nedges;
    const bool *known;                          /* [a * nuniversal + b]: 'a: 'b is declared,
                                                   implied, or follows */
    const char **names;                         /* per universal region: its name in this
                                                   body's reports, once given (`'1` ...) */
    int *nnamed;                                /* anonymous regions named so far */
} RegionGraph;

/* Where a loan's region is live after a conflicting access, for the report's third
 * point ("first borrow later used here"): region inference finds it (region_infer.c). */
typedef struct LaterUse {
    Location at;                                /* block -1: none found */
    Span span;
    UseKind kind;
    int local;                                  /* the local whose use it is */
} LaterUse;

/* The loans in scope before every statement (loans.c): a forward dataflow over the
 * loans, each made at its reservation and ended where its region stops, by a StorageDead
 * of its place's local, or by an assignment that overwrites its place. Then every access
 * of the body is checked against the loans in scope that it conflicts with, and each
 * conflict reported once with rustc's code and labels (E0499, E0502, E0503, E0505, E0506,
 * E0597). */
typedef struct RegionCx RegionCx;
typedef struct LiveLoans LiveLoans;
/* live: where polonius.c found each loan live (--borrowck=polonius), or NULL for NLL's
 * rule; a loan then leaves the scope where either rule lets it go. */
typedef struct BodyLoans BodyLoans;
/* record: NULL, or where to keep what the checks found (below). */
void loans_check_body(Body *body, const BorrowSet *set, const RegionCx *regions,
                      const LiveLoans *live, BodyLoans *record);
/* The loans the statement or terminator at `at` ends for sure (rustc's kills, Polonius's
 * loan_killed_at): a StorageDead those of its local, an assignment or a call those of the
 * place it overwrites. Calls fn(ctx, loan) for each. */
void loans_killed_at(Body *body, const BorrowSet *set, Location at,
                     void (*fn)(void *ctx, int loan), void *ctx);

/* Every access that would be an error were the loan in scope and active (Polonius's
 * loan_invalidated_at): fn(ctx, at, loan) for each, the accesses as loans_check_body
 * checks them. */
void loans_invalidated_at(Body *body, const BorrowSet *set,
                          void (*fn)(void *ctx, Location at, int loan), void *ctx);

/* Polonius alpha (polonius.c, spec 21.3): each loan's live locations, from reachability in
 * a graph over (region, location) nodes, in the scratch stack. */
LiveLoans *polonius_live_loans(Body *body, const BorrowSet *set, const RegionCx *regions);
/* The first location in [from, to] where the loan is not live, or -1. */
int live_loans_first_dead(const LiveLoans *live, int loan, int from, int to);
/* Whether the loan is live at the location. */
bool live_loans_contain(const LiveLoans *live, int loan, int location);


/* One loan error as the checks found it: the three points of rustc's report. */
typedef struct LoanError {
    const char *code;                           /* "E0502" ..., NULL for an uncoded error */
    const char *message;
    int loan;                                   /* the loan in scope the access conflicts with */
    Span access;                                /* the conflicting access, or where the
                                                   borrowed value dies */
    Location access_at;
    LaterUse later;                             /* what keeps the loan live past the access
                                                   (at.block -1: none, e.g. it is returned) */
} LoanError;

/* What the loan checks of one body found, kept when --emit=borrowck or borrowck-html asks
 * (borrowck_check's record; explain_text.c and explain_html.c print it). Location sets are
 * over the body's cfg.h numbering. Whatever rule decides where a loan is in scope (nll,
 * lexical, polonius), it fills the same sets: they are the checks' own state, not a
 * recomputation. In the arena. */
struct BodyLoans {
    Body *body;
    Loan *loans;                                /* the BorrowSet's, in location order */
    int nloans;
    const char **names;                         /* per loan: its place as the user would write
                                                   it (`v`, `p.x`, `*r`), NULL for a temporary */
    BitSet *in_scope;                           /* per loan: the locations whose checks see it
                                                   in scope */
    BitSet *reserved;                           /* per two-phase loan: those of in_scope where
                                                   it is only reserved (shared reads allowed) */
    BitSet *ends;                               /* per loan: where it leaves the scope (its
                                                   region ends, its local dies, it is
                                                   overwritten), as the effect of that location */
    BitSet *uses;                               /* per loan: the uses that keep it live (a use of
                                                   a local whose type holds its region); left
                                                   empty in a body of over 200000 in-scope
                                                   loan-locations (loans.c) */
    LoanError *errors;
    int nerrors, errors_cap;
};

/* Region inference for one body (region_infer.c), in the scratch stack; the mode decides
 * the liveness constraints (NLL's use liveness, or the lexical rule's storage). */
RegionCx *regions_infer(Body *body, BorrowckMode mode);
/* Where region variables are live (region inference's liveness constraints: the
 * locations where a local whose type holds one is use- or drop-live), given range by
 * range to sink(ctx, var, lo, hi); a variable may come many times, ranges unsorted. */
typedef void (*RegionLiveSink)(void *ctx, int var, int lo, int hi);
void regions_each_live_range(const RegionCx *cx, RegionLiveSink sink, void *ctx);
/* Calls fn on every region position of t, nested types included (region_infer.c). */
void type_each_region(Type *t, void (*fn)(void *ctx, Region r), void *ctx);
/* The regions a drop of a value of type t may touch, each to fn: all of t's when it has a
 * Drop impl of the user's; through the library's containers, whose Drop impls rustc marks
 * #[may_dangle], only those of the elements' own drops. */
void regions_each_drop_region(Type *t, void (*fn)(void *ctx, Region r), void *ctx);
const RegionValues *regions_values(const RegionCx *cx);
/* Whether region r must outlive the function's end (a loan in it escapes the body). */
bool regions_escape(const RegionCx *cx, int r);
const RegionGraph *regions_graph(const RegionCx *cx);
/* Whether variable r's value holds the end of universal region u (index in universal). */
bool regions_reach_end(const RegionCx *cx, int r, int u);
/* Universal regions that must outlive one another without a declared bound
 * (region_errors.c): E0621, E0521 or "lifetime may not live long enough". */
void regions_check_universal(const RegionCx *cx);
/* A loan that is a closure's capture and must outlive the body because the closure is
 * returned or passed where it must (E0373, region_errors.c); false if it is not one. */
bool regions_report_escaping_capture(const RegionCx *cx, const Loan *loan);
/* A closure's capture of a local that is a shared reference: Rust 2021 captures the place
 * behind it (`(*self).n`), which is no loan of the local. Until captures are places
 * (RFC 2229), such a loan is not reported when the local dies. */
bool regions_capture_through_shared_ref(const RegionCx *cx, const Loan *loan);
/* Whether a returned loan is blamed on the return itself (E0515), not on an assignment
 * or argument on its way there (E0597). */
bool regions_returned_by_return(const RegionCx *cx, const Loan *loan);
/* The labels of a loan that must outlive the body in its E0597 ("value captured here",
 * "assignment requires that `x` is borrowed for `'static`"). */
void regions_label_must_outlive(const RegionCx *cx, const Loan *loan, Diag *d,
                                const char *name);
/* Where a loan's errors point: a capture's use inside its closure, else the borrow. */
Span regions_borrow_span(const RegionCx *cx, const Loan *loan);
/* A loan of data inside a value whose type has a `Drop` impl, conflicting with the drop
 * of that value (`dropped`, at drop_span) while the loan must outlive it: E0713, named
 * with `name` (a place's name, or NULL); false if that is not the case. */
bool regions_report_drop_conflict(const RegionCx *cx, const Loan *loan, const Place *dropped,
                                  Span drop_span, const char *(*name)(Body *, const Place *));
/* From `from` on, within the region, the first use of a local whose type holds a region
 * the given one outlives: what keeps it alive there. */
LaterUse regions_later_use(const RegionCx *cx, int region, Location from);
/* Whether region r flows into the type of the return place: a loan in it is returned. */
bool regions_returned(const RegionCx *cx, int r);
/* Why a returned loan must last to the function's end (rustc's "returning this value
 * requires that `x` is borrowed for `'1`"): the return that stores it, and the universal
 * region of the return type (region_errors.c names it). */
typedef struct ReturnBlame {
    bool found;
    Span span;
    int universal;
} ReturnBlame;
ReturnBlame regions_return_blame(const RegionCx *cx, int r);
/* Universal region u's name in reports (`'a`, `'static`, or `'1` for an anonymous one,
 * numbered per body), with its label in d ("let's call the lifetime of this reference"). */
const char *regions_universal_name(const RegionCx *cx, int u, Diag *d);

#endif
