/* scope.c — temporaries, scopes, drops and cleanup chains.
 *
 * Takes: a Lower and its scope entries (lower.h: ENTRY_VAR, ENTRY_TEMP, ENTRY_EXTENDED).
 * Gives: temporaries with their drops scheduled, the closing of a scope or a statement
 * (drops, then StorageDead), the drops of a jump out of scopes, and the unwind chain a
 * panic at the current point runs. Drop elaboration (mono/drops.c) later removes the
 * drops of what was moved out. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

void *scope_entry(int local, int kind) { return (void *)((intptr_t)local * 8 + kind); }
int entry_local(void *entry) { return (int)((intptr_t)entry >> 3); }
static int entry_kind(void *entry) { return (int)((intptr_t)entry & 7); }
static bool entry_drops(void *entry) {
    return entry_kind(entry) != ENTRY_HOLDER && entry_kind(entry) != ENTRY_UNDROPPED;
}
static bool entry_is_temp(void *entry) {
    return entry_kind(entry) == ENTRY_TEMP || entry_kind(entry) == ENTRY_UNDROPPED;
}

/* A temporary, live from here (StorageLive) to the end of its statement (StorageDead, and
 * before it its drop when its value needs one, unless it is moved out first: drops.c sees
 * the move). */
Place temp(Lower *lw, Type *ty, Span span) {
    int local = new_local(lw, ty, 0, span, false, false);
    storage(lw, ST_STORAGE_LIVE, local, span);
    ptrvec_push(&lw->scope_locals, scope_entry(local, ENTRY_TEMP));
    return local_place(local);
}

/* A temporary like temp's whose value is never dropped (ENTRY_UNDROPPED). */
Place temp_undropped(Lower *lw, Type *ty, Span span) {
    int local = new_local(lw, ty, 0, span, false, false);
    storage(lw, ST_STORAGE_LIVE, local, span);
    ptrvec_push(&lw->scope_locals, scope_entry(local, ENTRY_UNDROPPED));
    return local_place(local);
}

/* The holder entry at index `at` leaves the scope stack (it is put back on top): it drops
 * nothing, so the entries above it keep their chains and only shift down one. */
static void holder_left_scope_stack(Lower *lw, int at) {
    int clean = lw->scope_clean;
    if (at >= clean) return;
    memmove(lw->chain_live_below + at + 1, lw->chain_live_below + at + 2,
            sizeof(int) * (size_t)(clean - at - 1));
    lw->scope_clean = clean - 1;
}

/* Whether e's own value (its adjustments aside: a deref coercion's borrow is another
 * value) is the temporary a `let` extends. */
static bool is_extended(Lower *lw, Node *e) {
    if (adjustments_in_effect(lw, e)) return false;
    for (int i = 0; i < lw->extended_temps.len; i++)
        if (lw->extended_temps.items[i] == e) return true;
    return false;
}

/* A temporary holding e's value. Its drop is scheduled once it holds the value, so the
 * temporaries made while computing e die before it, as rustc orders them (`g(&make()).n`
 * drops g's result, then make()'s); a `let`'s extending borrow extends it (mark_extended). */
Place temp_holding(Lower *lw, Node *e) {
    return temp_holding_as(lw, e, value_ty(lw, e), e->span, lower_into);
}

/* A temporary of type ty (made at span) holding the value lower_value(lw, holder, e) puts
 * in it, as temp_holding's of e. */
Place temp_holding_as(Lower *lw, Node *e, Type *ty, Span span,
                      void (*lower_value)(Lower *, Place, Node *)) {
    int local = new_local(lw, ty, 0, span, false, false);
    storage(lw, ST_STORAGE_LIVE, local, span);
    Place holder = local_place(local);
    void *entry = scope_entry(local, ENTRY_HOLDER);  /* in scope already for jumps out of e */
    ptrvec_push(&lw->scope_locals, entry);
    bool saved = lw->mut_place;
    lw->mut_place = false;                      /* a value computed: no place of it is written */
    lower_value(lw, holder, e);
    lw->mut_place = saved;
    /* above e's own temporaries now, when they are still in scope */
    PtrVec *entries = &lw->scope_locals;
    int at = entries->len - 1;
    while (at >= 0 && entries->items[at] != entry) at--;
    if (at < 0) return holder;                  /* e diverged into a scope closed below it */
    holder_left_scope_stack(lw, at);
    memmove(entries->items + at, entries->items + at + 1,
            sizeof(void *) * (size_t)(entries->len - at - 1));
    entries->items[entries->len - 1] =
        scope_entry(holder.local, is_extended(lw, e) ? ENTRY_EXTENDED : ENTRY_TEMP);
    return holder;
}

/* rustc's extending patterns: a `ref` / `ref mut` binding, or a tuple, struct, tuple-struct
 * or slice pattern with an extending direct subpattern. `let ref x = make();` keeps the
 * temporary holding make()'s value alive to the end of the block, as `let x = &make();`. */
static void find_extending(Node *p, const char *role, void *found) {
    (void)role;
    if (*(bool *)found) return;
    switch (p->kind) {
    case P_IDENT: *(bool *)found = p->u.pat_ident.by_ref; break;
    case P_TUPLE: case P_TUPLE_STRUCT: case P_STRUCT: case P_FIELD_PAT: case P_SLICE:
        ast_visit_children(p, find_extending, found);
        break;
    default: break;
    }
}

bool pattern_is_extending(Node *pat) {
    bool found = false;
    find_extending(pat, NULL, &found);
    return found;
}

/* The temporary holding e's value, when e is a value borrowed in place (`&make().field`'s
 * make(), the initializer of an extending pattern), lives to the end of the block. */
void mark_extended_place(Lower *lw, Node *e) {
    /* the Reference: the operand of an extended field, index or deref is extended too
     * (`let x = &make()[1];` keeps the Vec) */
    Node *base = strip_parens(e);
    for (;;) {
        if (base->kind == N_FIELD) base = strip_parens(base->u.field.base);
        else if (base->kind == N_INDEX) base = strip_parens(base->u.binary.lhs);
        else if (base->kind == N_UNARY && base->u.unary.op == UN_DEREF)
            base = strip_parens(base->u.unary.operand);
        else break;
    }
    ptrvec_push(&lw->extended_temps, base);
}

/* Marks the temporaries of the extending expression e of a `let` initializer that rustc
 * keeps alive to the end of the block: the value borrowed by an extending `&` (the base of
 * `&make().field`, `&make()[i]` and `&*make()` too). Extending are the initializer itself,
 * the operand of an extending `&`, the elements of an extending tuple, array, struct
 * literal, variant or tuple-struct constructor and cast, and the tails of an extending
 * block, `if` branches and `match` arms. */
void mark_extended(Lower *lw, Node *e) {
    e = strip_parens(e);
    int adjusted = adjustments_in_effect(lw, e);
    if (adjusted) {
        /* a deref coercion's `&*e` extends e's temporary, as the `&` it is would; an
         * unsizing, a reification or a deref is no extending expression */
        if (e->adjustments[adjusted - 1].kind == ADJUST_BORROW) mark_extended_place(lw, e);
        return;
    }
    if (e->conversion) {                        /* a cast extends as its operand does */
        if (e->conversion->kind == CONVERSION_PRIM_CAST) mark_extended(lw, e->conversion->operand);
        return;
    }
    switch (e->kind) {
    case N_UNARY: {
        if ((e->u.unary.op != UN_REF && e->u.unary.op != UN_REF_MUT) || e->u.unary.method) break;
        mark_extended_place(lw, e->u.unary.operand);
        mark_extended(lw, e->u.unary.operand);
        break;
    }
    case N_CAST: mark_extended(lw, e->u.cast.expr); break;
    case N_TUPLE: case N_ARRAY:
        for (int i = 0; i < e->u.list.elems.len; i++) mark_extended(lw, e->u.list.elems.items[i]);
        break;
    case N_STRUCT_LIT:
        for (int i = 0; i < e->u.struct_lit.fields.len; i++)
            mark_extended(lw, ((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr);
        break;
    case N_CALL: {
        Node *callee = strip_parens(e->u.call.callee);
        Def *d = callee->kind == N_PATH ? callee->u.path.def : NULL;
        if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) break;
        for (int i = 0; i < e->u.call.args.len; i++) mark_extended(lw, e->u.call.args.items[i]);
        break;
    }
    case N_BLOCK:
        if (e->u.block.tail) mark_extended(lw, e->u.block.tail);
        break;
    case N_IF:
        mark_extended(lw, e->u.if_.then_block);
        if (e->u.if_.else_branch) mark_extended(lw, e->u.if_.else_branch);
        break;
    case N_MATCH:
        for (int i = 0; i < e->u.match.arms.len; i++)
            mark_extended(lw, ((Node *)e->u.match.arms.items[i])->u.arm.body);
        break;
    default:
        break;
    }
}

/* The end all chains share: the parameters' drops, the last first, then TM_RESUME on to
 * the caller; built once per body, 0 when no parameter needs dropping and asked for
 * without building (build = false). */
static int chain_end(Lower *lw, Span span, bool build) {
    if (lw->resume_bb) return lw->resume_bb;
    bool params_drop = false;
    for (int l = 1; l <= lw->body->nargs; l++) params_drop |= may_need_drop(lw->body->locals[l].ty);
    if (!build && !params_drop) return 0;
    lw->resume_bb = ir_new_block(lw->body);
    lw->body->blocks[lw->resume_bb].term = (Term){.kind = TM_RESUME, .span = span, .target = -1};
    for (int l = 1; l <= lw->body->nargs; l++) {
        Type *ty = lw->body->locals[l].ty;
        if (!may_need_drop(ty)) continue;
        request_drop_glue(lw->ctx, ty);
        int bb = ir_new_block(lw->body);
        lw->body->blocks[bb].term =
            (Term){.kind = TM_DROP, .span = span, .place = local_place(l), .target = lw->resume_bb};
        lw->resume_bb = bb;
    }
    return lw->resume_bb;
}

/* The blocks a panic at the current point runs on its way out (rustc's unwind path): the
 * drop of every live scope entry, innermost first, then TM_RESUME; 0 when none is live.
 * Chains share their tails: the one for entries 0..k is built once while they stay.
 * CFG: drop(entry k) → drop(entry k-1) → … → parameters' drops → resume */
void scope_changed(Lower *lw, int from) {
    if (from < lw->scope_clean) lw->scope_clean = from;
}

int cleanup_chain(Lower *lw, Span span) {
    /* the entries holding something to drop (variables are entries for their storage too);
     * those below scope_clean are still the ones the last chain saw */
    PtrVec *live = &lw->chain_live;
    int len = lw->scope_locals.len, clean = lw->scope_clean < len ? lw->scope_clean : len;
    if (len + 1 > lw->chain_live_below_cap) {
        int cap = 2 * (len + 1);
        lw->chain_live_below = arena_realloc(lw->chain_live_below,
                                             sizeof(int) * (size_t)lw->chain_live_below_cap,
                                             sizeof(int) * (size_t)cap);
        lw->chain_live_below_cap = cap;
    }
    if (clean == 0) lw->chain_live_below[0] = 0;
    live->len = lw->chain_live_below[clean];
    for (int k = clean; k < len; k++) {
        void *entry = lw->scope_locals.items[k];
        Type *ty = lw->body->locals[entry_local(entry)].ty;
        if (entry_drops(entry) && may_need_drop(ty)) ptrvec_push(live, entry);
        lw->chain_live_below[k + 1] = live->len;
    }
    lw->scope_clean = len;
    int n = live->len;
    if (n == 0) return chain_end(lw, span, false);
    /* the chain built last time matches the live entries below clean */
    int valid = lw->chain_live_below[clean] < lw->nchain ? lw->chain_live_below[clean]
                                                         : lw->nchain;
    while (valid < n && valid < lw->nchain && lw->chain_entries[valid] == live->items[valid])
        valid++;
    if (n > lw->chain_cap) {
        int cap = n * 2;
        lw->chain_entries = arena_realloc(lw->chain_entries, sizeof(void *) * (size_t)lw->chain_cap,
                                          sizeof(void *) * (size_t)cap);
        lw->chain_blocks = arena_realloc(lw->chain_blocks, sizeof(int) * (size_t)lw->chain_cap,
                                         sizeof(int) * (size_t)cap);
        lw->chain_cap = cap;
    }
    for (int k = valid; k < n; k++) {
        void *entry = live->items[k];
        int below = k ? lw->chain_blocks[k - 1]
                      : chain_end(lw, span, true); /* before a block is taken: it may move them */
        int local = entry_local(entry), bb = ir_new_block(lw->body);
        Type *ty = lw->body->locals[local].ty;
        request_drop_glue(lw->ctx, ty);
        lw->body->blocks[bb].term =
            (Term){.kind = TM_DROP, .span = span, .place = local_place(local), .target = below};
        lw->chain_entries[k] = entry;
        lw->chain_blocks[k] = bb;
    }
    lw->nchain = n;
    return lw->chain_blocks[n - 1];
}

/* ── drops ──
 * Lowering drops every variable and temporary that needs it where it dies (scope end,
 * statement end, a jump out, an assignment over it); drop elaboration (drops.c) then
 * removes the drops of what was moved out and guards those of what may have been. */

/* Whether a value of t is dropped where it dies: t needs drop, or, in a generic body, t
 * names type parameters and is not Copy, so some instance may need it (mono/substitute.c
 * removes the drop from the instances whose type needs none, as rustc's drop elaboration
 * does). */
bool may_need_drop(Type *t) {
    if (!ty_contains(t, TY_PARAM) && !ty_contains(t, TY_PROJ)) return ty_needs_drop(t);
    if (ty_is_copy(t)) return false;
    switch (t->kind) {
    case TY_REF: case TY_PTR: case TY_FN_PTR: case TY_FN_DEF:
        return false;                           /* a reference drops nothing it points to */
    case TY_TUPLE: case TY_CLOSURE:
        for (int i = 0; i < t->nelems; i++)
            if (may_need_drop(t->elems[i])) return true;
        return false;
    case TY_ARRAY: case TY_SLICE:
        return may_need_drop(t->elem);
    default:
        return true;                            /* a parameter, or an ADT holding one */
    }
}

void request_drop_glue(LowerCtx *ctx, Type *t) {
    IrProgram *prog = ctx->program;
    if (ir_drop_glue(prog, t) || ty_contains(t, TY_PARAM) || t->kind == TY_DYN)
        return; /* generic: only checked; dyn: the vtable's */
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr("drop_in_place");
    d->symbol = arena_printf("_ptdrop%d", ctx->glue_types.len);
    d->nparams = 1;
    d->param_tys = arena_alloc(sizeof(Type *));
    d->param_tys[0] = ty_ref(t, true);
    d->ret_ty = ty_unit;
    if (t->id >= prog->drop_glue_cap) {
        uint32_t cap = prog->drop_glue_cap ? prog->drop_glue_cap : 256;
        while (cap <= t->id) cap *= 2;
        prog->drop_glue = arena_realloc(prog->drop_glue, sizeof(Def *) * prog->drop_glue_cap,
                                        sizeof(Def *) * cap);
        memset(prog->drop_glue + prog->drop_glue_cap, 0,
               sizeof(Def *) * (cap - prog->drop_glue_cap));
        prog->drop_glue_cap = cap;
    }
    prog->drop_glue[t->id] = d;
    ptrvec_push(&ctx->glue_types, t);
}

void emit_drop(Lower *lw, Place p, Type *ty, Span span) {
    request_drop_glue(lw->ctx, ty);
    int next = new_block(lw);
    terminate(lw, (Term){.kind = TM_DROP, .span = span, .place = p, .target = next}, next);
}

void drop_local(Lower *lw, int local, Span span) {
    Type *t = lw->body->locals[local].ty;
    if (may_need_drop(t)) emit_drop(lw, local_place(local), t, span);
}

/* The end of one entry's life: its value's drop, then its storage. */
void end_scope_entry(Lower *lw, void *entry, Span span) {
    if (entry_drops(entry)) drop_local(lw, entry_local(entry), span);
    storage(lw, ST_STORAGE_DEAD, entry_local(entry), span);
}

/* Leaves the scope entries above mark: each dropped, innermost first, and its storage
 * ended. Extended temporaries stay: the scope closing is inside their `let` initializer. */
void close_scope(Lower *lw, int mark, Span span) {
    for (int i = lw->scope_locals.len - 1; i >= mark; i--)
        if (entry_kind(lw->scope_locals.items[i]) != ENTRY_EXTENDED)
            end_scope_entry(lw, lw->scope_locals.items[i], span);
    int keep = mark;
    scope_changed(lw, mark);
    for (int i = mark; i < lw->scope_locals.len; i++)
        if (entry_kind(lw->scope_locals.items[i]) == ENTRY_EXTENDED)
            lw->scope_locals.items[keep++] = lw->scope_locals.items[i];
    lw->scope_locals.len = keep;
}

/* The end of one branch of a switch the compiler made (a variant's clone or Debug, a plain
 * or pretty layout): the temporaries above mark it made die on it, before it goes on to
 * join, where the other branches did not make them; lowering continues in next. */
void close_branch(Lower *lw, int mark, int join, int next, Span span) {
    close_scope(lw, mark, span);
    goto_block(lw, join, span, next);
}

/* The end of a statement: its temporaries above mark die; the variables it declared stay,
 * and so do the temporaries a `let` extended, as variables from now on. */
void close_temps(Lower *lw, int mark, Span span) { close_temps_keeping(lw, mark, span, -1); }

/* close_temps, but the temporary `kept` (when it is one of them) lives on to the end of
 * the enclosing statement: it holds the value the closing expression gives its user (an
 * `if` or `while` condition read by the branch after it, an operand of `&&`). */
void close_temps_keeping(Lower *lw, int mark, Span span, int kept) {
    void *kept_entry = NULL;
    for (int i = lw->scope_locals.len - 1; i >= mark; i--) {
        void *entry = lw->scope_locals.items[i];
        if (!entry_is_temp(entry)) continue;
        if (entry_local(entry) == kept) kept_entry = entry;
        else end_scope_entry(lw, entry, span);
    }
    int keep = mark;
    scope_changed(lw, mark);
    for (int i = mark; i < lw->scope_locals.len; i++) {
        void *entry = lw->scope_locals.items[i];
        if (!entry_is_temp(entry))
            lw->scope_locals.items[keep++] = scope_entry(entry_local(entry), ENTRY_VAR);
    }
    lw->scope_locals.len = keep;
    if (kept_entry) ptrvec_push(&lw->scope_locals, kept_entry);
}

/* A jump out of the scopes above mark (break, continue, return, `?`) ends their entries'
 * lives on its way, drops and storage; the scopes stay open for the code lowered after it.
 * (As in rustc, the unwind path only drops: cleanup chains end no storage.) */
void drop_scopes_above(Lower *lw, int mark, Span span) {
    for (int i = lw->scope_locals.len - 1; i >= mark; i--)
        end_scope_entry(lw, lw->scope_locals.items[i], span);
}
