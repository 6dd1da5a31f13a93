/* movedata.c — move data: the move paths of a body and which of them may be initialized.
 *
 * Takes: a Body (before drop elaboration) and, through the place visitor, its moves,
 * stores, drops and storage markers.
 * Gives: its MoveData, made once and cached in the Body for the move checker and drop
 * elaboration (rustc's MoveData with MaybeInitializedPlaces, MaybeUninitializedPlaces and
 * EverInitializedPlaces): per path and statement, whether it may hold a value, may not,
 * may have been moved out (why it may not: E0382 rather than E0381), and may ever have
 * been given one since its storage began (E0384).
 *
 * As in rustc, what is tracked are move paths: a local and the field places (`p.first`,
 * `t.1.0`, an enum variant's field, a Box's contents) the body moves out of or drops. */
#include "patina.h"

#include <string.h>

static void path_event(MoveData *md, BitSet *s, int path, MoveEventKind ev) {
    if (path < 0) return;
    int n = md->mp.npaths;
    for (int k = 0; k < md->mp.nsubtree[path]; k++) {
        int q = md->mp.subtree[path][k];
        bitset_put(s, MD_INIT * n + q, ev == MD_EVENT_ASSIGNED);
        bitset_put(s, MD_UNINIT * n + q, ev != MD_EVENT_ASSIGNED);
        if (ev != MD_EVENT_DEINIT) bitset_put(s, MD_MOVED * n + q, ev == MD_EVENT_MOVED);
        if (ev == MD_EVENT_ASSIGNED || ev == MD_EVENT_STORAGE)
            bitset_put(s, MD_EVER_INIT * n + q, ev == MD_EVENT_ASSIGNED);
    }
}

/* Whether a move out of place p is one that leaves a hole (see md_moved_path). */
static bool movable_out(Body *body, const Operand *op) {
    const Place *p = &op->place;
    if (op->kind != OP_MOVE || p->local < 0) return false;
    Type *t = body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        ProjKind k = p->proj[i].kind;
        if (step_into_box(p, &i, &t)) continue;   /* into an owned Box */
        if (k == PROJ_INDEX) return op->by_compiler;   /* lowering's own: the path above moves */
        if (k == PROJ_DEREF && (t->kind == TY_REF || t->kind == TY_PTR)) return false;
        bool into = k == PROJ_FIELD || k == PROJ_DOWNCAST;
        if (into && t->kind == TY_ADT && ty_drop_impl(t, NULL)) return false;
        t = p->proj[i].ty;
    }
    return true;
}

int md_moved_path(MoveData *md, const Operand *op) {
    return movable_out(md->body, op) ? mp_path_of(&md->mp, op->place, false, false) : -1;
}

void md_apply_move(MoveData *md, BitSet *state, const Operand *op) {
    path_event(md, state, md_moved_path(md, op), MD_EVENT_MOVED);
}

/* ── building: one walk gathers the moves, stores, drops and storage markers, making
 * the field paths moves and drops need; once every path exists, each store and drop
 * finds its own (a store into `p.f` has p.f's path only if some move made it) ── */

typedef struct Gather {
    MoveData *md;
    MoveEvent *items;
    /* per event until resolved: a store's or drop's place */
    const Place **places;
    int len, cap;
} Gather;

static void gather_event(Gather *g, int path, MoveEventKind ev, const Place *place,
                         const PlaceUse *use) {
    if (g->len == g->cap) {
        int cap = g->cap ? g->cap * 2 : 64;
        g->items = arena_realloc(g->items, sizeof(MoveEvent) * (size_t)g->cap,
                                 sizeof(MoveEvent) * (size_t)cap);
        const Place **places = scratch_alloc(sizeof(const Place *) * (size_t)cap);
        if (g->len) memcpy(places, g->places, sizeof(const Place *) * (size_t)g->len);
        g->places = places;
        g->cap = cap;
    }
    g->items[g->len] =
        (MoveEvent){.path = path, .event = ev, .operand = use->operand, .span = use->span};
    g->places[g->len++] = place;
}

static void gather_use(void *ctx, const PlaceUse *use) {
    Gather *g = ctx;
    MoveData *md = g->md;
    switch (use->kind) {
    case USE_MOVE:
        if (movable_out(md->body, use->operand)) {
            int path = mp_path_of(&md->mp, *use->place, true, false);
            if (path >= 0) gather_event(g, path, MD_EVENT_MOVED, NULL, use);
        }
        break;
    case USE_DROP:
        mp_path_of(&md->mp, *use->place, true, false);
        gather_event(g, -1, MD_EVENT_DEINIT, use->place, use);
        break;
    case USE_STORE: case USE_CALL_DEST:
        gather_event(g, -1, MD_EVENT_ASSIGNED, use->place, use);
        break;
    case USE_STORAGE_LIVE: case USE_STORAGE_DEAD:
        if (use->place->local >= 0 && md->mp.root[use->place->local] >= 0)
            gather_event(g, md->mp.root[use->place->local], MD_EVENT_STORAGE, NULL, use);
        break;
    default: break;
    }
}

static void gather(MoveData *md) {
    Body *body = md->body;
    const Cfg *cfg = md->cfg;
    md->mp.root = arena_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    for (int l = 0; l < body->nlocals; l++) {
        Local *loc = &body->locals[l];
        bool tracked = loc->is_user_var || (l > 0 && ty_needs_drop(loc->ty));
        md->mp.root[l] = tracked ? mp_add(&md->mp, l, -1, -1, -1, loc->ty) : -1;
    }
    md->first_event = arena_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    md->unwind_path = arena_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    for (int b = 0; b < body->nblocks; b++) md->unwind_path[b] = -1;
    if (md->mp.npaths == 0) return;             /* nothing to follow: no events */
    ScratchMark mark = scratch_mark();
    Gather g = {.md = md};
    IrVisitor v = {.ctx = &g, .place = gather_use};
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) {
            md->first_event[cfg_location(cfg, b, i)] = g.len;
            ir_visit_stmt(&v, &bb->stmts[i], (Location){b, i});
        }
        md->first_event[cfg_location(cfg, b, bb->nstmts)] = g.len;
        ir_visit_term(&v, &bb->term, (Location){b, bb->nstmts});
    }
    md->first_event[cfg->nlocations] = g.len;
    mp_index_subtrees(&md->mp);
    for (int k = 0; k < g.len; k++)
        if (g.places[k]) g.items[k].path = mp_path_of(&md->mp, *g.places[k], false, true);
    for (int b = 0; b < body->nblocks; b++)
        if (body->blocks[b].term.kind == TM_CALL)
            md->unwind_path[b] = mp_path_of(&md->mp, body->blocks[b].term.dest, false, true);
    md->events = g.items;
    md->nevents = g.len;
    scratch_release(mark);
}

/* ── the analysis ── */

static void effect(void *ctx, Body *body, Location at, BitSet *state) {
    MoveData *md = ctx;
    (void)body;
    int loc = cfg_location(md->cfg, at.block, at.stmt);
    for (int k = md->first_event[loc]; k < md->first_event[loc + 1]; k++)
        path_event(md, state, md->events[k].path, md->events[k].event);
}

/* A panic in a call leaves its destination unwritten: on the unwind edge it holds nothing. */
static void unwind_edge(void *ctx, Body *body, int b, BitSet *state) {
    MoveData *md = ctx;
    (void)body;
    path_event(md, state, md->unwind_path[b], MD_EVENT_DEINIT);
}

static void boundary(void *ctx, Body *body, BitSet *state) {
    MoveData *md = ctx;
    for (int l = 0; l < body->nlocals; l++)
        if (md->mp.root[l] >= 0) {
            bool arg = l >= 1 && l <= body->nargs;
            path_event(md, state, md->mp.root[l], arg ? MD_EVENT_ASSIGNED : MD_EVENT_STORAGE);
        }
}

MoveData *move_data_of(Body *body) {
    if (body->move_data) return body->move_data;
    MoveData *md = arena_alloc(sizeof *md);
    *md = (MoveData){.body = body, .cfg = ir_cfg(body)};
    gather(md);
    Analysis a = {.direction = DF_FORWARD, .nbits = MD_FACTS * md->mp.npaths,
                  .ctx = md, .boundary = boundary, .effect = effect, .unwind_edge = unwind_edge};
    md->facts = dataflow_solve(body, &a, false);
    body->move_data = md;
    return md;
}
