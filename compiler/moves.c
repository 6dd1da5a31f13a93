/* moves.c — initialization and assignment checks on the IR.
 *
 * Takes: the IR of every body.
 * Gives: rustc's errors for reading a variable that may be uninitialized (E0381) or
 * moved (E0382, once moves of non-Copy values exist), for assigning twice to an
 * immutable variable (E0384), for assigning into an immutable one (E0594) and for moving
 * a field out of a value whose type implements Drop (E0509).
 * It reports and never changes the IR.
 *
 * The analysis tracks, per user variable, "maybe initialized" (bits 0..n), "maybe
 * uninitialized" (bits n..2n) and "maybe moved out" (bits 2n..3n), all may-analyses
 * joined by union: a variable is definitely initialized where it is not
 * maybe-uninitialized, and a read of a maybe-uninitialized variable is E0382 when the
 * reason may be a move, else E0381. */
#include "patina.h"

#include <string.h>

typedef struct MovesCtx {
    Body *body;
    int n;                                      /* tracked locals */
    int *bit;                                   /* per local: its tracked index, or -1 */
    bool *reported;                             /* per local: one error each */
    Span *moved_at;                             /* per local: the last move seen while checking */
    bool *has_move;
    PtrVec mutability_spans;                    /* Span*: where E0594/E0596 were reported */
} MovesCtx;

/* Mutability errors are per place expression, like rustc's: once per source span. */
static bool first_report_at(MovesCtx *m, Span at) {
    for (int i = 0; i < m->mutability_spans.len; i++) {
        Span *s = m->mutability_spans.items[i];
        if (s->file == at.file && s->lo == at.lo && s->hi == at.hi) return false;
    }
    Span *copy = arena_alloc(sizeof *copy);
    *copy = at;
    ptrvec_push(&m->mutability_spans, copy);
    return true;
}

/* Only user variables are tracked: temporaries are written before they are read by
 * construction, and tracking them would make the state quadratic in the body's size. */
static void set_init(MovesCtx *m, BitSet *s, int local) {
    if (local < 0) return;                      /* statics are always initialised */
    int b = m->bit[local];
    if (b < 0) return;
    bitset_set(s, b);
    bitset_clear(s, m->n + b);
    bitset_clear(s, 2 * m->n + b);
}

static void set_uninit(MovesCtx *m, BitSet *s, int local) {
    if (local < 0) return;
    int b = m->bit[local];
    if (b < 0) return;
    bitset_clear(s, b);
    bitset_set(s, m->n + b);
}

static void entry_state(void *ctx, Body *body, BitSet *s) {
    MovesCtx *m = ctx;
    for (int l = 0; l < body->nlocals; l++) {
        if (l >= 1 && l <= body->nargs) set_init(m, s, l);
        else set_uninit(m, s, l);
    }
}

static void operand_effect(MovesCtx *m, BitSet *s, const Operand *op) {
    if (op->kind != OP_MOVE || op->place.nproj != 0 || op->place.local < 0) return;
    set_uninit(m, s, op->place.local);
    int b = m->bit[op->place.local];
    if (b >= 0) bitset_set(s, 2 * m->n + b);
}

static void rvalue_effect(MovesCtx *m, BitSet *s, const Rvalue *rv) {
    operand_effect(m, s, &rv->a);
    operand_effect(m, s, &rv->b);
    for (int i = 0; i < rv->nelems; i++) operand_effect(m, s, &rv->elems[i]);
}

static void stmt_effect(MovesCtx *m, BitSet *s, const Stmt *st) {
    switch (st->kind) {
    case ST_ASSIGN:
        rvalue_effect(m, s, &st->rv);
        if (st->place.nproj == 0) set_init(m, s, st->place.local);
        break;
    case ST_STORAGE_LIVE: case ST_STORAGE_DEAD:
        set_uninit(m, s, st->local);
        break;
    case ST_NOP:
        break;
    }
}

static void term_effect(MovesCtx *m, BitSet *s, const Term *t) {
    if (t->kind == TM_CALL) {
        operand_effect(m, s, &t->func);
        for (int i = 0; i < t->nargs; i++) operand_effect(m, s, &t->args[i]);
        if (t->dest.nproj == 0) set_init(m, s, t->dest.local);
    }
}

static void transfer_block(void *ctx, Body *body, int b, BitSet *s) {
    MovesCtx *m = ctx;
    Block *bb = &body->blocks[b];
    for (int i = 0; i < bb->nstmts; i++) stmt_effect(m, s, &bb->stmts[i]);
    term_effect(m, s, &bb->term);
}

/* ── reporting ── */

static const char *local_name(Body *body, int local) { return sym_str(body->locals[local].name); }

static void check_read(MovesCtx *m, const BitSet *s, const Place *p, Span at, bool borrow) {
    int l = p->local;
    if (l < 0) return;
    Local *loc = &m->body->locals[l];
    if (!loc->is_user_var || m->reported[l] || !bitset_get(s, m->n + m->bit[l])) return;
    m->reported[l] = true;
    if (bitset_get(s, 2 * m->n + m->bit[l])) {
        const char *name = local_name(m->body, l);
        if (loc->ty->kind == TY_CLOSURE && loc->ty->def->closure_consumes) borrow = false;   /* a second call is a use */
        Diag *d = diag_error("E0382", at, "%s of moved value: `%s`", borrow ? "borrow" : "use", name);
        diag_label(d, "value %s here after move", borrow ? "borrowed" : "used");
        if (m->has_move[l]) diag_secondary(d, m->moved_at[l], "value moved here");
        diag_secondary(d, loc->span, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait", name,
                       ty_str_of(loc->ty));
        diag_emit(d);
        return;
    }
    bool maybe = bitset_get(s, m->bit[l]);
    const char *name = local_name(m->body, l);
    Diag *d = diag_error("E0381", at, "used binding `%s` %s", name, maybe ? "is possibly-uninitialized" : "isn't initialized");
    diag_label(d, "`%s` used here but it %s", name, maybe ? "is possibly-uninitialized" : "isn't initialized");
    diag_secondary(d, loc->span, "binding declared here but left uninitialized");
    diag_emit(d);
}

/* A move out of a field of a value whose type implements Drop (E0509): its destructor
 * needs the whole value. */
static void check_move_out_of_drop(MovesCtx *m, const Place *p, Span at) {
    if (p->local < 0) return;
    Type *base = m->body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        bool into = p->proj[i].kind == PROJ_FIELD || p->proj[i].kind == PROJ_DOWNCAST;
        if (into && base->kind == TY_ADT && ty_drop_impl(base, NULL) && first_report_at(m, at)) {
            Diag *d = diag_error("E0509", at, "cannot move out of type `%s`, which implements the `Drop` trait", ty_str_of(base));
            diag_label(d, "cannot move out of here");
            diag_emit(d);
            return;
        }
        base = p->proj[i].ty;
    }
}

static const char *place_text(MovesCtx *m, const Place *p, Span at);

/* A move out of what a reference points to (E0507) or out of an array element (E0508):
 * the owner would be left with a hole. */
static void check_move_out_of_borrow(MovesCtx *m, const Operand *op, Span at) {
    const Place *p = &op->place;
    /* a type parameter's Copy bound may sit on its impl, which the generic body's
     * parameter does not carry: such moves are judged in no instance here */
    if (op->by_compiler || p->local < 0 || ty_contains(ir_place_type(m->body, *p), TY_PARAM)) return;
    Type *base = m->body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        ProjKind k = p->proj[i].kind;
        if (k == PROJ_DEREF && (base->kind == TY_REF || base->kind == TY_PTR)) {
            if (!first_report_at(m, at)) return;
            Type *moved = ir_place_type(m->body, *p);
            bool indexed = false;
            for (int j = i + 1; j < p->nproj; j++) indexed |= p->proj[j].kind == PROJ_INDEX;
            Diag *d = indexed ? diag_error("E0507", at, "cannot move out of index of `%s`", ty_str_of(base->elem))
                              : diag_error("E0507", at, "cannot move out of `%s` which is behind a %s reference", place_text(m, p, at),
                                           base->is_mut ? "mutable" : "shared");
            diag_label(d, "move occurs because value has type `%s`, which does not implement the `Copy` trait", ty_str_of(moved));
            diag_emit(d);
            return;
        }
        if (k == PROJ_INDEX && base->kind == TY_ARRAY) {
            if (!first_report_at(m, at)) return;
            Diag *d = diag_error("E0508", at, "cannot move out of type `%s`, a non-copy array", ty_str_of(base));
            diag_label(d, "cannot move out of here");
            diag_emit(d);
            return;
        }
        base = p->proj[i].ty;
    }
}

static void check_operand(MovesCtx *m, const BitSet *s, const Operand *op, Span at) {
    if (op->kind == OP_CONST) return;
    if (op->kind == OP_MOVE) check_move_out_of_drop(m, &op->place, at);
    /* a copy of a value that is not Copy is format_args! reading in place: a borrow */
    Type *t = ir_place_type(m->body, op->place);
    check_read(m, s, &op->place, at, op->kind == OP_COPY && !ty_is_copy(t));
    if (op->kind == OP_MOVE && op->place.nproj == 0 && op->place.local >= 0) {
        m->moved_at[op->place.local] = at;
        m->has_move[op->place.local] = true;
    }
}

/* The pointer a place is reached through that forbids mutating it: "a `&` reference" or
 * "a `*const` pointer", else NULL. */
static const char *shared_indirection(Body *body, const Place *p) {
    if (p->local < 0) return NULL;
    Type *t = body->locals[p->local].ty;
    const char *through = NULL;
    for (int i = 0; i < p->nproj; i++) {
        /* the last pointer followed decides: `(*self.ptr).n` writes through a `*mut`, even
         * though self is a `&` */
        if (p->proj[i].kind == PROJ_DEREF && t->kind == TY_PTR)
            through = t->is_mut ? NULL : "a `*const` pointer";
        else if (p->proj[i].kind == PROJ_DEREF && t->kind == TY_REF)
            through = t->is_mut ? (through && strcmp(through, "a `&` reference") == 0 ? through : NULL) : "a `&` reference";
        t = p->proj[i].ty;
    }
    return through;
}

/* How rustc names the place written at `at`: its source text up to the operator, with
 * the implicit deref of a bare reference made explicit (`*r`). */
static const char *place_text(MovesCtx *m, const Place *p, Span at) {
    size_t len;
    const char *text = span_text(at, &len);
    size_t end = 0;
    while (end < len && text[end] != '=' && text[end] != '+' && text[end] != '-' && text[end] != '*' && text[end] != ' ') end++;
    if (end == 0 && len && text[0] == '*') return arena_printf("%.*s", (int)strcspn(text, " =+-"), text);
    bool bare = p->local >= 0 && p->nproj == 1 && p->proj[0].kind == PROJ_DEREF && m->body->locals[p->local].name &&
                strlen(local_name(m->body, p->local)) == end && strncmp(text, local_name(m->body, p->local), end) == 0;
    return arena_printf("%s%.*s", bare ? "*" : "", (int)end, text);
}

/* Writing or mutably borrowing through `&` / `*const` (E0594 / E0596), reported once per place root. */
static bool check_shared_mutation(MovesCtx *m, const Place *p, Span at, bool borrow) {
    const char *through = shared_indirection(m->body, p);
    if (!through) return false;
    if (!first_report_at(m, at)) return true;
    const char *what = place_text(m, p, at);
    Diag *d = borrow ? diag_error("E0596", at, "cannot borrow `%s` as mutable, as it is behind %s", what, through)
                     : diag_error("E0594", at, "cannot assign to `%s`, which is behind %s", what, through);
    Sym root = p->local >= 0 ? m->body->locals[p->local].name : 0;
    if (root) diag_label(d, borrow ? "`%s` is a `&` reference, so it cannot be borrowed as mutable" : "`%s` is a `&` reference, so it cannot be written to",
                         sym_str(root));
    else diag_label(d, borrow ? "cannot borrow as mutable" : "cannot assign");
    diag_emit(d);
    return true;
}

/* `&mut x` (also the implicit one of a `&mut self` method call) needs `let mut x`. */
static void check_mut_borrow(MovesCtx *m, const Rvalue *rv, Span at) {
    if (rv->kind != RV_REF || rv->borrow != BORROW_MUT) return;
    const Place *p = &rv->place;
    if (check_shared_mutation(m, p, at, true)) return;
    for (int i = 0; i < p->nproj; i++)
        if (p->proj[i].kind == PROJ_DEREF) return;        /* through a reference: its own rules */
    if (p->local < 0) return;
    Local *loc = &m->body->locals[p->local];
    if (!loc->is_user_var || loc->is_mut || !first_report_at(m, at)) return;
    const char *name = local_name(m->body, p->local);
    Diag *d = diag_error("E0596", at, "cannot borrow `%s` as mutable, as it is not declared as mutable", name);
    diag_label(d, "cannot borrow as mutable");
    diag_help(d, "consider changing this to be mutable: `mut %s`", name);
    diag_emit(d);
}

/* Operands evaluated left to right: each sees the moves of those before it, so
 * `(x, x)` and `f(x, x)` move x twice. */
static void check_operands(MovesCtx *m, const BitSet *s, const Operand *ops, int n, Span at) {
    if (n < 2) {
        if (n) check_operand(m, s, &ops[0], at);
        return;
    }
    BitSet state = bitset_new(3 * m->n);
    bitset_copy(&state, s);
    for (int i = 0; i < n; i++) {
        check_operand(m, &state, &ops[i], at);
        operand_effect(m, &state, &ops[i]);
    }
}

static void check_rvalue(MovesCtx *m, const BitSet *s, const Rvalue *rv, Span at) {
    if (rv->kind == RV_REF || rv->kind == RV_RAW_REF || rv->kind == RV_LEN || rv->kind == RV_DISCRIMINANT)
        check_read(m, s, &rv->place, at, rv->kind == RV_REF);
    /* values that change owner: a use, an aggregate's parts (operators only read theirs) */
    if (rv->kind == RV_USE && rv->a.kind == OP_MOVE) check_move_out_of_borrow(m, &rv->a, at);
    for (int i = 0; rv->kind == RV_AGGREGATE && i < rv->nelems; i++)
        if (rv->elems[i].kind == OP_MOVE) check_move_out_of_borrow(m, &rv->elems[i], at);
    check_mut_borrow(m, rv, at);
    if (rv->kind != RV_REF && rv->kind != RV_RAW_REF && rv->kind != RV_LEN && rv->kind != RV_DISCRIMINANT) {
        check_operand(m, s, &rv->a, at);
        if (rv->kind == RV_BINARY || rv->kind == RV_CHECKED_BINARY) check_operand(m, s, &rv->b, at);
    }
    check_operands(m, s, rv->elems, rv->nelems, at);
}

static void check_write(MovesCtx *m, const BitSet *s, const Place *p, Span at) {
    int l = p->local;
    if (l < 0) return;
    if (check_shared_mutation(m, p, at, false)) return;
    Local *loc = &m->body->locals[l];
    if (!loc->is_user_var || loc->is_mut) return;
    const char *name = local_name(m->body, l);
    bool is_arg = l >= 1 && l <= m->body->nargs;
    if (p->nproj > 0) {
        if (p->proj[0].kind == PROJ_DEREF) return;
        if (bitset_get(s, m->n + m->bit[l]) && !bitset_get(s, m->bit[l])) return;   /* E0381 territory */
        if (!first_report_at(m, at)) return;
        Diag *d = diag_error("E0594", at, "cannot assign to `%s`, as `%s` is not declared as mutable", place_text(m, p, at), name);
        diag_label(d, "cannot assign");
        diag_help(d, "consider changing this to be mutable: `mut %s`", name);
        diag_emit(d);
        return;
    }
    if (m->reported[l] || !bitset_get(s, m->bit[l])) return;
    m->reported[l] = true;
    Diag *d;
    if (is_arg) {
        d = diag_error("E0384", at, "cannot assign to immutable argument `%s`", name);
        diag_label(d, "cannot assign to immutable argument");
    } else {
        d = diag_error("E0384", at, "cannot assign twice to immutable variable `%s`", name);
        diag_label(d, "cannot assign twice to immutable variable");
        diag_secondary(d, loc->span, "first assignment to `%s`", name);
    }
    diag_help(d, "consider making this binding mutable: `mut %s`", name);
    diag_emit(d);
}

static void check_block(MovesCtx *m, int b, BitSet *s) {
    Block *bb = &m->body->blocks[b];
    for (int i = 0; i < bb->nstmts; i++) {
        const Stmt *st = &bb->stmts[i];
        if (st->kind == ST_ASSIGN) {
            check_rvalue(m, s, &st->rv, st->span);
            check_write(m, s, &st->place, st->span);
        }
        stmt_effect(m, s, st);
    }
    const Term *t = &bb->term;
    switch (t->kind) {
    case TM_SWITCH: check_operand(m, s, &t->discr, t->span); break;
    case TM_ASSERT: check_operand(m, s, &t->cond, t->span); break;
    case TM_CALL:
        check_operands(m, s, t->args, t->nargs, t->span);
        for (int i = 0; t->func.c.intrinsic == INTR_NONE && i < t->nargs; i++)
            if (t->args[i].kind == OP_MOVE) check_move_out_of_borrow(m, &t->args[i], t->span);
        break;
    default: break;
    }
}

static void check_body(Body *body) {
    MovesCtx m = {.body = body};
    m.reported = arena_alloc(sizeof(bool) * (size_t)(body->nlocals + 1));
    m.bit = arena_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    m.moved_at = arena_alloc(sizeof(Span) * (size_t)(body->nlocals + 1));
    m.has_move = arena_alloc(sizeof(bool) * (size_t)(body->nlocals + 1));
    for (int l = 0; l < body->nlocals; l++) m.bit[l] = body->locals[l].is_user_var ? m.n++ : -1;
    if (m.n == 0) return;
    Dataflow df = {.nbits = 3 * m.n, .ctx = &m, .entry_state = entry_state, .transfer_block = transfer_block};
    bool *reachable;
    BitSet *entry = dataflow_forward(body, &df, &reachable);
    BitSet state = bitset_new(df.nbits);
    for (int b = 0; b < body->nblocks; b++) {
        if (!reachable[b]) continue;
        bitset_copy(&state, &entry[b]);
        check_block(&m, b, &state);
    }
}

/* Generic fns are checked once, generically; their instances are not checked again. */
void moves_check(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++)
        if (!prog->bodies[i]->def || !prog->bodies[i]->def->generic) check_body(prog->bodies[i]);
    for (int i = 0; i < prog->ngeneric_bodies; i++) check_body(prog->generic_bodies[i]);
}
