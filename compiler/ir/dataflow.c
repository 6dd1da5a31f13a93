/* dataflow.c — the dataflow framework the IR passes share.
 *
 * Takes: a Body (its cached CFG) and an analysis: direction, bit-set width, the
 * boundary state and the effect of each statement and terminator.
 * Gives: the fixed-point state of every block where the flow enters it, by sweeping
 * the blocks in reverse postorder (forward) or its reverse (backward) until nothing
 * changes; and cursors that replay a block to give the state at any statement. */
#include "patina.h"

#include <string.h>

static size_t bitset_words(int nbits) { return (size_t)(nbits + 63) / 64 + 1; }

BitSet bitset_new(int nbits) {
    return (BitSet){.words = arena_alloc(sizeof(uint64_t) * bitset_words(nbits)), .nbits = nbits};
}

BitSet bitset_scratch(int nbits) {
    return (BitSet){.words = scratch_alloc(sizeof(uint64_t) * bitset_words(nbits)), .nbits = nbits};
}

void bitset_copy(BitSet *dst, const BitSet *src) {
    memcpy(dst->words, src->words, sizeof(uint64_t) * (size_t)((src->nbits + 63) / 64));
}

bool bitset_union(BitSet *dst, const BitSet *src) {
    bool changed = false;
    for (int i = 0; i < (src->nbits + 63) / 64; i++) {
        uint64_t w = dst->words[i] | src->words[i];
        changed |= w != dst->words[i];
        dst->words[i] = w;
    }
    return changed;
}

/* A block's effects, in the analysis's direction, from the state where the flow enters it. */
static void apply_block(const Analysis *a, Body *body, int b, BitSet *state) {
    int n = body->blocks[b].nstmts;
    if (a->direction == DF_FORWARD)
        for (int i = 0; i <= n; i++) a->effect(a->ctx, body, (Location){b, i}, state);
    else
        for (int i = n; i >= 0; i--) a->effect(a->ctx, body, (Location){b, i}, state);
}

static bool sweep_forward(const Analysis *a, Body *body, const Cfg *cfg, BitSet *states,
                          BitSet *state, BitSet *unwinding) {
    bool changed = false;
    for (int i = 0; i < cfg->nrpo; i++) {
        int b = cfg->rpo[i];
        bitset_copy(state, &states[b]);
        apply_block(a, body, b, state);
        int ns = cfg->nsucc[b];
        if (cfg->unwinds[b]) {
            bitset_copy(unwinding, state);
            if (a->unwind_edge) a->unwind_edge(a->ctx, body, b, unwinding);
            changed |= bitset_union(&states[cfg->succ[b][--ns]], unwinding);
        }
        for (int j = 0; j < ns; j++) changed |= bitset_union(&states[cfg->succ[b][j]], state);
    }
    return changed;
}

static bool sweep_backward(const Analysis *a, Body *body, const Cfg *cfg, BitSet *states,
                           BitSet *state) {
    bool changed = false;
    for (int i = cfg->nrpo - 1; i >= 0; i--) {
        int b = cfg->rpo[i];
        bitset_copy(state, &states[b]);
        apply_block(a, body, b, state);
        for (int j = 0; j < cfg->npred[b]; j++)
            changed |= bitset_union(&states[cfg->pred[b][j]], state);
    }
    return changed;
}

Results *dataflow_solve(Body *body, const Analysis *a, bool in_scratch) {
    const Cfg *cfg = ir_cfg(body);
    int n = body->nblocks;
    BitSet (*make)(int) = in_scratch ? bitset_scratch : bitset_new;
    Results *r = in_scratch ? scratch_alloc(sizeof *r) : arena_alloc(sizeof *r);
    *r = (Results){.body = body, .analysis = *a};
    size_t states_size = sizeof(BitSet) * (size_t)(n + 1);
    r->states = in_scratch ? scratch_alloc(states_size) : arena_alloc(states_size);
    for (int b = 0; b < n; b++) r->states[b] = make(a->nbits);
    if (n == 0 || a->nbits == 0) return r;     /* no bits: every state is the empty set */
    ScratchMark mark = scratch_mark();
    BitSet state = bitset_scratch(a->nbits), other = bitset_scratch(a->nbits);
    if (a->boundary) a->boundary(a->ctx, body, &other);   /* on a new set: empty */
    if (a->direction == DF_FORWARD) {
        bitset_copy(&r->states[0], &other);
        while (sweep_forward(a, body, cfg, r->states, &state, &other)) {}
    } else {
        for (int b = 0; b < n; b++)
            if (cfg->nsucc[b] == 0) bitset_copy(&r->states[b], &other);
        while (sweep_backward(a, body, cfg, r->states, &state)) {}
    }
    scratch_release(mark);
    return r;
}

Cursor cursor_new(const Results *r) {
    return (Cursor){.results = r, .state = bitset_scratch(r->analysis.nbits), .block = -1};
}

const BitSet *cursor_before(Cursor *c, int block, int stmt) {
    const Analysis *a = &c->results->analysis;
    Body *body = c->results->body;
    if (a->direction == DF_FORWARD) {
        if (c->block != block || c->stmt > stmt) {
            bitset_copy(&c->state, &c->results->states[block]);
            c->block = block;
            c->stmt = 0;
        }
        for (; c->stmt < stmt; c->stmt++)
            a->effect(a->ctx, body, (Location){block, c->stmt}, &c->state);
    } else {
        int end = body->blocks[block].nstmts + 1;   /* "before" the exit: nothing applied yet */
        if (c->block != block || c->stmt < stmt) {
            bitset_copy(&c->state, &c->results->states[block]);
            c->block = block;
            c->stmt = end;
        }
        while (c->stmt > stmt) a->effect(a->ctx, body, (Location){block, --c->stmt}, &c->state);
    }
    return &c->state;
}
