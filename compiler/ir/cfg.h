/* cfg.h — A body's control-flow graph, computed once and cached in the Body. */
#ifndef PATINA_IR_CFG_H
#define PATINA_IR_CFG_H

#include "ir/ir.h"

/* Successors, predecessors, reverse postorder and the numbering of a body's locations
 * and program points. A location is a statement or a terminator (block b's statement i,
 * i == nstmts for its terminator); each has two points, as rustc's Polonius numbers
 * them: its start (before it runs) and its mid (where it takes effect). */
typedef struct Cfg {
    int nblocks;
    /* per block; a call's or assert's unwind edge last */
    int **succ, *nsucc;
    /* per block: its last successor is an unwind edge */
    bool *unwinds;
    int **pred, *npred;                         /* per block, each predecessor once per edge */
    int *rpo, nrpo;                             /* the blocks reachable from the entry, each after
                                                   its predecessors (back edges aside) */
    bool *reachable;
    /* per block: the location index of its statement 0 */
    int *first_location;
    int nlocations;                             /* points: 2 * nlocations */
} Cfg;

/* The cached CFG, computed on first use. */
const Cfg *ir_cfg(Body *body);
/* A pass that adds blocks, changes terminators or statements calls this: the cached CFG
 * and move data are forgotten. */
void ir_body_changed(Body *body);

static inline int cfg_location(const Cfg *c, int block, int stmt) {
    return c->first_location[block] + stmt;
}
static inline int cfg_start_point(const Cfg *c, int block, int stmt) {
    return 2 * cfg_location(c, block, stmt);
}
static inline int cfg_mid_point(const Cfg *c, int block, int stmt) {
    return 2 * cfg_location(c, block, stmt) + 1;
}

/* The blocks a terminator may jump to; returns their count (at most ncases + 1). */
int ir_successors(const Term *t, int *out);

#endif
