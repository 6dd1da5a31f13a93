/* validate.c — the checker of the IR's contract (--validate-ir).
 *
 * Takes: an IrProgram, after lowering or after drop elaboration, and which of the two.
 * Gives: nothing when every body keeps the contract the ownership passes rely on (spec 9.4
 * to 9.8); else a line per violation on stderr, each naming the body, the block, the
 * statement and the rule, then an internal compiler error. The rules:
 *   - no operand copies a place whose type is not Copy (format arguments included), but
 *     through a raw pointer (`ptr::read`); an unnormalized associated type is not judged;
 *   - a two-phase borrow is assigned to a temporary, used exactly once after it (its
 *     activation), in the same block or one its block reaches;
 *   - a local other than the return place and the arguments is used only where its storage
 *     is live on every path (StorageLive before, no StorageDead since), a forward dataflow;
 *     after drop elaboration, a local no storage marker names is always live (its drop
 *     flags, which rustc also leaves without markers); a drop needs the storage live on
 *     some path only (an extended temporary of one branch, dropped at the join), and none
 *     in a cleanup block (whose chain drops all the scope scheduled, as rustc's);
 *   - at every return its storage is dead on every path (unwind paths end in `resume`,
 *     which rustc also leaves without storage markers: they are not checked);
 *   - fake reads and place mentions name a well-formed place;
 *   - the two sides of an assignment have one type.
 * It never changes the IR; a body's scratch is released after it. */
#include "patina.h"

#include <stdarg.h>

typedef struct Validator {
    Body *body;
    const char *when;                           /* "after lowering", ... */
    /* after drop elaboration: a local without any storage marker is always live (the drop
     * flags elaboration adds, as rustc's always_storage_live_locals) */
    bool unmarked_always_live;
    BitSet marked;                              /* the locals some StorageLive/Dead names */
    int violations;                             /* in the whole program */
    int body_violations;                        /* in this body: its listing follows them */
    BitSet storage_reported;                    /* storage: one report per local and body */
} Validator;

static const char *body_name(const Body *b) {
    if (b->def && b->def->name) return sym_str(b->def->name);
    return b->symbol ? b->symbol : "?";
}

static void violation(Validator *v, Location at, const char *rule, const char *fmt, ...) {
    Block *bb = &v->body->blocks[at.block];
    fprintf(stderr, "IR validation %s: body `%s` (%s), bb%d", v->when, body_name(v->body),
            v->body->symbol ? v->body->symbol : "?", at.block);
    if (at.stmt < bb->nstmts) fprintf(stderr, "[%d]", at.stmt);
    else fputs(" terminator", stderr);
    fprintf(stderr, ": %s: ", rule);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    v->body_violations++;
    if (!v->violations++) ice_at(at.stmt < bb->nstmts ? bb->stmts[at.stmt].span : bb->term.span);
}

/* ── well-formed places, copies ── */

static bool local_in_range(const Body *b, int local) {
    return local < 0 ? b->program && ~local < b->program->nglobals : local < b->nlocals;
}

/* A constant index or subslice (a slice pattern's) lies inside the length its pattern
 * tested, of an array or slice, and has the element's or a sub-array's or slice's type. */
static bool pattern_index_well_formed(const Type *base, const Proj *pr) {
    if (base->kind != TY_ARRAY && base->kind != TY_SLICE) return false;
    if (pr->kind == PROJ_CONST_INDEX)
        return pr->ty == base->elem && pr->offset >= (pr->from_end ? 1 : 0) &&
            pr->offset <= pr->min_length - (pr->from_end ? 0 : 1) &&
            (base->kind == TY_SLICE || (uint64_t)pr->min_length <= base->len);
    if (pr->from < 0 || pr->to < 0 || pr->ty->elem != base->elem) return false;
    if (pr->from_end) return base->kind == TY_SLICE && pr->ty->kind == TY_SLICE;
    return base->kind == TY_ARRAY && pr->ty->kind == TY_ARRAY && pr->from <= pr->to &&
        (uint64_t)pr->to <= base->len && pr->ty->len == (uint64_t)(pr->to - pr->from);
}

static bool place_well_formed(const Body *b, const Place *p) {
    if (!local_in_range(b, p->local)) return false;
    for (int i = 0; i < p->nproj; i++) {
        const Proj *pr = &p->proj[i];
        if (!pr->ty) return false;
        if (pr->kind == PROJ_INDEX && (pr->index_local < 0 || pr->index_local >= b->nlocals))
            return false;
        const Type *base =
            i ? p->proj[i - 1].ty : ir_place_type((Body *)b, (Place){.local = p->local});
        if ((pr->kind == PROJ_CONST_INDEX || pr->kind == PROJ_SUBSLICE) &&
            !pattern_index_well_formed(base, pr))
            return false;
    }
    return true;
}

/* Whether p reads through a raw pointer: `copy (*p)` of any type is `ptr::read`'s bitwise
 * read (rustc's read_via_copy intrinsic lowers to the same), which no move path follows. */
static bool through_raw_pointer(const Body *b, const Place *p) {
    for (int i = 0; i < p->nproj; i++) {
        const Type *base =
            i ? p->proj[i - 1].ty : ir_place_type((Body *)b, (Place){.local = p->local});
        if (p->proj[i].kind == PROJ_DEREF && base->kind == TY_PTR) return true;
    }
    return false;
}

static void check_place_use(void *ctx, const PlaceUse *use) {
    Validator *v = ctx;
    if (!place_well_formed(v->body, use->place)) {
        violation(v, use->at, "ill-formed place", "local _%d", use->place->local);
        return;
    }
    if (use->kind == USE_COPY && !through_raw_pointer(v->body, use->place)) {
        Type *t = ir_place_type(v->body, *use->place);
        /* an associated type a generic body leaves unnormalized (`<I as Iterator>::Item`
         * standing for `&T`) is not known to be non-Copy: its instances are checked */
        if (!ty_is_copy(t) && t->kind != TY_PROJ)
            violation(v, use->at, "copy of a non-Copy place",
                      "`copy` of a place of type `%s`", ty_str_of(t));
    }
}

/* Regions are not part of a Type yet: two hash-consed types agree when they are one
 * pointer. `!` and error types stand for any type. */
static bool types_agree(const Type *a, const Type *b) {
    if (a == b || !a || !b) return true;
    return a->kind == TY_NEVER || b->kind == TY_NEVER || a->kind == TY_ERROR ||
           b->kind == TY_ERROR;
}

static void check_statements(Validator *v) {
    Body *body = v->body;
    IrVisitor visitor = {.ctx = v, .place = check_place_use};
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) {
            Stmt *st = &bb->stmts[i];
            Location at = {b, i};
            ir_visit_stmt(&visitor, st, at);
            if (st->kind != ST_ASSIGN || !place_well_formed(body, &st->place)) continue;
            Type *dest = ir_place_type(body, st->place);
            if (!types_agree(dest, st->rv.ty))
                violation(v, at, "assignment of another type", "`%s` = `%s`", ty_str_of(dest),
                          st->rv.ty ? ty_str_of(st->rv.ty) : "?");
        }
        ir_visit_term(&visitor, &bb->term, (Location){b, bb->nstmts});
    }
}

/* ── two-phase borrows ── */

typedef struct TwoPhaseUses {
    int local;
    Location def;                               /* the borrow's statement: not a use */
    int nuses;
    Location use;                               /* the first use */
} TwoPhaseUses;

static void count_use(void *ctx, const PlaceUse *use) {
    TwoPhaseUses *u = ctx;
    if (use->place->local != u->local) return;
    if (use->kind == USE_STORAGE_LIVE || use->kind == USE_STORAGE_DEAD) return;
    if (use->kind == USE_STORE && use->at.block == u->def.block && use->at.stmt == u->def.stmt)
        return;
    if (u->nuses++ == 0) u->use = use->at;
}

/* Whether block `to` is reachable from block `from` by one edge or more. */
static bool reaches(Body *body, int from, int to) {
    const Cfg *cfg = ir_cfg(body);
    ScratchMark mark = scratch_mark();
    bool *seen = scratch_alloc(sizeof(bool) * (size_t)body->nblocks);
    int *stack = scratch_alloc(sizeof(int) * (size_t)body->nblocks);
    int sp = 0;
    bool found = false;
    for (int k = 0; k < cfg->nsucc[from]; k++) stack[sp++] = cfg->succ[from][k];
    while (sp && !found) {
        int b = stack[--sp];
        if (seen[b]) continue;
        seen[b] = true;
        found = b == to;
        for (int k = 0; k < cfg->nsucc[b] && sp < body->nblocks; k++)
            if (!seen[cfg->succ[b][k]]) stack[sp++] = cfg->succ[b][k];
    }
    scratch_release(mark);
    return found;
}

static void check_two_phase(Validator *v, Location at, const Stmt *st) {
    Body *body = v->body;
    int local = st->place.local;
    if (st->place.nproj || local <= body->nargs || body->locals[local].is_user_var) {
        violation(v, at, "two-phase borrow not into a temporary", "assigned to _%d%s",
                  st->place.local, st->place.nproj ? " with projections" : "");
        return;
    }
    TwoPhaseUses u = {.local = st->place.local, .def = at};
    IrVisitor visitor = {.ctx = &u, .place = count_use};
    ir_visit_body(&visitor, body);
    if (u.nuses != 1) {
        violation(v, at, "two-phase temporary not used exactly once", "_%d is used %d times",
                  u.local, u.nuses);
        return;
    }
    bool after = u.use.block == at.block ? u.use.stmt > at.stmt
                                         : reaches(body, at.block, u.use.block);
    if (!after)
        violation(v, at, "two-phase activation not after its reservation",
                  "_%d is used at bb%d[%d]", u.local, u.use.block, u.use.stmt);
}

static void check_borrows(Validator *v) {
    Body *body = v->body;
    for (int b = 0; b < body->nblocks; b++)
        for (int i = 0; i < body->blocks[b].nstmts; i++) {
            const Stmt *st = &body->blocks[b].stmts[i];
            if (st->kind == ST_ASSIGN && st->rv.kind == RV_REF && st->rv.borrow == BORROW_TWO_PHASE)
                check_two_phase(v, (Location){b, i}, st);
        }
}

/* ── storage ── */

/* Forward, joined by union: bit l "local l's storage may be dead here" (never begun on
 * some path, or ended), bit nlocals + l "may be live". */
typedef struct StorageEffect {
    int nlocals;
    BitSet *state;
} StorageEffect;

static bool storage_exempt(const Validator *v, int local) {
    return local <= v->body->nargs || (v->unmarked_always_live && !bitset_get(&v->marked, local));
}

static void storage_boundary(void *ctx, Body *body, BitSet *state) {
    for (int l = 0; l < body->nlocals; l++)
        bitset_set(state, storage_exempt(ctx, l) ? body->nlocals + l : l);
}

static void note_marker(void *ctx, const PlaceUse *use) {
    if (use->kind == USE_STORAGE_LIVE || use->kind == USE_STORAGE_DEAD)
        bitset_set(ctx, use->place->local);
}

static void storage_marker(void *ctx, const PlaceUse *use) {
    StorageEffect *e = ctx;
    int l = use->place->local;
    if (use->kind != USE_STORAGE_LIVE && use->kind != USE_STORAGE_DEAD) return;
    bool live = use->kind == USE_STORAGE_LIVE;
    bitset_put(e->state, l, !live);
    bitset_put(e->state, e->nlocals + l, live);
}

static void storage_effect(void *ctx, Body *body, Location at, BitSet *state) {
    (void)ctx;
    StorageEffect e = {.nlocals = body->nlocals, .state = state};
    IrVisitor visitor = {.ctx = &e, .place = storage_marker};
    Block *bb = &body->blocks[at.block];
    if (at.stmt < bb->nstmts) ir_visit_stmt(&visitor, &bb->stmts[at.stmt], at);
}

typedef struct StorageCheck {
    Validator *v;
    const BitSet *state;                        /* before the statement */
    bool cleanup;                               /* in a block only unwinding reaches */
} StorageCheck;

/* Per block: whether only an unwind edge leads to it (a cleanup block). */
static bool *cleanup_blocks(Body *body) {
    const Cfg *cfg = ir_cfg(body);
    bool *normal = scratch_alloc(sizeof(bool) * (size_t)body->nblocks);
    bool *cleanup = scratch_alloc(sizeof(bool) * (size_t)body->nblocks);
    int *stack = scratch_alloc(sizeof(int) * (size_t)body->nblocks);
    int sp = 0;
    stack[sp++] = 0;
    normal[0] = true;
    while (sp) {
        int b = stack[--sp];
        int n = cfg->nsucc[b] - (cfg->unwinds[b] ? 1 : 0);
        for (int k = 0; k < n; k++) {
            int s = cfg->succ[b][k];
            if (!normal[s]) normal[s] = true, stack[sp++] = s;
        }
    }
    for (int b = 0; b < body->nblocks; b++) cleanup[b] = cfg->reachable[b] && !normal[b];
    return cleanup;
}

static void check_storage_use(void *ctx, const PlaceUse *use) {
    StorageCheck *c = ctx;
    int l = use->place->local;
    if (l < 0 || l >= c->v->body->nlocals || storage_exempt(c->v, l)) return;
    if (use->kind == USE_STORAGE_LIVE || use->kind == USE_STORAGE_DEAD) return;
    /* a drop needs the storage live on some path only: a temporary one branch made and a
     * `let` extended is dropped where the branches join, behind its drop flag; and none in
     * a cleanup block, whose chain drops every value the scope scheduled, that branch's
     * too (rustc's built MIR does both; drop elaboration keeps only the live ones) */
    if (use->kind == USE_DROP && c->cleanup) return;
    bool dead = use->kind == USE_DROP ? !bitset_get(c->state, c->v->body->nlocals + l)
                                      : bitset_get(c->state, l);
    if (dead && !bitset_get(&c->v->storage_reported, l)) {
        bitset_set(&c->v->storage_reported, l);
        violation(c->v, use->at, "use of a local whose storage may be dead",
                  "_%d (no StorageLive before it on some path, or a StorageDead since)", l);
    }
}

static void check_storage(Validator *v) {
    Body *body = v->body;
    const Cfg *cfg = ir_cfg(body);
    v->marked = bitset_scratch(body->nlocals);
    IrVisitor markers = {.ctx = &v->marked, .place = note_marker};
    ir_visit_body(&markers, body);
    Analysis a = {.direction = DF_FORWARD, .nbits = 2 * body->nlocals, .ctx = v,
                  .boundary = storage_boundary, .effect = storage_effect};
    Results *r = dataflow_solve(body, &a, true);
    Cursor cursor = cursor_new(r);
    bool *cleanup = cleanup_blocks(body);
    for (int k = 0; k < cfg->nrpo; k++) {
        int b = cfg->rpo[k];
        Block *bb = &body->blocks[b];
        for (int i = 0; i <= bb->nstmts; i++) {
            StorageCheck c = {
                .v = v, .state = cursor_before(&cursor, b, i), .cleanup = cleanup[b]};
            IrVisitor visitor = {.ctx = &c, .place = check_storage_use};
            if (i < bb->nstmts) ir_visit_stmt(&visitor, &bb->stmts[i], (Location){b, i});
            else ir_visit_term(&visitor, &bb->term, (Location){b, i});
        }
        if (bb->term.kind != TM_RETURN) continue;
        const BitSet *at_return = cursor_before(&cursor, b, bb->nstmts);
        for (int l = body->nargs + 1; l < body->nlocals; l++)
            if (!storage_exempt(v, l) && bitset_get(at_return, body->nlocals + l))
                violation(v, (Location){b, bb->nstmts}, "storage live at return",
                          "_%d has no StorageDead on some path to this return", l);
    }
}

static void validate_body(Validator *v, Body *body) {
    if (!body || !body->nblocks) return;
    v->body = body;
    v->body_violations = 0;
    ScratchMark mark = scratch_mark();
    v->storage_reported = bitset_scratch(body->nlocals);
    check_statements(v);
    check_borrows(v);
    check_storage(v);
    scratch_release(mark);
    if (v->body_violations) ir_print_body(stderr, body);
}

void ir_validate(IrProgram *prog, IrStage stage) {
    Validator v = {.when = stage == IR_LOWERED ? "after lowering" : "after drop elaboration",
                   .unmarked_always_live = stage == IR_ELABORATED};
    for (int i = 0; i < prog->nbodies; i++) validate_body(&v, prog->bodies[i]);
    for (int i = 0; i < prog->ngeneric_bodies; i++) validate_body(&v, prog->generic_bodies[i]);
    if (!v.violations) return;
    char what[96];
    snprintf(what, sizeof what, "the IR breaks its contract in %d place%s (listed above)",
             v.violations, v.violations == 1 ? "" : "s");
    ice(what);
}
