/* control.c — blocks and control flow.
 *
 * Takes: a Lower and a block, if, loop, while, for, break/continue/return or `?`.
 * Gives: their CFG, with the scopes their statements open closed on the way out. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static void lower_loop_body(Lower *lw, Node *e, int exit, int latch, int iter_mark, int mark);

/* An `if` or `while` condition's value; its temporaries above mark die before the branch,
 * but for the one holding the value. Read from a part of one of them (`if seen[i]`, whose
 * index is one, `if t.borrow().done`), the value is first copied into a temporary of its
 * own, as rustc's. */
static Operand condition_operand(Lower *lw, Node *cond, int mark) {
    Operand c = as_operand(lw, cond);
    if (!reads_part_of_temps(lw, mark, c)) return c;
    Place t = temp(lw, ty_bool, cond->span);
    assign(lw, t, rv_use(c, ty_bool), cond->span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* A branch of an `if` into dest: a terminating scope (as rustc's), so the temporaries of its
 * tail die at its end, before the join, where only this branch made them.
 * CFG: branch → its temporaries' drops and StorageDead */
void lower_branch_into(Lower *lw, Place dest, Node *branch) {
    int mark = lw->scope_locals.len;
    lower_into(lw, dest, branch);
    Span end = {branch->span.file, branch->span.hi ? branch->span.hi - 1 : 0, branch->span.hi};
    close_scope(lw, mark, end);
}

/* `if c { a } else { b }` into dest.
 * CFG: cond → switch → [then | else] → join */
void lower_if_into(Lower *lw, Place dest, Node *e) {
    if (e->u.if_.cond->kind == N_LET_COND) {
        lower_if_let_into(lw, dest, e);
        return;
    }
    int temps = lw->scope_locals.len;
    Operand c = condition_operand(lw, e->u.if_.cond, temps);
    /* the condition's temporaries die before the branch, but for the one holding its value */
    close_temps_keeping(lw, temps, e->u.if_.cond->span, operand_local(c));
    int then_bb = new_block(lw), else_bb = new_block(lw), join = new_block(lw);
    branch_on_bool(lw, c, else_bb, then_bb, then_bb, e->u.if_.cond->span);
    lower_branch_into(lw, dest, e->u.if_.then_block);
    goto_block(lw, join, e->span, else_bb);
    if (e->u.if_.else_branch) lower_branch_into(lw, dest, e->u.if_.else_branch);
    else assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
    goto_block(lw, join, e->span, join);
}

LoopScope *push_loop(Lower *lw, Node *node, int break_bb, int continue_bb, Place dest,
                     bool has_dest) {
    LoopScope *ls = arena_alloc(sizeof *ls);
    *ls = (LoopScope){node, break_bb, continue_bb, dest, has_dest, lw->scope_locals.len};
    ptrvec_push(&lw->loops, ls);
    return ls;
}

static LoopScope *find_loop(Lower *lw, Node *target) {
    for (int i = lw->loops.len - 1; i >= 0; i--) {
        LoopScope *ls = lw->loops.items[i];
        if (ls->node == target) return ls;
    }
    return NULL;
}

/* `for x in a` / `&a` / `a.iter()` / slice: an index from 0 to the length.
 * CFG: i = 0 → head: i < len → [body(elem i) → latch: i += 1 → head | exit] */
static void lower_for_seq(Lower *lw, Node *e) {
    Node *it = strip_parens(e->u.loop.iter);
    Span sp = it->span;
    bool by_value = value_ty(lw, it)->kind == TY_ARRAY;
    Node *seq_expr = it;
    if (it->kind == N_METHOD_CALL) seq_expr = it->u.call.receiver;                 /* a.iter() */
    else if (it->kind == N_UNARY && it->u.unary.op == UN_REF)
        seq_expr = it->u.unary.operand; /* &a */
    Type *seq;
    Place base;
    if (by_value) {                                     /* the loop owns a copy of the array */
        base = temp(lw, value_ty(lw, it), sp);
        lower_into(lw, base, it);
        seq = value_ty(lw, it);
    } else {
        base = seq_place(lw, seq_expr, &seq);
    }
    Type *usize = ty_int(IK_USIZE);
    Place i = temp(lw, usize, sp);
    assign(lw, i, rv_use(const_int(usize, 0), usize), sp);
    Operand len = seq_len(lw, base, seq, sp);
    Place end = temp(lw, usize, sp);
    assign(lw, end, rv_use(len, usize), sp);
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    Operand more = compare(lw, BIN_LT, use_place(i, usize), use_place(end, usize), sp);
    branch_on_bool(lw, more, exit, body, body, sp);
    Place elem = project_index(base, i.local, seq->elem);
    /* the items are the elements, or references to them (a pattern may see through those) */
    bool mut_items = (it->kind == N_UNARY && it->u.unary.op == UN_REF_MUT) ||
        (value_ty(lw, it)->kind == TY_REF && value_ty(lw, it)->is_mut) ||
        (it->kind == N_METHOD_CALL && it->u.call.method == sym_cstr("iter_mut"));
    Type *item_ty = by_value ? seq->elem : ty_ref(seq->elem, mut_items);
    int iter_mark = lw->scope_locals.len;
    Place item = temp(lw, item_ty, sp);
    Operand moved = use_place(elem, seq->elem);
    moved.by_compiler = true; /* the loop owns the array: its elements move out in turn */
    if (by_value) assign(lw, item, rv_use(moved, seq->elem), sp);
    else
        assign(lw, item, rv_ref(lw, item_ty, elem, mut_items ? BORROW_MUT : BORROW_SHARED), sp);
    int mark = lw->scope_locals.len;
    bind_pattern_typed(lw, e->u.loop.pat, item, item_ty, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, iter_mark, mark);
    assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), sp);
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

/* Trait tr's `next` when tr is Iterator or has it as a supertrait, else NULL. */
static Def *next_of_iterator_trait(TraitDef *tr) {
    for (int k = 0; tr->lang == LANG_ITERATOR && k < tr->methods.len; k++) {
        Def *m = tr->methods.items[k];
        if (m->name == sym_cstr("next")) return m;
    }
    for (int i = 0; i < tr->supertraits.len; i++) {
        Def *m = next_of_iterator_trait(tr->supertraits.items[i]);
        if (m) return m;
    }
    return NULL;
}

/* The prelude's Iterator::next, when ty is an iterator (implements Iterator): the impl's,
 * or for a type parameter or associated type bounded by Iterator (a generic body)
 * `<I as Iterator>::next`, which each instance resolves (mono/substitute.c). */
static Def *iterator_next(LowerCtx *ctx, Type *ty) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang != LANG_ITERATOR || !impl_matches(im, ty, NULL)) continue;
        Def *m = next_of_iterator_trait(im->trait);
        if (m) return trait_method_instance(ctx, m, &ty, 1);
    }
    TraitDef *declared = assoc_type_bound(ty, NULL);   /* `<I as IntoIterator>::IntoIter` */
    int nbounds = ty->kind == TY_PARAM && ty->def ? ty->def->bounds.len : declared ? 1 : 0;
    for (int i = 0; i < nbounds; i++) {
        Def *m = next_of_iterator_trait(declared ? declared : ty->def->bounds.items[i]);
        if (!m) continue;
        return instance_of(ctx, m, &ty, 1);
    }
    return NULL;
}

/* `for x in it` over the iterator at `it`:
 * `loop { match it.next() { Some(x) => body, None => break } }`.
 * CFG: head: next(&mut it) → switch → [Some: body → latch → head | None: exit] */
static void lower_for_over(Lower *lw, Node *e, Place it, Def *next) {
    Span sp = e->u.loop.iter->span;
    Type *opt = next->ret_ty;
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    int iter_mark = lw->scope_locals.len;
    Place r = temp(lw, next->param_tys[0], sp), item = temp(lw, opt, sp);
    assign(lw, r, rv_ref(lw, next->param_tys[0], it, BORROW_MUT), sp);
    Operand args[1] = {(Operand){.kind = OP_MOVE, .place = r}};
    call(lw, fn_operand(next), args, 1, item, false, sp);
    switch_on_value(lw, discriminant_of(lw, item, sp), 0 /* Option::None */, exit, body, body, sp);
    Type *vt;
    Place value = debug_field_place(item, opt, 1, 0, &vt);
    int mark = lw->scope_locals.len;
    bind_pattern_typed(lw, e->u.loop.pat, value, vt, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, iter_mark, mark);
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

static void lower_for_iter(Lower *lw, Node *e, Def *next) {
    Node *iter = e->u.loop.iter;
    Place it = temp_holding(lw, iter);
    lower_for_over(lw, e, it, next);
}

/* The iterator the loop's iterable is made into by IntoIterator, into dest. */
static void loop_into_iter_into(Lower *lw, Place dest, Node *loop) {
    into_iter_call_into(lw, dest, loop->u.loop.into_iter, loop->u.loop.iter);
}

/* `for x in c` with c's type implementing IntoIterator (typeck's N_FOR into_iter): over
 * `IntoIterator::into_iter(c)`, rustc's desugaring.
 * CFG: into_iter(c) → as lower_for_over */
static void lower_for_into_iter(Lower *lw, Node *e) {
    Type *iter_ty = e->u.loop.into_iter_ty;
    Place it = temp_holding_as(lw, e, iter_ty, e->u.loop.iter->span, loop_into_iter_into);
    lower_for_over(lw, e, it, iterator_next(lw->ctx, iter_ty));
}

/* An array by value made a Vec IntoIter of its elements into dest: `over_array` reads the
 * array where it lies (a `for` loop, which the iterator cannot outlive), `from_array`
 * copies it to the heap (`a.into_iter()`, which may be returned). Either way the iterator
 * owns the elements: those never reached are dropped in order with it, as by rustc's
 * array IntoIter. */
void array_into_iter(Lower *lw, Node *array, const char *ctor, Place dest) {
    Span sp = array->span;
    Type *elem = value_ty(lw, array)->elem;
    /* the iterator owns its elements */
    Place storage = temp_undropped(lw, value_ty(lw, array), sp);
    lower_into(lw, storage, array);
    Type *usize = ty_int(IK_USIZE), *ptr_ty = ty_ptr(elem, true);
    Place zero = temp(lw, usize, sp), first = temp(lw, ptr_ty, sp);
    assign(lw, zero, rv_use(const_int(usize, 0), usize), sp);
    assign(lw, first,
           (Rvalue){.kind = RV_RAW_REF,
                    .ty = ptr_ty,
                    .place = project_index(storage, zero.local, elem),
                    .borrow = BORROW_MUT},
           sp);
    Type *iter_ty = ty_adt_args(prelude_adt(lw->ctx->prelude, "IntoIter"), &elem, 1);
    Operand args[2] = {use_place(first, ptr_ty), const_int(usize, value_ty(lw, array)->len)};
    Def *ctor_fn = instance_of(lw->ctx, adt_method(iter_ty, ctor), &elem, 1);
    call(lw, fn_operand(ctor_fn), args, 2, dest, false, sp);
}

/* `for x in array` by value, its elements not Copy: over the array's IntoIter. */
static void lower_for_array_by_value(Lower *lw, Node *e) {
    Node *array = e->u.loop.iter;
    Type *elem = value_ty(lw, array)->elem;
    Type *iter_ty = ty_adt_args(prelude_adt(lw->ctx->prelude, "IntoIter"), &elem, 1);
    Place it = temp(lw, iter_ty, array->span);
    array_into_iter(lw, array, "over_array", it);
    lower_for_over(lw, e, it, iterator_next(lw->ctx, iter_ty));
}

/* `for`: over a sequence, an iterator or an array by value; `for x in lo..hi` / `lo..=hi`:
 * a counter that never steps past hi, so `..=MAX` ends.
 * CFG: lo, hi → head: cur ≤/< hi → [body → latch: step or stop → head | exit] */
static void lower_for(Lower *lw, Node *e) {
    if (e->u.loop.into_iter) {
        lower_for_into_iter(lw, e);
        return;
    }
    Node *range = e->u.loop.iter;
    if (value_ty(lw, range)->kind == TY_ARRAY && !ty_is_copy(value_ty(lw, range)->elem)) {
        lower_for_array_by_value(lw, e);
        return;
    }
    Node *it = strip_parens(range);
    bool slice_iter = it->kind == N_METHOD_CALL &&
        (it->u.call.method == sym_cstr("iter") || it->u.call.method == sym_cstr("iter_mut")) &&
        !it->u.call.method_def;
    Def *next = range->kind != N_RANGE && !slice_iter ? iterator_next(lw->ctx, value_ty(lw, range))
                                                      : NULL; /* a.iter(): by index */
    if (next) {
        lower_for_iter(lw, e, next);
        return;
    }
    if (range->kind != N_RANGE) {
        Type *seq = value_ty(lw, range);
        while (seq->kind == TY_REF) seq = seq->elem;
        lower_for_seq(lw, e);
        return;
    }
    Type *ty = range->u.range.lo->ty;
    Place cur = temp(lw, ty, range->span), end = temp(lw, ty, range->span);
    lower_into(lw, cur, range->u.range.lo);
    lower_into(lw, end, range->u.range.hi);
    int head = new_block(lw), body = new_block(lw), latch = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    bool inclusive = range->u.range.inclusive;
    Operand more = compare(lw, inclusive ? BIN_LE : BIN_LT, use_place(cur, ty), use_place(end, ty),
                           range->span);
    branch_on_bool(lw, more, exit, body, body, range->span);
    int mark = lw->scope_locals.len;
    bind_pattern(lw, e->u.loop.pat, cur, e->u.loop.pat->span);
    lower_loop_body(lw, e, exit, latch, mark, mark);
    if (inclusive) {
        Operand last = compare(lw, BIN_EQ, use_place(cur, ty), use_place(end, ty), range->span);
        int step = new_block(lw);
        branch_on_bool(lw, last, step, exit, step, range->span);
    }
    /* cur < end (or cur != end) here, so the step cannot overflow */
    assign(lw, cur, rv_binary(BIN_ADD, use_place(cur, ty), const_int(ty, 1), ty), range->span);
    goto_block(lw, head, e->span, exit);
}

/* The body of a `for` loop whose pattern is bound (its variables above mark, the
 * iteration's temporaries between iter_mark and mark); ends in the latch block, where
 * what the iteration's temporaries still hold is dropped.
 * CFG: body → latch (what the iteration still holds dropped) */
static void lower_loop_body(Lower *lw, Node *e, int exit, int latch, int iter_mark, int mark) {
    LoopScope *ls = push_loop(lw, e, exit, latch, (Place){0}, false);
    ls->scope_mark = mark;
    Place ignored = temp(lw, ty_unit, e->span);
    lower_block_into(lw, ignored, e->u.loop.body);
    lw->loops.len--;
    close_scope(lw, mark, e->span);
    goto_block(lw, latch, e->span, latch);
    drop_scopes_above(lw, iter_mark, e->span);
}

/* `loop`, `while` and `while let` into dest (`for`: lower_for).
 * CFG: head → [while: cond → switch → body | exit] → body → head; break → exit */
void lower_loop_into(Lower *lw, Place dest, Node *e) {
    if (e->kind == N_FOR) {
        lower_for(lw, e);
        return;
    }
    int head = new_block(lw), exit = new_block(lw);
    goto_block(lw, head, e->span, head);
    int while_let_mark = -1, iter_mark = lw->scope_locals.len;
    if (e->kind == N_WHILE && e->u.loop.cond->kind == N_LET_COND) {
        Node *cond = e->u.loop.cond, *scrut = cond->u.let_cond.expr;
        Place sp = scrutinee_place(lw, scrut);
        test_pattern(lw, cond->u.let_cond.pat, sp, value_ty(lw, scrut), exit, scrut->span);
        while_let_mark = lw->scope_locals.len;
        bind_matched(lw, cond->u.let_cond.pat, sp, scrut, cond->span);
    } else if (e->kind == N_WHILE) {
        Operand c = condition_operand(lw, e->u.loop.cond, iter_mark);
        /* the condition's temporaries die before the test, but for the one holding its value */
        close_temps_keeping(lw, iter_mark, e->u.loop.cond->span, operand_local(c));
        int body = new_block(lw);
        branch_on_bool(lw, c, exit, body, body, e->u.loop.cond->span);
    }
    LoopScope *ls = push_loop(lw, e, exit, head, dest, e->kind == N_LOOP);
    if (while_let_mark >= 0) ls->scope_mark = while_let_mark;
    int body_mark = lw->scope_locals.len;
    Place ignored = temp(lw, ty_unit, e->span);
    lower_block_into(lw, ignored, e->u.loop.body);
    lw->loops.len--;
    /* the body is a terminating scope (rustc's): its tail's temporaries die each iteration */
    close_scope(lw, body_mark, e->span);
    if (while_let_mark >= 0) {
        /* the pattern's variables, then the scrutinee's temporary, each iteration */
        close_scope(lw, while_let_mark, e->span);
        drop_scopes_above(lw, iter_mark, e->span);
    }
    goto_block(lw, head, e->span, exit);
    close_scope(lw, iter_mark, e->span);
}

/* `break` (with its value) and `continue`, labelled or not.
 * CFG: drops of the scopes left → break or continue target; then a dead block */
void lower_jump(Lower *lw, Node *e) {
    if (e->kind == N_RETURN) {
        if (e->u.jump.value) lower_into(lw, local_place(0), e->u.jump.value);
        else assign(lw, local_place(0), rv_use(const_unit(), ty_unit), e->span);
        drop_scopes_above(lw, lw->params_mark, e->span);   /* the parameters: in the return block */
        goto_block(lw, lw->return_bb, e->span, -1);
        return;
    }
    LoopScope *ls = find_loop(lw, e->u.jump.target);
    if (!ls) return;
    if (e->kind == N_CONTINUE) {
        drop_scopes_above(lw, ls->scope_mark, e->span);
        goto_block(lw, ls->continue_bb, e->span, -1);
        return;
    }
    if (e->u.jump.value) {
        if (ls->has_dest) lower_into(lw, ls->dest, e->u.jump.value);
        else as_operand(lw, e->u.jump.value);
    } else if (ls->has_dest) {
        assign(lw, ls->dest, rv_use(const_unit(), ty_unit), e->span);
    }
    drop_scopes_above(lw, ls->scope_mark, e->span);
    goto_block(lw, ls->break_bb, e->span, -1);
}

/* `e?`: Ok(v)/Some(v) gives v; Err(x)/None returns Err(x)/None from the fn.
 * CFG: switch on variant → [value → join | residual: Err/None → drops → return] */
void lower_try_into(Lower *lw, Place dest, Node *e) {
    Node *operand = e->u.unary.operand;
    Type *t = value_ty(lw, operand);
    bool result = strcmp(sym_str(t->adt->name), "Result") == 0;
    int value_variant = result ? 0 : 1, residual_variant = result ? 1 : 0;
    Place src = temp(lw, t, e->span);
    lower_into(lw, src, operand);
    int join;
    int *blocks = switch_on_variant(lw, src, t, &join, e->span);
    lw->cur = blocks[value_variant];
    Type *vt;
    Place v = debug_field_place(src, t, value_variant, 0, &vt);
    assign(lw, dest, rv_use(use_place(v, vt), vt), e->span);
    goto_block(lw, join, e->span, blocks[residual_variant]);
    Type *ret = lw->body->locals[0].ty;
    int residual_mark = lw->scope_locals.len;
    Rvalue residual = {.kind = RV_AGGREGATE, .ty = ret, .variant = residual_variant};
    if (result) {
        Type *et;
        Place err = debug_field_place(src, t, residual_variant, 0, &et);
        residual.nelems = 1;
        residual.elems = arena_alloc(sizeof(Operand));
        residual.elems[0] = use_place(err, et);
        if (e->u.unary.method) {
            /* the fn's error type From the operand's */
            Def *from = e->u.unary.method;
            Place converted = temp(lw, from->ret_ty, e->span);
            call(lw, fn_operand(from), residual.elems, 1, converted, false, e->span);
            residual.elems[0] = use_place(converted, from->ret_ty);
        }
    }
    assign(lw, local_place(0), residual, e->span);
    drop_scopes_above(lw, lw->params_mark, e->span);
    goto_block(lw, lw->return_bb, e->span, join);
    /* the residual's temporaries (its From conversion) ended on the way out: the value's
     * path at join never made them */
    lw->scope_locals.len = residual_mark;
    scope_changed(lw, residual_mark);
}

void lower_block_into(Lower *lw, Place dest, Node *block) {
    int mark = lw->scope_locals.len;
    NodeList *stmts = &block->u.block.stmts;
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->items[i];
        int temps = lw->scope_locals.len;
        Span end = {s->span.file, s->span.hi ? s->span.hi - 1 : 0, s->span.hi};
        if (s->kind == N_LET) {
            int extended = lw->extended_temps.len;
            if (s->u.let.init && pattern_is_extending(s->u.let.pat))
                mark_extended_place(lw, s->u.let.init);
            if (s->u.let.init) mark_extended(lw, s->u.let.init);
            lower_let(lw, s);
            lw->extended_temps.len = extended;  /* the marks of this let's initializer */
            close_temps(lw, temps, end);
        } else if (s->kind == N_EXPR_STMT) {
            Node *e = s->u.expr_stmt.expr;
            temp_holding(lw, e);
            close_temps(lw, temps, end);
        }
    }
    int tail_mark = lw->scope_locals.len;
    if (block->u.block.tail) lower_into(lw, dest, block->u.block.tail);
    else if (block->ty && block->ty->kind != TY_NEVER)
        assign(lw, dest, rv_use(const_unit(), ty_unit), block->span);
    Span end = {block->span.file, block->span.hi ? block->span.hi - 1 : 0, block->span.hi};
    /* the tail's temporaries outlive the block's variables: they belong to the enclosing
     * statement (rustc 2021), so they are set aside while the block's scope closes */
    int ntail = lw->scope_locals.len - tail_mark;
    void **tail = arena_alloc(sizeof(void *) * (size_t)(ntail ? ntail : 1));
    if (ntail) memcpy(tail, lw->scope_locals.items + tail_mark, sizeof(void *) * (size_t)ntail);
    lw->scope_locals.len = tail_mark;
    scope_changed(lw, tail_mark);
    close_scope(lw, mark, end);
    for (int i = 0; i < ntail; i++) ptrvec_push(&lw->scope_locals, tail[i]);
}
