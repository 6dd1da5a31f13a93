/* dataflow.h — The IR toolkit: bit sets, the dataflow framework, move paths, move data
 * and liveness. The CFG (cfg.h) and the place visitor (visit.h) come with it. */
#ifndef PATINA_IR_DATAFLOW_H
#define PATINA_IR_DATAFLOW_H

#include "ir/cfg.h"
#include "ir/ir.h"
#include "ir/visit.h"

typedef struct BitSet {
    uint64_t *words;
    int nbits;
} BitSet;

BitSet bitset_new(int nbits);                   /* in the arena: lives until the end */
BitSet bitset_scratch(int nbits);               /* in the scratch stack: until its release */
void bitset_copy(BitSet *dst, const BitSet *src);
bool bitset_union(BitSet *dst, const BitSet *src);       /* true if dst changed */
static inline bool bitset_get(const BitSet *b, int i) { return (b->words[i >> 6] >> (i & 63)) & 1; }
static inline void bitset_set(BitSet *b, int i) { b->words[i >> 6] |= 1ull << (i & 63); }
static inline void bitset_clear(BitSet *b, int i) { b->words[i >> 6] &= ~(1ull << (i & 63)); }
static inline void bitset_put(BitSet *b, int i, bool on) {
    if (on) bitset_set(b, i);
    else bitset_clear(b, i);
}

/* The dataflow framework (dataflow.c): bit-set states over a body's CFG, solved to a
 * fixed point forward or backward, joined by union (the "maybe" analyses the passes
 * use). An analysis gives the boundary state and the effect of each statement and
 * terminator; a cursor then gives the state at any statement. */
typedef enum Direction { DF_FORWARD, DF_BACKWARD } Direction;

typedef struct Analysis {
    Direction direction;
    int nbits;
    void *ctx;
    /* forward: the entry block's entry state; backward: the exit state of every block
     * that has no successor (return, resume, unreachable); NULL: the empty set */
    void (*boundary)(void *ctx, Body *body, BitSet *state);
    /* the effect of the statement at `at` (its terminator when at.stmt == nstmts): on the
     * state before it (forward) or after it (backward) */
    void (*effect)(void *ctx, Body *body, Location at, BitSet *state);
    /* optional, forward only: the state on a block's unwind edge, from the state after
     * its terminator (a call's destination is not written there) */
    void (*unwind_edge)(void *ctx, Body *body, int block, BitSet *state);
} Analysis;

/* The fixed point: per block, the state where the flow enters it (forward: before its
 * first statement; backward: after its terminator). Blocks the flow never reaches keep
 * the empty set. */
typedef struct Results {
    Body *body;
    Analysis analysis;
    BitSet *states;
} Results;

/* in_scratch: the results live in the scratch stack (the caller released it after the
 * body); else in the arena, for results a later pass shares. */
Results *dataflow_solve(Body *body, const Analysis *a, bool in_scratch);

/* The state at any statement of a solved body, replayed from its block's state; moving
 * forward in a block (backward, for a backward analysis) is incremental. */
typedef struct Cursor {
    const Results *results;
    BitSet state;                               /* in the scratch stack */
    int block, stmt;                            /* where state is, or block -1 */
} Cursor;

Cursor cursor_new(const Results *r);
/* The state just before block's statement stmt runs (stmt == nstmts: its terminator).
 * For a backward analysis, that includes the statement's own effect: liveness before it. */
const BitSet *cursor_before(Cursor *c, int block, int stmt);

/* Move paths (movepaths.c): a tracked local and the field places below it that a pass
 * follows (rustc's move paths). MoveData makes them; passes ask for a place's path. */
#define MP_BOX_CONTENTS (-2)                    /* MovePath.field: what an owned Box holds (`*b`) */
typedef struct MovePath {
    int local;
    int parent;                                 /* -1 for a local's own path */
    int variant;                                /* an enum parent's variant, else -1 */
    /* index in the parent's (variant's) fields, or MP_BOX_CONTENTS */
    int field;
    Type *ty;
    int flag;                                   /* drop elaboration: its drop flag's local, or -1 */
} MovePath;

typedef struct MovePaths {
    MovePath *paths;
    int npaths, cap;
    int *root;                                  /* per local: its own path, or -1 */
    /* per path, once indexed: itself and its descendants */
    int **subtree, *nsubtree;
} MovePaths;

int mp_add(MovePaths *mp, int local, int parent, int variant, int field, Type *ty);
int mp_child(const MovePaths *mp, int parent, int variant, int field);
int mp_path_of(MovePaths *mp, Place p, bool create, bool exact);
/* past p's projections i, i+1 when they are `*b.0` of a Box b, t the contents' type:
 * true if they were */
bool step_into_box(const Place *p, int *i, Type **t);
void mp_index_subtrees(MovePaths *mp);

/* Move data (movedata.c), rustc's MoveData and its initialization analyses, computed once
 * per body and shared by the move checker and drop elaboration. Paths: every user
 * variable and every other local that needs dropping, and below them the non-Copy
 * field places the body moves out of or drops. Facts per path, all "maybe" (joined by
 * union), bit kind * npaths + path: */
enum { MD_INIT, MD_UNINIT, MD_MOVED, MD_EVER_INIT, MD_FACTS };

/* What a location does to a path and all below it. */
typedef enum MoveEventKind {
    MD_EVENT_ASSIGNED,                          /* a value is stored */
    MD_EVENT_MOVED,                             /* moved out */
    MD_EVENT_STORAGE,                           /* storage begins or ends: never assigned since */
    MD_EVENT_DEINIT,                            /* dropped, or a call's destination on unwind */
} MoveEventKind;
typedef struct MoveEvent {
    int path;                                   /* -1: a store or drop of a place with no path */
    MoveEventKind event;
    const Operand *operand;                     /* a move's (rustc's MoveOut), else NULL */
    Span span;                                  /* its statement's or terminator's */
} MoveEvent;

typedef struct MoveData {
    Body *body;
    const Cfg *cfg;
    MovePaths mp;
    MoveEvent *events;                          /* every location's, in location order */
    int nevents;
    int *first_event;                           /* per location (+ 1): its first in events */
    /* per block: the call destination its unwind edge leaves empty, or -1 */
    int *unwind_path;
    Results *facts;                             /* forward, in the arena (shared across passes) */
} MoveData;

static inline bool md_is_move(const MoveEvent *e) { return e->operand != NULL; }
/* The body's move data, computed on first use and cached until ir_body_changed. */
MoveData *move_data_of(Body *body);
/* The path a move of op empties, or -1: none for a copy, nor for a move through a
 * reference or pointer, out of a type with a destructor, or (made by the user) through an
 * array index: those are errors the move checker reports. A move out of `*b` of a Box
 * empties the contents' path; one lowering makes through an index, the path above. */
int md_moved_path(MoveData *md, const Operand *op);
/* The effect of moving op out on state (operands of one statement, one at a time). */
void md_apply_move(MoveData *md, BitSet *state, const Operand *op);
static inline bool md_fact(const MoveData *md, const BitSet *s, int kind, int path) {
    return bitset_get(s, kind * md->mp.npaths + path);
}

/* Liveness of locals (liveness.c), backward, joined by union: bit l "local l may be used
 * later" (use-live: read, borrowed or inspected before being overwritten or dying) and
 * bit nlocals + l "local l may be dropped later" (drop-live). Results in the scratch. */
Results *liveness_of(Body *body);
/* What one place use does to its local's liveness, going backward: a def (a store to the
 * bare local, its storage starting or ending) makes it dead before; a read, a borrow, an
 * inspection or a store through a deref makes it use-live; a drop, drop-live. The borrow
 * checker traces the same rules per local (borrowck/region_liveness.c). */
typedef enum LiveUse { LIVE_NONE, LIVE_KILL, LIVE_USE, LIVE_DROP } LiveUse;
LiveUse liveness_use_kind(const PlaceUse *use);
/* --emit=liveness: the IR (before drop elaboration) with each statement's live locals. */
void liveness_print(FILE *out, IrProgram *prog);

/* The IR's contract (validate.c, --validate-ir): every body of prog is checked; a violation
 * is listed on stderr with its body, block, statement and rule, and ends the compilation
 * with an internal compiler error. The stage says which IR it is: as lowered, or after drop
 * elaboration (whose drop flags have no storage markers). */
typedef enum IrStage { IR_LOWERED, IR_ELABORATED } IrStage;
void ir_validate(IrProgram *prog, IrStage stage);

#endif
