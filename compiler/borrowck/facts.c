/* facts.c — --emit=borrowck-facts=DIR: each checked body's borrow-check input as
 * polonius-engine's relations (spec 21.9), in the format rustc's -Znll-facts wrote.
 *
 * Takes: the IR of every body the borrow checker checks, and a writer for files.
 * Gives: per body, one text per relation (`loan_issued_at.facts`, `cfg_edge.facts`, ...),
 * each a row per fact, its fields quoted and separated by tabs, handed to the writer with
 * the body's directory name (the driver puts them in DIR/NAME/ through its checked write).
 *
 * Points are rustc's: each location (block b's statement or terminator i) has a start
 * point "Start(bbB[I])" and a mid point "Mid(bbB[I])" where it takes effect. Regions are
 * the body's region variables '?N (region_infer.c's numbering: the renumbered positions,
 * the universal regions after them), loans bwN (borrow_set.c's order; each universal
 * region's placeholder loan after them), locals _N, move paths mpN (move data's). */
#include "patina.h"
#include "borrowck/borrows.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The relations, in the order of the table below. */
enum {
    F_LOAN_ISSUED_AT, F_CFG_EDGE, F_SUBSET_BASE, F_LOAN_KILLED_AT, F_LOAN_INVALIDATED_AT,
    F_VAR_USED_AT, F_VAR_DEFINED_AT, F_VAR_DROPPED_AT, F_USE_OF_VAR_DEREFS_ORIGIN,
    F_DROP_OF_VAR_DEREFS_ORIGIN, F_UNIVERSAL_REGION, F_KNOWN_PLACEHOLDER_SUBSET,
    F_PLACEHOLDER, F_CHILD_PATH, F_PATH_IS_VAR, F_PATH_ASSIGNED_AT_BASE, F_PATH_MOVED_AT_BASE,
    F_PATH_ACCESSED_AT_BASE, F_COUNT
};

static const char *const relation_file[F_COUNT] = {
    "loan_issued_at.facts", "cfg_edge.facts", "subset_base.facts", "loan_killed_at.facts",
    "loan_invalidated_at.facts", "var_used_at.facts", "var_defined_at.facts",
    "var_dropped_at.facts", "use_of_var_derefs_origin.facts",
    "drop_of_var_derefs_origin.facts", "universal_region.facts",
    "known_placeholder_subset.facts", "placeholder.facts", "child_path.facts",
    "path_is_var.facts", "path_assigned_at_base.facts", "path_moved_at_base.facts",
    "path_accessed_at_base.facts",
};

typedef struct Facts {
    Body *body;
    const Cfg *cfg;
    FILE *out[F_COUNT];
    char *text[F_COUNT];
    size_t len[F_COUNT];
    int local;                                  /* the local whose regions are being listed */
    int relation;                               /* ... into this relation */
    Location at;                                /* the location whose kills are being listed */
} Facts;

/* ── fields ── */

static void point(FILE *f, bool mid, Location at) {
    fprintf(f, "\"%s(bb%d[%d])\"", mid ? "Mid" : "Start", at.block, at.stmt);
}

/* One row: fields given as printf pieces would hide the tab layout, so rows are written
 * field by field: tab() between fields, end() after the last. */
static void tab(FILE *f) { fputc('\t', f); }
static void end(FILE *f) { fputc('\n', f); }

/* ── the CFG and the regions ── */

static void emit_cfg(Facts *x) {
    FILE *f = x->out[F_CFG_EDGE];
    for (int b = 0; b < x->body->nblocks; b++) {
        const Block *bb = &x->body->blocks[b];
        for (int s = 0; s <= bb->nstmts; s++) {
            Location at = {b, s};
            point(f, false, at), tab(f), point(f, true, at), end(f);
            if (s < bb->nstmts) {
                point(f, true, at), tab(f), point(f, false, (Location){b, s + 1}), end(f);
                continue;
            }
            for (int i = 0; i < x->cfg->nsucc[b]; i++)
                point(f, true, at), tab(f), point(f, false, (Location){x->cfg->succ[b][i], 0}),
                    end(f);
        }
    }
}

static void subset_at(FILE *f, const Outlives *o, bool mid, Location at) {
    fprintf(f, "\"'?%d\"\t\"'?%d\"\t", o->longer, o->shorter);
    point(f, mid, at), end(f);
}

/* `'a: 'b` from a statement holds at its start point (loans in 'a flow into 'b there); the
 * signature's constraints hold at every point. */
static void emit_subsets(Facts *x, const RegionGraph *g) {
    FILE *f = x->out[F_SUBSET_BASE];
    for (int i = 0; i < g->nedges; i++) {
        const Outlives *o = &g->edges[i];
        if (o->category != CAT_SIGNATURE && o->at.block >= 0) {
            subset_at(f, o, false, o->at);
            continue;
        }
        for (int b = 0; b < x->body->nblocks; b++)
            for (int s = 0; s <= x->body->blocks[b].nstmts; s++) {
                subset_at(f, o, false, (Location){b, s});
                subset_at(f, o, true, (Location){b, s});
            }
    }
}

static void emit_universal(Facts *x, const RegionGraph *g, int nloans) {
    for (int u = 0; u < g->nuniversal; u++) {
        fprintf(x->out[F_UNIVERSAL_REGION], "\"'?%d\"\n", g->universal[u]);
        fprintf(x->out[F_PLACEHOLDER], "\"'?%d\"\t\"bw%d\"\n", g->universal[u], nloans + u);
        for (int v = 0; v < g->nuniversal; v++)
            if (v != u && g->known[u * g->nuniversal + v])
                fprintf(x->out[F_KNOWN_PLACEHOLDER_SUBSET], "\"'?%d\"\t\"'?%d\"\n",
                        g->universal[u], g->universal[v]);
    }
}

/* ── loans ── */

static void emit_killed(void *ctx, int loan) {
    Facts *x = ctx;
    FILE *f = x->out[F_LOAN_KILLED_AT];
    fprintf(f, "\"bw%d\"\t", loan);
    point(f, true, x->at), end(f);
}

static void emit_invalidated(void *ctx, Location at, int loan) {
    Facts *x = ctx;
    FILE *f = x->out[F_LOAN_INVALIDATED_AT];
    point(f, false, at), fprintf(f, "\t\"bw%d\"\n", loan);
}

static void emit_loans(Facts *x, const BorrowSet *set) {
    for (int k = 0; k < set->nloans; k++) {
        FILE *f = x->out[F_LOAN_ISSUED_AT];
        fprintf(f, "\"'?%d\"\t\"bw%d\"\t", set->loans[k].region, k);
        point(f, true, set->loans[k].reserve), end(f);
    }
    for (int b = 0; b < x->body->nblocks; b++)
        for (int s = 0; s <= x->body->blocks[b].nstmts; s++) {
            x->at = (Location){b, s};
            loans_killed_at(x->body, set, x->at, emit_killed, x);
        }
    loans_invalidated_at(x->body, set, emit_invalidated, x);
}

/* ── locals ── */

static void emit_var_use(void *ctx, const PlaceUse *use) {
    Facts *x = ctx;
    if (use->place->local < 0) return;
    int relation;
    switch (liveness_use_kind(use)) {
    case LIVE_KILL: relation = F_VAR_DEFINED_AT; break;
    case LIVE_USE: relation = F_VAR_USED_AT; break;
    case LIVE_DROP: relation = F_VAR_DROPPED_AT; break;
    default: return;
    }
    FILE *f = x->out[relation];
    fprintf(f, "\"_%d\"\t", use->place->local);
    point(f, true, use->at), end(f);
}

static void emit_origin(void *ctx, Region r) {
    Facts *x = ctx;
    if (r.kind == REGION_VAR)
        fprintf(x->out[x->relation], "\"_%d\"\t\"'?%d\"\n", x->local, r.index);
}

static void emit_locals(Facts *x) {
    IrVisitor v = {.ctx = x, .place = emit_var_use};
    ir_visit_body(&v, x->body);
    for (int l = 0; l < x->body->nlocals; l++) {
        const Local *local = &x->body->locals[l];
        Type *t = local->renumbered_ty ? local->renumbered_ty : local->ty;
        x->local = l;
        x->relation = F_USE_OF_VAR_DEREFS_ORIGIN;
        type_each_region(t, emit_origin, x);
        x->relation = F_DROP_OF_VAR_DEREFS_ORIGIN;
        regions_each_drop_region(t, emit_origin, x);
    }
}

/* ── move paths ── */

static void emit_path_at(Facts *x, int relation, int path, bool mid, Location at) {
    FILE *f = x->out[relation];
    fprintf(f, "\"mp%d\"\t", path);
    point(f, mid, at), end(f);
}

static void emit_access(void *ctx, const PlaceUse *use) {
    Facts *x = ctx;
    switch (use->kind) {
    case USE_COPY: case USE_MOVE: case USE_INSPECT: case USE_BORROW_SHARED: case USE_BORROW_MUT:
    case USE_BORROW_TWO_PHASE: case USE_BORROW_UNIQUE: case USE_ADDRESS_OF:
        break;
    default:
        return;
    }
    if (use->place->local < 0) return;
    MoveData *md = move_data_of(x->body);
    int path = mp_path_of(&md->mp, *use->place, false, false);
    if (path >= 0) emit_path_at(x, F_PATH_ACCESSED_AT_BASE, path, true, use->at);
}

/* Paths as the move data has them: a local's own (path_is_var), fields below (child_path);
 * every local but the arguments is moved out (uninitialized) at the entry, a store
 * initializes at its mid point, a call's destination at the entry of the block it returns
 * to. */
static void emit_paths(Facts *x) {
    MoveData *md = move_data_of(x->body);
    const MovePaths *mp = &md->mp;
    for (int p = 0; p < mp->npaths; p++) {
        const MovePath *path = &mp->paths[p];
        if (path->parent >= 0)
            fprintf(x->out[F_CHILD_PATH], "\"mp%d\"\t\"mp%d\"\n", p, path->parent);
        else
            fprintf(x->out[F_PATH_IS_VAR], "\"mp%d\"\t\"_%d\"\n", p, path->local);
        if (path->parent < 0 && (path->local == 0 || path->local > x->body->nargs))
            emit_path_at(x, F_PATH_MOVED_AT_BASE, p, false, (Location){0, 0});
    }
    for (int b = 0; b < x->body->nblocks; b++) {
        const Block *bb = &x->body->blocks[b];
        for (int s = 0; s <= bb->nstmts; s++) {
            int loc = cfg_location(x->cfg, b, s);
            for (int e = md->first_event[loc]; e < md->first_event[loc + 1]; e++) {
                const MoveEvent *ev = &md->events[e];
                if (ev->path < 0) continue;
                if (ev->event == MD_EVENT_MOVED) {
                    emit_path_at(x, F_PATH_MOVED_AT_BASE, ev->path, true, (Location){b, s});
                } else if (ev->event == MD_EVENT_ASSIGNED) {
                    bool returns = s == bb->nstmts && bb->term.kind == TM_CALL &&
                                   bb->term.target >= 0;
                    emit_path_at(x, F_PATH_ASSIGNED_AT_BASE, ev->path, !returns,
                                 returns ? (Location){bb->term.target, 0} : (Location){b, s});
                }
            }
        }
    }
    IrVisitor v = {.ctx = x, .place = emit_access};
    ir_visit_body(&v, x->body);
}

/* ── bodies ── */

/* The directory of a body's facts: its fn's name, a method's after its type's
 * (`Point-norm`), a closure `{closure#N}` (N counting the program's closures); a name
 * met before gets `-2`, `-3` ... */
static const char *body_dir(Body *body, int *nclosures, const char **seen, int nseen) {
    const char *name;
    Def *def = body->def;
    if (def && def->node && def->node->kind == N_CLOSURE)
        name = arena_printf("{closure#%d}", (*nclosures)++);
    else if (def && def->name && def->adt && def->adt->name)
        name = arena_printf("%s-%s", sym_str(def->adt->name), sym_str(def->name));
    else if (def && def->name)
        name = sym_str(def->name);
    else
        name = body->symbol ? body->symbol : "body";
    const char *unique = name;
    for (int n = 2;; n++) {
        bool clash = false;
        for (int i = 0; i < nseen && !clash; i++) clash = strcmp(seen[i], unique) == 0;
        if (!clash) return unique;
        unique = arena_printf("%s-%d", name, n);
    }
}

static bool body_facts(Body *body, const char *dir, FactsWriter write, void *ctx) {
    ScratchMark mark = scratch_mark();
    Facts x = {.body = body, .cfg = ir_cfg(body)};
    bool ok = true;
    for (int r = 0; r < F_COUNT; r++) {
        x.out[r] = open_memstream(&x.text[r], &x.len[r]);
        if (!x.out[r]) {
            diag_error_global("cannot buffer the borrowck facts: %s", strerror(errno));
            ok = false;
        }
    }
    if (ok) {
        ir_renumber_regions(body);
        BorrowSet *set = borrow_set_of(body);
        RegionCx *cx = regions_infer(body, BORROWCK_NLL);   /* facts are the rule-free inputs */
        const RegionGraph *g = regions_graph(cx);
        emit_cfg(&x);
        emit_subsets(&x, g);
        emit_universal(&x, g, set->nloans);
        emit_loans(&x, set);
        emit_locals(&x);
        emit_paths(&x);
    }
    for (int r = 0; r < F_COUNT; r++) {
        if (!x.out[r]) continue;
        ok = fclose(x.out[r]) == 0 && ok;
        if (ok) ok = write(ctx, dir, relation_file[r], x.text[r], x.len[r]);
        free(x.text[r]);
    }
    scratch_release(mark);
    return ok;
}

bool borrowck_facts_write(IrProgram *prog, uint32_t prelude_file, FactsWriter write,
                          void *ctx) {
    int total = prog->nbodies + prog->ngeneric_bodies, nseen = 0, nclosures = 0;
    const char **seen = arena_alloc(sizeof(char *) * (size_t)(total + 1));
    for (int i = 0; i < total; i++) {
        Body *body = i < prog->nbodies ? prog->bodies[i] : prog->generic_bodies[i - prog->nbodies];
        if (!borrowck_checks_body(body, prelude_file, false)) continue;
        const char *dir = body_dir(body, &nclosures, seen, nseen);
        seen[nseen++] = dir;
        if (!body_facts(body, dir, write, ctx)) return false;
    }
    return true;
}
