/* polonius.c — where each loan is live under --borrowck=polonius (spec 21.3), as rustc's
 * "Polonius alpha" (-Zpolonius=next) finds it.
 *
 * Takes: a Body, its BorrowSet, and its region inference (the outlives constraints with
 * the location each comes from, the universal regions, where each region is live).
 * Gives: per loan, the sorted location ranges where it is live, which loans.c uses
 * instead of the loan's whole region (NLL) to decide where the loan leaves the scope.
 *
 * The graph's nodes are (region, location). A constraint `'a: 'b` from the statement at
 * location l is an edge (a, l) -> (b, l): loans flow from 'a into 'b there, and only there
 * (a call's result takes effect at the entry of the block it returns to). The signature's
 * constraints hold at every location. Liveness edges carry a region's loans along the CFG:
 * (r, l) -> (r, l') for an edge l -> l' where r is live on entry to l' (a universal region
 * is live everywhere); where r is contravariant or invariant in the type that holds it,
 * also backward, (r, l') -> (r, l), so that an invariant relation made earlier (where a
 * `&mut Vec<&T>` was taken) still reaches what a later write through it put in. A loan starts at
 * (its region, its borrow) and is live at the locations of every node it reaches; a
 * location that kills it (an overwrite, a StorageDead) lets it go no further forward.
 *
 * What NLL adds on top: a loan is also only live where its NLL region holds the location
 * (loans.c takes the first location either rule lets go of), so that polonius's errors
 * are a subset of NLL's program by program (spec 21.3), whatever the corner cases of
 * localization. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

enum { FLOW_FORWARD = 1, FLOW_BACKWARD = 2 };

/* A constraint localized: loans in `longer` at location `from` flow into `shorter` at
 * `to`. */
typedef struct LocalEdge {
    int from, longer, to, shorter;
} LocalEdge;

typedef struct Polonius {
    Body *body;
    const Cfg *cfg;
    const BorrowSet *set;
    int nvars, nlocations;
    int *block_of;                              /* per location */
    bool *universal;                            /* per variable: live everywhere */
    unsigned char *flow;                        /* per variable: FLOW_* of its liveness edges */
    LocationRanges *live;                       /* per variable: where it is live */
    /* localized constraints by their `from` location (edge_start sliced) */
    LocalEdge *edges;
    int *edge_start;
    /* constraints that hold everywhere, by their longer variable */
    int *everywhere_start, *everywhere;
    /* loans killed at each location, sliced by kill_start */
    int *kill_start, *kills;
} Polonius;

struct LiveLoans {
    LocationRanges *of_loan;                    /* per loan, sorted and disjoint */
};

/* ── where each region is live, and which way its loans flow ── */

static void note_live(void *ctx, int var, int lo, int hi) {
    Polonius *p = ctx;
    if (var >= 0 && var < p->nvars) location_ranges_add(&p->live[var], lo, hi);
}

static bool region_live_at(const Polonius *p, int var, int location) {
    if (p->universal[var]) return true;
    const LocationRanges *r = &p->live[var];
    return location_ranges_contain(r->bounds, r->n, location);
}

typedef enum Variance { COVARIANT, CONTRAVARIANT, INVARIANT } Variance;

static Variance compose(Variance outer, Variance inner) {
    if (outer == INVARIANT || inner == INVARIANT) return INVARIANT;
    return outer == inner ? COVARIANT : CONTRAVARIANT;
}

static void note_variance(Polonius *p, Region r, Variance v) {
    if (r.kind != REGION_VAR || r.index >= p->nvars) return;
    p->flow[r.index] |= v == COVARIANT ? FLOW_FORWARD
                      : v == CONTRAVARIANT ? FLOW_BACKWARD : FLOW_FORWARD | FLOW_BACKWARD;
}

/* The variance of each region of t, as region_infer.c relates types: `&'a T` covariant in
 * 'a and T, `&'a mut T` and `*mut T` invariant in T, a fn pointer contravariant in its
 * parameters. */
static void walk_variance(Polonius *p, Type *t, Variance v) {
    if (!t || !(t->region_flags & TYPE_REGION_SLOT)) return;
    for (int i = 0; i < t->nregions; i++) note_variance(p, t->regions[i], v);
    switch (t->kind) {
    case TY_REF: case TY_PTR:
        walk_variance(p, t->elem, compose(v, t->is_mut ? INVARIANT : COVARIANT));
        break;
    case TY_ARRAY: case TY_SLICE:
        walk_variance(p, t->elem, v);
        break;
    case TY_FN_PTR:
        for (int i = 0; i < t->nelems; i++)
            walk_variance(p, t->elems[i], compose(v, CONTRAVARIANT));
        walk_variance(p, t->ret, v);
        break;
    case TY_TUPLE: case TY_ADT: case TY_CLOSURE:
        for (int i = 0; i < t->nelems; i++) walk_variance(p, t->elems[i], v);
        break;
    default:
        break;
    }
}

static Type *local_type(const Body *body, int local) {
    const Local *l = &body->locals[local];
    return l->renumbered_ty ? l->renumbered_ty : l->ty;
}

/* Per variable: liveness edges forward, backward or both. A region in no local's type is
 * never live, so it gets no liveness edge whatever its flow. */
static void find_flows(Polonius *p) {
    p->flow = scratch_alloc((size_t)p->nvars + 1);
    for (int l = 0; l < p->body->nlocals; l++) walk_variance(p, local_type(p->body, l), COVARIANT);
    for (int v = 0; v < p->nvars; v++)
        if (p->universal[v]) p->flow[v] = FLOW_FORWARD;
}

/* ── the localized constraints ── */

typedef struct FindVar {
    int var;
    bool found;
} FindVar;

static void find_var(void *ctx, Region r) {
    FindVar *f = ctx;
    if (r.kind == REGION_VAR && r.index == f->var) f->found = true;
}

static bool type_holds_var(Type *t, int var) {
    FindVar f = {var, false};
    type_each_region(t, find_var, &f);
    return f.found;
}

/* Where a constraint from the statement or terminator at `at` takes effect. A call's
 * result exists only once it returns: what flows into (or out of) the destination's
 * regions does so at the entry of the block the call returns to, as rustc localizes it. */
static LocalEdge localize(const Polonius *p, const Outlives *o) {
    const Cfg *cfg = p->cfg;
    int here = cfg_location(cfg, o->at.block, o->at.stmt);
    LocalEdge e = {here, o->longer, here, o->shorter};
    const Block *bb = &p->body->blocks[o->at.block];
    if (o->at.stmt != bb->nstmts || bb->term.kind != TM_CALL || bb->term.target < 0 ||
        bb->term.dest.local < 0 || bb->term.dest.nproj)
        return e;
    Type *dest = local_type(p->body, bb->term.dest.local);
    int after = cfg_location(cfg, bb->term.target, 0);
    if (type_holds_var(dest, o->shorter)) e.to = after;
    else if (type_holds_var(dest, o->longer)) e.from = after;
    return e;
}

static void index_constraints(Polonius *p, const RegionGraph *g) {
    int nloc = p->nlocations, nvars = p->nvars;
    p->edge_start = scratch_alloc(sizeof(int) * (size_t)(nloc + 2));
    p->everywhere_start = scratch_alloc(sizeof(int) * (size_t)(nvars + 2));
    LocalEdge *local = scratch_alloc(sizeof(LocalEdge) * (size_t)(g->nedges + 1));
    int nlocal = 0;
    for (int i = 0; i < g->nedges; i++) {
        const Outlives *o = &g->edges[i];
        if (o->category == CAT_SIGNATURE || o->at.block < 0) {
            p->everywhere_start[o->longer + 2]++;
            continue;
        }
        local[nlocal] = localize(p, o);
        p->edge_start[local[nlocal++].from + 2]++;
    }
    for (int l = 0; l < nloc; l++) p->edge_start[l + 2] += p->edge_start[l + 1];
    for (int v = 0; v < nvars; v++) p->everywhere_start[v + 2] += p->everywhere_start[v + 1];
    p->edges = scratch_alloc(sizeof(LocalEdge) * (size_t)(nlocal + 1));
    p->everywhere = scratch_alloc(sizeof(int) * (size_t)(g->nedges - nlocal + 1));
    for (int i = 0; i < nlocal; i++) p->edges[p->edge_start[local[i].from + 1]++] = local[i];
    for (int i = 0; i < g->nedges; i++) {
        const Outlives *o = &g->edges[i];
        if (o->category == CAT_SIGNATURE || o->at.block < 0)
            p->everywhere[p->everywhere_start[o->longer + 1]++] = o->shorter;
    }
}

/* ── kills ── */

typedef struct KillList {
    int *items, n, cap;
} KillList;

static void note_kill(void *ctx, int loan) {
    KillList *k = ctx;
    if (k->n == k->cap) {
        int cap = k->cap ? 2 * k->cap : 64;
        int *grown = scratch_alloc(sizeof(int) * (size_t)cap);
        if (k->n) memcpy(grown, k->items, sizeof(int) * (size_t)k->n);
        k->items = grown, k->cap = cap;
    }
    k->items[k->n++] = loan;
}

static void index_kills(Polonius *p) {
    KillList all = {0};
    p->kill_start = scratch_alloc(sizeof(int) * (size_t)(p->nlocations + 1));
    for (int b = 0; b < p->body->nblocks; b++)
        for (int s = 0; s <= p->body->blocks[b].nstmts; s++) {
            p->kill_start[cfg_location(p->cfg, b, s)] = all.n;
            loans_killed_at(p->body, p->set, (Location){b, s}, note_kill, &all);
        }
    p->kill_start[p->nlocations] = all.n;
    p->kills = all.items;
}

/* Locations are numbered block by block, so a location's kills end where the next
 * location's begin. */
static bool killed_at(const Polonius *p, int loan, int location) {
    for (int i = p->kill_start[location]; i < p->kill_start[location + 1]; i++)
        if (p->kills[i] == loan) return true;
    return false;
}

/* ── reachability ── */

/* The nodes one loan's walk has visited: open addressing over node keys, stamped per
 * loan so that it is cleared by starting the next walk. */
typedef struct Visited {
    uint64_t *keys;
    int *stamp;
    int cap, used, walk;
} Visited;

static void visited_init(Visited *v, int cap) {
    v->cap = cap, v->used = 0;
    v->keys = scratch_alloc(sizeof(uint64_t) * (size_t)cap);
    v->stamp = scratch_alloc(sizeof(int) * (size_t)cap);
}

static bool visited_insert(Visited *v, uint64_t key);

static void visited_grow(Visited *v) {
    Visited old = *v;
    visited_init(v, 2 * old.cap);
    v->walk = old.walk;
    for (int i = 0; i < old.cap; i++)
        if (old.stamp[i] == old.walk) visited_insert(v, old.keys[i]);
}

/* Inserts key; false if it was there. */
static bool visited_insert(Visited *v, uint64_t key) {
    if (2 * (v->used + 1) > v->cap) visited_grow(v);
    uint64_t h = key * 0x9e3779b97f4a7c15ull;
    for (int i = (int)(h >> 40) & (v->cap - 1);; i = (i + 1) & (v->cap - 1)) {
        if (v->stamp[i] != v->walk) {
            v->stamp[i] = v->walk, v->keys[i] = key, v->used++;
            return true;
        }
        if (v->keys[i] == key) return false;
    }
}

typedef struct GraphNode {
    int var, location;
} GraphNode;

typedef struct Walk {
    Polonius *p;
    Visited seen;
    GraphNode *stack;
    int top, cap;
    int *location_stamp;                        /* per location: the last walk that reached it */
    BitSet reach;                               /* blocks a path of one edge or more leads to
                                                   from the loan's block, once found */
    bool reach_found;
    int *block_stack;
    int *next;                                  /* neighbours' scratch: max_degree entries */
    int max_degree;
} Walk;

static void push(Walk *w, int var, int location) {
    uint64_t key = (uint64_t)var * (uint64_t)w->p->nlocations + (uint64_t)location;
    if (!visited_insert(&w->seen, key)) return;
    if (w->top == w->cap) {
        int cap = w->cap ? 2 * w->cap : 256;
        GraphNode *grown = scratch_alloc(sizeof(GraphNode) * (size_t)cap);
        if (w->top) memcpy(grown, w->stack, sizeof(GraphNode) * (size_t)w->top);
        w->stack = grown, w->cap = cap;
    }
    w->stack[w->top++] = (GraphNode){var, location};
}

/* The CFG's successors (forward) or predecessors of a location, as locations. */
static int neighbours(const Polonius *p, int location, bool forward, int *out, int max) {
    const Cfg *cfg = p->cfg;
    int b = p->block_of[location], s = location - cfg->first_location[b], n = 0;
    if (forward) {
        if (s < p->body->blocks[b].nstmts) {
            out[n++] = location + 1;
            return n;
        }
        for (int i = 0; i < cfg->nsucc[b] && n < max; i++)
            out[n++] = cfg_location(cfg, cfg->succ[b][i], 0);
        return n;
    }
    if (s > 0) {
        out[n++] = location - 1;
        return n;
    }
    for (int i = 0; i < cfg->npred[b] && n < max; i++) {
        int pred = cfg->pred[b][i];
        out[n++] = cfg_location(cfg, pred, p->body->blocks[pred].nstmts);
    }
    return n;
}

/* Whether a kill of the loan at `location` counts: only one a path from the borrow reaches
 * (as rustc's alpha filters them). A kill met elsewhere, such as the call that made the
 * borrowed temporary, says nothing about this loan. */
static bool kill_reachable(Walk *w, const Loan *loan, int location) {
    Polonius *p = w->p;
    int b = p->block_of[location];
    if (b == loan->reserve.block &&
        location > cfg_location(p->cfg, loan->reserve.block, loan->reserve.stmt))
        return true;
    if (!w->reach_found) {
        w->reach_found = true;
        memset(w->reach.words, 0, sizeof(uint64_t) * (size_t)((w->reach.nbits + 63) / 64));
        int top = 0;
        w->block_stack[top++] = loan->reserve.block;
        while (top) {
            int from = w->block_stack[--top];
            for (int i = 0; i < p->cfg->nsucc[from]; i++) {
                int next = p->cfg->succ[from][i];
                if (bitset_get(&w->reach, next)) continue;
                bitset_set(&w->reach, next);
                w->block_stack[top++] = next;
            }
        }
    }
    return bitset_get(&w->reach, b);
}

/* One loan's walk from (its region, its borrow): the locations of every node it reaches. */
static void walk_loan(Walk *w, int k, LocationRanges *out) {
    Polonius *p = w->p;
    const Loan *loan = &p->set->loans[k];
    w->seen.walk++, w->seen.used = 0, w->top = 0, w->reach_found = false;
    int max = w->max_degree, *next = w->next;
    push(w, loan->region, cfg_location(p->cfg, loan->reserve.block, loan->reserve.stmt));
    while (w->top) {
        GraphNode n = w->stack[--w->top];
        if (w->location_stamp[n.location] != w->seen.walk) {
            w->location_stamp[n.location] = w->seen.walk;
            location_ranges_add(out, n.location, n.location);
        }
        bool killed = killed_at(p, k, n.location) && kill_reachable(w, loan, n.location);
        for (int i = p->edge_start[n.location]; i < p->edge_start[n.location + 1]; i++) {
            const LocalEdge *e = &p->edges[i];
            if (e->longer != n.var || (killed && e->to != n.location)) continue;
            push(w, e->shorter, e->to);
        }
        for (int i = p->everywhere_start[n.var]; i < p->everywhere_start[n.var + 1]; i++)
            push(w, p->everywhere[i], n.location);
        if ((p->flow[n.var] & FLOW_FORWARD) && !killed) {
            int count = neighbours(p, n.location, true, next, max);
            for (int i = 0; i < count; i++)
                if (region_live_at(p, n.var, next[i])) push(w, n.var, next[i]);
        }
        /* a CFG edge l -> l' carries r both ways when r is live on entry to l' */
        if ((p->flow[n.var] & FLOW_BACKWARD) && region_live_at(p, n.var, n.location)) {
            int count = neighbours(p, n.location, false, next, max);
            for (int i = 0; i < count; i++) push(w, n.var, next[i]);
        }
    }
    out->n = location_ranges_normalize(out->bounds, out->n);
}

LiveLoans *polonius_live_loans(Body *body, const BorrowSet *set, const RegionCx *regions) {
    const RegionGraph *g = regions_graph(regions);
    const Cfg *cfg = ir_cfg(body);
    Polonius p = {.body = body, .cfg = cfg, .set = set, .nvars = g->nvars,
                  .nlocations = cfg->nlocations};
    p.block_of = scratch_alloc(sizeof(int) * (size_t)(p.nlocations + 1));
    for (int b = 0; b < body->nblocks; b++)
        for (int s = 0; s <= body->blocks[b].nstmts; s++) p.block_of[cfg_location(cfg, b, s)] = b;
    p.universal = scratch_alloc(sizeof(bool) * (size_t)(p.nvars + 1));
    for (int u = 0; u < g->nuniversal; u++) p.universal[g->universal[u]] = true;
    p.live = scratch_alloc(sizeof(LocationRanges) * (size_t)(p.nvars + 1));
    regions_each_live_range(regions, note_live, &p);
    for (int v = 0; v < p.nvars; v++) p.live[v].n = location_ranges_normalize(p.live[v].bounds,
                                                                             p.live[v].n);
    find_flows(&p);
    index_constraints(&p, g);
    index_kills(&p);

    LiveLoans *live = scratch_alloc(sizeof *live);
    live->of_loan = scratch_alloc(sizeof(LocationRanges) * (size_t)(set->nloans + 1));
    Walk w = {.p = &p, .max_degree = 1};
    for (int b = 0; b < body->nblocks; b++) {
        if (cfg->nsucc[b] > w.max_degree) w.max_degree = cfg->nsucc[b];
        if (cfg->npred[b] > w.max_degree) w.max_degree = cfg->npred[b];
    }
    w.next = scratch_alloc(sizeof(int) * (size_t)w.max_degree);
    w.location_stamp = scratch_alloc(sizeof(int) * (size_t)(p.nlocations + 1));
    w.reach = bitset_scratch(body->nblocks);
    w.block_stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    visited_init(&w.seen, 1024);
    for (int k = 0; k < set->nloans; k++) walk_loan(&w, k, &live->of_loan[k]);
    return live;
}

bool live_loans_contain(const LiveLoans *live, int loan, int location) {
    const LocationRanges *r = &live->of_loan[loan];
    return location_ranges_contain(r->bounds, r->n, location);
}

int live_loans_first_dead(const LiveLoans *live, int loan, int from, int to) {
    const LocationRanges *r = &live->of_loan[loan];
    int at = from;
    for (int i = 0; i < r->n && at <= to; i++) {
        if (r->bounds[2 * i + 1] < at) continue;
        if (r->bounds[2 * i] > at) return at;
        at = r->bounds[2 * i + 1] + 1;
    }
    return at <= to ? at : -1;
}
