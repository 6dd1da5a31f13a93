/* visit.c — the place and operand visitor every IR pass walks statements with.
 *
 * Takes: a statement, terminator, block or body and a pass's callbacks.
 * Gives: each place it touches with the kind of use (copy, move, borrow of each kind,
 * store, call destination, drop, storage, fake read ...), each constant operand, in
 * evaluation order. Only the operands an rvalue kind has are visited: the unused ones of
 * the Rvalue struct are zero, which would read as `copy _0`. */
#include "patina.h"

static void visit_place(const IrVisitor *v, const Place *p, UseKind kind, const Operand *op,
                        Location at, Span span) {
    if (!v->place) return;
    PlaceUse use = {.place = p, .kind = kind, .operand = op, .at = at, .span = span};
    v->place(v->ctx, &use);
    for (int i = 0; i < p->nproj; i++) {
        if (p->proj[i].kind != PROJ_INDEX) continue;
        Place index = {.local = p->proj[i].index_local};
        use = (PlaceUse){.place = &index, .kind = USE_INDEX, .at = at, .span = span};
        v->place(v->ctx, &use);
    }
}

static void visit_operand(const IrVisitor *v, const Operand *op, Location at, Span span) {
    if (op->kind == OP_CONST) {
        if (v->constant) v->constant(v->ctx, &op->c, at);
        return;
    }
    visit_place(v, &op->place, op->kind == OP_MOVE ? USE_MOVE : USE_COPY, op, at, span);
}

static UseKind borrow_use(BorrowKind k) {
    switch (k) {
    case BORROW_SHARED: return USE_BORROW_SHARED;
    case BORROW_MUT: return USE_BORROW_MUT;
    case BORROW_SHALLOW: return USE_BORROW_SHALLOW;
    case BORROW_TWO_PHASE: return USE_BORROW_TWO_PHASE;
    case BORROW_UNIQUE: return USE_BORROW_UNIQUE;
    }
    return USE_BORROW_SHARED;
}

static void visit_rvalue(const IrVisitor *v, const Rvalue *rv, Location at, Span span) {
    switch (rv->kind) {
    case RV_REF: visit_place(v, &rv->place, borrow_use(rv->borrow), NULL, at, span); break;
    case RV_RAW_REF: visit_place(v, &rv->place, USE_ADDRESS_OF, NULL, at, span); break;
    case RV_LEN: case RV_DISCRIMINANT:
        visit_place(v, &rv->place, USE_INSPECT, NULL, at, span);
        break;
    case RV_USE: case RV_UNARY: case RV_CAST: case RV_REPEAT:
        visit_operand(v, &rv->a, at, span);
        break;
    case RV_BINARY: case RV_CHECKED_BINARY: case RV_PRIM: case RV_UNSIZE:
        visit_operand(v, &rv->a, at, span);
        visit_operand(v, &rv->b, at, span);
        break;
    case RV_AGGREGATE:
        for (int i = 0; i < rv->nelems; i++) visit_operand(v, &rv->elems[i], at, span);
        break;
    }
}

void ir_visit_stmt(const IrVisitor *v, const Stmt *st, Location at) {
    Place local = {.local = st->local};
    switch (st->kind) {
    case ST_ASSIGN:
        visit_rvalue(v, &st->rv, at, st->span);
        visit_place(v, &st->place, USE_STORE, NULL, at, st->span);
        break;
    case ST_STORAGE_LIVE: visit_place(v, &local, USE_STORAGE_LIVE, NULL, at, st->span); break;
    case ST_STORAGE_DEAD: visit_place(v, &local, USE_STORAGE_DEAD, NULL, at, st->span); break;
    case ST_FAKE_READ: visit_place(v, &st->place, USE_FAKE_READ, NULL, at, st->span); break;
    case ST_PLACE_MENTION: visit_place(v, &st->place, USE_PLACE_MENTION, NULL, at, st->span); break;
    case ST_NOP: break;
    }
}

void ir_visit_term(const IrVisitor *v, const Term *t, Location at) {
    switch (t->kind) {
    case TM_SWITCH: visit_operand(v, &t->discr, at, t->span); break;
    case TM_ASSERT:
        visit_operand(v, &t->cond, at, t->span);
        if (t->msg == AM_BOUNDS_CHECK) {
            visit_operand(v, &t->len, at, t->span);
            visit_operand(v, &t->index, at, t->span);
        }
        break;
    case TM_CALL:
        visit_operand(v, &t->func, at, t->span);
        for (int i = 0; i < t->nargs; i++) visit_operand(v, &t->args[i], at, t->span);
        visit_place(v, &t->dest, USE_CALL_DEST, NULL, at, t->span);
        break;
    case TM_DROP: visit_place(v, &t->place, USE_DROP, NULL, at, t->span); break;
    case TM_RETURN: {
        Place ret = {.local = 0};
        visit_place(v, &ret, USE_RETURN, NULL, at, t->span);
        break;
    }
    case TM_GOTO: case TM_UNREACHABLE: case TM_RESUME: break;
    }
}

void ir_visit_block(const IrVisitor *v, Body *body, int block) {
    Block *bb = &body->blocks[block];
    for (int i = 0; i < bb->nstmts; i++) ir_visit_stmt(v, &bb->stmts[i], (Location){block, i});
    ir_visit_term(v, &bb->term, (Location){block, bb->nstmts});
}

void ir_visit_body(const IrVisitor *v, Body *body) {
    for (int b = 0; b < body->nblocks; b++) ir_visit_block(v, body, b);
}

bool use_is_def(UseKind k) { return k == USE_STORE || k == USE_CALL_DEST; }
