/* region_liveness.c — where each local whose type holds regions is live, as ranges of
 * locations: what region inference's liveness constraints need.
 *
 * Takes: a Body (the IR the checks see) and the locals to follow.
 * Gives: per followed local, the sorted, disjoint location ranges where it is use-live
 * (some path from there reads, borrows or inspects it before a def) and those where it is
 * drop-live but not use-live (some path drops it first). The same sets as the backward
 * dataflow of ir/liveness.c, whose rules (liveness_use_kind) it shares.
 *
 * As rustc's liveness trace (type_check/liveness/trace.rs), not a dataflow: each local's
 * uses are walked backward until a def, block by block, so the cost follows the live
 * ranges themselves. A dense dataflow state per block over every followed local costs
 * blocks × locals bits and each sweep touches them all: quadratic in a function's size. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

/* One place use of a followed local that matters to its liveness. */
typedef struct LiveEvent {
    int local;                                  /* its index among the followed */
    int location;
    LiveUse kind;                               /* LIVE_KILL, LIVE_USE or LIVE_DROP */
} LiveEvent;

typedef struct Collect {
    const Cfg *cfg;
    const int *index;
    LiveEvent *events;
    int n, cap;
} Collect;

static void collect_use(void *ctx, const PlaceUse *use) {
    Collect *c = ctx;
    int l = use->place->local;
    if (l < 0 || c->index[l] < 0) return;
    LiveUse kind = liveness_use_kind(use);
    if (kind == LIVE_NONE) return;
    if (c->n == c->cap) {
        int cap = c->cap ? 2 * c->cap : 256;
        LiveEvent *grown = scratch_alloc(sizeof(LiveEvent) * (size_t)cap);
        if (c->n) memcpy(grown, c->events, sizeof(LiveEvent) * (size_t)c->n);
        c->events = grown;
        c->cap = cap;
    }
    c->events[c->n++] = (LiveEvent){c->index[l], cfg_location(c->cfg, use->at.block,
                                                              use->at.stmt), kind};
}

/* One local's events of one kind, and its kills, each sorted by location. */
typedef struct Trace {
    Body *body;
    const Cfg *cfg;
    const int *block_of;                        /* per location */
    const int *kills;
    int nkills;
    int *entered;                               /* per block: the trace that walked it from
                                                   its end (stamp) */
    int stamp;
    int *stack;                                 /* blocks to walk from their end */
    int top;
} Trace;

/* The last kill at or before location `at`, if it is at or after `from`; else -1. */
static int last_kill_within(const Trace *t, int from, int at) {
    int lo = 0, hi = t->nkills - 1, found = -1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (t->kills[mid] <= at) found = mid, lo = mid + 1;
        else hi = mid - 1;
    }
    return found >= 0 && t->kills[found] >= from ? t->kills[found] : -1;
}

/* Live from location `at` of block b backward: to the last kill before it in the block,
 * else to the block's start and on into its predecessors' ends. */
static void walk_back(Trace *t, LocationRanges *out, int b, int at) {
    int first = cfg_location(t->cfg, b, 0);
    int kill = last_kill_within(t, first, at);
    if (kill >= 0) {
        location_ranges_add(out, kill + 1, at);
        return;
    }
    location_ranges_add(out, first, at);
    for (int i = 0; i < t->cfg->npred[b]; i++) {
        int p = t->cfg->pred[b][i];
        if (!t->cfg->reachable[p] || t->entered[p] == t->stamp) continue;
        t->entered[p] = t->stamp;
        t->stack[t->top++] = p;
    }
}

/* The locations where the local is live because of the given uses (sorted, merged). */
static LocationRanges trace_uses(Trace *t, const LiveEvent *events, int n, LiveUse kind) {
    LocationRanges out = {0};
    t->stamp++;
    for (int i = 0; i < n; i++) {
        if (events[i].kind != kind) continue;
        int at = events[i].location, b = t->block_of[at];
        location_ranges_add(&out, at, at);
        walk_back(t, &out, b, at - 1);
        while (t->top) {
            int p = t->stack[--t->top];
            walk_back(t, &out, p, cfg_location(t->cfg, p, t->body->blocks[p].nstmts));
        }
    }
    out.n = location_ranges_normalize(out.bounds, out.n);
    return out;
}

/* a minus b, both sorted and disjoint, into a fresh list. */
static LocationRanges ranges_minus(LocationRanges a, LocationRanges b) {
    LocationRanges out = {0};
    int j = 0;
    for (int i = 0; i < a.n; i++) {
        int lo = a.bounds[2 * i], hi = a.bounds[2 * i + 1];
        while (j < b.n && b.bounds[2 * j + 1] < lo) j++;
        for (int k = j; k < b.n && b.bounds[2 * k] <= hi && lo <= hi; k++) {
            location_ranges_add(&out, lo, b.bounds[2 * k] - 1);
            lo = b.bounds[2 * k + 1] + 1;
        }
        location_ranges_add(&out, lo, hi);
    }
    return out;
}

LocalLiveness *region_liveness_of(Body *body, const int *index, int ntracked) {
    const Cfg *cfg = ir_cfg(body);
    Collect c = {.cfg = cfg, .index = index};
    IrVisitor v = {.ctx = &c, .place = collect_use};
    int *block_of = scratch_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    for (int b = 0; b < body->nblocks; b++) {
        for (int s = 0; s <= body->blocks[b].nstmts; s++) block_of[cfg_location(cfg, b, s)] = b;
        if (cfg->reachable[b]) ir_visit_block(&v, body, b);
    }
    /* by local, keeping location order (blocks were visited in location order) */
    int *start = scratch_alloc(sizeof(int) * (size_t)(ntracked + 2));
    for (int i = 0; i < c.n; i++) start[c.events[i].local + 2]++;
    for (int l = 0; l < ntracked; l++) start[l + 2] += start[l + 1];
    LiveEvent *sorted = scratch_alloc(sizeof(LiveEvent) * (size_t)(c.n + 1));
    for (int i = 0; i < c.n; i++) sorted[start[c.events[i].local + 1]++] = c.events[i];
    int *kills = scratch_alloc(sizeof(int) * (size_t)(c.n + 1));

    Trace t = {.body = body, .cfg = cfg, .block_of = block_of,
               .entered = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1)),
               .stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1))};
    LocalLiveness *live = scratch_alloc(sizeof(LocalLiveness) * (size_t)(ntracked + 1));
    for (int l = 0; l < ntracked; l++) {
        const LiveEvent *mine = &sorted[start[l]];
        int n = start[l + 1] - start[l];
        t.nkills = 0;
        for (int i = 0; i < n; i++)
            if (mine[i].kind == LIVE_KILL) kills[t.nkills++] = mine[i].location;
        t.kills = kills;
        LocationRanges use = trace_uses(&t, mine, n, LIVE_USE);
        LocationRanges drop = ranges_minus(trace_uses(&t, mine, n, LIVE_DROP), use);
        live[l] = (LocalLiveness){use.bounds, use.n, drop.bounds, drop.n};
    }
    return live;
}
