/* moves.c — initialization and assignment checks on the IR.
 *
 * Takes: the IR of every body.
 * Gives: rustc's errors for reading a variable that may be uninitialized (E0381) or
 * moved (E0382, once moves of non-Copy values exist), for assigning twice to an
 * immutable variable (E0384), for assigning into an immutable one (E0594) and for moving
 * a field out of a value whose type implements Drop (E0509).
 * It reports and never changes the IR.
 *
 * The analysis follows move paths (movepaths.c): every user variable, and below it the
 * non-Copy fields the body moves out of. Per path it knows "maybe initialized", "maybe
 * uninitialized", "maybe moved out" and, for E0384, "maybe ever assigned", all
 * may-analyses joined by union. A read of a place is an error when a path above it (or
 * itself) may be uninitialized — E0382 when the reason may be a move, else E0381 — and a
 * whole use or borrow is one too when a path below it may be moved out (a partial move). */
#include "patina.h"

#include <string.h>

typedef struct MovesCtx {
    Body *body;
    MovePaths mp;
    int n;                                      /* paths */
    bool *reported;                             /* per local: one E0381/E0382 each */
    bool *reported_assign;                      /* per local: one E0384 each */
    Span *moved_at;                             /* per path: the last move of it seen while checking */
    Place *moved_place;                         /* per path: the place that move moved */
    bool *has_move;
    bool *moved_later;                          /* per path: moved_at is a move not yet checked (a loop's) */
    PtrVec mutability_spans;                    /* Span*: where E0594/E0596 were reported */
    Span forbidden_at;                          /* the statement checked: where a forbidden move is reported */
    Span binding_at;                            /* and the pattern binding that made it, or empty */
} MovesCtx;

/* Which binding of a pattern made a forbidden move, under its report. */
static void label_binding(MovesCtx *m, Diag *d) {
    if (m->binding_at.hi > m->binding_at.lo) diag_secondary(d, m->binding_at, "data moved here");
}

/* The facts kept per path: bit kind * n + path. */
enum { F_INIT, F_UNINIT, F_MOVED, F_EVER, F_COUNT };

static bool fact(const MovesCtx *m, const BitSet *s, int kind, int path) { return bitset_get(s, kind * m->n + path); }

static void set_fact(MovesCtx *m, BitSet *s, int kind, int path, bool on) {
    if (on) bitset_set(s, kind * m->n + path);
    else bitset_clear(s, kind * m->n + path);
}

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

/* What happens to a path and everything below it: a value is stored, moved out, or the
 * variable's storage begins or ends (which forgets that it was ever assigned). */
typedef enum PathEvent { EV_ASSIGNED, EV_MOVED, EV_STORAGE } PathEvent;

static void path_event(MovesCtx *m, BitSet *s, int path, PathEvent ev) {
    if (path < 0) return;
    for (int k = 0; k < m->mp.nsubtree[path]; k++) {
        int q = m->mp.subtree[path][k];
        set_fact(m, s, F_INIT, q, ev == EV_ASSIGNED);
        set_fact(m, s, F_UNINIT, q, ev != EV_ASSIGNED);
        set_fact(m, s, F_MOVED, q, ev == EV_MOVED);
        if (ev != EV_MOVED) set_fact(m, s, F_EVER, q, ev == EV_ASSIGNED);
    }
}

static void entry_state(void *ctx, Body *body, BitSet *s) {
    MovesCtx *m = ctx;
    for (int l = 0; l < body->nlocals; l++)
        if (m->mp.root[l] >= 0) path_event(m, s, m->mp.root[l], l >= 1 && l <= body->nargs ? EV_ASSIGNED : EV_STORAGE);
}

/* The path a move out of op's place empties, or -1. Moves through a reference, a raw
 * pointer or an index (E0507/E0508) and out of a type with a destructor (E0509) are
 * errors reported apart that leave no hole; a move out of `*b` of a Box empties b. */
static int moved_path(MovesCtx *m, const Operand *op, bool create) {
    if (op->kind != OP_MOVE || op->place.local < 0) return -1;
    Type *t = m->body->locals[op->place.local].ty;
    for (int i = 0; i < op->place.nproj; i++) {
        ProjKind k = op->place.proj[i].kind;
        if (step_into_box(&op->place, &i, &t)) continue;   /* into an owned Box */
        if (k == PROJ_INDEX || (k == PROJ_DEREF && (t->kind == TY_REF || t->kind == TY_PTR))) return -1;
        if ((k == PROJ_FIELD || k == PROJ_DOWNCAST) && t->kind == TY_ADT && ty_drop_impl(t, NULL)) return -1;
        t = op->place.proj[i].ty;
    }
    return mp_path_of(&m->mp, op->place, create, false);
}

static void operand_effect(MovesCtx *m, BitSet *s, const Operand *op) { path_event(m, s, moved_path(m, op, false), EV_MOVED); }

static void assigned(MovesCtx *m, BitSet *s, Place p) { path_event(m, s, mp_path_of(&m->mp, p, false, true), EV_ASSIGNED); }

static void rvalue_effect(MovesCtx *m, BitSet *s, const Rvalue *rv) {
    operand_effect(m, s, &rv->a);
    operand_effect(m, s, &rv->b);
    for (int i = 0; i < rv->nelems; i++) operand_effect(m, s, &rv->elems[i]);
}

static void stmt_effect(MovesCtx *m, BitSet *s, const Stmt *st) {
    switch (st->kind) {
    case ST_ASSIGN:
        rvalue_effect(m, s, &st->rv);
        assigned(m, s, st->place);
        break;
    case ST_STORAGE_LIVE: case ST_STORAGE_DEAD:
        if (st->local >= 0) path_event(m, s, m->mp.root[st->local], EV_STORAGE);
        break;
    case ST_NOP: case ST_FAKE_READ: case ST_PLACE_MENTION:
        break;
    }
}

static void term_effect(MovesCtx *m, BitSet *s, const Term *t) {
    if (t->kind == TM_CALL) {
        operand_effect(m, s, &t->func);
        for (int i = 0; i < t->nargs; i++) operand_effect(m, s, &t->args[i]);
        assigned(m, s, t->dest);
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

/* `.name` or `.0`: field i of t (of its variant v when v >= 0). */
static const char *field_text(Type *t, int v, int i) {
    AdtField *f = NULL;
    if (t->kind == TY_ADT) f = v >= 0 ? &t->adt->variants[v].fields[i] : t->adt->is_enum ? NULL : &t->adt->fields[i];
    return f && f->name ? arena_printf(".%s", sym_str(f->name)) : arena_printf(".%d", i);
}

/* How rustc names a path (`p.bio`, `pair.0`), or NULL for one inside an enum variant,
 * which rustc leaves unnamed ("use of moved value"). */
static const char *path_text(MovesCtx *m, int path) {
    MovePath *mp = &m->mp.paths[path];
    if (mp->parent < 0) return local_name(m->body, mp->local);
    const char *above = path_text(m, mp->parent);
    if (!above || mp->variant >= 0) return NULL;
    if (mp->field == MP_BOX_CONTENTS) return above;     /* `b.next` names a field of what b holds */
    return arena_printf("%s%s", above, field_text(m->mp.paths[mp->parent].ty, -1, mp->field));
}

/* How rustc names a moved place (`p.bio`, `*b`), or NULL for one inside an enum variant
 * or an element. */
static const char *moved_place_text(MovesCtx *m, Place p) {
    const char *text = local_name(m->body, p.local);
    Type *t = m->body->locals[p.local].ty;
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        if (step_into_box(&p, &i, &t)) continue;
        if (pr->kind == PROJ_DOWNCAST || pr->kind == PROJ_INDEX) return NULL;
        text = pr->kind == PROJ_DEREF ? arena_printf("*%s", text) : arena_printf("%s%s", text, field_text(t, -1, pr->field));
        t = pr->ty;
    }
    return text;
}

/* The move a report points at ("value moved here"), and why it was one: the variable's
 * type at its declaration, or a note naming the part that moved. */
static bool clone_type(Type *t) {
    switch (t->kind) {
    case TY_ADT: return ty_operator_method(t, LANG_CLONE) || t->adt->derive_clone;
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (!ty_is_copy(t->elems[i]) && !clone_type(t->elems[i])) return false;
        return true;
    case TY_ARRAY: return ty_is_copy(t->elem) || clone_type(t->elem);
    default: return false;
    }
}

static void explain_move(MovesCtx *m, Diag *d, int path, bool partial, bool at_use) {
    if (!m->has_move[path]) return;
    Place moved = m->moved_place[path];
    /* a move not checked yet when the use was: the move of an earlier pass round a loop */
    if (!at_use)
        diag_secondary(d, m->moved_at[path], "value %smoved here%s", partial ? "partially " : "",
                       m->moved_later[path] ? ", in previous iteration of loop" : "");
    Local *loc = &m->body->locals[moved.local];
    Type *moved_ty = ir_place_type(m->body, moved);
    if (clone_type(moved_ty)) diag_help(d, "consider cloning the value if the performance cost is acceptable");
    if (moved.nproj == 0) {
        diag_secondary(d, loc->span, "move occurs because `%s` has type `%s`, which does not implement the `Copy` trait",
                       local_name(m->body, moved.local), ty_str_of(loc->ty));
        return;
    }
    const char *what = moved_place_text(m, moved);
    diag_note(d, "%smove occurs because %s%s%s has type `%s`, which does not implement the `Copy` trait", partial ? "partial " : "",
              what ? "`" : "", what ? what : "value", what ? "`" : "", ty_str_of(ir_place_type(m->body, moved)));
}

/* E0381 for a read of `local` (or, with partial_assign, a write into a part of it) where
 * it may never have been given a value. */
static void report_uninit(MovesCtx *m, const BitSet *s, int local, Span at, bool partial_assign) {
    const char *name = local_name(m->body, local);
    Diag *d;
    if (partial_assign) {
        d = diag_error("E0381", at, "partially assigned binding `%s` isn't fully initialized", name);
        diag_label(d, "`%s` partially assigned here but it isn't fully initialized", name);
    } else {
        bool maybe = fact(m, s, F_INIT, m->mp.root[local]);
        const char *how = maybe ? "is possibly-uninitialized" : "isn't initialized";
        d = diag_error("E0381", at, "used binding `%s` %s", name, how);
        diag_label(d, "`%s` used here but it %s", name, how);
    }
    diag_secondary(d, m->body->locals[local].span, "binding declared here but left uninitialized");
    if (partial_assign)
        diag_help(d, "partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or "
                     "use `std::mem::MaybeUninit`");
    diag_emit(d);
}

/* The highest path above place p (or p's own) that may be uninitialized, or -1; with
 * strict, p's own path does not count. */
static int hole_above(MovesCtx *m, const BitSet *s, Place p, bool strict) {
    int own = mp_path_of(&m->mp, p, false, true);
    int start = own >= 0 ? (strict ? m->mp.paths[own].parent : own) : mp_path_of(&m->mp, p, false, false);
    int hole = -1;
    for (int q = start; q >= 0; q = m->mp.paths[q].parent)
        if (fact(m, s, F_UNINIT, q)) hole = q;
    return hole;
}

/* A path strictly below p's own that may be moved out (a partial move), or -1. */
static int hole_below(MovesCtx *m, const BitSet *s, Place p) {
    int own = mp_path_of(&m->mp, p, false, true);
    for (int k = 1; own >= 0 && k < m->mp.nsubtree[own]; k++)
        if (fact(m, s, F_UNINIT, m->mp.subtree[own][k])) return m->mp.subtree[own][k];
    return -1;
}

/* A read of place p: a copy or move of it, a borrow of it (borrow), or only of its
 * discriminant or length (shallow: parts moved out of it do not matter). */
static void check_read(MovesCtx *m, const BitSet *s, const Place *p, Span at, bool borrow, bool shallow) {
    int l = p->local;
    if (l < 0 || m->mp.root[l] < 0 || m->reported[l]) return;
    Local *loc = &m->body->locals[l];
    int hole = hole_above(m, s, *p, false);
    bool partial = hole < 0;
    if (partial && (shallow || (hole = hole_below(m, s, *p)) < 0)) return;
    m->reported[l] = true;
    if (!fact(m, s, F_MOVED, hole)) {
        report_uninit(m, s, l, at, false);
        return;
    }
    if (loc->ty->kind == TY_CLOSURE && loc->ty->def->closure_consumes) borrow = false;   /* a second call is a use */
    const char *name = partial ? path_text(m, mp_path_of(&m->mp, *p, false, true)) : path_text(m, hole);
    Diag *d = diag_error("E0382", at, "%s of %smoved value%s%s%s", borrow ? "borrow" : "use", partial ? "partially " : "",
                         name ? ": `" : "", name ? name : "", name ? "`" : "");
    /* the use is the move itself, made on the loop's previous pass */
    bool at_use = m->has_move[hole] && m->moved_later[hole] && m->moved_at[hole].lo == at.lo && m->moved_at[hole].hi == at.hi;
    if (at_use) diag_label(d, "value %smoved here, in previous iteration of loop", partial ? "partially " : "");
    else diag_label(d, "value %s here after %smove", borrow ? "borrowed" : "used", partial ? "partial " : "");
    explain_move(m, d, hole, partial, at_use);
    diag_emit(d);
}

/* Whether place p is reached through a pointer (not counting the contents of an owned
 * Box, which are a part of it). */
static bool through_pointer(MovesCtx *m, const Place *p) {
    Type *t = p->local >= 0 ? m->body->locals[p->local].ty : NULL;
    for (int i = 0; t && i < p->nproj; i++) {
        if (step_into_box(p, &i, &t)) continue;
        if (p->proj[i].kind == PROJ_DEREF) return true;
        t = p->proj[i].ty;
    }
    return false;
}

/* A write into a part of p (a field assignment) needs every path above it to hold a
 * value: E0382 after a move, E0381 where there never was one. */
static void check_write_into_hole(MovesCtx *m, const BitSet *s, const Place *p, Span at) {
    if (through_pointer(m, p)) return;                          /* through a pointer: its own rules */
    int hole = m->mp.root[p->local] >= 0 ? hole_above(m, s, *p, true) : -1;
    if (hole < 0 || m->reported[p->local]) return;
    m->reported[p->local] = true;
    if (!fact(m, s, F_MOVED, hole)) {
        report_uninit(m, s, p->local, at, true);
        return;
    }
    const char *name = path_text(m, hole);
    Diag *d = diag_error("E0382", at, "assign to part of moved value%s%s%s", name ? ": `" : "", name ? name : "", name ? "`" : "");
    diag_label(d, "value partially assigned here after move");
    explain_move(m, d, hole, false, false);
    diag_emit(d);
}

/* A move out of a field of a value whose type implements Drop (E0509): its destructor
 * needs the whole value. */
static void check_move_out_of_drop(MovesCtx *m, const Place *p, Span at) {
    if (p->local < 0) return;
    Type *base = m->body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        if (step_into_box(p, &i, &base)) continue;   /* a Box's own Drop frees only its memory */
        bool into = p->proj[i].kind == PROJ_FIELD || p->proj[i].kind == PROJ_DOWNCAST;
        if (into && base->kind == TY_ADT && ty_drop_impl(base, NULL) && first_report_at(m, at)) {
            Diag *d = diag_error("E0509", at, "cannot move out of type `%s`, which implements the `Drop` trait", ty_str_of(base));
            diag_label(d, "cannot move out of here");
            label_binding(m, d);
            diag_emit(d);
            return;
        }
        base = p->proj[i].ty;
    }
}

static const char *place_text(MovesCtx *m, const Place *p, Span at);

/* Whether t's Copy-ness may rest on what its parameters do not carry: a method's `where`
 * on its impl's parameter, `where Self::Item: Copy`, or (in a closure) its fn's `where`. */
static bool copy_unknown(MovesCtx *m, Type *t) {
    if (!ty_contains(t, TY_PARAM)) return false;
    Def *d = m->body->def;
    if (ty_contains(t, TY_PROJ) || !d || (d->node && d->node->kind == N_CLOSURE) || d->where_projs.len) return true;
    for (int i = d->impl_bound_count; i < d->where_params.len; i++) {
        Def *p = d->where_params.items[i];      /* an inherent method's copy of the parameter carries it */
        bool carried = false;
        for (int b = 0; b < p->bounds.len && !carried; b++) carried = p->bounds.items[b] == d->where_traits.items[i];
        if (!carried) return true;
    }
    return false;
}

/* A move out of what a reference points to (E0507) or out of an array element (E0508):
 * the owner would be left with a hole. */
static void check_move_out_of_borrow(MovesCtx *m, const Operand *op, Span at) {
    const Place *p = &op->place;
    if (op->by_compiler || copy_unknown(m, ir_place_type(m->body, *p))) return;
    if (p->local < 0) {
        /* a static lives for the whole program: nothing may be moved out of it */
        Sym name = ir_global(m->body->program, p->local)->name;
        if (!name || !first_report_at(m, at)) return;
        Diag *d = diag_error("E0507", at, "cannot move out of static item `%s`", sym_str(name));
        diag_label(d, "move occurs because value has type `%s`, which does not implement the `Copy` trait",
                   ty_str_of(ir_place_type(m->body, *p)));
        diag_emit(d);
        return;
    }
    Type *base = m->body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        ProjKind k = p->proj[i].kind;
        if (step_into_box(p, &i, &base)) continue;   /* an owned Box's contents may be moved out of */
        if (k == PROJ_DEREF && (base->kind == TY_REF || base->kind == TY_PTR)) {
            if (!first_report_at(m, at)) return;
            Type *moved = ir_place_type(m->body, *p);
            bool indexed = false;
            for (int j = i + 1; j < p->nproj; j++) indexed |= p->proj[j].kind == PROJ_INDEX;
            Diag *d = indexed ? diag_error("E0507", at, "cannot move out of index of `%s`", ty_str_of(base->elem))
                              : diag_error("E0507", at, "cannot move out of `%s` which is behind a %s reference", place_text(m, p, at),
                                           base->is_mut ? "mutable" : "shared");
            diag_label(d, "move occurs because value has type `%s`, which does not implement the `Copy` trait", ty_str_of(moved));
            label_binding(m, d);
            diag_emit(d);
            return;
        }
        if (k == PROJ_INDEX && base->kind == TY_ARRAY) {
            if (!first_report_at(m, at)) return;
            Diag *d = diag_error("E0508", at, "cannot move out of type `%s`, a non-copy array", ty_str_of(base));
            diag_label(d, "cannot move out of here");
            label_binding(m, d);
            diag_emit(d);
            return;
        }
        base = p->proj[i].ty;
    }
}

static void record_move(MovesCtx *m, int path, Place place, Span at, bool later) {
    m->moved_at[path] = at;
    m->moved_place[path] = place;
    m->has_move[path] = true;
    m->moved_later[path] = later;
}

static void check_operand(MovesCtx *m, const BitSet *s, const Operand *op, Span at) {
    if (op->kind == OP_CONST) return;
    if (op->span.hi > op->span.lo && op->span.file == at.file && op->span.lo >= at.lo && op->span.hi <= at.hi)
        at = op->span;                          /* the argument itself, within the call */
    if (op->kind == OP_MOVE) check_move_out_of_drop(m, &op->place, m->forbidden_at);
    /* a copy of a value that is not Copy is format_args! reading in place: a borrow */
    Type *t = ir_place_type(m->body, op->place);
    check_read(m, s, &op->place, at, op->kind == OP_COPY && !ty_is_copy(t), false);
    int moved = moved_path(m, op, false);
    if (moved >= 0) record_move(m, moved, op->place, at, false);
}

/* The pointer a place is reached through that forbids mutating it: "a `&` reference" or
 * "a `*const` pointer", else NULL. */
static const char *shared_indirection(Body *body, const Place *p) {
    if (p->local < 0) return NULL;
    Type *t = body->locals[p->local].ty;
    const char *through = NULL;
    for (int i = 0; i < p->nproj; i++) {
        if (step_into_box(p, &i, &t)) continue;   /* a Box's contents: as its own */
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
    Diag *d;
    if (p->local >= 0 && !m->body->locals[p->local].name)   /* reached through a value: `get(&v).n = 1` */
        d = borrow ? diag_error("E0596", at, "cannot borrow data in %s as mutable", through)
                   : diag_error("E0594", at, "cannot assign to data in %s", through);
    else
        d = borrow ? diag_error("E0596", at, "cannot borrow `%s` as mutable, as it is behind %s", what, through)
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
    if (rv->kind != RV_REF || (rv->borrow != BORROW_MUT && rv->borrow != BORROW_TWO_PHASE)) return;
    const Place *p = &rv->place;
    if (check_shared_mutation(m, p, at, true)) return;
    if (through_pointer(m, p) || p->local < 0) return;   /* through a reference: its own rules */
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
    BitSet state = bitset_new(F_COUNT * m->n);
    bitset_copy(&state, s);
    for (int i = 0; i < n; i++) {
        check_operand(m, &state, &ops[i], at);
        operand_effect(m, &state, &ops[i]);
    }
}

static void check_rvalue(MovesCtx *m, const BitSet *s, const Rvalue *rv, Span at) {
    if (rv->kind == RV_REF || rv->kind == RV_RAW_REF || rv->kind == RV_LEN || rv->kind == RV_DISCRIMINANT)
        check_read(m, s, &rv->place, at, rv->kind == RV_REF, rv->kind == RV_LEN || rv->kind == RV_DISCRIMINANT);
    /* values that change owner: a use, an aggregate's parts (operators only read theirs) */
    if (rv->kind == RV_USE && rv->a.kind == OP_MOVE) check_move_out_of_borrow(m, &rv->a, m->forbidden_at);
    for (int i = 0; rv->kind == RV_AGGREGATE && i < rv->nelems; i++)
        if (rv->elems[i].kind == OP_MOVE) check_move_out_of_borrow(m, &rv->elems[i], m->forbidden_at);
    check_mut_borrow(m, rv, at);
    if (rv->kind != RV_REF && rv->kind != RV_RAW_REF && rv->kind != RV_LEN && rv->kind != RV_DISCRIMINANT) {
        check_operand(m, s, &rv->a, at);
        if (rv->kind == RV_BINARY || rv->kind == RV_CHECKED_BINARY) check_operand(m, s, &rv->b, at);
    }
    check_operands(m, s, rv->elems, rv->nelems, at);
}

/* A field of an immutable variable cannot be assigned (E0594), except while the variable
 * never had a value (then the write is E0381's). */
static void check_field_write_mutability(MovesCtx *m, const BitSet *s, const Place *p, Span at) {
    int l = p->local;
    const char *name = local_name(m->body, l);
    if (through_pointer(m, p) || !fact(m, s, F_EVER, m->mp.root[l]) || !first_report_at(m, at)) return;
    Diag *d = diag_error("E0594", at, "cannot assign to `%s`, as `%s` is not declared as mutable", place_text(m, p, at), name);
    diag_label(d, "cannot assign");
    diag_help(d, "consider changing this to be mutable: `mut %s`", name);
    diag_emit(d);
}

/* An immutable variable is assigned once (E0384): a second assignment is an error even
 * when the first value was moved away since. */
static void check_reassignment(MovesCtx *m, const BitSet *s, int l, Span at) {
    Local *loc = &m->body->locals[l];
    if (m->reported_assign[l] || !fact(m, s, F_EVER, m->mp.root[l])) return;
    m->reported_assign[l] = true;
    const char *name = local_name(m->body, l);
    Diag *d;
    if (l >= 1 && l <= m->body->nargs) {
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

static void check_write(MovesCtx *m, const BitSet *s, const Place *p, Span at) {
    int l = p->local;
    if (l < 0) return;
    if (check_shared_mutation(m, p, at, false)) return;
    Local *loc = &m->body->locals[l];
    bool immutable = loc->is_user_var && !loc->is_mut;
    if (immutable && p->nproj > 0) check_field_write_mutability(m, s, p, at);
    if (p->nproj > 0) check_write_into_hole(m, s, p, at);
    else if (immutable) check_reassignment(m, s, l, at);
}

static void check_block(MovesCtx *m, int b, BitSet *s) {
    Block *bb = &m->body->blocks[b];
    for (int i = 0; i < bb->nstmts; i++) {
        const Stmt *st = &bb->stmts[i];
        if (st->kind == ST_ASSIGN) {
            /* a pattern's binding: at the expression matched, as rustc reports it */
            bool by_pattern = st->origin.hi > st->origin.lo;
            m->forbidden_at = by_pattern ? st->origin : st->span;
            m->binding_at = by_pattern ? st->span : (Span){0};
            check_rvalue(m, s, &st->rv, st->span);
            check_write(m, s, &st->place, st->span);
        }
        stmt_effect(m, s, st);
    }
    const Term *t = &bb->term;
    m->forbidden_at = t->span;
    m->binding_at = (Span){0};
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

/* Paths for every user variable and for the parts of them the body moves out of. */
static void make_paths(MovesCtx *m) {
    Body *body = m->body;
    m->mp.root = arena_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    for (int l = 0; l < body->nlocals; l++) m->mp.root[l] = body->locals[l].is_user_var ? mp_add(&m->mp, l, -1, -1, -1, body->locals[l].ty) : -1;
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) {
            Rvalue *rv = &bb->stmts[i].rv;
            if (bb->stmts[i].kind != ST_ASSIGN) continue;
            moved_path(m, &rv->a, true);
            moved_path(m, &rv->b, true);
            for (int k = 0; k < rv->nelems; k++) moved_path(m, &rv->elems[k], true);
        }
        for (int k = 0; bb->term.kind == TM_CALL && k < bb->term.nargs; k++) moved_path(m, &bb->term.args[k], true);
    }
    mp_index_subtrees(&m->mp);
    m->n = m->mp.npaths;
}

static bool not_copy(Type *t) { return !ty_is_copy(t); }

static void note_move_ahead(MovesCtx *m, const Operand *op, Span at) {
    int path = moved_path(m, op, false);
    if (op->span.hi > op->span.lo && op->span.file == at.file && op->span.lo >= at.lo && op->span.hi <= at.hi) at = op->span;
    if (path >= 0 && !m->has_move[path]) record_move(m, path, op->place, at, true);
}

/* Each path's first move in the body, for a use the checker meets before any move of
 * it: one reached round a loop from a move later in it. Checking replaces them. */
static void note_moves_ahead(MovesCtx *m) {
    Body *body = m->body;
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int i = 0; i < bb->nstmts; i++) {
            Stmt *st = &bb->stmts[i];
            if (st->kind != ST_ASSIGN) continue;
            note_move_ahead(m, &st->rv.a, st->span);
            note_move_ahead(m, &st->rv.b, st->span);
            for (int k = 0; k < st->rv.nelems; k++) note_move_ahead(m, &st->rv.elems[k], st->span);
        }
        for (int k = 0; bb->term.kind == TM_CALL && k < bb->term.nargs; k++) note_move_ahead(m, &bb->term.args[k], bb->term.span);
    }
}

static void check_body(Body *body) {
    ice_at(body->span);
    MovesCtx m = {.body = body, .mp = {.tracks = not_copy}};
    make_paths(&m);
    if (m.n == 0) return;
    size_t nl = (size_t)body->nlocals + 1, np = (size_t)m.n + 1;
    m.reported = arena_alloc(sizeof(bool) * nl);
    m.reported_assign = arena_alloc(sizeof(bool) * nl);
    m.moved_at = arena_alloc(sizeof(Span) * np);
    m.moved_place = arena_alloc(sizeof(Place) * np);
    m.has_move = arena_alloc(sizeof(bool) * np);
    m.moved_later = arena_alloc(sizeof(bool) * np);
    note_moves_ahead(&m);
    Dataflow df = {.nbits = F_COUNT * m.n, .ctx = &m, .entry_state = entry_state, .transfer_block = transfer_block};
    BitSet *entry = dataflow_forward(body, &df, NULL);
    BitSet state = bitset_new(df.nbits);
    /* in flow order, so that the move a report points at is one made before the use */
    int count;
    int *order = dataflow_order(body, arena_alloc(sizeof(bool) * (size_t)body->nblocks), &count);
    for (int i = 0; i < count; i++) {
        bitset_copy(&state, &entry[order[i]]);
        check_block(&m, order[i], &state);
    }
}

/* Generic fns are checked once, generically; their instances are not checked again. */
void moves_check(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++)
        if (!prog->bodies[i]->def || !prog->bodies[i]->def->generic) check_body(prog->bodies[i]);
    for (int i = 0; i < prog->ngeneric_bodies; i++) check_body(prog->generic_bodies[i]);
}
