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
    /* per location: the loans whose region does not reach it, though it reaches a
     * location before it (rustc's borrows_out_of_scope_at_location) */
    int **out_of_scope, *nout_of_scope;
    /* per two-phase loan: the locations between its reservation and its activation */
    BitSet *reserved_only;
    bool *reported;                             /* per loan: one report each */
    BitSet state;                               /* the loans in scope at the check */
    int activating;                             /* the loan the checked location activates */
} LoansCtx;

/* ── where loans end ── */

static void note_out_of_scope(LoansCtx *c, int loc, int loan) {
    int n = c->nout_of_scope[loc]++;
    int *grown = scratch_alloc(sizeof(int) * (size_t)(n + 1));
    if (n) memcpy(grown, c->out_of_scope[loc], sizeof(int) * (size_t)n);
    grown[n] = loan;
    c->out_of_scope[loc] = grown;
}

/* From the loan's reservation forward, the first locations its region does not contain.
 * The reservation itself makes the loan, so the walk starts after it. */
static void find_scope_ends(LoansCtx *c, int k, BitSet *seen, int *stack) {
    const Loan *loan = &c->set->loans[k];
    const Cfg *cfg = c->cfg;
    memset(seen->words, 0, sizeof(uint64_t) * (size_t)((seen->nbits + 63) / 64));
    int top = 0;
    int first = cfg_location(cfg, loan->reserve.block, loan->reserve.stmt) + 1;
    int block = loan->reserve.block;
    for (;;) {
        int end = cfg_location(cfg, block, c->body->blocks[block].nstmts);
        bool left = false;
        for (int loc = first; loc <= end; loc++) {
            if (!region_contains(c->regions, loan->region, loc)) {
                note_out_of_scope(c, loc, k);
                left = true;
                break;
            }
        }
        if (!left) {
            for (int s = 0; s < cfg->nsucc[block]; s++) {
                int next = cfg->succ[block][s];
                if (bitset_get(seen, next)) continue;
                bitset_set(seen, next);
                stack[top++] = next;
            }
        }
        if (!top) return;
        block = stack[--top];
        first = cfg_location(cfg, block, 0);
    }
}

/* The locations from a two-phase loan's reservation up to its activation, where it only
 * reserves its place. */
static void find_reserved_span(LoansCtx *c, int k, int *stack) {
    const Loan *loan = &c->set->loans[k];
    const Cfg *cfg = c->cfg;
    BitSet *span = &c->reserved_only[k];
    *span = bitset_scratch(cfg->nlocations);
    if (loan->activation.block < 0) return;
    int activation = cfg_location(cfg, loan->activation.block, loan->activation.stmt);
    int top = 0, block = loan->reserve.block;
    int first = cfg_location(cfg, block, loan->reserve.stmt) + 1;
    for (;;) {
        int end = cfg_location(cfg, block, c->body->blocks[block].nstmts);
        int loc = first;
        for (; loc <= end && loc != activation; loc++) bitset_set(span, loc);
        if (loc > end)
            for (int s = 0; s < cfg->nsucc[block]; s++) {
                int next = cfg->succ[block][s];
                int at = cfg_location(cfg, next, 0);
                if (bitset_get(span, at) || at == activation) continue;
                stack[top++] = next;
            }
        if (!top) return;
        block = stack[--top];
        first = cfg_location(cfg, block, 0);
    }
}

/* ── the dataflow ── */

/* An assignment to place p ends the loans of what it overwrites for sure. */
static void kill_overwritten(LoansCtx *c, const Place *p, BitSet *state) {
    if (p->local < 0) return;
    const int *loans = c->set->of_local[p->local];
    for (int i = 0; i < c->set->nof_local[p->local]; i++) {
        const Loan *loan = &c->set->loans[loans[i]];
        if (p->nproj == 0 ||
            borrow_conflicts_with_place(c->body, &loan->place, BORROW_TWO_PHASE, p, ACCESS_DEEP,
                                        BIAS_NO_OVERLAP))
            bitset_clear(state, loans[i]);
    }
}

static void end_loans_out_of_scope(LoansCtx *c, int loc, BitSet *state) {
    for (int i = 0; i < c->nout_of_scope[loc]; i++) bitset_clear(state, c->out_of_scope[loc][i]);
}

static void loans_effect(void *ctx, Body *body, Location at, BitSet *state) {
    LoansCtx *c = ctx;
    int loc = cfg_location(c->cfg, at.block, at.stmt);
    end_loans_out_of_scope(c, loc, state);
    Block *bb = &body->blocks[at.block];
    if (at.stmt == bb->nstmts) {
        if (bb->term.kind == TM_CALL) kill_overwritten(c, &bb->term.dest, state);
        return;
    }
    const Stmt *st = &bb->stmts[at.stmt];
    if (st->kind == ST_STORAGE_DEAD) {
        for (int i = 0; i < c->set->nof_local[st->local]; i++)
            bitset_clear(state, c->set->of_local[st->local][i]);
    } else if (st->kind == ST_ASSIGN) {
        kill_overwritten(c, &st->place, state);
        if (c->set->reserved_at[loc] >= 0) bitset_set(state, c->set->reserved_at[loc]);
    }
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
        if (step_into_box(p, &i, &t)) {
            text = arena_printf("*%s", text);
            continue;
        }
        switch (pr->kind) {
        case PROJ_DEREF: text = arena_printf("*%s", text); break;
        case PROJ_INDEX: text = arena_printf("%s[_]", text); break;
        case PROJ_DOWNCAST: variant = pr->field; break;
        case PROJ_FIELD: {
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

static void label_later_use(LoansCtx *c, Diag *d, int k, Location at, const char *what) {
    LaterUse use = regions_later_use(c->rcx, c->set->loans[k].region, at);
    if (use.at.block < 0) return;
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
        diag_secondary(d, loan->span, "%s is borrowed here", name);
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
    return c->set->loans[k].kind != BORROW_TWO_PHASE || !bitset_get(&c->reserved_only[k], loc);
}

/* rustc's check_access_for_conflict: the loans in scope that the access conflicts with,
 * and whether the pair is an error. */
static void check_access(LoansCtx *c, const Place *p, AccessDepth depth, AccessKind kind,
                         Span at, Location loc) {
    int here = cfg_location(c->cfg, loc.block, loc.stmt);
    for (int k = bitset_next_set(&c->state, 0); k >= 0; k = bitset_next_set(&c->state, k + 1)) {
        if (c->reported[k] || k == c->activating) continue;
        const Loan *loan = &c->set->loans[k];
        if (!borrow_conflicts_with_place(c->body, &loan->place, loan->kind, p, depth,
                                         BIAS_OVERLAP))
            continue;
        bool shared_loan = loan->kind == BORROW_SHARED || loan->kind == BORROW_SHALLOW;
        bool reads = kind == READ_COPY || kind == READ_SHARED_BORROW ||
                     kind == READ_SHALLOW_BORROW;
        if (reads && shared_loan) continue;
        if (kind == READ_SHALLOW_BORROW) continue;  /* a guard's fake borrow reads nothing */
        if (kind == RESERVE_MUT_BORROW && shared_loan) continue;
        if (kind == WRITE_MOVE && loan->kind == BORROW_SHALLOW) continue;
        if (reads && !loan_is_active(c, k, here)) continue;
        c->reported[k] = true;
        report_conflict(c, k, p, kind, at, loc);
    }
}

static void check_operand(LoansCtx *c, const Operand *op, Span at, Location loc) {
    if (op->kind == OP_CONST) return;
    Span where = op->span.hi > op->span.lo ? op->span : at;
    check_access(c, &op->place, ACCESS_DEEP, op->kind == OP_MOVE ? WRITE_MOVE : READ_COPY,
                 where, loc);
}

static void check_rvalue(LoansCtx *c, const Rvalue *rv, Span at, Location loc) {
    switch (rv->kind) {
    case RV_REF:
        switch (rv->borrow) {
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
    if (k < 0) return;
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

void loans_check_body(Body *body, const BorrowSet *set, const RegionCx *regions) {
    if (!set->nloans) return;
    ScratchMark mark = scratch_mark();
    const Cfg *cfg = ir_cfg(body);
    LoansCtx c = {.body = body, .cfg = cfg, .set = set, .rcx = regions,
                  .regions = regions_values(regions), .activating = -1};
    c.out_of_scope = scratch_alloc(sizeof(int *) * (size_t)(cfg->nlocations + 1));
    c.nout_of_scope = scratch_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    c.reserved_only = scratch_alloc(sizeof(BitSet) * (size_t)set->nloans);
    c.reported = scratch_alloc(sizeof(bool) * (size_t)set->nloans);
    BitSet seen = bitset_scratch(body->nblocks);
    int *stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    for (int k = 0; k < set->nloans; k++) {
        find_scope_ends(&c, k, &seen, stack);
        if (set->loans[k].kind == BORROW_TWO_PHASE) find_reserved_span(&c, k, stack);
    }

    Analysis a = {.direction = DF_FORWARD, .nbits = set->nloans, .ctx = &c,
                  .effect = loans_effect};
    Results *r = dataflow_solve(body, &a, true);
    Cursor cur = cursor_new(r);
    c.state = bitset_scratch(set->nloans);
    for (int i = 0; i < cfg->nrpo; i++) {
        int b = cfg->rpo[i];
        Block *bb = &body->blocks[b];
        for (int s = 0; s <= bb->nstmts; s++) {
            Location loc = {b, s};
            int here = cfg_location(cfg, b, s);
            bitset_copy(&c.state, cursor_before(&cur, b, s));
            end_loans_out_of_scope(&c, here, &c.state);
            Span at = s < bb->nstmts ? bb->stmts[s].span : bb->term.span;
            check_activation(&c, here, at, loc);
            if (s < bb->nstmts) check_stmt(&c, &bb->stmts[s], loc);
            else check_term(&c, &bb->term, loc);
            c.activating = -1;
        }
    }
    scratch_release(mark);
}
