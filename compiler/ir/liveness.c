/* liveness.c — which locals may still be used, or dropped, later.
 *
 * Takes: a Body (the IR the checks see, before drop elaboration) and its CFG.
 * Gives: a backward dataflow over its locals, joined by union, as rustc's MaybeLiveLocals
 * with its use/drop split: bit l is set before a statement when some path from there
 * reads, borrows or inspects local l before overwriting it or ending its storage
 * (use-live), bit nlocals + l when some path drops it first (drop-live). And the
 * --emit=liveness listing: the IR with both sets before every statement and terminator,
 * each after its start and mid program points (cfg.h). */
#include "patina.h"

typedef struct LiveEffect {
    int nlocals;
    BitSet *state;
    bool defs;                                  /* this visit applies the kills, else the gens */
} LiveEffect;

/* A store to a bare local (or its storage ending or beginning) overwrites it: dead before.
 * A store through a deref reads the pointer; one into a field of it neither kills nor reads. */
static bool kills(const PlaceUse *use) {
    if (use->kind == USE_STORAGE_LIVE || use->kind == USE_STORAGE_DEAD) return true;
    return use_is_def(use->kind) && use->place->nproj == 0;
}

static bool through_deref(const Place *p) {
    for (int i = 0; i < p->nproj; i++)
        if (p->proj[i].kind == PROJ_DEREF) return true;
    return false;
}

LiveUse liveness_use_kind(const PlaceUse *use) {
    if (kills(use)) return LIVE_KILL;
    if (use->kind == USE_DROP) return LIVE_DROP;
    if (!use_is_def(use->kind) || through_deref(use->place)) return LIVE_USE;
    return LIVE_NONE;
}

static void live_use(void *ctx, const PlaceUse *use) {
    LiveEffect *e = ctx;
    int l = use->place->local;
    if (l < 0) return;                          /* a static */
    LiveUse kind = liveness_use_kind(use);
    if (e->defs) {
        if (kind == LIVE_KILL) bitset_clear(e->state, l), bitset_clear(e->state, e->nlocals + l);
        return;
    }
    if (kind == LIVE_DROP) bitset_set(e->state, e->nlocals + l);
    else if (kind == LIVE_USE) bitset_set(e->state, l);
}

/* Backward: what the statement writes is dead before it, then what it reads is live. */
static void effect(void *ctx, Body *body, Location at, BitSet *state) {
    (void)ctx;
    LiveEffect e = {.nlocals = body->nlocals, .state = state, .defs = true};
    IrVisitor v = {.ctx = &e, .place = live_use};
    Block *bb = &body->blocks[at.block];
    for (int pass = 0; pass < 2; pass++, e.defs = false) {
        if (at.stmt < bb->nstmts) ir_visit_stmt(&v, &bb->stmts[at.stmt], at);
        else ir_visit_term(&v, &bb->term, at);
    }
}

Results *liveness_of(Body *body) {
    /* no boundary: nothing is live after a return (the caller reads the return place) */
    Analysis a = {.direction = DF_BACKWARD, .nbits = 2 * body->nlocals, .effect = effect};
    return dataflow_solve(body, &a, true);
}

/* ── --emit=liveness ── */

typedef struct LiveDump {
    ScratchMark mark;
    Results *live;
    Cursor cursor;
} LiveDump;

static void dump_begin(void *ctx, Body *body) {
    LiveDump *d = ctx;
    d->mark = scratch_mark();
    d->live = liveness_of(body);
    d->cursor = cursor_new(d->live);
}

static void print_set(FILE *out, const BitSet *s, int from, int n) {
    bool any = false;
    for (int l = 0; l < n; l++)
        if (bitset_get(s, from + l)) {
            fprintf(out, " _%d", l);
            any = true;
        }
    if (!any) fputs(" -", out);
}

static void dump_before(void *ctx, FILE *out, Body *body, Location at) {
    LiveDump *d = ctx;
    if (!ir_cfg(body)->reachable[at.block]) {
        fputs("        // unreachable\n", out);
        return;
    }
    const BitSet *s = cursor_before(&d->cursor, at.block, at.stmt);
    const Cfg *cfg = ir_cfg(body);
    fprintf(out, "        // %d/%d live:", cfg_start_point(cfg, at.block, at.stmt),
            cfg_mid_point(cfg, at.block, at.stmt));
    print_set(out, s, 0, body->nlocals);
    fputs("; drop-live:", out);
    print_set(out, s, body->nlocals, body->nlocals);
    fputc('\n', out);
}

static void dump_end(void *ctx, Body *body) {
    (void)body;
    scratch_release(((LiveDump *)ctx)->mark);
}

void liveness_print(FILE *out, IrProgram *prog) {
    LiveDump d = {0};
    IrAnnotator ann = {.ctx = &d, .begin_body = dump_begin, .before = dump_before,
                       .end_body = dump_end};
    ir_print_annotated(out, prog, &ann);
}
