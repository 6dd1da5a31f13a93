/* clone.c — a deep copy of a body.
 *
 * Takes: a Body (any stage: generic, checked, elaborated).
 * Gives: an independent Body in the arena: its locals, blocks, statements, terminators and
 * every array they point to (projections, aggregate operands, switch tables, call
 * arguments) are fresh, so a pass may rewrite the copy in place (monomorphization
 * substitutes types in it) without touching the original, which the checks read. Types,
 * Defs, strings and spans are shared: they are immutable. Cached analyses are not copied. */
#include "ir/ir.h"

#include <string.h>

static void *copy_array(const void *src, size_t elem_size, int n) {
    if (!src) return NULL;
    void *dst = arena_alloc(elem_size * (size_t)(n > 0 ? n : 1));
    if (n > 0) memcpy(dst, src, elem_size * (size_t)n);
    return dst;
}

static Place clone_place(Place p) {
    p.proj = copy_array(p.proj, sizeof(Proj), p.nproj);
    return p;
}

static Operand clone_operand(Operand op) {
    op.place = clone_place(op.place);
    return op;
}

static Rvalue clone_rvalue(Rvalue rv) {
    rv.a = clone_operand(rv.a);
    rv.b = clone_operand(rv.b);
    rv.place = clone_place(rv.place);
    rv.elems = copy_array(rv.elems, sizeof(Operand), rv.nelems);
    for (int i = 0; i < rv.nelems; i++) rv.elems[i] = clone_operand(rv.elems[i]);
    return rv;
}

static Term clone_term(Term t) {
    t.discr = clone_operand(t.discr);
    t.values = copy_array(t.values, sizeof(uint64_t), t.ncases);
    t.targets = copy_array(t.targets, sizeof(int), t.ncases);
    t.func = clone_operand(t.func);
    t.args = copy_array(t.args, sizeof(Operand), t.nargs);
    for (int i = 0; i < t.nargs; i++) t.args[i] = clone_operand(t.args[i]);
    t.dest = clone_place(t.dest);
    t.cond = clone_operand(t.cond);
    t.len = clone_operand(t.len);
    t.index = clone_operand(t.index);
    t.place = clone_place(t.place);
    return t;
}

Body *ir_body_clone(const Body *src) {
    Body *b = arena_alloc(sizeof *b);
    *b = *src;
    b->cfg = NULL;
    b->move_data = NULL;
    b->cap_locals = src->nlocals;
    b->locals = copy_array(src->locals, sizeof(Local), src->nlocals);
    b->cap_blocks = src->nblocks;
    b->blocks = copy_array(src->blocks, sizeof(Block), src->nblocks);
    for (int i = 0; i < b->nblocks; i++) {
        Block *bb = &b->blocks[i];
        bb->cap = bb->nstmts;
        bb->stmts = copy_array(bb->stmts, sizeof(Stmt), bb->nstmts);
        for (int k = 0; k < bb->nstmts; k++) {
            Stmt *st = &bb->stmts[k];
            st->place = clone_place(st->place);
            st->rv = clone_rvalue(st->rv);
        }
        bb->term = clone_term(bb->term);
    }
    return b;
}
