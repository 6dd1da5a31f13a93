/* region_liveness.c — where each local whose type holds regions is live, as ranges of
 * locations: what region inference's liveness constraints need.
 *
 * Takes: a Body (the IR the checks see), the locals to follow and the borrow rule.
 * Gives: per followed local, the sorted, disjoint location ranges where it is use-live
 * (some path from there reads, borrows or inspects it before a def) and those where it is
 * drop-live but not use-live (some path drops it first). The same sets as the backward
 * dataflow of ir/liveness.c, whose rules (liveness_use_kind) it shares. Under the lexical
 * rule (spec 21.2) a local is also live wherever its storage may be (from a StorageLive
 * to its StorageDead, on the paths that do not unwind): the old checker's scopes.
 *
 * As rustc's liveness trace (type_check/liveness/trace.rs), not a dataflow: each local's
 * uses are walked backward until a def, block by block, so the cost follows the live
 * ranges themselves. A dense dataflow state per block over every followed local costs
 * blocks × locals bits and each sweep touches them all: quadratic in a function's size. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <stdlib.h>
#include <string.h>

/* Where a followed local's storage begins or ends: events beside the LiveUse kinds. */
enum { STORAGE_BEGINS = LIVE_DROP + 1, STORAGE_ENDS };

/* One place use of a followed local that matters to its liveness. */
typedef struct LiveEvent {
    int local;                                  /* its index among the followed */
    int location;
    int kind;                                   /* LIVE_KILL, LIVE_USE, LIVE_DROP; lexical:
                                                   STORAGE_BEGINS or STORAGE_ENDS too */
} LiveEvent;

typedef struct Collect {
    const Body *body;
    const Cfg *cfg;
    const int *index;
    const int *run_start;                       /* lexical: per location, where the row of
                                                   scope ends it is in starts; else NULL */
    LiveEvent *events;
    int n, cap;
} Collect;

static void push_event(Collect *c, const PlaceUse *use, int location, int kind) {
    if (c->n == c->cap) {
        int cap = c->cap ? 2 * c->cap : 256;
        LiveEvent *grown = scratch_alloc(sizeof(LiveEvent) * (size_t)cap);
        if (c->n) memcpy(grown, c->events, sizeof(LiveEvent) * (size_t)c->n);
        c->events = grown;
        c->cap = cap;
    }
    c->events[c->n++] = (LiveEvent){c->index[use->place->local], location, kind};
}

static void collect_use(void *ctx, const PlaceUse *use) {
    Collect *c = ctx;
    int l = use->place->local;
    if (l < 0 || c->index[l] < 0) return;
    int at = cfg_location(c->cfg, use->at.block, use->at.stmt);
    if (c->run_start && use->kind == USE_STORAGE_LIVE) push_event(c, use, at, STORAGE_BEGINS);
    /* The temporaries that die together at the end of a statement or block die at once,
     * as in the old checker's rvalue scopes: none holds a loan at another's StorageDead
     * (a tail expression's `&x` outlives `x` in the IR, not in Rust 2015). A variable dies
     * where its own StorageDead is, after those declared later. */
    if (c->run_start && use->kind == USE_STORAGE_DEAD)
        push_event(c, use, c->body->locals[l].is_user_var ? at : c->run_start[at], STORAGE_ENDS);
    /* A temporary moved out whole holds nothing after: the reference it held was an
     * argument, whose region in Rust 2015 was the call's (`for i in 0..v.len() { v[i] = 0 }`
     * was accepted). One matched in place (a match's scrutinee) keeps its storage's. */
    if (c->run_start && use->kind == USE_MOVE && use->place->nproj == 0 &&
        !c->body->locals[l].is_user_var)
        push_event(c, use, at, STORAGE_ENDS);
    LiveUse kind = liveness_use_kind(use);
    if (kind != LIVE_NONE) push_event(c, use, at, kind);
}

/* Whether location s of block b ends scopes and does nothing else: a StorageDead, a drop,
 * or a goto on to more of them. */
static bool ends_scopes(const Block *bb, int s) {
    if (s < bb->nstmts) return bb->stmts[s].kind == ST_STORAGE_DEAD;
    return bb->term.kind == TM_DROP || bb->term.kind == TM_GOTO;
}

/* Per location, where the row of scope ends it belongs to starts (itself when it is not
 * one): StorageDeads and drops in a row, across a goto or a drop into a block that has no
 * other way in. The end of a block drops its variables (`drop(s)`) before the
 * StorageDeads of the statement's temporaries: they all end in one row. */
static int *scope_end_rows(Body *body, const Cfg *cfg) {
    int *start = scratch_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    for (int l = 0; l < cfg->nlocations; l++) start[l] = l;
    for (int r = 0; r < cfg->nrpo; r++) {           /* a block after its one predecessor */
        int b = cfg->rpo[r];
        const Block *bb = &body->blocks[b];
        for (int s = 0; s <= bb->nstmts; s++) {
            int at = cfg_location(cfg, b, s);
            if (!ends_scopes(bb, s)) continue;
            if (s > 0 && ends_scopes(bb, s - 1)) {
                start[at] = start[at - 1];
            } else if (s == 0 && cfg->npred[b] == 1) {
                int p = cfg->pred[b][0];
                const Block *pb = &body->blocks[p];
                int term = cfg_location(cfg, p, pb->nstmts);
                if (ends_scopes(pb, pb->nstmts) && !cfg->unwinds[p]) start[at] = start[term];
            }
        }
    }
    return start;
}

/* One local's events of one kind, and its kills, each sorted by location. */
typedef struct Trace {
    Body *body;
    const Cfg *cfg;
    const int *block_of;                        /* per location */
    const int *kills;
    int nkills;
    const int *storage_ends;                    /* lexical: the local's StorageDeads */
    int nstorage_ends;
    const bool *normal;                         /* lexical: per block, reached without
                                                   unwinding */
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
static LocationRanges trace_uses(Trace *t, const LiveEvent *events, int n, int kind) {
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

/* ── the lexical rule: storage liveness ── */

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The blocks a run reaches from the entry without unwinding. A cleanup path has no
 * StorageDead to end a scope; it drops the locals in reverse order of declaration, every
 * holder of a reference before what it borrows, as the old checker's scopes did. */
static bool *normal_blocks(Body *body, const Cfg *cfg) {
    bool *normal = scratch_alloc(sizeof(bool) * (size_t)(body->nblocks + 1));
    int *stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    int top = 0;
    normal[0] = true;
    stack[top++] = 0;
    while (top) {
        int b = stack[--top];
        int n = cfg->nsucc[b] - (cfg->unwinds[b] ? 1 : 0);
        for (int i = 0; i < n; i++) {
            int next = cfg->succ[b][i];
            if (!normal[next]) normal[next] = true, stack[top++] = next;
        }
    }
    return normal;
}

/* The first StorageDead in [from, to], or -1. */
static int first_storage_end_within(const Trace *t, int from, int to) {
    int lo = 0, hi = t->nstorage_ends - 1, found = -1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (t->storage_ends[mid] >= from) found = mid, hi = mid - 1;
        else lo = mid + 1;
    }
    return found >= 0 && t->storage_ends[found] <= to ? t->storage_ends[found] : -1;
}

/* Storage-live from location `at` of block b forward: up to the first StorageDead in the
 * block, else to its end and on into the starts of its successors that do not unwind. */
static void walk_forward(Trace *t, LocationRanges *out, int b, int at) {
    int last = cfg_location(t->cfg, b, t->body->blocks[b].nstmts);
    int end = first_storage_end_within(t, at, last);
    if (end >= 0) {
        location_ranges_add(out, at, end - 1);
        return;
    }
    location_ranges_add(out, at, last);
    for (int i = 0; i < t->cfg->nsucc[b]; i++) {
        int next = t->cfg->succ[b][i];
        if (!t->normal[next] || t->entered[next] == t->stamp) continue;
        t->entered[next] = t->stamp;
        t->stack[t->top++] = next;
    }
}

/* The locations where the local's storage may be live, from its StorageLives on (sorted,
 * merged); those of every normal block for a local that has none: an argument or the
 * return place, whose storage is the whole call's. */
static LocationRanges trace_storage(Trace *t, const LiveEvent *events, int n,
                                    bool always_live) {
    LocationRanges out = {0};
    t->stamp++;
    for (int b = 0; always_live && b < t->body->nblocks; b++)
        if (t->normal[b])
            location_ranges_add(&out, cfg_location(t->cfg, b, 0),
                                cfg_location(t->cfg, b, t->body->blocks[b].nstmts));
    for (int i = 0; !always_live && i < n; i++) {
        int at = events[i].location, b = t->block_of[at];
        if (events[i].kind != STORAGE_BEGINS || !t->normal[b]) continue;
        walk_forward(t, &out, b, at);
        while (t->top) {
            int next = t->stack[--t->top];
            walk_forward(t, &out, next, cfg_location(t->cfg, next, 0));
        }
    }
    out.n = location_ranges_normalize(out.bounds, out.n);
    return out;
}

/* Where a variable's scope ends (the start of the row its StorageDead is in), and where the
 * variable's storage first begins. */
typedef struct VariableEnd {
    int begins, ends;
} VariableEnd;

static int compare_begins(const void *a, const void *b) {
    int x = ((const VariableEnd *)a)->begins, y = ((const VariableEnd *)b)->begins;
    return (x > y) - (x < y);
}

/* The ends of the user's variables' scopes, by where the variables begin. A temporary made
 * inside a variable's scope ends no later than it does: the old checker's rvalue scopes
 * nest in the blocks, though the IR keeps a tail expression's temporaries to the end of
 * the enclosing statement. */
static VariableEnd *variable_ends(Body *body, const Cfg *cfg, const int *run_start, int *n) {
    int *begins = scratch_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    for (int l = 0; l < body->nlocals; l++) begins[l] = cfg->nlocations;
    int nends = 0;
    for (int b = 0; b < body->nblocks; b++)
        for (int s = 0; cfg->reachable[b] && s < body->blocks[b].nstmts; s++) {
            const Stmt *st = &body->blocks[b].stmts[s];
            if (!body->locals[st->local].is_user_var) continue;
            int at = cfg_location(cfg, b, s);
            if (st->kind == ST_STORAGE_LIVE && at < begins[st->local]) begins[st->local] = at;
            nends += st->kind == ST_STORAGE_DEAD;
        }
    VariableEnd *ends = scratch_alloc(sizeof(VariableEnd) * (size_t)(nends + 1));
    *n = 0;
    for (int b = 0; b < body->nblocks; b++)
        for (int s = 0; cfg->reachable[b] && s < body->blocks[b].nstmts; s++) {
            const Stmt *st = &body->blocks[b].stmts[s];
            if (st->kind != ST_STORAGE_DEAD || !body->locals[st->local].is_user_var) continue;
            ends[(*n)++] = (VariableEnd){begins[st->local], run_start[cfg_location(cfg, b, s)]};
        }
    qsort(ends, (size_t)*n, sizeof(VariableEnd), compare_begins);
    return ends;
}

/* a ∪ b, into a fresh sorted and merged list. */
static LocationRanges ranges_union(LocationRanges a, LocationRanges b) {
    LocationRanges out = {0};
    for (int i = 0; i < a.n; i++) location_ranges_add(&out, a.bounds[2 * i], a.bounds[2 * i + 1]);
    for (int i = 0; i < b.n; i++) location_ranges_add(&out, b.bounds[2 * i], b.bounds[2 * i + 1]);
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

/* The first StorageLive among a local's events (in location order), or -1. */
static int first_storage_begin(const LiveEvent *events, int n) {
    for (int i = 0; i < n; i++)
        if (events[i].kind == STORAGE_BEGINS) return events[i].location;
    return -1;
}

LocalLiveness *region_liveness_of(Body *body, const int *index, int ntracked,
                                  BorrowckMode mode) {
    const Cfg *cfg = ir_cfg(body);
    bool lexical = mode == BORROWCK_LEXICAL;
    Collect c = {.body = body, .cfg = cfg, .index = index,
                 .run_start = lexical ? scope_end_rows(body, cfg) : NULL};
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
    int nvariable_ends = 0;
    VariableEnd *var_ends = lexical ? variable_ends(body, cfg, c.run_start, &nvariable_ends)
                                    : NULL;
    int *storage_ends =
        lexical ? scratch_alloc(sizeof(int) * (size_t)(c.n + nvariable_ends + 1)) : NULL;
    int *local_of = scratch_alloc(sizeof(int) * (size_t)(ntracked + 1));
    for (int l = 0; l < body->nlocals; l++)
        if (index[l] >= 0) local_of[index[l]] = l;
    /* the locals whose storage is the whole call's: the return place and the arguments */
    bool *always_live = scratch_alloc(sizeof(bool) * (size_t)(ntracked + 1));
    for (int l = 0; l <= body->nargs && l < body->nlocals; l++)
        if (index[l] >= 0) always_live[index[l]] = true;

    Trace t = {.body = body, .cfg = cfg, .block_of = block_of,
               .normal = lexical ? normal_blocks(body, cfg) : NULL,
               .entered = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1)),
               .stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1))};
    LocalLiveness *live = scratch_alloc(sizeof(LocalLiveness) * (size_t)(ntracked + 1));
    for (int l = 0; l < ntracked; l++) {
        const LiveEvent *mine = &sorted[start[l]];
        int n = start[l + 1] - start[l];
        t.nkills = t.nstorage_ends = 0;
        for (int i = 0; i < n; i++) {
            if (mine[i].kind == LIVE_KILL) kills[t.nkills++] = mine[i].location;
            if (mine[i].kind == STORAGE_ENDS) storage_ends[t.nstorage_ends++] = mine[i].location;
        }
        t.kills = kills;
        int local = local_of[l];
        int begins = first_storage_begin(mine, n);
        for (int i = 0; lexical && begins >= 0 && !body->locals[local].is_user_var &&
                            i < nvariable_ends && var_ends[i].begins < begins; i++)
            storage_ends[t.nstorage_ends++] = var_ends[i].ends;
        /* a row that ends a scope may start in an earlier block, numbered later */
        if (t.nstorage_ends > 1)
            qsort(storage_ends, (size_t)t.nstorage_ends, sizeof(int), compare_ints);
        t.storage_ends = storage_ends;
        LocationRanges use = trace_uses(&t, mine, n, LIVE_USE);
        if (lexical) use = ranges_union(use, trace_storage(&t, mine, n, always_live[l]));
        LocationRanges drop = ranges_minus(trace_uses(&t, mine, n, LIVE_DROP), use);
        live[l] = (LocalLiveness){use.bounds, use.n, drop.bounds, drop.n};
    }
    return live;
}
