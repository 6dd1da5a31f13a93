/* dataflow.h — The IR toolkit: bit sets, the dataflow framework, move paths. */
#ifndef PATINA_IR_DATAFLOW_H
#define PATINA_IR_DATAFLOW_H

#include "ir/ir.h"

/* The shared dataflow framework (dataflow.c): bit-set states over a body's blocks, joined
 * by union (a "maybe" analysis), solved forward to a fixed point. A pass gives the entry
 * state and a transfer function for a whole block; it gets every block's entry state,
 * and replays blocks statement by statement itself to report. */
typedef struct BitSet {
    uint64_t *words;
    int nbits;
} BitSet;

BitSet bitset_new(int nbits);
void bitset_copy(BitSet *dst, const BitSet *src);
bool bitset_union(BitSet *dst, const BitSet *src);   /* true if dst changed */
static inline bool bitset_get(const BitSet *b, int i) { return (b->words[i >> 6] >> (i & 63)) & 1; }
static inline void bitset_set(BitSet *b, int i) { b->words[i >> 6] |= 1ull << (i & 63); }
static inline void bitset_clear(BitSet *b, int i) { b->words[i >> 6] &= ~(1ull << (i & 63)); }

typedef struct Dataflow {
    int nbits;
    void *ctx;
    void (*entry_state)(void *ctx, Body *body, BitSet *state);
    void (*transfer_block)(void *ctx, Body *body, int block, BitSet *state);
    /* optional: the state on block's unwind edge, from its exit state (a call's
     * destination was never written there) */
    void (*unwind_edge)(void *ctx, Body *body, int block, BitSet *state);
} Dataflow;

/* Returns the entry state of every block; blocks unreachable from the entry have
 * reachable[b] == false (when reachable is non-NULL) and an empty state. */
BitSet *dataflow_forward(Body *body, const Dataflow *df, bool **reachable);
/* The blocks reachable from the entry in reverse post-order (each after its predecessors,
 * back edges aside); seen[b] (nblocks entries, zeroed) marks them. */
int *dataflow_order(Body *body, bool *seen, int *count);
/* The blocks a terminator may jump to; returns their count (at most ncases + 1). */
int ir_successors(const Term *t, int *out);

/* Move paths (movepaths.c): a tracked local and the field places below it that a pass
 * follows (rustc's move paths). A pass makes the roots, asks for field paths with
 * mp_path_of(create), then indexes the subtrees before its dataflow. */
#define MP_BOX_CONTENTS (-2)                    /* MovePath.field: what an owned Box holds (`*b`) */
typedef struct MovePath {
    int local;
    int parent;                                 /* -1 for a local's own path */
    int variant;                                /* an enum parent's variant, else -1 */
    int field;                                  /* index in the parent's (variant's) fields, or MP_BOX_CONTENTS */
    Type *ty;
    int flag;                                   /* drop elaboration: its drop flag's local, or -1 */
} MovePath;

typedef struct MovePaths {
    bool (*tracks)(Type *);                     /* field types that get a path of their own */
    MovePath *paths;
    int npaths, cap;
    int *root;                                  /* per local: its own path, or -1 */
    int **subtree, *nsubtree;                   /* per path, once indexed: itself and its descendants */
} MovePaths;

int mp_add(MovePaths *mp, int local, int parent, int variant, int field, Type *ty);
int mp_child(const MovePaths *mp, int parent, int variant, int field);
int mp_path_of(MovePaths *mp, Place p, bool create, bool exact);
bool box_contents_at(const Place *p, int i, Type *base);   /* p's projections i, i+1: `*b.0` of a Box b */
bool step_into_box(const Place *p, int *i, Type **t);      /* past them, t the contents' type: true if they were */
void mp_index_subtrees(MovePaths *mp);

#endif
