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
 * places (`p.first`, `t.1.0`, an enum variant's field) the body moves out of or drops.
 * The body's move data (movedata.c, shared with the move checker) gives, before each
 * drop, which paths may be initialized and which may not. A move lowering makes through
 * an index counts as a move of the whole path above it; an enum partly moved out of is
 * dropped by a switch on its variant. */
#include "patina.h"

#include <string.h>

typedef struct Elab {
    Body *body;
    MoveData *md;                               /* the paths, and which may hold a value where */
    MovePaths *mp;                              /* md's; drop elaboration sets their flags */
} Elab;

/* A drop terminator still to rewrite, with the state before it. */
typedef struct DropSite {
    int block;
    BitSet state;
} DropSite;

static int path_of(Elab *e, Place p) { return mp_path_of(e->mp, p, false, true); }
static int child_path(Elab *e, int parent, int variant, int field) {
    return mp_child(e->mp, parent, variant, field);
}
static bool maybe_init(Elab *e, const BitSet *s, int path) {
    return md_fact(e->md, s, MD_INIT, path);
}
static bool maybe_uninit(Elab *e, const BitSet *s, int path) {
    return md_fact(e->md, s, MD_UNINIT, path);
}
static int flag_of(Elab *e, int path) { return e->mp->paths[path].flag; }

/* ── rewriting ── */

typedef enum DropStyle { DROP_DEAD, DROP_STATIC, DROP_CONDITIONAL, DROP_OPEN } DropStyle;

static DropStyle drop_style(Elab *e, const BitSet *s, int path) {
    bool live = false, dead = false;
    for (int k = 0; k < e->mp->nsubtree[path]; k++) {
        int q = e->mp->subtree[path][k];
        live |= maybe_init(e, s, q);
        dead |= maybe_uninit(e, s, q);
    }
    if (!live) return DROP_DEAD;
    if (!dead) return DROP_STATIC;
    Type *t = e->mp->paths[path].ty;
    /* moving out of it is E0509 (a Box's contents excepted) */
    bool own_impl = ty_drop_impl(t, NULL) != NULL && !ty_is_box(t);
    return e->mp->nsubtree[path] == 1 || own_impl ? DROP_CONDITIONAL : DROP_OPEN;
}

/* The style of dropping field place of path `parent` that has no path of its own: as its
 * parent's own bit says. */
static DropStyle own_bit_style(Elab *e, const BitSet *s, int path) {
    bool live = maybe_init(e, s, path), dead = maybe_uninit(e, s, path);
    return !live ? DROP_DEAD : !dead ? DROP_STATIC : DROP_CONDITIONAL;
}

static int new_flag(Elab *e, Span span) {
    return ir_new_local(e->body, (Local){.ty = ty_bool, .span = span});
}

/* Path's drop flag, made the first time a drop needs it. */
static void need_flag(Elab *e, int path, Span span) {
    if (e->mp->paths[path].flag < 0) e->mp->paths[path].flag = new_flag(e, span);
}

static Stmt flag_assign(int flag, bool value, Span span) {
    Stmt st = {.kind = ST_ASSIGN, .span = span, .place = {.local = flag}};
    Operand constant = {.kind = OP_CONST, .c = {.kind = CONST_BOOL, .ty = ty_bool, .bits = value}};
    st.rv = (Rvalue){.kind = RV_USE, .ty = ty_bool, .a = constant};
    return st;
}

/* The fields an open drop walks: an enum's variant v's, or (v = -1) a struct's, tuple's
 * or closure's, or an array's elements (moved out by patterns, at constant indexes). */
static int open_fields(Type *t, int v) {
    if (v >= 0) return t->adt->variants[v].nfields;
    return t->kind == TY_ADT ? t->adt->nfields : t->kind == TY_ARRAY ? (int)t->len : t->nelems;
}

static Type *open_field_type(Type *t, int v, int i) {
    if (v >= 0) return ty_field(t, &t->adt->variants[v].fields[i]);
    return t->kind == TY_ADT     ? ty_field(t, &t->adt->fields[i])
           : t->kind == TY_ARRAY ? t->elem
                                 : t->elems[i];
}

static bool is_enum(Type *t) { return t->kind == TY_ADT && t->adt->is_enum; }

/* Gives the flags the drops below need: the paths dropped conditionally. */
static void plan_flags(Elab *e, const BitSet *s, int path, Span span) {
    if (!ty_needs_drop(e->mp->paths[path].ty)) return;   /* a non-Copy part with nothing to drop */
    DropStyle style = drop_style(e, s, path);
    if (style == DROP_CONDITIONAL) need_flag(e, path, span);
    if (style != DROP_OPEN) return;
    Type *t = e->mp->paths[path].ty;
    /* an enum that may not be there at all: its variant is read only behind a flag (a
     * Box, its memory freed only behind one) */
    if ((is_enum(t) || ty_is_box(t)) && own_bit_style(e, s, path) == DROP_CONDITIONAL)
        need_flag(e, path, span);
    if (ty_is_box(t)) {
        int c = child_path(e, path, -1, MP_BOX_CONTENTS);
        if (c >= 0) plan_flags(e, s, c, span);
        return;
    }
    for (int v = is_enum(t) ? 0 : -1; v < (is_enum(t) ? t->adt->nvariants : 0); v++)
        for (int i = 0; i < open_fields(t, v); i++) {
            int c = child_path(e, path, v, i);
            if (c >= 0) plan_flags(e, s, c, span);
            else if (own_bit_style(e, s, path) == DROP_CONDITIONAL) need_flag(e, path, span);
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

/* A block that goes on to then when flag is set, else to otherwise. */
static int flag_test(Elab *e, int flag, int then, int otherwise, Span span) {
    int test = ir_new_block(e->body);
    uint64_t *vals = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    targets[0] = otherwise;
    e->body->blocks[test].term = (Term){.kind = TM_SWITCH, .span = span,
                                        .discr = {.kind = OP_COPY, .place = {.local = flag}},
                                        .values = vals, .targets = targets, .ncases = 1,
                                        .otherwise = then};
    return test;
}

/* A block that drops place (in the given style, testing flag when conditional), then
 * goes to target; returns the block to enter it by. */
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
static int elaborate_fields(Elab *e, const BitSet *s, int path, Place place, int v, int target,
                            Span span) {
    Type *t = e->mp->paths[path].ty;
    int next = target, n = open_fields(t, v);
    int *order = field_drop_order(e, path, t, n);
    for (int k = n - 1; k >= 0; k--) {
        int i = order[k];
        Type *ft = open_field_type(t, v, i);
        if (!ty_needs_drop(ft)) continue;
        Place fp = field_place(place, t, v, i, ft);
        int c = child_path(e, path, v, i);
        next = c >= 0 ? elaborate(e, s, c, fp, next, span)
                      : drop_block(e, own_bit_style(e, s, path), fp, flag_of(e, path), next, span);
    }
    return next;
}

/* A Box whose contents were partly moved out: what is left of them is dropped, then its
 * memory freed (rustc's box_free), behind the Box's flag when it may not be there. */
static int elaborate_box(Elab *e, const BitSet *s, int path, Place place, int target, Span span) {
    Body *b = e->body;
    Type *t = e->mp->paths[path].ty, *inner = t->elems[0];
    Place ptr = field_place(place, t, -1, 0, ty_ptr(inner, true));
    int next = target;
    const Layout *l = layout_of(inner);
    if (l->size > 0) {
        int free_bb = ir_new_block(b);
        Type *usize = ty_int(IK_USIZE);
        Operand *args = arena_alloc(sizeof(Operand) * 3);
        args[0] = (Operand){.kind = OP_COPY, .place = ptr};
        args[1] = (Operand){.kind = OP_CONST,
                            .c = {.kind = CONST_INT, .ty = usize, .bits = l->size}};
        args[2] = (Operand){.kind = OP_CONST,
                            .c = {.kind = CONST_INT, .ty = usize, .bits = l->align}};
        int unit = ir_new_local(b, (Local){.ty = ty_unit, .span = span});
        Operand dealloc = {.kind = OP_CONST,
                           .c = {.kind = CONST_FN, .ty = ty_unit, .intrinsic = INTR_DEALLOC}};
        b->blocks[free_bb].term = (Term){.kind = TM_CALL, .span = span, .func = dealloc,
                                         .args = args, .nargs = 3, .dest = {.local = unit},
                                         .target = target};
        next = free_bb;
    }
    int c = child_path(e, path, -1, MP_BOX_CONTENTS);
    if (c >= 0) {
        Place contents = field_place(place, t, -1, 0, ty_ptr(inner, true));
        contents = field_place(contents, NULL, -1, 0, inner);
        contents.proj[contents.nproj - 1].kind = PROJ_DEREF;
        next = elaborate(e, s, c, contents, next, span);
    }
    bool flagged = own_bit_style(e, s, path) == DROP_CONDITIONAL;
    return flagged ? flag_test(e, flag_of(e, path), next, target, span) : next;
}

static int elaborate(Elab *e, const BitSet *s, int path, Place place, int target, Span span) {
    if (!ty_needs_drop(e->mp->paths[path].ty)) return target;
    DropStyle style = drop_style(e, s, path);
    if (style != DROP_OPEN) return drop_block(e, style, place, flag_of(e, path), target, span);
    Type *t = e->mp->paths[path].ty;
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
    b->blocks[sw].term = (Term){.kind = TM_SWITCH, .span = span,
                                .discr = {.kind = OP_COPY, .place = {.local = d}},
                                .values = vals, .targets = targets, .ncases = n,
                                .otherwise = target};
    bool flagged = own_bit_style(e, s, path) == DROP_CONDITIONAL;
    return flagged ? flag_test(e, flag_of(e, path), sw, target, span) : sw;
}

/* After a statement or terminator changes path p's state, the flags in its subtree follow. */
static void set_flags(Elab *e, Block *bb, int p, bool init, Span span) {
    for (int k = 0; p >= 0 && k < e->mp->nsubtree[p]; k++) {
        int q = e->mp->subtree[p][k];
        if (flag_of(e, q) >= 0) ir_push_stmt(bb, flag_assign(flag_of(e, q), init, span));
    }
}

/* The flag updates of location (b, i)'s events (movedata.c: a move clears its path's
 * flags, a store or a storage marker sets or clears them), pushed onto bb; a call's
 * destination is only written on its return edge: its path is left in *call_dest. */
static void location_flags(Elab *e, Block *bb, int b, int i, int *call_dest) {
    int loc = cfg_location(e->md->cfg, b, i);
    for (int k = e->md->first_event[loc]; k < e->md->first_event[loc + 1]; k++) {
        const MoveEvent *ev = &e->md->events[k];
        if (md_is_move(ev)) set_flags(e, bb, ev->path, false, ev->span);
        else if (ev->event == MD_EVENT_ASSIGNED && call_dest) *call_dest = ev->path;
        else if (ev->event == MD_EVENT_ASSIGNED) set_flags(e, bb, ev->path, true, ev->span);
        else if (ev->event == MD_EVENT_STORAGE) set_flags(e, bb, ev->path, false, ev->span);
    }
}

/* Rewrites block b's statements with the flag updates each implies. */
static void maintain_flags(Elab *e, int b) {
    Body *body = e->body;
    Block old = body->blocks[b];
    Block *bb = &body->blocks[b];
    bb->stmts = NULL;
    bb->nstmts = bb->cap = 0;
    if (b == 0)
        for (int q = 0; q < e->mp->npaths; q++) {
            int l = e->mp->paths[q].local;
            bool arg = l >= 1 && l <= body->nargs;
            if (flag_of(e, q) >= 0) ir_push_stmt(bb, flag_assign(flag_of(e, q), arg, body->span));
        }
    for (int i = 0; i < old.nstmts; i++) {
        ir_push_stmt(bb, old.stmts[i]);
        location_flags(e, bb, b, i, NULL);
    }
    Term *t = &bb->term;
    if (t->kind != TM_CALL) return;
    int call_dest = -1;
    location_flags(e, bb, b, old.nstmts, &call_dest);
    if (call_dest < 0 || t->target < 0) return;
    /* the value exists once the call returns: on its own edge */
    Block edge = {0};
    set_flags(e, &edge, call_dest, true, t->span);
    if (!edge.nstmts) return;
    int nb = ir_new_block(body);
    edge.term = (Term){.kind = TM_GOTO, .span = t->span, .target = body->blocks[b].term.target};
    body->blocks[nb] = edge;
    body->blocks[b].term.target = nb;
}

static void elaborate_body(Body *body) {
    ice_at(body->span);
    bool any = false;
    for (int l = 1; l < body->nlocals && !any; l++) any = ty_needs_drop(body->locals[l].ty);
    if (!any) return;
    Elab e = {.body = body, .md = move_data_of(body)};
    e.mp = &e.md->mp;
    const Cfg *cfg = ir_cfg(body);
    int nblocks = body->nblocks;
    ScratchMark mark = scratch_mark();
    Cursor facts = cursor_new(e.md->facts);
    DropSite *sites = scratch_alloc(sizeof *sites * (size_t)nblocks);   /* one a block at most */
    int nsites = 0;
    for (int b = 0; b < nblocks; b++) {
        Term *t = &body->blocks[b].term;
        if (t->kind != TM_DROP) continue;
        if (!cfg->reachable[b] || path_of(&e, t->place) < 0) {
            if (!cfg->reachable[b]) t->kind = TM_GOTO;
            continue;
        }
        DropSite *site = &sites[nsites++];
        site->block = b;
        site->state = bitset_scratch(facts.state.nbits);
        bitset_copy(&site->state, cursor_before(&facts, b, body->blocks[b].nstmts));
        plan_flags(&e, &site->state, path_of(&e, t->place), t->span);
    }
    for (int i = 0; i < nsites; i++) {
        DropSite *site = &sites[i];
        Term t = body->blocks[site->block].term;
        int path = path_of(&e, t.place);
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
    bool flags = false;
    for (int q = 0; q < e.mp->npaths && !flags; q++) flags = e.mp->paths[q].flag >= 0;
    for (int b = 0; flags && b < nblocks; b++) maintain_flags(&e, b);
    scratch_release(mark);
    ir_body_changed(body);
}

void drops_elaborate(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++) elaborate_body(prog->bodies[i]);
}
