/* region_values.c — the values of a body's region variables, solved over the strongly
 * connected components of its outlives constraints, as rustc's RegionInferenceContext
 * does with ConstraintSccs and a SparseIntervalMatrix.
 *
 * Takes: the number of region variables, locations and universal regions, the outlives
 * constraints (value(longer) ⊇ value(shorter)), then what each variable contains on its
 * own: location ranges (liveness) and universal regions' end points.
 * Gives: each variable's value, the union of its own and of everything it outlives, and
 * the queries on it (contains a location, the first location of a range it lacks,
 * reaches a universal region's end).
 *
 * Why this shape: a dense row of nlocations bits per variable, unioned edge by edge until
 * nothing changes, costs variables × locations bits and as many sweeps as the longest
 * constraint chain; a 4000-local function made that hundreds of MB. Here variables that
 * outlive one another in a cycle share one value (their SCC's); a value is a sorted list
 * of disjoint location intervals; and each SCC's value is built once, after those of all
 * SCCs it outlives (Tarjan's algorithm numbers SCCs in that order), by merging their
 * interval lists. An SCC that adds nothing to one successor shares that successor's list.
 * Everything lives in the scratch stack of the body's check. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <stdlib.h>
#include <string.h>

/* A set of locations: n disjoint, non-adjacent intervals [lo, hi], sorted. */
typedef struct Intervals {
    const int *bounds;                          /* lo0, hi0, lo1, hi1, ... */
    int n;
} Intervals;

struct RegionValues {
    int nvars, nlocations, nuniversal;
    int *scc_of;                                /* per variable */
    int nsccs;
    /* per SCC: the SCCs it outlives (successors), as one array sliced by succ_start */
    int *succ_start, *succ;
    /* per SCC, by universal region: whether the value holds that region's end */
    uint64_t *ends;
    int end_words;
    /* the ranges added before solving: (scc, lo, hi) triples */
    int *added;
    int nadded, cap_added;
    Intervals *value;                           /* per SCC, once solved */
};

/* ── the SCCs (Tarjan's algorithm, without recursion: chains can be long) ── */

typedef struct Frame {
    int var, next_edge;
} Frame;

/* Numbers the SCCs of the graph var → the vars it outlives in completion order: every SCC
 * after all the SCCs it reaches. */
static void find_sccs(RegionValues *rv, const int *edge_start, const int *edge_to) {
    int n = rv->nvars;
    int *index = scratch_alloc(sizeof(int) * (size_t)(n + 1));
    int *low = scratch_alloc(sizeof(int) * (size_t)(n + 1));
    bool *on_stack = scratch_alloc(sizeof(bool) * (size_t)(n + 1));
    int *stack = scratch_alloc(sizeof(int) * (size_t)(n + 1));
    Frame *frames = scratch_alloc(sizeof(Frame) * (size_t)(n + 1));
    for (int v = 0; v < n; v++) index[v] = -1;
    int counter = 0, top = 0;
    for (int root = 0; root < n; root++) {
        if (index[root] >= 0) continue;
        int depth = 0;
        frames[depth++] = (Frame){root, edge_start[root]};
        index[root] = low[root] = counter++;
        stack[top++] = root;
        on_stack[root] = true;
        while (depth) {
            Frame *f = &frames[depth - 1];
            int v = f->var;
            if (f->next_edge < edge_start[v + 1]) {
                int w = edge_to[f->next_edge++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack[top++] = w;
                    on_stack[w] = true;
                    frames[depth++] = (Frame){w, edge_start[w]};
                } else if (on_stack[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            if (low[v] == index[v]) {
                int w;
                do {
                    w = stack[--top];
                    on_stack[w] = false;
                    rv->scc_of[w] = rv->nsccs;
                } while (w != v);
                rv->nsccs++;
            }
            if (--depth) {
                int parent = frames[depth - 1].var;
                if (low[v] < low[parent]) low[parent] = low[v];
            }
        }
    }
}

/* Per SCC, the SCCs it outlives, each listed once per constraint between them. */
static void link_sccs(RegionValues *rv, const Outlives *edges, int nedges) {
    rv->succ_start = scratch_alloc(sizeof(int) * (size_t)(rv->nsccs + 2));
    for (int e = 0; e < nedges; e++) {
        int a = rv->scc_of[edges[e].longer], b = rv->scc_of[edges[e].shorter];
        if (a != b) rv->succ_start[a + 2]++;
    }
    for (int s = 0; s < rv->nsccs; s++) rv->succ_start[s + 2] += rv->succ_start[s + 1];
    rv->succ = scratch_alloc(sizeof(int) * (size_t)(rv->succ_start[rv->nsccs + 1] + 1));
    for (int e = 0; e < nedges; e++) {
        int a = rv->scc_of[edges[e].longer], b = rv->scc_of[edges[e].shorter];
        if (a != b) rv->succ[rv->succ_start[a + 1]++] = b;
    }
}

RegionValues *region_values_new(int nvars, int nlocations, int nuniversal,
                                const Outlives *edges, int nedges) {
    RegionValues *rv = scratch_alloc(sizeof *rv);
    *rv = (RegionValues){.nvars = nvars, .nlocations = nlocations, .nuniversal = nuniversal};
    rv->scc_of = scratch_alloc(sizeof(int) * (size_t)(nvars + 1));
    /* the constraint graph by variable: each one's edges to the variables it outlives */
    int *edge_start = scratch_alloc(sizeof(int) * (size_t)(nvars + 2));
    for (int e = 0; e < nedges; e++) edge_start[edges[e].longer + 2]++;
    for (int v = 0; v < nvars; v++) edge_start[v + 2] += edge_start[v + 1];
    int *edge_to = scratch_alloc(sizeof(int) * (size_t)(nedges + 1));
    for (int e = 0; e < nedges; e++) edge_to[edge_start[edges[e].longer + 1]++] = edges[e].shorter;
    find_sccs(rv, edge_start, edge_to);
    link_sccs(rv, edges, nedges);
    rv->end_words = (nuniversal + 63) / 64;
    rv->ends = scratch_alloc(sizeof(uint64_t) * (size_t)(rv->nsccs * rv->end_words + 1));
    return rv;
}

void region_values_add_range(RegionValues *rv, int var, int lo, int hi) {
    if (var < 0 || var >= rv->nvars || lo > hi) return;
    if (rv->nadded == rv->cap_added) {
        int cap = rv->cap_added ? 2 * rv->cap_added : 256;
        int *grown = scratch_alloc(sizeof(int) * 3 * (size_t)cap);
        if (rv->nadded) memcpy(grown, rv->added, sizeof(int) * 3 * (size_t)rv->nadded);
        rv->added = grown;
        rv->cap_added = cap;
    }
    int *t = &rv->added[3 * rv->nadded++];
    t[0] = rv->scc_of[var], t[1] = lo, t[2] = hi;
}

void region_values_add_end(RegionValues *rv, int var, int universal) {
    if (var < 0 || var >= rv->nvars) return;
    rv->ends[rv->scc_of[var] * rv->end_words + universal / 64] |= 1ull << (universal & 63);
}

/* ── location ranges ── */

void location_ranges_add(LocationRanges *r, int lo, int hi) {
    if (lo > hi) return;
    if (r->n == r->cap) {
        int cap = r->cap ? 2 * r->cap : 16;
        int *grown = scratch_alloc(sizeof(int) * 2 * (size_t)cap);
        if (r->n) memcpy(grown, r->bounds, sizeof(int) * 2 * (size_t)r->n);
        r->bounds = grown;
        r->cap = cap;
    }
    r->bounds[2 * r->n] = lo, r->bounds[2 * r->n + 1] = hi;
    r->n++;
}

/* The index of the last range whose lo <= location, or -1. */
static int range_at_or_before(const int *bounds, int n, int location) {
    int lo = 0, hi = n - 1, found = -1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (bounds[2 * mid] <= location) found = mid, lo = mid + 1;
        else hi = mid - 1;
    }
    return found;
}

bool location_ranges_contain(const int *bounds, int n, int location) {
    int i = range_at_or_before(bounds, n, location);
    return i >= 0 && bounds[2 * i + 1] >= location;
}

/* ── solving ── */

static int compare_lo(const void *a, const void *b) {
    int x = ((const int *)a)[0], y = ((const int *)b)[0];
    return (x > y) - (x < y);
}

int location_ranges_normalize(int *bounds, int n) {
    if (n > 1) qsort(bounds, (size_t)n, 2 * sizeof(int), compare_lo);
    int out = 0;
    for (int i = 0; i < n; i++) {
        int lo = bounds[2 * i], hi = bounds[2 * i + 1];
        if (out && lo <= bounds[2 * out - 1] + 1) {
            if (hi > bounds[2 * out - 1]) bounds[2 * out - 1] = hi;
            continue;
        }
        bounds[2 * out] = lo, bounds[2 * out + 1] = hi;
        out++;
    }
    return out;
}

/* a ∪ b into out (room for a.n + b.n intervals): the count. */
static int merge(Intervals a, Intervals b, int *out) {
    int i = 0, j = 0, n = 0;
    while (i < a.n || j < b.n) {
        const int *next;
        if (j >= b.n || (i < a.n && a.bounds[2 * i] <= b.bounds[2 * j])) next = &a.bounds[2 * i++];
        else next = &b.bounds[2 * j++];
        if (n && next[0] <= out[2 * n - 1] + 1) {
            if (next[1] > out[2 * n - 1]) out[2 * n - 1] = next[1];
            continue;
        }
        out[2 * n] = next[0], out[2 * n + 1] = next[1];
        n++;
    }
    return n;
}

static bool same_intervals(Intervals a, const int *bounds, int n) {
    return a.n == n && (n == 0 || memcmp(a.bounds, bounds, sizeof(int) * 2 * (size_t)n) == 0);
}

/* Each SCC's own intervals: the added ranges bucketed by SCC, sorted and merged. */
static Intervals *own_intervals(RegionValues *rv) {
    int nsccs = rv->nsccs;
    int *start = scratch_alloc(sizeof(int) * (size_t)(nsccs + 2));
    for (int i = 0; i < rv->nadded; i++) start[rv->added[3 * i] + 2]++;
    for (int s = 0; s < nsccs; s++) start[s + 2] += start[s + 1];
    int *bounds = scratch_alloc(sizeof(int) * 2 * (size_t)(rv->nadded + 1));
    for (int i = 0; i < rv->nadded; i++) {
        int at = start[rv->added[3 * i] + 1]++;
        bounds[2 * at] = rv->added[3 * i + 1];
        bounds[2 * at + 1] = rv->added[3 * i + 2];
    }
    Intervals *own = scratch_alloc(sizeof(Intervals) * (size_t)(nsccs + 1));
    for (int s = 0; s < nsccs; s++) {
        int *mine = &bounds[2 * start[s]];
        own[s] = (Intervals){mine, location_ranges_normalize(mine, start[s + 1] - start[s])};
    }
    return own;
}

/* Every SCC's value: its own, merged with those of the SCCs it outlives, which Tarjan's
 * numbering has solved before it. A value never has more intervals than all SCCs' own
 * together (merging only joins them), which bounds the two work buffers. */
void region_values_solve(RegionValues *rv) {
    Intervals *own = own_intervals(rv);
    int total = 0;
    for (int s = 0; s < rv->nsccs; s++) total += own[s].n;
    int *work[2] = {scratch_alloc(sizeof(int) * 2 * (size_t)(total + 1)),
                    scratch_alloc(sizeof(int) * 2 * (size_t)(total + 1))};
    int *seen = scratch_alloc(sizeof(int) * (size_t)(rv->nsccs + 1));   /* last SCC + 1 */
    rv->value = scratch_alloc(sizeof(Intervals) * (size_t)(rv->nsccs + 1));
    for (int s = 0; s < rv->nsccs; s++) {
        Intervals acc = own[s];             /* in a work buffer, or a list it can share */
        int w = 0;
        uint64_t *ends = &rv->ends[s * rv->end_words];
        for (int i = rv->succ_start[s]; i < rv->succ_start[s + 1]; i++) {
            int t = rv->succ[i];
            if (seen[t] == s + 1) continue;
            seen[t] = s + 1;
            for (int k = 0; k < rv->end_words; k++) ends[k] |= rv->ends[t * rv->end_words + k];
            Intervals next = rv->value[t];
            if (!next.n) continue;
            if (!acc.n) {
                acc = next;
                continue;
            }
            int n = merge(acc, next, work[w]);
            if (same_intervals(acc, work[w], n)) continue;
            if (same_intervals(next, work[w], n)) {
                acc = next;
                continue;
            }
            acc = (Intervals){work[w], n};
            w ^= 1;
        }
        if (acc.bounds == work[0] || acc.bounds == work[1]) {
            int *copy = scratch_alloc(sizeof(int) * 2 * (size_t)(acc.n + 1));
            memcpy(copy, acc.bounds, sizeof(int) * 2 * (size_t)acc.n);
            acc.bounds = copy;
        }
        rv->value[s] = acc;
    }
}

/* ── queries ── */

static Intervals value_of(const RegionValues *rv, int var) {
    return rv->value[rv->scc_of[var]];
}

bool region_contains(const RegionValues *rv, int region, int location) {
    if (region < 0 || region >= rv->nvars) return false;
    Intervals v = value_of(rv, region);
    return location_ranges_contain(v.bounds, v.n, location);
}

int region_first_absent(const RegionValues *rv, int region, int from, int to) {
    if (region < 0 || region >= rv->nvars) return from <= to ? from : -1;
    Intervals v = value_of(rv, region);
    int i = range_at_or_before(v.bounds, v.n, from);
    if (i < 0 || v.bounds[2 * i + 1] < from) return from <= to ? from : -1;
    int after = v.bounds[2 * i + 1] + 1;        /* intervals never touch: this one is absent */
    return after <= to ? after : -1;
}

bool region_contains_end(const RegionValues *rv, int region, int universal) {
    if (region < 0 || region >= rv->nvars) return false;
    const uint64_t *ends = &rv->ends[rv->scc_of[region] * rv->end_words];
    return (ends[universal / 64] >> (universal & 63)) & 1;
}
