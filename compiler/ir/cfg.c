/* cfg.c — the control-flow graph of a body.
 *
 * Takes: a Body's blocks and terminators.
 * Gives: its Cfg (successors with the unwind edge marked, predecessors, reverse
 * postorder, location and point numbering), computed once and cached in the Body until
 * a pass that rewrites the blocks says so (ir_body_changed). */
#include "patina.h"

int ir_successors(const Term *t, int *out) {
    int n = 0;
    switch (t->kind) {
    case TM_GOTO: case TM_DROP:
        out[n++] = t->target;
        break;
    case TM_ASSERT:
        out[n++] = t->target;
        if (t->unwind) out[n++] = t->unwind;   /* the unwind edge comes last */
        break;
    case TM_CALL:
        if (t->target >= 0) out[n++] = t->target;
        if (t->unwind) out[n++] = t->unwind;
        break;
    case TM_SWITCH:
        for (int i = 0; i < t->ncases; i++) out[n++] = t->targets[i];
        out[n++] = t->otherwise;
        break;
    case TM_RETURN: case TM_UNREACHABLE: case TM_RESUME:
        break;
    }
    return n;
}

static int successor_bound(const Term *t) { return t->kind == TM_SWITCH ? t->ncases + 1 : 2; }

static void link_edges(Cfg *c, Body *body) {
    int n = body->nblocks;
    c->succ = arena_alloc(sizeof(int *) * (size_t)n);
    c->nsucc = arena_alloc(sizeof(int) * (size_t)n);
    c->unwinds = arena_alloc(sizeof(bool) * (size_t)n);
    c->pred = arena_alloc(sizeof(int *) * (size_t)n);
    c->npred = arena_alloc(sizeof(int) * (size_t)n);
    for (int b = 0; b < n; b++) {
        const Term *t = &body->blocks[b].term;
        c->succ[b] = arena_alloc(sizeof(int) * (size_t)successor_bound(t));
        c->nsucc[b] = ir_successors(t, c->succ[b]);
        c->unwinds[b] = t->unwind && (t->kind == TM_CALL || t->kind == TM_ASSERT);
        for (int k = 0; k < c->nsucc[b]; k++) c->npred[c->succ[b][k]]++;
    }
    for (int b = 0; b < n; b++) {
        c->pred[b] = arena_alloc(sizeof(int) * (size_t)(c->npred[b] ? c->npred[b] : 1));
        c->npred[b] = 0;
    }
    for (int b = 0; b < n; b++)
        for (int k = 0; k < c->nsucc[b]; k++) {
            int s = c->succ[b][k];
            c->pred[s][c->npred[s]++] = b;
        }
}

/* Depth-first post-order from the entry, iteratively (bodies can be large), reversed. */
static void order_blocks(Cfg *c) {
    int n = c->nblocks;
    c->rpo = arena_alloc(sizeof(int) * (size_t)n);
    c->reachable = arena_alloc(sizeof(bool) * (size_t)n);
    ScratchMark mark = scratch_mark();
    int *stack = scratch_alloc(sizeof(int) * (size_t)n);
    int *next_succ = scratch_alloc(sizeof(int) * (size_t)n);
    int sp = 0, k = 0;
    stack[sp++] = 0;
    c->reachable[0] = true;
    while (sp) {
        int b = stack[sp - 1];
        if (next_succ[b] < c->nsucc[b]) {
            int s = c->succ[b][next_succ[b]++];
            if (!c->reachable[s]) {
                c->reachable[s] = true;
                stack[sp++] = s;
            }
            continue;
        }
        c->rpo[k++] = b;
        sp--;
    }
    scratch_release(mark);
    for (int i = 0; i < k / 2; i++) {
        int tmp = c->rpo[i];
        c->rpo[i] = c->rpo[k - 1 - i];
        c->rpo[k - 1 - i] = tmp;
    }
    c->nrpo = k;
}

const Cfg *ir_cfg(Body *body) {
    if (body->cfg) return body->cfg;
    Cfg *c = arena_alloc(sizeof *c);
    c->nblocks = body->nblocks;
    c->first_location = arena_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    for (int b = 0; b < body->nblocks; b++) {
        c->first_location[b] = c->nlocations;
        c->nlocations += body->blocks[b].nstmts + 1;
    }
    c->first_location[body->nblocks] = c->nlocations;
    link_edges(c, body);
    if (body->nblocks) order_blocks(c);
    body->cfg = c;
    return c;
}

void ir_body_changed(Body *body) {
    body->cfg = NULL;
    body->move_data = NULL;
}
