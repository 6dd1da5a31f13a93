/* drops.c — drop elaboration: which of lowering's drops run, and when that is only known
 * at run time, the drop flags that decide.
 *
 * Takes: checked IR whose TM_DROP terminators mean "drop this place if it still holds a
 * value" (lowering puts one wherever a variable or temporary that needs dropping dies).
 * Gives: the same IR where every TM_DROP drops unconditionally: a drop of a value that
 * is surely moved out is gone, one of a value that may be moved tests a boolean drop
 * flag kept beside it, and one of a struct or tuple some of whose fields were moved out
 * drops the remaining fields one by one, in declaration order ("open" drop).
 *
 * As in rustc, what is tracked are move paths: a local that needs dropping, and the field
 * places (`p.first`, `t.1.0`, an enum variant's field) the body moves out of or drops. A
 * forward dataflow gives, before each drop, which paths may be initialized and which may
 * not. A move through an index counts as a move of the whole path above it; an enum
 * partly moved out of is dropped by a switch on its variant. */
#include "patina.h"

#include <string.h>

typedef struct Elab {
    Body *body;
    MovePaths mp;                               /* the locals that need dropping, the fields moved out or dropped */
} Elab;

/* A drop terminator still to rewrite, with the state before it. */
typedef struct DropSite {
    int block;
    BitSet state;
} DropSite;

/* Shorthands: elaboration asks for its paths at every move, init and drop. */
static int path_of(Elab *e, Place p, bool create, bool exact) { return mp_path_of(&e->mp, p, create, exact); }
static int child_path(Elab *e, int parent, int variant, int field) { return mp_child(&e->mp, parent, variant, field); }

/* ── the dataflow: bit i "path i may be initialized", bit n + i "may be uninitialized" ── */

static void set_state(Elab *e, BitSet *s, int path, bool init) {
    for (int k = 0; k < e->mp.nsubtree[path]; k++) {
        int q = e->mp.subtree[path][k];
        if (init) bitset_set(s, q), bitset_clear(s, e->mp.npaths + q);
        else bitset_clear(s, q), bitset_set(s, e->mp.npaths + q);
    }
}

static void move_effect(Elab *e, BitSet *s, const Operand *op) {
    if (op->kind != OP_MOVE) return;
    int p = path_of(e, op->place, false, false);
    if (p >= 0) set_state(e, s, p, false);
}

static void rvalue_moves(Elab *e, BitSet *s, const Rvalue *rv) {
    move_effect(e, s, &rv->a);
    move_effect(e, s, &rv->b);
    for (int i = 0; i < rv->nelems; i++) move_effect(e, s, &rv->elems[i]);
}

static void stmt_effect(Elab *e, BitSet *s, const Stmt *st) {
    int p;
    switch (st->kind) {
    case ST_ASSIGN:
        rvalue_moves(e, s, &st->rv);
        if ((p = path_of(e, st->place, false, true)) >= 0) set_state(e, s, p, true);
        break;
    case ST_STORAGE_LIVE: case ST_STORAGE_DEAD:
        if (st->local >= 0 && e->mp.root[st->local] >= 0) set_state(e, s, e->mp.root[st->local], false);
        break;
    case ST_NOP: case ST_FAKE_READ: case ST_PLACE_MENTION: break;
    }
}

static void term_effect(Elab *e, BitSet *s, const Term *t) {
    int p;
    if (t->kind == TM_CALL) {
        move_effect(e, s, &t->func);
        for (int i = 0; i < t->nargs; i++) move_effect(e, s, &t->args[i]);
        if ((p = path_of(e, t->dest, false, true)) >= 0) set_state(e, s, p, true);
    } else if (t->kind == TM_DROP && (p = path_of(e, t->place, false, true)) >= 0) {
        set_state(e, s, p, false);
    }
}

/* A panic in a call leaves its destination unwritten: on the unwind edge it holds nothing. */
static void unwind_edge(void *ctx, Body *body, int b, BitSet *s) {
    Elab *e = ctx;
    const Term *t = &body->blocks[b].term;
    int p;
    if (t->kind == TM_CALL && (p = path_of(e, t->dest, false, true)) >= 0) set_state(e, s, p, false);
}

static void entry_state(void *ctx, Body *body, BitSet *s) {
    Elab *e = ctx;
    for (int l = 0; l < body->nlocals; l++)
        if (e->mp.root[l] >= 0) set_state(e, s, e->mp.root[l], l >= 1 && l <= body->nargs);
}

static void transfer_block(void *ctx, Body *body, int b, BitSet *s) {
    Elab *e = ctx;
    Block *bb = &body->blocks[b];
    for (int i = 0; i < bb->nstmts; i++) stmt_effect(e, s, &bb->stmts[i]);
    term_effect(e, s, &bb->term);
}

/* ── rewriting ── */

typedef enum DropStyle { DROP_DEAD, DROP_STATIC, DROP_CONDITIONAL, DROP_OPEN } DropStyle;

static DropStyle drop_style(Elab *e, const BitSet *s, int path) {
    bool live = false, dead = false;
    for (int k = 0; k < e->mp.nsubtree[path]; k++) {
        int q = e->mp.subtree[path][k];
        live |= bitset_get(s, q);
        dead |= bitset_get(s, e->mp.npaths + q);
    }
    if (!live) return DROP_DEAD;
    if (!dead) return DROP_STATIC;
    Type *t = e->mp.paths[path].ty;
    bool own_impl = ty_drop_impl(t, NULL) != NULL && !ty_is_box(t);   /* moving out of it is E0509 (a Box's contents excepted) */
    return e->mp.nsubtree[path] == 1 || own_impl ? DROP_CONDITIONAL : DROP_OPEN;
}

/* The style of dropping field place of path `parent` that has no path of its own: as its
 * parent's own bit says. */
static DropStyle own_bit_style(Elab *e, const BitSet *s, int path) {
    bool live = bitset_get(s, path), dead = bitset_get(s, e->mp.npaths + path);
    return !live ? DROP_DEAD : !dead ? DROP_STATIC : DROP_CONDITIONAL;
}

static int new_flag(Elab *e, Span span) { return ir_new_local(e->body, (Local){.ty = ty_bool, .span = span}); }

static Stmt flag_assign(int flag, bool value, Span span) {
    Stmt st = {.kind = ST_ASSIGN, .span = span, .place = {.local = flag}};
    st.rv = (Rvalue){.kind = RV_USE, .ty = ty_bool, .a = {.kind = OP_CONST, .c = {.kind = CONST_BOOL, .ty = ty_bool, .bits = value}}};
    return st;
}

/* Gives the flags the drops below need: the paths dropped conditionally. */
/* The fields an open drop walks: an enum's variant v's, or (v = -1) a struct's, tuple's
 * or closure's, or an array's elements (moved out by patterns, at constant indexes). */
static int open_fields(Type *t, int v) {
    if (v >= 0) return t->adt->variants[v].nfields;
    return t->kind == TY_ADT ? t->adt->nfields : t->kind == TY_ARRAY ? (int)t->len : t->nelems;
}

static Type *open_field_type(Type *t, int v, int i) {
    if (v >= 0) return ty_field(t, &t->adt->variants[v].fields[i]);
    return t->kind == TY_ADT ? ty_field(t, &t->adt->fields[i]) : t->kind == TY_ARRAY ? t->elem : t->elems[i];
}

static bool is_enum(Type *t) { return t->kind == TY_ADT && t->adt->is_enum; }

static void plan_flags(Elab *e, const BitSet *s, int path, Span span) {
    DropStyle style = drop_style(e, s, path);
    if (style == DROP_CONDITIONAL && e->mp.paths[path].flag < 0) e->mp.paths[path].flag = new_flag(e, span);
    if (style != DROP_OPEN) return;
    Type *t = e->mp.paths[path].ty;
    /* an enum that may not be there at all: its variant is read only behind a flag (a
     * Box, its memory freed only behind one) */
    if ((is_enum(t) || ty_is_box(t)) && own_bit_style(e, s, path) == DROP_CONDITIONAL && e->mp.paths[path].flag < 0)
        e->mp.paths[path].flag = new_flag(e, span);
    if (ty_is_box(t)) {
        int c = child_path(e, path, -1, MP_BOX_CONTENTS);
        if (c >= 0) plan_flags(e, s, c, span);
        return;
    }
    for (int v = is_enum(t) ? 0 : -1; v < (is_enum(t) ? t->adt->nvariants : 0); v++)
        for (int i = 0; i < open_fields(t, v); i++) {
            int c = child_path(e, path, v, i);
            if (c >= 0) plan_flags(e, s, c, span);
            else if (own_bit_style(e, s, path) == DROP_CONDITIONAL && e->mp.paths[path].flag < 0) e->mp.paths[path].flag = new_flag(e, span);
        }
}

/* Field index of place p (of enum type `whole`, through variant v's downcast when v >= 0). */
static Place field_place(Place p, Type *whole, int v, int index, Type *ty) {
    int extra = v >= 0 ? 2 : 1;
    Place q = {.local = p.local, .nproj = p.nproj + extra};
    q.proj = arena_alloc(sizeof(Proj) * (size_t)q.nproj);
    if (p.nproj) memcpy(q.proj, p.proj, sizeof(Proj) * (size_t)p.nproj);
    if (v >= 0) q.proj[p.nproj] = (Proj){.kind = PROJ_DOWNCAST, .field = v, .ty = whole};
    q.proj[q.nproj - 1] = (Proj){.kind = PROJ_FIELD, .field = index, .ty = ty};
    return q;
}

/* A block that drops place (in the given style, testing flag when conditional), then
 * goes to target; returns the block to enter it by. */
/* A block that goes on to then when flag is set, else to otherwise. */
static int flag_test(Elab *e, int flag, int then, int otherwise, Span span) {
    int test = ir_new_block(e->body);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = otherwise;
    e->body->blocks[test].term = (Term){.kind = TM_SWITCH, .span = span, .discr = {.kind = OP_COPY, .place = {.local = flag}},
                                        .values = vals, .targets = targets, .ncases = 1, .otherwise = then};
    return test;
}

static int drop_block(Elab *e, DropStyle style, Place place, int flag, int target, Span span) {
    Body *b = e->body;
    if (style == DROP_DEAD) return target;
    int d = ir_new_block(b);
    b->blocks[d].term = (Term){.kind = TM_DROP, .span = span, .place = place, .target = target};
    if (style == DROP_STATIC) return d;
    return flag_test(e, flag, d, target, span);
}

/* The drop of path (at place) in the state s, as a chain of blocks ending in target. */
static int elaborate(Elab *e, const BitSet *s, int path, Place place, int target, Span span);

/* The order an open drop drops the n fields of path's type t in: declaration order, but
 * for an array rustc's: the runs of elements between those moved out (which have paths of
 * their own), the last run first, each run from its first element. */
static int *field_drop_order(Elab *e, int path, Type *t, int n) {
    int *order = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) order[i] = i;
    if (t->kind != TY_ARRAY) return order;
    int k = 0;
    for (int end = n; end > 0;) {
        int start = end;
        while (start > 0 && child_path(e, path, -1, start - 1) < 0) start--;
        for (int i = start; i < end; i++) order[k++] = i;
        if (start > 0) order[k++] = start - 1;   /* the moved element (dead, or behind its flag) */
        end = start - 1;
    }
    return order;
}

/* The drops of the fields of variant v (-1: of a struct) of path, in order, then target. */
static int elaborate_fields(Elab *e, const BitSet *s, int path, Place place, int v, int target, Span span) {
    Type *t = e->mp.paths[path].ty;
    int next = target, n = open_fields(t, v);
    int *order = field_drop_order(e, path, t, n);
    for (int k = n - 1; k >= 0; k--) {
        int i = order[k];
        Type *ft = open_field_type(t, v, i);
        if (!ty_needs_drop(ft)) continue;
        Place fp = field_place(place, t, v, i, ft);
        int c = child_path(e, path, v, i);
        next = c >= 0 ? elaborate(e, s, c, fp, next, span)
                      : drop_block(e, own_bit_style(e, s, path), fp, e->mp.paths[path].flag, next, span);
    }
    return next;
}

/* A Box whose contents were partly moved out: what is left of them is dropped, then its
 * memory freed (rustc's box_free), behind the Box's flag when it may not be there. */
static int elaborate_box(Elab *e, const BitSet *s, int path, Place place, int target, Span span) {
    Body *b = e->body;
    Type *t = e->mp.paths[path].ty, *inner = t->elems[0];
    Place ptr = field_place(place, t, -1, 0, ty_ptr(inner, true));
    int next = target;
    const Layout *l = layout_of(inner);
    if (l->size > 0) {
        int free_bb = ir_new_block(b);
        Type *usize = ty_int(IK_USIZE);
        Operand *args = arena_alloc(sizeof(Operand) * 3);
        args[0] = (Operand){.kind = OP_COPY, .place = ptr};
        args[1] = (Operand){.kind = OP_CONST, .c = {.kind = CONST_INT, .ty = usize, .bits = l->size}};
        args[2] = (Operand){.kind = OP_CONST, .c = {.kind = CONST_INT, .ty = usize, .bits = l->align}};
        int unit = ir_new_local(b, (Local){.ty = ty_unit, .span = span});
        b->blocks[free_bb].term = (Term){.kind = TM_CALL, .span = span, .func = {.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = ty_unit, .intrinsic = INTR_DEALLOC}},
                                         .args = args, .nargs = 3, .dest = {.local = unit}, .target = target};
        next = free_bb;
    }
    int c = child_path(e, path, -1, MP_BOX_CONTENTS);
    if (c >= 0) {
        Place contents = field_place(place, t, -1, 0, ty_ptr(inner, true));
        contents = field_place(contents, NULL, -1, 0, inner);
        contents.proj[contents.nproj - 1].kind = PROJ_DEREF;
        next = elaborate(e, s, c, contents, next, span);
    }
    return own_bit_style(e, s, path) == DROP_CONDITIONAL ? flag_test(e, e->mp.paths[path].flag, next, target, span) : next;
}

static int elaborate(Elab *e, const BitSet *s, int path, Place place, int target, Span span) {
    DropStyle style = drop_style(e, s, path);
    if (style != DROP_OPEN) return drop_block(e, style, place, e->mp.paths[path].flag, target, span);
    Type *t = e->mp.paths[path].ty;
    if (ty_is_box(t)) return elaborate_box(e, s, path, place, target, span);
    if (!is_enum(t)) return elaborate_fields(e, s, path, place, -1, target, span);
    /* an enum partly moved out of: a switch on its variant, then that variant's fields */
    Body *b = e->body;
    int n = t->adt->nvariants;
    uint64_t *vals = arena_alloc(sizeof(uint64_t) * (size_t)(n ? n : 1));
    int *targets = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    for (int v = 0; v < n; v++) {
        vals[v] = t->adt->variants[v].discr;
        targets[v] = elaborate_fields(e, s, path, place, v, target, span);
    }
    int sw = ir_new_block(b);
    Type *isize = ty_int(IK_ISIZE);
    int d = ir_new_local(b, (Local){.ty = isize, .span = span});
    ir_push_stmt(&b->blocks[sw], (Stmt){.kind = ST_ASSIGN, .span = span, .place = {.local = d},
                                     .rv = {.kind = RV_DISCRIMINANT, .ty = isize, .place = place}});
    b->blocks[sw].term = (Term){.kind = TM_SWITCH, .span = span, .discr = {.kind = OP_COPY, .place = {.local = d}}, .values = vals,
                                .targets = targets, .ncases = n, .otherwise = target};
    return own_bit_style(e, s, path) == DROP_CONDITIONAL ? flag_test(e, e->mp.paths[path].flag, sw, target, span) : sw;
}

/* After a statement or terminator changes path p's state, the flags in its subtree follow. */
static void set_flags(Elab *e, Block *bb, int p, bool init, Span span) {
    for (int k = 0; k < e->mp.nsubtree[p]; k++) {
        int q = e->mp.subtree[p][k];
        if (e->mp.paths[q].flag >= 0) ir_push_stmt(bb, flag_assign(e->mp.paths[q].flag, init, span));
    }
}

static void operand_flags(Elab *e, Block *bb, const Operand *op, Span span) {
    int p;
    if (op->kind == OP_MOVE && (p = path_of(e, op->place, false, false)) >= 0) set_flags(e, bb, p, false, span);
}

/* Rewrites block b's statements with the flag updates each implies. */
static void maintain_flags(Elab *e, int b) {
    Body *body = e->body;
    Block old = body->blocks[b];
    Block *bb = &body->blocks[b];
    bb->stmts = NULL;
    bb->nstmts = bb->cap = 0;
    if (b == 0)
        for (int q = 0; q < e->mp.npaths; q++) {
            int l = e->mp.paths[q].local;
            if (e->mp.paths[q].flag >= 0) ir_push_stmt(bb, flag_assign(e->mp.paths[q].flag, l >= 1 && l <= body->nargs, body->span));
        }
    for (int i = 0; i < old.nstmts; i++) {
        const Stmt *st = &old.stmts[i];
        ir_push_stmt(bb, *st);
        bb = &body->blocks[b];
        int p;
        if (st->kind == ST_ASSIGN) {
            operand_flags(e, bb, &st->rv.a, st->span);
            operand_flags(e, bb, &st->rv.b, st->span);
            for (int k = 0; k < st->rv.nelems; k++) operand_flags(e, bb, &st->rv.elems[k], st->span);
            if ((p = path_of(e, st->place, false, true)) >= 0) set_flags(e, bb, p, true, st->span);
        } else if ((st->kind == ST_STORAGE_DEAD || st->kind == ST_STORAGE_LIVE) && st->local >= 0 && e->mp.root[st->local] >= 0) {
            set_flags(e, bb, e->mp.root[st->local], false, st->span);
        }
    }
    Term *t = &bb->term;
    if (t->kind != TM_CALL) return;
    for (int i = 0; i < t->nargs; i++) operand_flags(e, bb, &t->args[i], t->span);
    int p = path_of(e, t->dest, false, true);
    if (p < 0 || t->target < 0) return;
    /* the value exists once the call returns: on its own edge */
    Block edge = {0};
    set_flags(e, &edge, p, true, t->span);
    if (!edge.nstmts) return;
    int nb = ir_new_block(body);
    edge.term = (Term){.kind = TM_GOTO, .span = t->span, .target = body->blocks[b].term.target};
    body->blocks[nb] = edge;
    body->blocks[b].term.target = nb;
}

static void elaborate_body(Body *body) {
    ice_at(body->span);
    Elab e = {.body = body, .mp = {.tracks = ty_needs_drop}};
    e.mp.root = arena_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    bool any = false;
    for (int l = 0; l < body->nlocals; l++) {
        e.mp.root[l] = l > 0 && ty_needs_drop(body->locals[l].ty) ? mp_add(&e.mp, l, -1, -1, -1, body->locals[l].ty) : -1;
        any |= e.mp.root[l] >= 0;
    }
    if (!any) return;
    int nblocks = body->nblocks;
    /* field paths: the places moved out of or dropped */
    for (int b = 0; b < nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) {
            Rvalue *rv = &bb->stmts[i].rv;
            if (bb->stmts[i].kind != ST_ASSIGN) continue;
            if (rv->a.kind == OP_MOVE) path_of(&e, rv->a.place, true, false);
            if (rv->b.kind == OP_MOVE) path_of(&e, rv->b.place, true, false);
            for (int k = 0; k < rv->nelems; k++)
                if (rv->elems[k].kind == OP_MOVE) path_of(&e, rv->elems[k].place, true, false);
        }
        Term *t = &bb->term;
        for (int k = 0; t->kind == TM_CALL && k < t->nargs; k++)
            if (t->args[k].kind == OP_MOVE) path_of(&e, t->args[k].place, true, false);
        if (t->kind == TM_DROP) path_of(&e, t->place, true, false);
    }
    mp_index_subtrees(&e.mp);
    Dataflow df = {.nbits = 2 * e.mp.npaths, .ctx = &e, .entry_state = entry_state, .transfer_block = transfer_block,
                   .unwind_edge = unwind_edge};
    bool *reachable;
    BitSet *entry = dataflow_forward(body, &df, &reachable);
    PtrVec sites = {0};
    for (int b = 0; b < nblocks; b++) {
        Term *t = &body->blocks[b].term;
        if (t->kind != TM_DROP) continue;
        if (!reachable[b] || path_of(&e, t->place, false, true) < 0) {
            if (!reachable[b]) t->kind = TM_GOTO;
            continue;
        }
        DropSite *site = arena_alloc(sizeof *site);
        site->block = b;
        site->state = bitset_new(df.nbits);
        bitset_copy(&site->state, &entry[b]);
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) stmt_effect(&e, &site->state, &bb->stmts[i]);
        ptrvec_push(&sites, site);
        plan_flags(&e, &site->state, path_of(&e, t->place, false, true), t->span);
    }
    for (int i = 0; i < sites.len; i++) {
        DropSite *site = sites.items[i];
        Term t = body->blocks[site->block].term;
        int path = path_of(&e, t.place, false, true);
        /* once dropped, the flags of what was dropped are down (a later drop must not repeat it) */
        Block reset = {0};
        set_flags(&e, &reset, path, false, t.span);
        int after = t.target;
        if (reset.nstmts) {
            after = ir_new_block(body);
            reset.term = (Term){.kind = TM_GOTO, .span = t.span, .target = t.target};
            body->blocks[after] = reset;
        }
        int chain = elaborate(&e, &site->state, path, t.place, after, t.span);
        body->blocks[site->block].term = (Term){.kind = TM_GOTO, .span = t.span, .target = chain};
    }
    for (int b = 0; b < nblocks; b++) maintain_flags(&e, b);
}

void drops_elaborate(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++) elaborate_body(prog->bodies[i]);
}
