/* loans.c — loans in scope, and every access checked against them.
 *
 * Takes: a Body (the IR the checks see), its BorrowSet, the region values region
 * inference found, and a way to find the later use that keeps a loan alive.
 * Gives: rustc's borrow errors for the body: an access that conflicts with a loan in
 * scope (E0499, E0502, E0503, E0505, E0506) and a local whose storage ends while a loan
 * of it is in scope (E0597, E0515, E0716; and, asked of region_errors.c, E0373 for a
 * closure's capture and E0713 for a drop that needs what is borrowed), each with rustc's
 * three points: the loan, the access, the later use. It reports and never changes the IR.
 *
 * As in rustc's MirBorrowckCtxt: the loans in scope are a forward dataflow (a loan is
 * made at its reservation and ends where its region stops, at a StorageDead of its local
 * or when an assignment overwrites its place); each statement's accesses (read or write,
 * shallow or deep) are checked against the loans in scope before it, a two-phase loan
 * being only reserved — shared reads allowed — until its activation. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <stdlib.h>
#include <string.h>

/* What an access does (rustc's ReadOrWrite with its kinds). */
typedef enum AccessKind {
    READ_COPY,                                  /* a copy, an inspection */
    READ_SHARED_BORROW,
    READ_SHALLOW_BORROW,                        /* a guard's fake borrow */
    WRITE_MOVE,
    WRITE_MUTATE,                               /* an assignment, a call's destination */
    WRITE_MUT_BORROW,                           /* &mut, &uniq, a two-phase one's activation */
    WRITE_STORAGE_DEAD,                         /* StorageDead, drop, the function's exit */
    RESERVE_MUT_BORROW,                         /* a two-phase borrow where it is taken */
} AccessKind;

typedef struct LoansCtx {
    Body *body;
    const Cfg *cfg;
    const BorrowSet *set;
    const RegionCx *rcx;
    const RegionValues *regions;
    const LiveLoans *live;                      /* polonius's live loans, or NULL: NLL's rule */
    /* per location: the loans whose region does not reach it, though it reaches a
     * location before it (rustc's borrows_out_of_scope_at_location), as one array sliced
     * by out_of_scope_start */
    int *out_of_scope, *out_of_scope_start;
    /* per two-phase loan: the locations between its reservation and its activation */
    LocationRanges *reserved_only;
    /* the accesses reported, one error each (rustc's access_place_error_reported) */
    struct ReportedAccess { Place place; Span span; } *reported;
    int nreported, reported_cap;
    bool *reservation_failed;                   /* per loan: its reservation was reported, so
                                                   its activation is not checked again */
    /* loans_invalidated_at: where each access goes instead of an error report, with every
     * loan taken to be in scope and active (Polonius's flow-insensitive relation) */
    void (*invalidated)(void *ctx, Location at, int loan);
    void *invalidated_ctx;
    BitSet state;                               /* the loans in scope at the check */
    int activating;                             /* the loan the checked location activates */
    BodyLoans *record;                          /* NULL, or what --emit=borrowck shows */
    BitSet recorded_state;                      /* the record's: the state before a location */
} LoansCtx;

/* ── where loans end ── */

/* Walks a block at a time, each block at most once per walk (stamped with the walk's). */
typedef struct BlockWalk {
    int *stamp;                                 /* per block */
    int *stack, top;
} BlockWalk;

static void walk_push_successors(BlockWalk *w, const Cfg *cfg, int block, int walk) {
    for (int s = 0; s < cfg->nsucc[block]; s++) {
        int next = cfg->succ[block][s];
        if (w->stamp[next] == walk) continue;
        w->stamp[next] = walk;
        w->stack[w->top++] = next;
    }
}

/* Where a loan leaves the scope, as find_scope_ends finds them. */
typedef struct ScopeEnds {
    struct ScopeEnd {
        int location, loan;
    } *at;
    int n, cap;
} ScopeEnds;

static void note_scope_end(ScopeEnds *ends, int location, int loan) {
    if (ends->n == ends->cap) {
        int cap = ends->cap ? 2 * ends->cap : 64;
        struct ScopeEnd *grown = scratch_alloc(sizeof *grown * (size_t)cap);
        if (ends->n) memcpy(grown, ends->at, sizeof *grown * (size_t)ends->n);
        ends->at = grown;
        ends->cap = cap;
    }
    ends->at[ends->n++] = (struct ScopeEnd){location, loan};
}

/* The first location in [from, to] where loan k is not live: its region lacks it (NLL),
 * or, under polonius, no region it reaches there is live (spec 21.3); -1 if none. */
static int first_out_of_scope(const LoansCtx *c, int k, int from, int to) {
    int gone = region_first_absent(c->regions, c->set->loans[k].region, from, to);
    if (!c->live) return gone;
    int dead = live_loans_first_dead(c->live, k, from, gone >= 0 ? gone : to);
    return dead >= 0 ? dead : gone;
}

/* From the loan's reservation forward, the first location of each path where it leaves
 * the scope (first_out_of_scope). The reservation itself makes the loan, so the walk starts
 * after it. */
static void find_scope_ends(LoansCtx *c, int k, BlockWalk *w, ScopeEnds *ends) {
    const Loan *loan = &c->set->loans[k];
    const Cfg *cfg = c->cfg;
    int first = cfg_location(cfg, loan->reserve.block, loan->reserve.stmt) + 1;
    int block = loan->reserve.block;
    for (;;) {
        int end = cfg_location(cfg, block, c->body->blocks[block].nstmts);
        int gone = first_out_of_scope(c, k, first, end);
        if (gone >= 0) note_scope_end(ends, gone, k);
        else walk_push_successors(w, cfg, block, k + 1);
        if (!w->top) return;
        block = w->stack[--w->top];
        first = cfg_location(cfg, block, 0);
    }
}

/* The loans that leave the scope, by location, for the dataflow's effects. */
static void index_scope_ends(LoansCtx *c, const ScopeEnds *ends) {
    int n = c->cfg->nlocations;
    int *start = c->out_of_scope_start = scratch_alloc(sizeof(int) * (size_t)(n + 2));
    for (int i = 0; i < ends->n; i++) start[ends->at[i].location + 2]++;
    for (int l = 0; l < n; l++) start[l + 2] += start[l + 1];
    c->out_of_scope = scratch_alloc(sizeof(int) * (size_t)(ends->n + 1));
    for (int i = 0; i < ends->n; i++) c->out_of_scope[start[ends->at[i].location + 1]++] =
                                         ends->at[i].loan;
}

/* The locations from a two-phase loan's reservation up to its activation, where it only
 * reserves its place. */
static void find_reserved_span(LoansCtx *c, int k, BlockWalk *w) {
    const Loan *loan = &c->set->loans[k];
    const Cfg *cfg = c->cfg;
    LocationRanges *span = &c->reserved_only[k];
    if (loan->activation.block < 0) return;
    int activation = cfg_location(cfg, loan->activation.block, loan->activation.stmt);
    int block = loan->reserve.block;
    int first = cfg_location(cfg, block, loan->reserve.stmt) + 1;
    int walk = -(k + 1);                        /* find_scope_ends' stamps are positive */
    for (;;) {
        int end = cfg_location(cfg, block, c->body->blocks[block].nstmts);
        if (first <= activation && activation <= end) {
            location_ranges_add(span, first, activation - 1);
        } else {
            location_ranges_add(span, first, end);
            for (int s = 0; s < cfg->nsucc[block]; s++) {
                int next = cfg->succ[block][s];
                if (w->stamp[next] == walk || cfg_location(cfg, next, 0) == activation) continue;
                w->stamp[next] = walk;
                w->stack[w->top++] = next;
            }
        }
        if (!w->top) break;
        block = w->stack[--w->top];
        first = cfg_location(cfg, block, 0);
    }
    span->n = location_ranges_normalize(span->bounds, span->n);
}

/* ── the dataflow ── */

/* Where an effect's gens and kills go: into a state, or into a block's summary (the last
 * operation on each loan decides: rustc's GenKillSet). */
typedef struct LoanSink {
    BitSet *state;                              /* NULL: summarizing */
    int block;
    int *touched_by;                            /* per loan: block + 1 of the last summary */
    bool *gens;                                 /* per loan: its last operation was a gen */
    int *touched, ntouched;
} LoanSink;

static void sink_put(LoanSink *s, int k, bool gen) {
    if (s->state) {
        bitset_put(s->state, k, gen);
        return;
    }
    if (s->touched_by[k] != s->block + 1) {
        s->touched_by[k] = s->block + 1;
        s->touched[s->ntouched++] = k;
    }
    s->gens[k] = gen;
}

/* An assignment to place p ends the loans of what it overwrites for sure. */
static void kill_overwritten(Body *body, const BorrowSet *set, const Place *p,
                             void (*fn)(void *ctx, int loan), void *ctx) {
    if (p->local < 0) return;
    const int *loans = set->of_local[p->local];
    for (int i = 0; i < set->nof_local[p->local]; i++) {
        const Loan *loan = &set->loans[loans[i]];
        if (p->nproj == 0 ||
            borrow_conflicts_with_place(body, &loan->place, BORROW_TWO_PHASE, p, ACCESS_DEEP,
                                        BIAS_NO_OVERLAP))
            fn(ctx, loans[i]);
    }
}

void loans_killed_at(Body *body, const BorrowSet *set, Location at,
                     void (*fn)(void *ctx, int loan), void *ctx) {
    Block *bb = &body->blocks[at.block];
    if (at.stmt == bb->nstmts) {
        if (bb->term.kind == TM_CALL) kill_overwritten(body, set, &bb->term.dest, fn, ctx);
        return;
    }
    const Stmt *st = &bb->stmts[at.stmt];
    if (st->kind == ST_STORAGE_DEAD) {
        for (int i = 0; i < set->nof_local[st->local]; i++) fn(ctx, set->of_local[st->local][i]);
    } else if (st->kind == ST_ASSIGN) {
        kill_overwritten(body, set, &st->place, fn, ctx);
    }
}

static void sink_kill(void *sink, int k) { sink_put(sink, k, false); }

static void end_loans_out_of_scope(LoansCtx *c, int loc, LoanSink *sink) {
    for (int i = c->out_of_scope_start[loc]; i < c->out_of_scope_start[loc + 1]; i++)
        sink_put(sink, c->out_of_scope[i], false);
}

static void loans_effect(LoansCtx *c, Location at, LoanSink *sink) {
    int loc = cfg_location(c->cfg, at.block, at.stmt);
    end_loans_out_of_scope(c, loc, sink);
    loans_killed_at(c->body, c->set, at, sink_kill, sink);
    if (c->set->reserved_at[loc] >= 0) sink_put(sink, c->set->reserved_at[loc], true);
}

/* A sorted set of loans. */
typedef struct LoanList {
    int *items;
    int n;
} LoanList;

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Per block, the loans it makes (gen) and ends (kill), whatever the state it starts in. */
typedef struct BlockSummary {
    LoanList gen, kill;
} BlockSummary;

static BlockSummary *summarize_blocks(LoansCtx *c) {
    int nloans = c->set->nloans;
    BlockSummary *sum = scratch_alloc(sizeof(BlockSummary) * (size_t)(c->body->nblocks + 1));
    LoanSink sink = {.touched_by = scratch_alloc(sizeof(int) * (size_t)nloans),
                     .gens = scratch_alloc(sizeof(bool) * (size_t)nloans),
                     .touched = scratch_alloc(sizeof(int) * (size_t)nloans)};
    for (int i = 0; i < c->cfg->nrpo; i++) {
        int b = c->cfg->rpo[i];
        sink.block = b;
        sink.ntouched = 0;
        for (int s = 0; s <= c->body->blocks[b].nstmts; s++)
            loans_effect(c, (Location){b, s}, &sink);
        if (sink.ntouched > 1)
            qsort(sink.touched, (size_t)sink.ntouched, sizeof(int), compare_ints);
        int ngen = 0;
        for (int t = 0; t < sink.ntouched; t++) ngen += sink.gens[sink.touched[t]];
        sum[b].gen.items = scratch_alloc(sizeof(int) * (size_t)(ngen + 1));
        sum[b].kill.items = scratch_alloc(sizeof(int) * (size_t)(sink.ntouched - ngen + 1));
        for (int t = 0; t < sink.ntouched; t++) {
            LoanList *into = sink.gens[sink.touched[t]] ? &sum[b].gen : &sum[b].kill;
            into->items[into->n++] = sink.touched[t];
        }
    }
    return sum;
}

/* (a ∖ minus) ∪ plus, all sorted, into out: its size. */
static int apply_gen_kill(LoanList a, LoanList minus, LoanList plus, int *out) {
    int i = 0, j = 0, k = 0, n = 0;
    while (i < a.n || k < plus.n) {
        int next;
        if (k >= plus.n || (i < a.n && a.items[i] < plus.items[k])) {
            next = a.items[i++];
            while (j < minus.n && minus.items[j] < next) j++;
            if (j < minus.n && minus.items[j] == next) continue;
        } else {
            next = plus.items[k++];
            if (i < a.n && a.items[i] == next) i++;
        }
        out[n++] = next;
    }
    return n;
}

/* The loans in scope where the flow enters each block: a forward dataflow joined by union,
 * over the blocks' summaries, revisiting only blocks whose entry grew. Each entry is a
 * sorted list: loans live briefly in most code, so dense sets per block would be mostly
 * zeros and cost blocks × loans bits. */
static LoanList *loans_in_scope(LoansCtx *c, const BlockSummary *sum) {
    const Cfg *cfg = c->cfg;
    int nloans = c->set->nloans;
    LoanList *entry = scratch_alloc(sizeof(LoanList) * (size_t)(c->body->nblocks + 1));
    bool *dirty = scratch_alloc(sizeof(bool) * (size_t)(c->body->nblocks + 1));
    int *out = scratch_alloc(sizeof(int) * (size_t)(nloans + 1));
    int *merged = scratch_alloc(sizeof(int) * (size_t)(nloans + 1));
    for (int i = 0; i < cfg->nrpo; i++) dirty[cfg->rpo[i]] = true;
    for (bool again = true; again;) {
        again = false;
        for (int i = 0; i < cfg->nrpo; i++) {
            int b = cfg->rpo[i];
            if (!dirty[b]) continue;
            dirty[b] = false;
            LoanList exit = {out, apply_gen_kill(entry[b], sum[b].kill, sum[b].gen, out)};
            for (int s = 0; s < cfg->nsucc[b]; s++) {
                int next = cfg->succ[b][s];
                LoanList none = {0};
                int n = apply_gen_kill(entry[next], none, exit, merged);
                if (n == entry[next].n) continue;   /* a union that did not grow */
                entry[next].items = scratch_alloc(sizeof(int) * (size_t)n);
                memcpy(entry[next].items, merged, sizeof(int) * (size_t)n);
                entry[next].n = n;
                dirty[next] = again = true;
            }
        }
    }
    return entry;
}

/* ── naming places as rustc does ── */

/* `v`, `p.x`, `*r`, `v[_]`, `t.0`; NULL when the place is a temporary's. */
static const char *place_name(Body *body, const Place *p) {
    if (p->local < 0) {
        IrGlobal *g = ir_global(body->program, p->local);
        if (!g->name) return NULL;
        return sym_str(g->name);
    }
    if (!body->locals[p->local].name) return NULL;
    const char *text = sym_str(body->locals[p->local].name);
    Type *t = body->locals[p->local].ty;
    int variant = -1;
    for (int i = 0; i < p->nproj; i++) {
        const Proj *pr = &p->proj[i];
        bool boxed = step_into_box(p, &i, &t);
        /* derefs that a field or an index follows are autoderefs, which rustc does not
         * show: `(*head).next` is `head.next`, `(**x).b` is `x.b` */
        int after = i + 1;
        while (after < p->nproj && p->proj[after].kind == PROJ_DEREF) after++;
        ProjKind next = after < p->nproj ? p->proj[after].kind : PROJ_DEREF;
        bool autoderef = next == PROJ_FIELD || next == PROJ_INDEX || next == PROJ_CONST_INDEX ||
                         next == PROJ_SUBSLICE || next == PROJ_DOWNCAST;
        if (boxed) {
            if (!autoderef) text = arena_printf("*%s", text);
            continue;
        }
        switch (pr->kind) {
        case PROJ_DEREF:
            if (!autoderef) text = arena_printf("*%s", text);
            break;
        case PROJ_INDEX: text = arena_printf("%s[_]", text); break;
        case PROJ_CONST_INDEX: case PROJ_SUBSLICE: text = arena_printf("%s[..]", text); break;
        case PROJ_DOWNCAST: variant = pr->field; break;
        case PROJ_FIELD: {
            if (t->kind == TY_ARRAY) {          /* a slice pattern's element, as rustc names it */
                text = arena_printf("%s[..]", text);
                break;
            }
            AdtField *f = NULL;
            if (t->kind == TY_ADT && variant >= 0) f = &t->adt->variants[variant].fields[pr->field];
            else if (t->kind == TY_ADT && !t->adt->is_enum) f = &t->adt->fields[pr->field];
            bool deref = text[0] == '*';
            const char *base = deref ? arena_printf("(%s)", text) : text;
            text = f && f->name ? arena_printf("%s.%s", base, sym_str(f->name))
                                : arena_printf("%s.%d", base, pr->field);
            variant = -1;
            break;
        }
        }
        t = pr->ty;
    }
    return text;
}

static const char *quoted_or_value(Body *body, const Place *p) {
    const char *name = place_name(body, p);
    return name ? arena_printf("`%s`", name) : "value";
}

/* ── reports ── */

/* The `}` ending a fn's or closure's block, or the point just past it (else the body's
 * span): where rustc says its arguments are dropped, and where every local dies. */
static Span body_closing_brace(const Body *body, bool past) {
    const Node *fn = body->def ? body->def->node : NULL;
    const Node *block = !fn ? NULL : fn->kind == N_FN ? fn->u.fn.body
                        : fn->kind == N_CLOSURE ? fn->u.closure.body : NULL;
    Span sp = block ? block->span : body->span;
    if (block && block->kind == N_BLOCK && sp.hi > sp.lo) sp.lo = past ? sp.hi : sp.hi - 1;
    return sp;
}

/* rustc's "binding `x` declared here", for a loan of a user variable's own place. */
static void label_binding(LoansCtx *c, Diag *d, const Place *p) {
    if (p->local < 0 || !c->body->locals[p->local].is_user_var) return;
    const Local *l = &c->body->locals[p->local];
    diag_secondary(d, l->span, "binding `%s` declared here", sym_str(l->name));
}

/* A loan that is returned is needed to the function's end, wherever the conflict is. */
static void label_returned(LoansCtx *c, Diag *d, int k) {
    const Loan *loan = &c->set->loans[k];
    ReturnBlame blame = regions_return_blame(c->rcx, loan->region);
    if (!blame.found) return;
    const char *name = regions_universal_name(c->rcx, blame.universal, d);
    diag_secondary(d, blame.span, "returning this value requires that %s is borrowed for `%s`",
                   quoted_or_value(c->body, &loan->place), name);
}

static void label_later_use(LoansCtx *c, Diag *d, int k, Location at, const char *what) {
    LaterUse use = regions_later_use(c->rcx, c->set->loans[k].region, at);
    if (use.at.block < 0) {
        label_returned(c, d, k);
        return;
    }
    bool by_call = use.at.stmt == c->body->blocks[use.at.block].nstmts &&
                   c->body->blocks[use.at.block].term.kind == TM_CALL;
    if (use.kind == USE_DROP)
        diag_secondary(d, use.span, "%s might be used here, when `%s` is dropped", what,
                       use.local >= 0 && c->body->locals[use.local].name
                           ? sym_str(c->body->locals[use.local].name) : "value");
    else if (by_call && use.kind != USE_CALL_DEST)
        diag_secondary(d, use.span, "%s later used by call", what);
    else
        diag_secondary(d, use.span, "%s later used here", what);
}

static bool is_mutable_loan(BorrowKind k) {
    return k == BORROW_MUT || k == BORROW_TWO_PHASE || k == BORROW_UNIQUE;
}

/* A second borrow conflicts with a loan: E0499 for two mutable ones, else E0502. */
static void report_conflicting_borrow(LoansCtx *c, int k, const Place *p, bool mutable,
                                      Span at, Location loc) {
    const Loan *loan = &c->set->loans[k];
    const char *name = quoted_or_value(c->body, p);
    Diag *d;
    if (mutable && is_mutable_loan(loan->kind)) {
        d = diag_error("E0499", at, "cannot borrow %s as mutable more than once at a time",
                       name);
        diag_secondary(d, loan->span, "first mutable borrow occurs here");
        diag_label(d, "second mutable borrow occurs here");
        label_later_use(c, d, k, loc, "first borrow");
    } else {
        const char *now = mutable ? "mutable" : "immutable";
        const char *before = is_mutable_loan(loan->kind) ? "mutable" : "immutable";
        d = diag_error("E0502", at, "cannot borrow %s as %s because it is also borrowed as %s",
                       name, now, before);
        diag_secondary(d, loan->span, "%s borrow occurs here", before);
        diag_label(d, "%s borrow occurs here", now);
        label_later_use(c, d, k, loc, arena_printf("%s borrow", before));
    }
    diag_emit(d);
}

static bool span_within(Span inner, Span outer) {
    return outer.file == inner.file && outer.lo <= inner.lo && inner.hi <= outer.hi;
}

/* The expression a returned loan leaves the function in: the body's tail expression, or
 * the statement or call that writes the return place, when the loan is within it. */
static Span return_span(LoansCtx *c, const Loan *loan) {
    Node *fn = c->body->def ? c->body->def->node : NULL;
    if (fn && fn->kind == N_FN && fn->u.fn.body && fn->u.fn.body->u.block.tail &&
        span_within(loan->span, fn->u.fn.body->u.block.tail->span))
        return fn->u.fn.body->u.block.tail->span;
    Span best = c->body->span;
    for (int b = 0; b < c->body->nblocks; b++) {
        const Block *bb = &c->body->blocks[b];
        for (int i = 0; i <= bb->nstmts; i++) {
            const Place *dest = i < bb->nstmts ? &bb->stmts[i].place : &bb->term.dest;
            Span span = i < bb->nstmts ? bb->stmts[i].span : bb->term.span;
            bool writes = i < bb->nstmts ? bb->stmts[i].kind == ST_ASSIGN
                                         : bb->term.kind == TM_CALL;
            if (!writes || dest->local != 0 || dest->nproj) continue;
            if (span_within(loan->span, span)) return span;
            best = span;
        }
    }
    return best;
}

static bool is_temporary(const Body *body, int local) {
    return local > body->nargs && !body->locals[local].is_user_var;
}

/* A loan whose local dies (its StorageDead, a drop, the function's exit) while the loan is
 * live: returned, E0515; of a temporary, E0716; else E0597. */
static void report_dead_while_borrowed(LoansCtx *c, int k, Span at, Location loc) {
    const Loan *loan = &c->set->loans[k];
    const char *name = quoted_or_value(c->body, &loan->place);
    int root = loan->place.local;
    bool temporary = root >= 0 && is_temporary(c->body, root);
    Diag *d;
    const Block *bb = &c->body->blocks[loc.block];
    if (loc.stmt == bb->nstmts && bb->term.kind == TM_DROP) {
        const Place *dropped = &bb->term.place;
        bool argument = !dropped->nproj && dropped->local >= 1 &&
                        dropped->local <= c->body->nargs;
        Span drop_at = argument ? body_closing_brace(c->body, false) : at;
        if (regions_report_drop_conflict(c->rcx, loan, dropped, drop_at, place_name)) return;
    }
    if (regions_capture_through_shared_ref(c->rcx, loan)) return;
    if (!temporary && regions_report_escaping_capture(c->rcx, loan)) return;
    bool returned = regions_returned(c->rcx, loan->region);
    if (returned && (temporary || regions_returned_by_return(c->rcx, loan))) {
        Span ret = return_span(c, loan);
        bool direct = ret.lo == loan->span.lo && ret.hi == loan->span.hi;
        if (temporary) {
            d = diag_error("E0515", ret, "cannot return reference to temporary value");
            diag_secondary(d, c->body->locals[root].span, "temporary value created here");
        } else if (direct) {
            d = diag_error("E0515", ret, "cannot return reference to %s %s",
                           loan->place.nproj ? "local data" : "local variable", name);
        } else {
            bool param = root >= 1 && root <= c->body->nargs;
            Place local = {.local = root};
            d = diag_error("E0515", ret, "cannot return value referencing %s %s",
                           param ? "function parameter" : "local variable",
                           quoted_or_value(c->body, &local));
            diag_secondary(d, loan->span, "%s is borrowed here", quoted_or_value(c->body, &local));
        }
        diag_label(d, direct || temporary
                          ? "returns a reference to data owned by the current function"
                          : "returns a value referencing data owned by the current function");
        diag_emit(d);
        return;
    }
    if (temporary) {
        d = diag_error("E0716", c->body->locals[root].span,
                       "temporary value dropped while borrowed");
        diag_label(d, "creates a temporary value which is freed while still in use");
        diag_secondary(d, at, "temporary value is freed at the end of this statement");
        label_later_use(c, d, k, loc, "borrow");
        diag_help(d, "consider using a `let` binding to create a longer lived value");
        diag_emit(d);
        return;
    }
    d = diag_error("E0597", regions_borrow_span(c->rcx, loan), "%s does not live long enough",
                   name);
    label_binding(c, d, &loan->place);
    diag_label(d, "borrowed value does not live long enough");
    bool escapes = returned || regions_escape(c->rcx, loan->region);
    if (escapes) regions_label_must_outlive(c->rcx, loan, d, name);
    diag_secondary(d, at, "%s dropped here while still borrowed", name);
    if (!escapes) label_later_use(c, d, k, loc, "borrow");
    diag_emit(d);
}

static void report_conflict(LoansCtx *c, int k, const Place *p, AccessKind kind, Span at,
                            Location loc) {
    const Loan *loan = &c->set->loans[k];
    const char *name = quoted_or_value(c->body, &loan->place);
    Diag *d;
    bool writes = kind == WRITE_MUTATE || kind == WRITE_MUT_BORROW || kind == RESERVE_MUT_BORROW;
    if (loan->kind == BORROW_SHALLOW && writes) {
        /* the guard's fake borrow keeps the scrutinee as the arms tested it */
        bool assigns = kind == WRITE_MUTATE;
        d = diag_error("E0510", at, "cannot %s %s in match guard",
                       assigns ? "assign" : "mutably borrow", quoted_or_value(c->body, p));
        diag_secondary(d, loan->span, "value is immutable in match guard");
        diag_label(d, assigns ? "cannot assign" : "cannot mutably borrow");
        diag_emit(d);
        return;
    }
    switch (kind) {
    case READ_SHARED_BORROW:
    case READ_SHALLOW_BORROW:
        report_conflicting_borrow(c, k, p, false, at, loc);
        return;
    case WRITE_MUT_BORROW:
    case RESERVE_MUT_BORROW:
        report_conflicting_borrow(c, k, p, true, at, loc);
        return;
    case READ_COPY:
        d = diag_error("E0503", at, "cannot use %s because it was mutably borrowed",
                       quoted_or_value(c->body, p));
        diag_secondary(d, loan->span, "%s is borrowed here", name);
        diag_label(d, "use of borrowed %s", name);
        break;
    case WRITE_MOVE:
        d = diag_error("E0505", at, "cannot move out of %s because it is borrowed",
                       quoted_or_value(c->body, p));
        label_binding(c, d, p);
        diag_secondary(d, loan->span, "borrow of %s occurs here", name);
        diag_label(d, "move out of %s occurs here", quoted_or_value(c->body, p));
        break;
    case WRITE_MUTATE:
        d = diag_error("E0506", at, "cannot assign to %s because it is borrowed",
                       quoted_or_value(c->body, p));
        diag_secondary(d, loan->span, "%s is borrowed here", quoted_or_value(c->body, p));
        diag_label(d, "%s is assigned to here but it was already borrowed",
                   quoted_or_value(c->body, p));
        break;
    case WRITE_STORAGE_DEAD:
    default:
        report_dead_while_borrowed(c, k, at, loc);
        return;
    }
    label_later_use(c, d, k, loc, "borrow");
    diag_emit(d);
}

/* ── the checks ── */

static bool loan_is_active(LoansCtx *c, int k, int loc) {
    const LocationRanges *span = &c->reserved_only[k];
    return c->set->loans[k].kind != BORROW_TWO_PHASE ||
           !location_ranges_contain(span->bounds, span->n, loc);
}

static bool same_place(const Place *a, const Place *b) {
    if (a->local != b->local || a->nproj != b->nproj) return false;
    for (int i = 0; i < a->nproj; i++)
        if (a->proj[i].kind != b->proj[i].kind || a->proj[i].field != b->proj[i].field ||
            a->proj[i].index_local != b->proj[i].index_local)
            return false;
    return true;
}

/* Whether this access of p at span was reported already; records it if not. */
static bool reported_before(LoansCtx *c, const Place *p, Span at) {
    for (int i = 0; i < c->nreported; i++) {
        const struct ReportedAccess *r = &c->reported[i];
        if (r->span.file == at.file && r->span.lo == at.lo && r->span.hi == at.hi &&
            same_place(&r->place, p))
            return true;
    }
    if (c->nreported == c->reported_cap) {
        c->reported_cap = c->reported_cap ? 2 * c->reported_cap : 8;
        struct ReportedAccess *grown = scratch_alloc(sizeof *grown * (size_t)c->reported_cap);
        if (c->nreported) memcpy(grown, c->reported, sizeof *grown * (size_t)c->nreported);
        c->reported = grown;
    }
    c->reported[c->nreported++] = (struct ReportedAccess){*p, at};
    return false;
}

static bool check_loan_access(LoansCtx *c, int k, const Place *p, AccessDepth depth,
                              AccessKind kind, Span at, Location loc);

/* ── the record (--emit=borrowck): the checks' own state, kept ── */

static void record_begin(LoansCtx *c) {
    BodyLoans *r = c->record;
    int n = c->set->nloans, nlocations = c->cfg->nlocations;
    r->body = c->body;
    r->nloans = n;
    r->loans = arena_alloc(sizeof(Loan) * (size_t)(n + 1));
    if (n) memcpy(r->loans, c->set->loans, sizeof(Loan) * (size_t)n);
    r->names = arena_alloc(sizeof(char *) * (size_t)(n + 1));
    BitSet **sets[] = {&r->in_scope, &r->reserved, &r->ends, &r->uses};
    for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++) {
        *sets[i] = arena_alloc(sizeof(BitSet) * (size_t)(n + 1));
        for (int k = 0; k < n; k++) (*sets[i])[k] = bitset_new(nlocations);
    }
    for (int k = 0; k < n; k++) r->names[k] = place_name(c->body, &c->set->loans[k].place);
    c->recorded_state = bitset_scratch(n);
}

/* Before a location: the state as it was (to see what leaves the scope at it). */
static void record_enter(LoansCtx *c) {
    if (c->record) bitset_copy(&c->recorded_state, &c->state);
}

/* At a location's check: the loans in scope there, reserved or active. */
static void record_check(LoansCtx *c, int here) {
    if (!c->record) return;
    for (int k = bitset_next_set(&c->state, 0); k >= 0; k = bitset_next_set(&c->state, k + 1)) {
        bitset_set(&c->record->in_scope[k], here);
        if (!loan_is_active(c, k, here)) bitset_set(&c->record->reserved[k], here);
    }
}

/* After a location's effect: the loans that were in scope before it and are not now. */
static void record_leave(LoansCtx *c, int here) {
    if (!c->record) return;
    const BitSet *before = &c->recorded_state;
    for (int k = bitset_next_set(before, 0); k >= 0; k = bitset_next_set(before, k + 1))
        if (!bitset_get(&c->state, k)) bitset_set(&c->record->ends[k], here);
}

/* Past this many in-scope loan-locations, the uses are not searched (each search walks
 * forward from its location): a body that large shows where its loans live, not their uses. */
#define RECORD_USES_BUDGET 200000

/* Where each loan is used while in scope: the locations from which the first later use
 * region inference finds is at the location itself. */
static void record_uses(LoansCtx *c) {
    const Cfg *cfg = c->cfg;
    long searches = 0;
    for (int k = 0; k < c->set->nloans; k++)
        for (int l = bitset_next_set(&c->record->in_scope[k], 0); l >= 0;
             l = bitset_next_set(&c->record->in_scope[k], l + 1))
            searches++;
    if (searches > RECORD_USES_BUDGET) return;
    for (int k = 0; k < c->set->nloans; k++) {
        const Loan *loan = &c->set->loans[k];
        if (loan->region < 0) continue;
        for (int b = 0; b < c->body->nblocks; b++) {
            if (!cfg->reachable[b]) continue;
            for (int s = 0; s <= c->body->blocks[b].nstmts; s++) {
                int here = cfg_location(cfg, b, s);
                if (!bitset_get(&c->record->in_scope[k], here)) continue;
                ScratchMark mark = scratch_mark();
                LaterUse use = regions_later_use(c->rcx, loan->region, (Location){b, s});
                scratch_release(mark);
                if (use.at.block == b && use.at.stmt == s) bitset_set(&c->record->uses[k], here);
            }
        }
    }
}

/* An error just reported for loan k: its points. */
static void record_error(LoansCtx *c, int k, Span at, Location loc) {
    BodyLoans *r = c->record;
    if (r->nerrors == r->errors_cap) {
        r->errors_cap = r->errors_cap ? 2 * r->errors_cap : 4;
        LoanError *grown = arena_alloc(sizeof *grown * (size_t)r->errors_cap);
        if (r->nerrors) memcpy(grown, r->errors, sizeof *grown * (size_t)r->nerrors);
        r->errors = grown;
    }
    LoanError *e = &r->errors[r->nerrors++];
    *e = (LoanError){.loan = k, .access = at, .access_at = loc,
                     .later = regions_later_use(c->rcx, c->set->loans[k].region, loc)};
    diag_last_error(&e->code, &e->message);
}

/* rustc's check_access_for_conflict: the first loan in scope that the access conflicts
 * with, when the pair is an error; each access (place and span) reported once. Only loans
 * of the accessed local can conflict with it (a static's: any loan). */
static void check_access(LoansCtx *c, const Place *p, AccessDepth depth, AccessKind kind,
                         Span at, Location loc) {
    if (p->local < 0) {
        for (int k = bitset_next_set(&c->state, 0); k >= 0; k = bitset_next_set(&c->state, k + 1))
            if (check_loan_access(c, k, p, depth, kind, at, loc)) return;
        return;
    }
    for (int i = 0; i < c->set->nof_local[p->local]; i++) {
        int k = c->set->of_local[p->local][i];
        if (bitset_get(&c->state, k) && check_loan_access(c, k, p, depth, kind, at, loc)) return;
    }
}

/* One loan in scope against the access: whether they conflict and the pair is an error
 * (then reported, unless this access was already). */
static bool check_loan_access(LoansCtx *c, int k, const Place *p, AccessDepth depth,
                              AccessKind kind, Span at, Location loc) {
    if (k == c->activating) return false;
    const Loan *loan = &c->set->loans[k];
    if (!borrow_conflicts_with_place(c->body, &loan->place, loan->kind, p, depth, BIAS_OVERLAP))
        return false;
    bool shared_loan = loan->kind == BORROW_SHARED || loan->kind == BORROW_SHALLOW;
    bool reads = kind == READ_COPY || kind == READ_SHARED_BORROW || kind == READ_SHALLOW_BORROW;
    if (reads && shared_loan) return false;
    if (kind == READ_SHALLOW_BORROW) return false;      /* a guard's fake borrow reads nothing */
    if (kind == RESERVE_MUT_BORROW && shared_loan) return false;
    if (kind == WRITE_MOVE && loan->kind == BORROW_SHALLOW) return false;
    if (c->invalidated) {                       /* listing invalidations: every loan, no error */
        c->invalidated(c->invalidated_ctx, loc, k);
        return false;
    }
    int here = cfg_location(c->cfg, loc.block, loc.stmt);
    if (reads && !loan_is_active(c, k, here)) return false;
    /* a value dying while borrowed: once per borrow of its local (rustc keys it so) */
    Place root = {.local = loan->place.local};
    bool dies = kind == WRITE_STORAGE_DEAD;
    if (!reported_before(c, dies ? &root : p, dies ? loan->span : at)) {
        int errors = diag_error_count();
        report_conflict(c, k, p, kind, at, loc);
        if (c->record && diag_error_count() > errors) record_error(c, k, at, loc);
    }
    if (kind == RESERVE_MUT_BORROW) c->reservation_failed[c->set->reserved_at[here]] = true;
    return true;
}

static void check_operand(LoansCtx *c, const Operand *op, Span at, Location loc) {
    if (op->kind == OP_CONST) return;
    Span where = op->span.hi > op->span.lo ? op->span : at;
    check_access(c, &op->place, ACCESS_DEEP, op->kind == OP_MOVE ? WRITE_MOVE : READ_COPY,
                 where, loc);
}

static void check_rvalue(LoansCtx *c, const Rvalue *rv, Span at, Location loc) {
    switch (rv->kind) {
    case RV_REF: {
        /* the loan's kind, not the statement's: the lexical rule makes two-phase borrows
         * plain ones (borrow_set_drop_two_phase) */
        int here = cfg_location(c->cfg, loc.block, loc.stmt), k = c->set->reserved_at[here];
        switch (k >= 0 ? c->set->loans[k].kind : rv->borrow) {
        case BORROW_SHARED:
            check_access(c, &rv->place, ACCESS_DEEP, READ_SHARED_BORROW, at, loc);
            break;
        case BORROW_SHALLOW:
            check_access(c, &rv->place, ACCESS_SHALLOW_FAKE, READ_SHALLOW_BORROW, at, loc);
            break;
        case BORROW_TWO_PHASE:
            check_access(c, &rv->place, ACCESS_DEEP, RESERVE_MUT_BORROW, at, loc);
            break;
        case BORROW_MUT:
        case BORROW_UNIQUE:
            check_access(c, &rv->place, ACCESS_DEEP, WRITE_MUT_BORROW, at, loc);
            break;
        }
        break;
    }
    case RV_RAW_REF:
        check_access(c, &rv->place, ACCESS_DEEP, READ_SHARED_BORROW, at, loc);
        break;
    case RV_LEN:
        check_access(c, &rv->place, ACCESS_SHALLOW_LEN, READ_COPY, at, loc);
        break;
    case RV_DISCRIMINANT:
        check_access(c, &rv->place, ACCESS_SHALLOW, READ_COPY, at, loc);
        break;
    case RV_USE: case RV_UNARY: case RV_CAST: case RV_REPEAT:
        check_operand(c, &rv->a, at, loc);
        break;
    case RV_BINARY: case RV_CHECKED_BINARY: case RV_PRIM: case RV_UNSIZE:
        check_operand(c, &rv->a, at, loc);
        check_operand(c, &rv->b, at, loc);
        break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->nelems; i++) check_operand(c, &rv->elems[i], at, loc);
        break;
    }
}

/* A two-phase loan activated here is checked as the mutable borrow it becomes. */
static void check_activation(LoansCtx *c, int here, Span at, Location loc) {
    int k = c->set->activated_at[here];
    c->activating = k;
    if (k < 0 || (c->reservation_failed && c->reservation_failed[k])) return;
    check_access(c, &c->set->loans[k].place, ACCESS_DEEP, WRITE_MUT_BORROW, at, loc);
}

static void check_stmt(LoansCtx *c, const Stmt *st, Location loc) {
    switch (st->kind) {
    case ST_ASSIGN:
        check_rvalue(c, &st->rv, st->span, loc);
        check_access(c, &st->place, ACCESS_SHALLOW, WRITE_MUTATE, st->span, loc);
        break;
    case ST_STORAGE_DEAD: {
        Place local = {.local = st->local};
        check_access(c, &local, ACCESS_SHALLOW, WRITE_STORAGE_DEAD, st->span, loc);
        break;
    }
    case ST_STORAGE_LIVE: case ST_NOP: case ST_FAKE_READ: case ST_PLACE_MENTION:
        break;
    }
}

/* The lowest-numbered loan of local l in scope at the check, or -1. */
static int first_loan_in_scope(const LoansCtx *c, int l) {
    for (int i = 0; i < c->set->nof_local[l]; i++)
        if (bitset_get(&c->state, c->set->of_local[l][i])) return c->set->of_local[l][i];
    return -1;
}

static void check_term(LoansCtx *c, const Term *t, Location loc) {
    Span body_end = body_closing_brace(c->body, true);
    switch (t->kind) {
    case TM_SWITCH: check_operand(c, &t->discr, t->span, loc); break;
    case TM_ASSERT:
        check_operand(c, &t->cond, t->span, loc);
        if (t->msg == AM_BOUNDS_CHECK) {
            check_operand(c, &t->len, t->span, loc);
            check_operand(c, &t->index, t->span, loc);
        }
        break;
    case TM_CALL:
        check_operand(c, &t->func, t->span, loc);
        for (int i = 0; i < t->nargs; i++) check_operand(c, &t->args[i], t->span, loc);
        check_access(c, &t->dest, ACCESS_DEEP, WRITE_MUTATE, t->span, loc);
        break;
    case TM_DROP:
        check_access(c, &t->place, ACCESS_DROP, t->replace ? WRITE_MUTATE : WRITE_STORAGE_DEAD,
                     t->span, loc);
        break;
    case TM_RETURN:
        /* every local dies with the frame, at the body's closing brace: a loan of one still
         * in scope outlives it (one check of each such local covers all its loans) */
        for (int k = bitset_next_set(&c->state, 0); k >= 0;
             k = bitset_next_set(&c->state, k + 1)) {
            Place root = {.local = c->set->loans[k].place.local};
            if (root.local >= 0 && first_loan_in_scope(c, root.local) == k)
                check_access(c, &root, ACCESS_SHALLOW, WRITE_STORAGE_DEAD, body_end, loc);
        }
        break;
    case TM_GOTO: case TM_UNREACHABLE: case TM_RESUME: break;
    }
}

void loans_check_body(Body *body, const BorrowSet *set, const RegionCx *regions,
                      const LiveLoans *live, BodyLoans *record) {
    ScratchMark mark = scratch_mark();
    const Cfg *cfg = ir_cfg(body);
    LoansCtx c = {.body = body, .cfg = cfg, .set = set, .rcx = regions,
                  .regions = regions_values(regions), .live = live, .activating = -1,
                  .record = record};
    if (record) record_begin(&c);
    if (!set->nloans) {
        scratch_release(mark);
        return;
    }
    c.reserved_only = scratch_alloc(sizeof(LocationRanges) * (size_t)set->nloans);
    c.reservation_failed = scratch_alloc(sizeof(bool) * (size_t)set->nloans);
    BlockWalk walk = {.stamp = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1)),
                      .stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1))};
    ScopeEnds ends = {0};
    for (int k = 0; k < set->nloans; k++) {
        find_scope_ends(&c, k, &walk, &ends);
        if (set->loans[k].kind == BORROW_TWO_PHASE) find_reserved_span(&c, k, &walk);
    }
    index_scope_ends(&c, &ends);

    BlockSummary *sum = summarize_blocks(&c);
    LoanList *entry = loans_in_scope(&c, sum);
    c.state = bitset_scratch(set->nloans);
    LoanSink apply = {.state = &c.state};
    for (int i = 0; i < cfg->nrpo; i++) {
        int b = cfg->rpo[i];
        Block *bb = &body->blocks[b];
        for (int k = 0; k < entry[b].n; k++) bitset_set(&c.state, entry[b].items[k]);
        for (int s = 0; s <= bb->nstmts; s++) {
            Location loc = {b, s};
            int here = cfg_location(cfg, b, s);
            record_enter(&c);
            end_loans_out_of_scope(&c, here, &apply);
            record_check(&c, here);
            Span at = s < bb->nstmts ? bb->stmts[s].span : bb->term.span;
            check_activation(&c, here, at, loc);
            if (s < bb->nstmts) check_stmt(&c, &bb->stmts[s], loc);
            else check_term(&c, &bb->term, loc);
            c.activating = -1;
            loans_effect(&c, loc, &apply);
            record_leave(&c, here);
        }
        /* what is left in scope came in or was made here */
        for (int k = 0; k < entry[b].n; k++) bitset_clear(&c.state, entry[b].items[k]);
        for (int k = 0; k < sum[b].gen.n; k++) bitset_clear(&c.state, sum[b].gen.items[k]);
    }
    if (record) record_uses(&c);
    scratch_release(mark);
}

void loans_invalidated_at(Body *body, const BorrowSet *set,
                          void (*fn)(void *ctx, Location at, int loan), void *ctx) {
    if (!set->nloans) return;
    const Cfg *cfg = ir_cfg(body);
    LoansCtx c = {.body = body, .cfg = cfg, .set = set, .activating = -1, .invalidated = fn,
                  .invalidated_ctx = ctx};
    c.state = bitset_scratch(set->nloans);
    for (int k = 0; k < set->nloans; k++) bitset_set(&c.state, k);
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        if (!cfg->reachable[b]) continue;
        for (int s = 0; s <= bb->nstmts; s++) {
            Location loc = {b, s};
            Span at = s < bb->nstmts ? bb->stmts[s].span : bb->term.span;
            check_activation(&c, cfg_location(cfg, b, s), at, loc);
            if (s < bb->nstmts) check_stmt(&c, &bb->stmts[s], loc);
            else check_term(&c, &bb->term, loc);
            c.activating = -1;
        }
    }
}
