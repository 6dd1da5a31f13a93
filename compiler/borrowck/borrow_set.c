/* borrow_set.c — the loans of a body.
 *
 * Takes: a Body as lowering made it (the IR the checks see) and its CFG.
 * Gives: its BorrowSet (borrows.h), as rustc's GatherBorrows builds one: a loan for each
 * borrow statement whose place is not behind a shared reference or a raw pointer, with
 * its reservation, its activation (for a two-phase borrow, the one use of the temporary
 * it is stored in), the loans of each local, and which loan each location reserves or
 * activates; for the lexical rule (spec 21.2b), the same loans with every two-phase borrow
 * made an ordinary `&mut` active where it is taken. And the --emit=loans listing. */
#include "patina.h"
#include "borrowck/borrows.h"

/* Whether p is reached through a shared reference or a raw pointer that does not belong
 * to a Box: a loan of it would be a copy of the loan that reference came from. */
static bool behind_shared_or_raw(Body *body, const Place *p) {
    Type *t = p->local < 0 ? ir_global(body->program, p->local)->ty : body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        if (step_into_box(p, &i, &t)) continue;   /* an owned Box's contents */
        if (p->proj[i].kind == PROJ_DEREF &&
            (t->kind == TY_PTR || (t->kind == TY_REF && !t->is_mut)))
            return true;
        t = p->proj[i].ty;
    }
    return false;
}

typedef struct Gather {
    BorrowSet *set;
    const Cfg *cfg;
    int *pending;                               /* per local: the two-phase loan stored in it */
} Gather;

/* A use of a two-phase loan's temporary other than the store and its storage markers
 * activates the loan. */
static void note_activation(void *ctx, const PlaceUse *use) {
    Gather *g = ctx;
    int l = use->place->local;
    if (l < 0 || g->pending[l] < 0) return;
    if (use->kind == USE_STORE || use->kind == USE_STORAGE_LIVE ||
        use->kind == USE_STORAGE_DEAD)
        return;
    Loan *loan = &g->set->loans[g->pending[l]];
    if (loan->reserve.block == use->at.block && loan->reserve.stmt == use->at.stmt) return;
    if (loan->activation.block < 0) {
        loan->activation = use->at;
        g->set->activated_at[cfg_location(g->cfg, use->at.block, use->at.stmt)] =
            g->pending[l];
    }
}

static void add_loan(Gather *g, Body *body, const Stmt *st, Location at) {
    const Rvalue *rv = &st->rv;
    if (behind_shared_or_raw(body, &rv->place)) return;
    BorrowSet *set = g->set;
    int k = set->nloans++;
    bool two_phase = rv->borrow == BORROW_TWO_PHASE && st->place.nproj == 0;
    set->loans[k] = (Loan){
        .place = rv->place,
        .kind = rv->borrow,
        .region = rv->region.kind == REGION_VAR ? rv->region.index : -1,
        .reserve = at,
        .activation = two_phase ? (Location){-1, 0} : at,
        .assigned_local = st->place.nproj == 0 ? st->place.local : -1,
        .span = st->span,
    };
    set->reserved_at[cfg_location(g->cfg, at.block, at.stmt)] = k;
    if (two_phase) g->pending[st->place.local] = k;
    if (rv->place.local >= 0) set->nof_local[rv->place.local]++;
}

BorrowSet *borrow_set_of(Body *body) {
    const Cfg *cfg = ir_cfg(body);
    BorrowSet *set = scratch_alloc(sizeof *set);
    *set = (BorrowSet){.body = body};
    int nborrows = 0;
    for (int b = 0; b < body->nblocks; b++)
        for (int i = 0; i < body->blocks[b].nstmts; i++)
            nborrows += body->blocks[b].stmts[i].kind == ST_ASSIGN &&
                        body->blocks[b].stmts[i].rv.kind == RV_REF;
    set->loans = scratch_alloc(sizeof(Loan) * (size_t)(nborrows + 1));
    set->of_local = scratch_alloc(sizeof(int *) * (size_t)(body->nlocals + 1));
    set->nof_local = scratch_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    set->reserved_at = scratch_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    set->activated_at = scratch_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    for (int i = 0; i < cfg->nlocations; i++) set->reserved_at[i] = set->activated_at[i] = -1;
    Gather g = {.set = set, .cfg = cfg,
                .pending = scratch_alloc(sizeof(int) * (size_t)(body->nlocals + 1))};
    for (int l = 0; l < body->nlocals; l++) g.pending[l] = -1;

    /* reachable blocks only, in reverse postorder, so that a two-phase loan's reservation
     * is seen before its activation */
    IrVisitor activations = {.ctx = &g, .place = note_activation};
    for (int r = 0; r < cfg->nrpo; r++) {
        int b = cfg->rpo[r];
        Block *bb = &body->blocks[b];
        for (int i = 0; i <= bb->nstmts; i++) {
            Location at = {b, i};
            if (i == bb->nstmts) {
                ir_visit_term(&activations, &bb->term, at);
                continue;
            }
            ir_visit_stmt(&activations, &bb->stmts[i], at);
            if (bb->stmts[i].kind == ST_ASSIGN && bb->stmts[i].rv.kind == RV_REF)
                add_loan(&g, body, &bb->stmts[i], at);
        }
    }

    for (int l = 0; l < body->nlocals; l++) {
        set->of_local[l] = scratch_alloc(sizeof(int) * (size_t)(set->nof_local[l] + 1));
        set->nof_local[l] = 0;
    }
    for (int k = 0; k < set->nloans; k++) {
        int l = set->loans[k].place.local;
        if (l >= 0) set->of_local[l][set->nof_local[l]++] = k;
    }
    return set;
}

void borrow_set_drop_two_phase(BorrowSet *set) {
    const Cfg *cfg = ir_cfg(set->body);
    for (int k = 0; k < set->nloans; k++) {
        Loan *loan = &set->loans[k];
        if (loan->kind != BORROW_TWO_PHASE) continue;
        if (loan->activation.block >= 0)
            set->activated_at[cfg_location(cfg, loan->activation.block,
                                           loan->activation.stmt)] = -1;
        /* checked as the plain mutable borrow it now is where it is taken (loans.c reads
         * the loan's kind), so against its own instance from a loop's previous iteration */
        loan->kind = BORROW_MUT;
        loan->activation = loan->reserve;
    }
}

/* ── --emit=loans ── */

typedef struct LoanDump {
    ScratchMark mark;
    BorrowSet *set;
} LoanDump;

static const char *loan_kind_name(BorrowKind k) {
    switch (k) {
    case BORROW_SHARED: return "shared";
    case BORROW_MUT: return "mut";
    case BORROW_TWO_PHASE: return "two-phase mut";
    case BORROW_UNIQUE: return "unique";
    case BORROW_SHALLOW: return "fake shallow";
    }
    return "?";
}

static void dump_begin(void *ctx, Body *body) {
    LoanDump *d = ctx;
    d->mark = scratch_mark();
    d->set = borrow_set_of(body);
}

/* The set ahead of the body's first statement; then, at each location, the loans it
 * reserves or activates. */
static void dump_before(void *ctx, FILE *out, Body *body, Location at) {
    LoanDump *d = ctx;
    const Cfg *cfg = ir_cfg(body);
    if (at.block == 0 && at.stmt == 0) {
        fprintf(out, "        // loans: %d\n", d->set->nloans);
        for (int k = 0; k < d->set->nloans; k++) {
            const Loan *l = &d->set->loans[k];
            fprintf(out, "        //   bw%d: %s borrow of ", k, loan_kind_name(l->kind));
            ir_print_place(out, body, l->place);
            fprintf(out, ", region '?%d, reserved bb%d[%d]", l->region, l->reserve.block,
                    l->reserve.stmt);
            if (l->kind == BORROW_TWO_PHASE && l->activation.block < 0)
                fputs(", never activated", out);
            else if (l->kind == BORROW_TWO_PHASE)
                fprintf(out, ", activated bb%d[%d]", l->activation.block, l->activation.stmt);
            fputc('\n', out);
        }
    }
    int loc = cfg_location(cfg, at.block, at.stmt);
    if (d->set->reserved_at[loc] >= 0) fprintf(out, "        // reserves bw%d\n",
                                              d->set->reserved_at[loc]);
    if (d->set->activated_at[loc] >= 0) fprintf(out, "        // activates bw%d\n",
                                               d->set->activated_at[loc]);
}

static void dump_end(void *ctx, Body *body) {
    (void)body;
    scratch_release(((LoanDump *)ctx)->mark);
}

void loans_print(FILE *out, IrProgram *prog) {
    LoanDump d = {0};
    IrAnnotator ann = {.ctx = &d, .begin_body = dump_begin, .before = dump_before,
                       .end_body = dump_end};
    ir_print_annotated(out, prog, &ann);
}
