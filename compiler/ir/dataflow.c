/* dataflow.c — the dataflow framework the IR passes share.
 *
 * Takes: a Body and an analysis (bit-set width, entry state, block transfer function).
 * Gives: the fixed-point entry state of every block, by a forward worklist in reverse
 * post-order with union as the join. Passes replay single blocks to report. */
#include "patina.h"

#include <string.h>

BitSet bitset_new(int nbits) {
    BitSet b = {.nbits = nbits};
    b.words = arena_alloc(sizeof(uint64_t) * (size_t)((nbits + 63) / 64 + 1));
    return b;
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

/* Depth-first post-order from the entry, iteratively (bodies can be large). */
int *dataflow_order(Body *body, bool *seen, int *count) {
    int n = body->nblocks;
    int *order = arena_alloc(sizeof(int) * (size_t)n);
    int *stack = arena_alloc(sizeof(int) * (size_t)n);
    int *next_succ = arena_alloc(sizeof(int) * (size_t)n);
    int *succ = arena_alloc(sizeof(int) * (size_t)(body->nblocks + 8));
    int sp = 0, k = 0;
    stack[sp++] = 0;
    seen[0] = true;
    while (sp) {
        int b = stack[sp - 1];
        const Term *t = &body->blocks[b].term;
        int cap = t->kind == TM_SWITCH ? t->ncases + 1 : 2;
        if (cap > body->nblocks + 8) succ = arena_alloc(sizeof(int) * (size_t)cap);
        int ns = ir_successors(t, succ);
        if (next_succ[b] < ns) {
            int s = succ[next_succ[b]++];
            if (!seen[s]) {
                seen[s] = true;
                stack[sp++] = s;
            }
            continue;
        }
        order[k++] = b;
        sp--;
    }
    for (int i = 0; i < k / 2; i++) {
        int tmp = order[i];
        order[i] = order[k - 1 - i];
        order[k - 1 - i] = tmp;
    }
    *count = k;
    return order;
}

BitSet *dataflow_forward(Body *body, const Dataflow *df, bool **reachable) {
    int n = body->nblocks;
    BitSet *entry = arena_alloc(sizeof(BitSet) * (size_t)n);
    for (int b = 0; b < n; b++) entry[b] = bitset_new(df->nbits);
    bool *seen = arena_alloc(sizeof(bool) * (size_t)n);
    int count;
    int *order = dataflow_order(body, seen, &count);
    df->entry_state(df->ctx, body, &entry[0]);
    BitSet state = bitset_new(df->nbits), unwinding = bitset_new(df->nbits);
    int max_succ = 2;
    for (int b = 0; b < n; b++)
        if (body->blocks[b].term.kind == TM_SWITCH && body->blocks[b].term.ncases + 1 > max_succ)
            max_succ = body->blocks[b].term.ncases + 1;
    int *succ = arena_alloc(sizeof(int) * (size_t)max_succ);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < count; i++) {
            int b = order[i];
            bitset_copy(&state, &entry[b]);
            df->transfer_block(df->ctx, body, b, &state);
            const Term *t = &body->blocks[b].term;
            int ns = ir_successors(t, succ);
            if (t->unwind && (t->kind == TM_CALL || t->kind == TM_ASSERT)) {
                bitset_copy(&unwinding, &state);
                if (df->unwind_edge) df->unwind_edge(df->ctx, body, b, &unwinding);
                changed |= bitset_union(&entry[succ[--ns]], &unwinding);
            }
            for (int j = 0; j < ns; j++) changed |= bitset_union(&entry[succ[j]], &state);
        }
    }
    if (reachable) *reachable = seen;
    return entry;
}
