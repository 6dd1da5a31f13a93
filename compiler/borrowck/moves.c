/* moves.c — initialization and assignment checks on the IR.
 *
 * Takes: the IR of every body.
 * Gives: rustc's errors for reading a variable that may be uninitialized (E0381) or
 * moved (E0382, once moves of non-Copy values exist), for assigning twice to an
 * immutable variable (E0384), for assigning into an immutable one (E0594) and for moving
 * a field out of a value whose type implements Drop (E0509).
 * It reports and never changes the IR.
 *
 * The analysis reads the body's move data (movedata.c, shared with drop elaboration):
 * per move path — every user variable, and below it the non-Copy fields the body moves
 * out of — "maybe initialized", "maybe uninitialized", "maybe moved out" and, for
 * E0384, "ever initialized", before every statement. A read of a place is an error when
 * a path above it (or itself) may be uninitialized — E0382 when the reason may be a move,
 * else E0381 — and a whole use or borrow is one too when a path below it may be moved out
 * (a partial move). */
#include "patina.h"

#include <string.h>

typedef struct MovesCtx {
    Body *body;
    MoveData *md;                       /* the body's paths and their facts */
    bool *reported;                     /* per local: one E0381/E0382 each */
    bool *reported_assign;              /* per local: one E0384 each */
    Span *moved_at;                     /* per path: the last move of it seen while checking */
    Place *moved_place;                 /* per path: the place that move moved */
    bool *has_move;
    bool *moved_later;                  /* per path: moved_at is a loop's move not yet checked */
    BitSet operands_state;              /* check_operands': the facts between operands */
    PtrVec mutability_spans;            /* Span*: where E0594/E0596 were reported */
    Span forbidden_at;                  /* the statement checked: where a bad move is reported */
    Span binding_at;                    /* and the pattern binding that made it, or empty */
} MovesCtx;

/* Which binding of a pattern made a forbidden move, under its report. */
static void label_binding(MovesCtx *m, Diag *d) {
    if (m->binding_at.hi > m->binding_at.lo) diag_secondary(d, m->binding_at, "data moved here");
}

static bool fact(const MovesCtx *m, const BitSet *s, int kind, int path) {
    return md_fact(m->md, s, kind, path);
}

/* The checks follow user variables (each has a path of its own); the move data also
 * tracks temporaries that need dropping, for drop elaboration. */
static bool checked_var(const MovesCtx *m, int local) {
    return local >= 0 && m->body->locals[local].is_user_var;
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

/* ── reporting ── */

static const char *local_name(Body *body, int local) { return sym_str(body->locals[local].name); }

/* `.name` or `.0`: field i of t (of its variant v when v >= 0). */
static const char *field_text(Type *t, int v, int i) {
    AdtField *f = NULL;
    if (t->kind == TY_ADT)
        f = v >= 0 ? &t->adt->variants[v].fields[i] : t->adt->is_enum ? NULL : &t->adt->fields[i];
    return f && f->name ? arena_printf(".%s", sym_str(f->name)) : arena_printf(".%d", i);
}

/* How rustc names a path (`p.bio`, `pair.0`), or NULL for one inside an enum variant,
 * which rustc leaves unnamed ("use of moved value"). */
static const char *path_text(MovesCtx *m, int path) {
    MovePath *mp = &m->md->mp.paths[path];
    if (mp->parent < 0) return local_name(m->body, mp->local);
    const char *above = path_text(m, mp->parent);
    if (!above || mp->variant >= 0) return NULL;
    if (mp->field == MP_BOX_CONTENTS) return above;     /* `b.next` names a field of what b holds */
    return arena_printf("%s%s", above, field_text(m->md->mp.paths[mp->parent].ty, -1, mp->field));
}

/* How rustc names a moved place (`p.bio`, `*b`), or NULL for one inside an enum variant
 * or an element. */
static const char *moved_place_text(MovesCtx *m, Place p) {
    const char *text = local_name(m->body, p.local);
    Type *t = m->body->locals[p.local].ty;
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        if (step_into_box(&p, &i, &t)) continue;
        if (pr->kind != PROJ_DEREF && pr->kind != PROJ_FIELD) return NULL;
        text = pr->kind == PROJ_DEREF ? arena_printf("*%s", text)
                                      : arena_printf("%s%s", text, field_text(t, -1, pr->field));
        t = pr->ty;
    }
    return text;
}

/* Whether t implements or derives Clone, part by part for tuples and arrays: rustc then
 * helps with "consider cloning the value". */
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

/* The move a report points at ("value moved here"), and why it was one: the variable's
 * type at its declaration, or a note naming the part that moved. */
static void explain_move(MovesCtx *m, Diag *d, int path, bool partial, bool at_use) {
    if (!m->has_move[path]) return;
    Place moved = m->moved_place[path];
    /* a move not checked yet when the use was: the move of an earlier pass round a loop */
    if (!at_use)
        diag_secondary(d, m->moved_at[path], "value %smoved here%s", partial ? "partially " : "",
                       m->moved_later[path] ? ", in previous iteration of loop" : "");
    Local *loc = &m->body->locals[moved.local];
    Type *moved_ty = ir_place_type(m->body, moved);
    if (clone_type(moved_ty))
        diag_help(d, "consider cloning the value if the performance cost is acceptable");
    if (moved.nproj == 0) {
        diag_secondary(d, loc->span,
                       "move occurs because `%s` has type `%s`, which does not implement the "
                       "`Copy` trait",
                       local_name(m->body, moved.local), ty_str_of(loc->ty));
        return;
    }
    const char *what = moved_place_text(m, moved);
    diag_note(d, "%smove occurs because %s%s%s has type `%s`, which does not implement the `Copy` "
                 "trait",
              partial ? "partial " : "", what ? "`" : "", what ? what : "value", what ? "`" : "",
              ty_str_of(ir_place_type(m->body, moved)));
}

/* E0381 for a read of `local` (or, with partial_assign, a write into a part of it) where
 * it may never have been given a value. */
static void report_uninit(MovesCtx *m, const BitSet *s, int local, Span at, bool partial_assign) {
    const char *name = local_name(m->body, local);
    Diag *d;
    if (partial_assign) {
        d = diag_error("E0381", at, "partially assigned binding `%s` isn't fully initialized",
                       name);
        diag_label(d, "`%s` partially assigned here but it isn't fully initialized", name);
    } else {
        bool maybe = fact(m, s, MD_INIT, m->md->mp.root[local]);
        const char *how = maybe ? "is possibly-uninitialized" : "isn't initialized";
        d = diag_error("E0381", at, "used binding `%s` %s", name, how);
        diag_label(d, "`%s` used here but it %s", name, how);
    }
    diag_secondary(d, m->body->locals[local].span, "binding declared here but left uninitialized");
    if (partial_assign)
        diag_help(d, "partial initialization isn't supported, fully initialize the binding with "
                     "a default value and mutate it, or "
                     "use `std::mem::MaybeUninit`");
    diag_emit(d);
}

/* The highest path above place p (or p's own) that may be uninitialized, or -1; with
 * strict, p's own path does not count. */
static int hole_above(MovesCtx *m, const BitSet *s, Place p, bool strict) {
    int own = mp_path_of(&m->md->mp, p, false, true);
    int start = own >= 0 ? (strict ? m->md->mp.paths[own].parent : own)
                         : mp_path_of(&m->md->mp, p, false, false);
    int hole = -1;
    for (int q = start; q >= 0; q = m->md->mp.paths[q].parent)
        if (fact(m, s, MD_UNINIT, q)) hole = q;
    return hole;
}

/* A path strictly below p's own that may be moved out (a partial move), or -1. */
static int hole_below(MovesCtx *m, const BitSet *s, Place p) {
    int own = mp_path_of(&m->md->mp, p, false, true);
    for (int k = 1; own >= 0 && k < m->md->mp.nsubtree[own]; k++)
        if (fact(m, s, MD_UNINIT, m->md->mp.subtree[own][k])) return m->md->mp.subtree[own][k];
    return -1;
}

/* A read of place p: a copy or move of it, a borrow of it (borrow), or only of its
 * discriminant or length (shallow: parts moved out of it do not matter). */
static void check_read(MovesCtx *m, const BitSet *s, const Place *p, Span at, bool borrow,
                       bool shallow) {
    int l = p->local;
    if (!checked_var(m, l) || m->reported[l]) return;
    Local *loc = &m->body->locals[l];
    int hole = hole_above(m, s, *p, false);
    bool partial = hole < 0;
    if (partial && (shallow || (hole = hole_below(m, s, *p)) < 0)) return;
    m->reported[l] = true;
    if (!fact(m, s, MD_MOVED, hole)) {
        report_uninit(m, s, l, at, false);
        return;
    }
    /* a second call is a use */
    if (loc->ty->kind == TY_CLOSURE && loc->ty->def->closure_consumes) borrow = false;
    int named = partial ? mp_path_of(&m->md->mp, *p, false, true) : hole;
    const char *name = path_text(m, named);
    Diag *d = diag_error("E0382", at, "%s of %smoved value%s%s%s", borrow ? "borrow" : "use",
                         partial ? "partially " : "",
                         name ? ": `" : "", name ? name : "", name ? "`" : "");
    /* the use is the move itself, made on the loop's previous pass */
    bool at_use = m->has_move[hole] && m->moved_later[hole] &&
                  m->moved_at[hole].lo == at.lo && m->moved_at[hole].hi == at.hi;
    if (at_use)
        diag_label(d, "value %smoved here, in previous iteration of loop",
                   partial ? "partially " : "");
    else
        diag_label(d, "value %s here after %smove", borrow ? "borrowed" : "used",
                   partial ? "partial " : "");
    explain_move(m, d, hole, partial, at_use);
    diag_emit(d);
}

/* Whether place p is reached through a pointer (not counting the contents of an owned
 * Box, which are a part of it). */
/* The number of projections before p's first deref of a pointer (not of a Box), or -1. */
static int pointer_prefix(MovesCtx *m, const Place *p) {
    Type *t = p->local >= 0 ? m->body->locals[p->local].ty : NULL;
    for (int i = 0; t && i < p->nproj; i++) {
        if (step_into_box(p, &i, &t)) continue;
        if (p->proj[i].kind == PROJ_DEREF) return i;
        t = p->proj[i].ty;
    }
    return -1;
}

static bool through_pointer(MovesCtx *m, const Place *p) { return pointer_prefix(m, p) >= 0; }

/* A write into a part of p (a field assignment) needs every path above it to hold a
 * value: E0382 after a move, E0381 where there never was one. */
static void check_write_into_hole(MovesCtx *m, const BitSet *s, const Place *p, Span at) {
    if (through_pointer(m, p)) return;                  /* through a pointer: its own rules */
    int hole = checked_var(m, p->local) ? hole_above(m, s, *p, true) : -1;
    if (hole < 0 || m->reported[p->local]) return;
    m->reported[p->local] = true;
    if (!fact(m, s, MD_MOVED, hole)) {
        report_uninit(m, s, p->local, at, true);
        return;
    }
    const char *name = path_text(m, hole);
    Diag *d = diag_error("E0382", at, "assign to part of moved value%s%s%s", name ? ": `" : "",
                         name ? name : "", name ? "`" : "");
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
            Diag *d = diag_error("E0509", at,
                                 "cannot move out of type `%s`, which implements the `Drop` trait",
                                 ty_str_of(base));
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
    if (ty_contains(t, TY_PROJ) || !d || (d->node && d->node->kind == N_CLOSURE) ||
        d->where_projs.len)
        return true;
    for (int i = d->impl_bound_count; i < d->where_params.len; i++) {
        /* an inherent method's copy of the parameter carries it */
        Def *p = d->where_params.items[i];
        bool carried = false;
        for (int b = 0; b < p->bounds.len && !carried; b++)
            carried = p->bounds.items[b] == d->where_traits.items[i];
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
        diag_label(d, "move occurs because value has type `%s`, which does not implement the "
                      "`Copy` trait",
                   ty_str_of(ir_place_type(m->body, *p)));
        diag_emit(d);
        return;
    }
    Type *base = m->body->locals[p->local].ty;
    for (int i = 0; i < p->nproj; i++) {
        ProjKind k = p->proj[i].kind;
        if (step_into_box(p, &i, &base)) continue;   /* an owned Box's contents may move out */
        if (k == PROJ_DEREF && (base->kind == TY_REF || base->kind == TY_PTR)) {
            if (!first_report_at(m, at)) return;
            Type *moved = ir_place_type(m->body, *p);
            bool indexed = false;
            for (int j = i + 1; j < p->nproj; j++)
                indexed |= p->proj[j].kind == PROJ_INDEX || p->proj[j].kind == PROJ_CONST_INDEX;
            Diag *d = indexed ? diag_error("E0507", at, "cannot move out of index of `%s`",
                                           ty_str_of(base->elem))
                              : diag_error("E0507", at,
                                           "cannot move out of `%s` which is behind a %s reference",
                                           place_text(m, p, at),
                                           base->is_mut ? "mutable" : "shared");
            diag_label(d, "move occurs because value has type `%s`, which does not implement the "
                          "`Copy` trait",
                       ty_str_of(moved));
            label_binding(m, d);
            diag_emit(d);
            return;
        }
        if (k == PROJ_INDEX && base->kind == TY_ARRAY) {
            if (!first_report_at(m, at)) return;
            Diag *d = diag_error("E0508", at, "cannot move out of type `%s`, a non-copy array",
                                 ty_str_of(base));
            diag_label(d, "cannot move out of here");
            label_binding(m, d);
            diag_emit(d);
            return;
        }
        base = p->proj[i].ty;
    }
}

/* Where a report about operand op of the statement at `at` points: the operand itself
 * when its span lies within the statement's (an argument within the call), else `at`. */
static Span operand_span(const Operand *op, Span at) {
    bool within = op->span.hi > op->span.lo && op->span.file == at.file &&
                  op->span.lo >= at.lo && op->span.hi <= at.hi;
    return within ? op->span : at;
}

static void record_move(MovesCtx *m, int path, Place place, Span at, bool later) {
    m->moved_at[path] = at;
    m->moved_place[path] = place;
    m->has_move[path] = true;
    m->moved_later[path] = later;
}

static void check_operand(MovesCtx *m, const BitSet *s, const Operand *op, Span at) {
    if (op->kind == OP_CONST) return;
    at = operand_span(op, at);
    if (op->kind == OP_MOVE) check_move_out_of_drop(m, &op->place, m->forbidden_at);
    /* a copy of a value that is not Copy is format_args! reading in place: a borrow */
    Type *t = ir_place_type(m->body, op->place);
    check_read(m, s, &op->place, at, op->kind == OP_COPY && !ty_is_copy(t), false);
    int moved = md_moved_path(m->md, op);
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
            through = !t->is_mut ? "a `&` reference"
                      : through && strcmp(through, "a `&` reference") == 0 ? through
                                                                           : NULL;
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
    while (end < len && text[end] != '=' && text[end] != '+' && text[end] != '-' &&
           text[end] != '*' && text[end] != ' ')
        end++;
    if (end == 0 && len && text[0] == '*')
        return arena_printf("%.*s", (int)strcspn(text, " =+-"), text);
    bool bare = p->local >= 0 && p->nproj == 1 && p->proj[0].kind == PROJ_DEREF &&
                m->body->locals[p->local].name &&
                strlen(local_name(m->body, p->local)) == end &&
                strncmp(text, local_name(m->body, p->local), end) == 0;
    return arena_printf("%s%.*s", bare ? "*" : "", (int)end, text);
}

/* Writing or mutably borrowing through `&` / `*const` (E0594 / E0596), reported once per
 * place root. */
static bool check_shared_mutation(MovesCtx *m, const Place *p, Span at, bool borrow) {
    const char *through = shared_indirection(m->body, p);
    if (!through) return false;
    if (!first_report_at(m, at)) return true;
    const char *what = place_text(m, p, at);
    Diag *d;
    /* reached through a value: `get(&v).n = 1` */
    if (p->local >= 0 && !m->body->locals[p->local].name)
        d = borrow ? diag_error("E0596", at, "cannot borrow data in %s as mutable", through)
                   : diag_error("E0594", at, "cannot assign to data in %s", through);
    else
        d = borrow ? diag_error("E0596", at, "cannot borrow `%s` as mutable, as it is behind %s",
                                what, through)
                   : diag_error("E0594", at, "cannot assign to `%s`, which is behind %s", what,
                                through);
    Sym root = p->local >= 0 ? m->body->locals[p->local].name : 0;
    if (root)
        diag_label(d, borrow ? "`%s` is a `&` reference, so it cannot be borrowed as mutable"
                             : "`%s` is a `&` reference, so it cannot be written to",
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
    Diag *d = diag_error("E0596", at,
                         "cannot borrow `%s` as mutable, as it is not declared as mutable", name);
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
    BitSet *state = &m->operands_state;
    bitset_copy(state, s);
    for (int i = 0; i < n; i++) {
        check_operand(m, state, &ops[i], at);
        md_apply_move(m->md, state, &ops[i]);
    }
}

static void check_rvalue(MovesCtx *m, const BitSet *s, const Rvalue *rv, Span at) {
    bool reads_place = rv->kind == RV_REF || rv->kind == RV_RAW_REF || rv->kind == RV_LEN ||
                       rv->kind == RV_DISCRIMINANT;
    if (reads_place)
        check_read(m, s, &rv->place, at, rv->kind == RV_REF,
                   rv->kind == RV_LEN || rv->kind == RV_DISCRIMINANT);
    /* values that change owner: a use, an aggregate's parts (operators only read theirs) */
    if (rv->kind == RV_USE && rv->a.kind == OP_MOVE)
        check_move_out_of_borrow(m, &rv->a, m->forbidden_at);
    for (int i = 0; rv->kind == RV_AGGREGATE && i < rv->nelems; i++)
        if (rv->elems[i].kind == OP_MOVE)
            check_move_out_of_borrow(m, &rv->elems[i], m->forbidden_at);
    check_mut_borrow(m, rv, at);
    if (!reads_place) {
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
    if (through_pointer(m, p) || !fact(m, s, MD_EVER_INIT, m->md->mp.root[l])) return;
    if (!first_report_at(m, at)) return;
    Diag *d = diag_error("E0594", at, "cannot assign to `%s`, as `%s` is not declared as mutable",
                         place_text(m, p, at), name);
    diag_label(d, "cannot assign");
    diag_help(d, "consider changing this to be mutable: `mut %s`", name);
    diag_emit(d);
}

/* An immutable variable is assigned once (E0384): a second assignment is an error even
 * when the first value was moved away since. */
static void check_reassignment(MovesCtx *m, const BitSet *s, int l, Span at) {
    Local *loc = &m->body->locals[l];
    if (m->reported_assign[l] || !fact(m, s, MD_EVER_INIT, m->md->mp.root[l])) return;
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
    int pointer = pointer_prefix(m, p);
    if (pointer >= 0) {
        /* `*r = v` uses r: it must hold a reference (E0382 after `let s = r;`) */
        Place reference = {.local = l, .nproj = pointer, .proj = p->proj};
        check_read(m, s, &reference, at, false, false);
        return;
    }
    Local *loc = &m->body->locals[l];
    bool immutable = loc->is_user_var && !loc->is_mut;
    if (immutable && p->nproj > 0) check_field_write_mutability(m, s, p, at);
    if (p->nproj > 0) check_write_into_hole(m, s, p, at);
    else if (immutable) check_reassignment(m, s, l, at);
}

static void check_block(MovesCtx *m, int b, Cursor *facts) {
    Block *bb = &m->body->blocks[b];
    for (int i = 0; i < bb->nstmts; i++) {
        const Stmt *st = &bb->stmts[i];
        const BitSet *s = cursor_before(facts, b, i);
        if (st->kind == ST_ASSIGN) {
            /* a pattern's binding: at the expression matched, as rustc reports it */
            bool by_pattern = st->origin.hi > st->origin.lo;
            m->forbidden_at = by_pattern ? st->origin : st->span;
            m->binding_at = by_pattern ? st->span : (Span){0};
            check_rvalue(m, s, &st->rv, st->span);
            check_write(m, s, &st->place, st->span);
        }
    }
    const BitSet *s = cursor_before(facts, b, bb->nstmts);
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

/* Each path's first move in the body, for a use the checker meets before any move of
 * it: one reached round a loop from a move later in it. Checking replaces them. */
static void note_moves_ahead(MovesCtx *m) {
    for (int k = 0; k < m->md->nevents; k++) {
        const MoveEvent *ev = &m->md->events[k];
        if (!md_is_move(ev) || m->has_move[ev->path]) continue;
        record_move(m, ev->path, ev->operand->place, operand_span(ev->operand, ev->span), true);
    }
}

static void check_body(Body *body) {
    ice_at(body->span);
    bool any = false;
    for (int l = 0; l < body->nlocals && !any; l++) any = body->locals[l].is_user_var;
    if (!any) return;                           /* nothing to check: no move data to make */
    MovesCtx m = {.body = body, .md = move_data_of(body)};
    ScratchMark mark = scratch_mark();
    size_t nl = (size_t)body->nlocals + 1, np = (size_t)m.md->mp.npaths + 1;
    m.reported = scratch_alloc(sizeof(bool) * nl);
    m.reported_assign = scratch_alloc(sizeof(bool) * nl);
    m.moved_at = scratch_alloc(sizeof(Span) * np);
    m.moved_place = scratch_alloc(sizeof(Place) * np);
    m.has_move = scratch_alloc(sizeof(bool) * np);
    m.moved_later = scratch_alloc(sizeof(bool) * np);
    note_moves_ahead(&m);
    Cursor facts = cursor_new(m.md->facts);
    m.operands_state = bitset_scratch(facts.state.nbits);
    /* in flow order, so that the move a report points at is one made before the use */
    const Cfg *cfg = ir_cfg(body);
    for (int i = 0; i < cfg->nrpo; i++) check_block(&m, cfg->rpo[i], &facts);
    scratch_release(mark);
}

/* Generic fns are checked once, generically; their instances are not checked again. */
void moves_check(IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++)
        if (!prog->bodies[i]->def || !prog->bodies[i]->def->generic) check_body(prog->bodies[i]);
    for (int i = 0; i < prog->ngeneric_bodies; i++) check_body(prog->generic_bodies[i]);
}
