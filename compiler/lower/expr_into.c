/* expr_into.c — expressions lowered into a destination place.
 *
 * Takes: a Lower, a destination Place and a typed expression.
 * Gives: the statements and blocks computing it: checked arithmetic, operators (built in
 * or overloaded), assignment, struct literals, calls, method calls (user, dyn, primitive,
 * library) and the dispatch of every expression kind (lower_into). */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

static void lower_prim_method_into(Lower *lw, Place dest, Node *e);

/* ── checked arithmetic ── */

/* CFG: assert(!cond) → [ok: next | unwind: cleanup chain] */
static void assert_not(Lower *lw, Operand cond, AssertMsg msg, Span span) {
    int next = new_block(lw);
    Term t = {.kind = TM_ASSERT,
              .span = span,
              .cond = cond,
              .expected = false,
              .msg = msg,
              .target = next};
    terminate(lw, t, next);
}

Operand compare(Lower *lw, BinOp op, Operand a, Operand b, Span span) {
    Place t = temp(lw, ty_bool, span);
    assign(lw, t, rv_binary(op, a, b, ty_bool), span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

static AssertMsg overflow_msg(BinOp op) {
    switch (op) {
    case BIN_ADD: return AM_ADD_OVERFLOW;
    case BIN_SUB: return AM_SUB_OVERFLOW;
    case BIN_MUL: return AM_MUL_OVERFLOW;
    case BIN_SHL: return AM_SHL_OVERFLOW;
    default: return AM_SHR_OVERFLOW;
    }
}

/* Division and remainder panic on a zero divisor in every build (wrapping_div too). */
static void check_divisor(Lower *lw, BinOp op, Type *ty, Operand b, Span span) {
    Operand zero = compare(lw, BIN_EQ, b, const_int(ty, 0), span);
    assert_not(lw, zero, op == BIN_DIV ? AM_DIV_BY_ZERO : AM_REM_BY_ZERO, span);
}

/* ... and the operators (not wrapping_div) on MIN / -1. */
static void check_division(Lower *lw, BinOp op, Type *ty, Operand a, Operand b, Span span) {
    check_divisor(lw, op, ty, b, span);
    if (!ty_is_signed(ty)) return;
    Operand minus_one = compare(lw, BIN_EQ, b, const_int(ty, int_bits(ty, ~(IntBits)0)), span);
    Operand is_min = compare(lw, BIN_EQ, a, const_int(ty, ty_int_min(ty->ik)), span);
    Place both = temp(lw, ty_bool, span);
    assign(lw, both, rv_binary(BIN_BITAND, minus_one, is_min, ty_bool), span);
    assert_not(lw, (Operand){.kind = OP_MOVE, .place = both},
               op == BIN_DIV ? AM_DIV_OVERFLOW : AM_REM_OVERFLOW, span);
}

/* dest = a op b for integer arithmetic, bit and shift operators, with rustc's checks. */
void arith_into(Lower *lw, Place dest, BinOp op, Type *ty, Operand a, Operand b, Span span) {
    bool checkable =
        op == BIN_ADD || op == BIN_SUB || op == BIN_MUL || op == BIN_SHL || op == BIN_SHR;
    if (ty->kind == TY_INT && (op == BIN_DIV || op == BIN_REM))
        check_division(lw, op, ty, a, b, span);
    if (ty->kind != TY_INT || !checkable || !lw->opts->overflow_checks) {
        assign(lw, dest, rv_binary(op, a, b, ty), span);
        return;
    }
    Type *pair_elems[2] = {ty, ty_bool};
    Type *pair = ty_tuple(pair_elems, 2);
    Place t = temp(lw, pair, span);
    Rvalue rv = rv_binary(op, a, b, pair);
    rv.kind = RV_CHECKED_BINARY;
    assign(lw, t, rv, span);
    assert_not(lw, (Operand){.kind = OP_COPY, .place = project_field(t, 1, ty_bool)},
               overflow_msg(op), span);
    assign(lw, dest, rv_use((Operand){.kind = OP_MOVE, .place = project_field(t, 0, ty)}, ty),
           span);
}

/* An operand passed to an operator method: by value, or (for a `&self`-style parameter)
 * borrowed where it is; a `&mut` one two-phase where rustc makes it so (the autoref of an
 * overloaded compound assignment, `v += w`), else plainly mutable (IndexMut). */
Operand operator_arg(Lower *lw, Node *e, Type *param, bool two_phase, Span span) {
    Type *ty = value_ty(lw, e);
    /* by reference where the parameter is `&T` and the operand a T (which may itself be `&str`) */
    if (param->kind != TY_REF || (ty->kind == TY_REF && param->elem != ty))
        return as_reborrowed_operand(lw, e);
    Place p;
    if (is_place_node(e)) {
        /* borrowed mutably (`w[i] += x`'s add_assign): through IndexMut and DerefMut */
        p = param->is_mut ? as_mut_place(lw, e) : as_place(lw, e);
    } else {
        p = temp(lw, ty, span);
        lower_into(lw, p, e);
    }
    BorrowKind kind = !param->is_mut ? BORROW_SHARED : two_phase ? BORROW_TWO_PHASE : BORROW_MUT;
    return borrow_arg(lw, param, p, kind, span);
}

/* `a + b` with `impl Add for T`: a call of its `add` (also `eq` for `==`/`!=`, `neg`,
 * `add_assign` with `a` borrowed mutably). */
static void lower_operator_call(Lower *lw, Place dest, Def *m, Node **operands, int n, bool negate,
                                Span span) {
    Operand args[2];
    for (int i = 0; i < n; i++)
        args[i] = operator_arg(lw, operands[i], m->param_tys[i], true, span);
    Operand func = fn_operand(m);
    if (!negate) {
        call(lw, func, args, n, dest, false, span);
        return;
    }
    Place eq = temp(lw, ty_bool, span);
    call(lw, func, args, n, eq, false, span);
    assign(lw, dest,
           (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = use_place(eq, ty_bool)},
           span);
}

/* Where e's value is: its place, or a temporary holding it. Patterns match in it, so
 * their bindings move parts out of it (of an owned Box's contents too: `match *b`). */
Place value_place(Lower *lw, Node *e) {
    if (is_place_node(e)) return as_place(lw, e);
    return temp_holding(lw, e);
}

/* The operator method a node calls: the one typeck found, or in a generic body's instance
 * the impl's for the operand type; an instance of it when the impl is generic (in a generic
 * body, its use with the body's parameters, resolved per instance). */
Def *operator_method(LowerCtx *ctx, Def *found, Type *self, LangTrait lang, Type *rhs) {
    Def *m = found;
    Def *cands[8];
    int n = found ? 0 : ty_operator_methods(self, lang, cands, 8);
    /* the impl for this right-hand type (none: the derived or built-in operator): a
     * comparison's takes `other: &Rhs` (`String == &str` is PartialEq<&str>'s, not
     * PartialEq<str>'s), the others' `rhs: Rhs` */
    bool compares = lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD || lang == LANG_ORD;
    for (int exact = 1; exact >= 0 && !m; exact--)
        for (int i = 0; i < n && i < 8 && !m; i++) {
            Type *param = cands[i]->nparams > 1 ? cands[i]->param_tys[1] : NULL;
            bool by_ref = param && rhs && param->kind == TY_REF && param->elem == rhs;
            bool fits = compares ? by_ref : param == rhs;
            if (!param || !rhs || fits ||
                (!exact && (param == rhs || by_ref || ty_contains(param, TY_PARAM))))
                m = cands[i];
        }
    if (!m || !m->ngenerics || !m->impl) return m;
    while (self->kind == TY_REF) self = self->elem;
    Type **args;
    if (!impl_matches(m->impl, self, &args)) return m;
    return instance_of(ctx, m, args, m->ngenerics);
}

/* Whether op reads a temporary entered above mark other than whole: a part of one, or an
 * element at an index one holds (its storage must outlive the read). */
bool reads_part_of_temps(Lower *lw, int mark, Operand op) {
    if (op.kind == OP_CONST || op.place.nproj == 0) return false;
    for (int i = mark; i < lw->scope_locals.len; i++) {
        int local = entry_local(lw->scope_locals.items[i]);
        if (op.place.local == local) return true;
        for (int k = 0; k < op.place.nproj; k++)
            if (op.place.proj[k].kind == PROJ_INDEX && op.place.proj[k].index_local == local)
                return true;
    }
    return false;
}

/* Whether a temporary entered above mark holds a value to drop. */
static bool temps_to_drop_above(Lower *lw, int mark) {
    for (int i = mark; i < lw->scope_locals.len; i++)
        if (may_need_drop(lw->body->locals[entry_local(lw->scope_locals.items[i])].ty)) return true;
    return false;
}

/* An operand of `&&` or `||`: its temporaries die before the other operand runs, as
 * rustc's do (`c.borrow().ok() && bump(&c)` has released its Ref by the bump); the value
 * is first copied out of them when it is read from one that is dropped or only in part. */
static Operand lazy_operand(Lower *lw, Node *e) {
    int mark = lw->scope_locals.len;
    Operand v = as_operand(lw, e);
    Span end = {e->span.file, e->span.hi ? e->span.hi - 1 : 0, e->span.hi};
    if (!temps_to_drop_above(lw, mark) && !reads_part_of_temps(lw, mark, v)) {
        close_temps_keeping(lw, mark, end, operand_local(v));
        return v;
    }
    Place b = temp(lw, ty_bool, e->span);
    assign(lw, b, rv_use(v, ty_bool), e->span);
    close_temps_keeping(lw, mark, end, b.local);
    return use_place(b, ty_bool);
}

/* An operand of a built-in comparison: the value behind every reference (`x > &&0` of an
 * `x: &&i32` compares the i32s; a `&str` stays one, compared by content), only read
 * (PartialOrd takes references: never a move). */
/* A compared place is read, not moved: copied when its type is Copy (every type the
 * compiler compares itself), else (a type parameter's value, in the generic body the
 * checks see) borrowed, as rustc's `PartialEq::eq(&a, &b)` borrows it. */
static Operand read_compared(Lower *lw, Operand v, Type *t, Span span) {
    if (v.kind != OP_COPY || ty_is_copy(t)) return v;
    Type *ref = ty_ref(t, false);
    Place r = temp(lw, ref, span);
    assign(lw, r, rv_ref(lw, ref, v.place, BORROW_SHARED), span);
    return (Operand){.kind = OP_MOVE, .place = r};
}

static Operand compared_operand(Lower *lw, Node *e) {
    Type *t = e->ty;
    if (t->kind != TY_REF || t->elem->kind == TY_STR) {
        Operand v = as_operand(lw, e);
        if (v.kind == OP_MOVE && is_place_node(e)) v.kind = OP_COPY;
        return read_compared(lw, v, t, e->span);
    }
    Place p = as_place(lw, e);
    for (; t->kind == TY_REF && t->elem->kind != TY_STR; t = t->elem) p = project_deref(p, t->elem);
    return read_compared(lw, (Operand){.kind = OP_COPY, .place = p}, t, e->span);
}

/* dest = whether the Option<Ordering> at opt (of type opt_ty), a partial_cmp's result,
 * says `op` holds: Some(Less) for `<`, never None. */
static void partial_order_holds_into(Lower *lw, Place dest, BinOp op, Place opt, Type *opt_ty,
                                     Span span) {
    Type *isize = ty_int(IK_ISIZE);
    Place is_some = temp(lw, ty_bool, span), ordv = temp(lw, isize, span);
    assign(lw, is_some,
           rv_binary(BIN_EQ, discriminant_of(lw, opt, span), const_int(isize, 1), ty_bool), span);
    Type *ft;
    Place inner = debug_field_place(opt, opt_ty, 1, 0, &ft);
    assign(lw, ordv, rv_use(discriminant_of(lw, inner, span), isize), span);
    Operand holds = compare(lw, op, use_place(ordv, isize), const_int(isize, 0), span);
    assign(lw, dest, rv_binary(BIN_BITAND, use_place(is_some, ty_bool), holds, ty_bool), span);
}

/* Whether t is a type parameter of the generic body being lowered, or holds one. */
static bool names_param(Type *t) { return ty_contains(t, TY_PARAM) || ty_contains(t, TY_PROJ); }

/* `a op b` (or `-a`, `a op= b`) on a type parameter: a call of its trait's method with the
 * parameter as a type argument (operator_fn), which each instance resolves. */
static void lower_param_operator(Lower *lw, Place dest, OperatorShape shape, BinOp op,
                                 Node **operands, Span span) {
    int n = shape == OPERATOR_NEG ? 1 : 2;
    Type *sides[2] = {operands[0]->ty, n > 1 ? operands[1]->ty : NULL};
    Def *param = sides[0]->kind == TY_PARAM ? sides[0]->def : NULL;
    for (int i = 0; shape == OPERATOR_NEG && param && i < param->bounds.len; i++) {
        TraitDef *bound = param->bounds.items[i];
        if (bound->lang == LANG_NEG && bound->node) lw->ctx->neg_decl_span = bound->node->span;
    }
    Def *use = instance_of(lw->ctx, operator_fn(lw->ctx, shape, op), sides, n);
    lower_operator_call(lw, dest, use, operands, n, false, span);
}

/* dest = op a of a built-in type (-, !), with the overflow check of `-MIN`. */
static void unary_into(Lower *lw, Place dest, UnaryOp op, Type *ty, Operand a, Span span) {
    if (op == UN_NEG && lw->opts->overflow_checks && ty_is_signed(ty)) {
        Operand is_min = compare(lw, BIN_EQ, a, const_int(ty, ty_int_min(ty->ik)), span);
        assert_not(lw, is_min, AM_NEG_OVERFLOW, span);
    }
    assign(lw, dest, (Rvalue){.kind = RV_UNARY, .ty = ty, .unop = op, .a = a}, span);
}

static bool is_scalar(const Type *t) {
    return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL || t->kind == TY_CHAR;
}

/* An operator_fn call's operation for concrete types, written where the call was (an
 * instance of the generic body that made it, mono/substitute.c), as the lowering of a
 * non-generic body writes the operator: the built-in operation with its checks, or (a
 * comparison) the impl's partial_cmp and its test. args are the call's: by value, or the
 * `&` / `&mut` borrows the shape takes. */
void operator_into(Lower *lw, Place dest, OperatorShape shape, BinOp op, Type *self, Type *rhs,
                   Operand *args, Span span) {
    switch (shape) {
    case OPERATOR_ARITH:
        arith_into(lw, dest, op, ir_place_type(lw->body, dest), args[0], args[1], span);
        return;
    case OPERATOR_NEG:
        /* rustc's `impl Neg` is not #[track_caller]: `-MIN` panics in the library */
        unary_into(lw, dest, UN_NEG, self, args[0],
                   lw->ctx->neg_decl_span.hi ? lw->ctx->neg_decl_span : span);
        return;
    case OPERATOR_ASSIGN: {
        Place p = project_deref(args[0].place, self);
        arith_into(lw, p, op, self, (Operand){.kind = OP_COPY, .place = p}, args[1], span);
        return;
    }
    case OPERATOR_ORDER: break;
    }
    /* through references to what they point to, as `&a < &b` compares a and b */
    Place a = project_deref(args[0].place, self), b = project_deref(args[1].place, rhs);
    for (; self->kind == TY_REF && self->elem->kind != TY_STR; self = self->elem)
        a = project_deref(a, self->elem);
    for (; rhs->kind == TY_REF && rhs->elem->kind != TY_STR; rhs = rhs->elem)
        b = project_deref(b, rhs->elem);
    if (is_scalar(self)) {
        assign(lw, dest,
               rv_binary(op, (Operand){.kind = OP_COPY, .place = a},
                         (Operand){.kind = OP_COPY, .place = b}, ty_bool),
               span);
        return;
    }
    Def *m = operator_method(lw->ctx, NULL, self, LANG_PARTIAL_ORD, rhs);
    if (m) {
        Place opt = temp(lw, m->ret_ty, span);
        call_on_refs(lw, m, a, b, opt, span);
        partial_order_holds_into(lw, dest, op, opt, m->ret_ty, span);
        return;
    }
    Operand c = cmp_values(lw, self, a, b, span);
    assign(lw, dest, rv_use(order_holds(lw, op, c, span), ty_bool), span);
}

/* CFG: `&&`/`||`: lhs → switch → [rhs → join | short-circuit value → join] */
static void lower_binary_into(Lower *lw, Place dest, Node *e) {
    BinOp op = e->u.binary.op;
    Node *l = e->u.binary.lhs, *r = e->u.binary.rhs;
    /* typeck found the impl, or a generic body's instance reaches one through `T: Add` */
    Def *m = operator_method(lw->ctx, e->u.binary.method, value_ty(lw, l),
                             ty_operator_lang(op, false), value_ty(lw, r));
    if (m && op >= BIN_LT && op <= BIN_GE) {
        /* `a < b` with `impl PartialOrd`: partial_cmp(&a, &b) is Some(Less) */
        Node *operands[2] = {l, r};
        Place opt = temp(lw, m->ret_ty, e->span);
        lower_operator_call(lw, opt, m, operands, 2, false, e->span);
        partial_order_holds_into(lw, dest, op, opt, m->ret_ty, e->span);
        return;
    }
    if (m) {
        Node *operands[2] = {l, r};
        lower_operator_call(lw, dest, m, operands, 2, op == BIN_NE, e->span);
        return;
    }
    if (op == BIN_AND || op == BIN_OR) {
        Operand a = lazy_operand(lw, l);
        int rhs_bb = new_block(lw), short_bb = new_block(lw), join = new_block(lw);
        branch_on_bool(lw, a, op == BIN_AND ? short_bb : rhs_bb,
                       op == BIN_AND ? rhs_bb : short_bb, short_bb, e->span);
        assign(lw, dest, rv_use(const_bool(op == BIN_OR), ty_bool), e->span);
        goto_block(lw, join, e->span, rhs_bb);
        assign(lw, dest, rv_use(lazy_operand(lw, r), ty_bool), e->span);
        goto_block(lw, join, e->span, join);
        return;
    }
    Type *lv = l->ty;
    while (lv->kind == TY_REF && lv->elem->kind != TY_STR)
        lv = lv->elem; /* `&a == &b` compares what they point to */
    bool aggregate =
        lv->kind == TY_ADT || lv->kind == TY_ARRAY || (lv->kind == TY_TUPLE && lv->nelems);
    bool param = lv->kind == TY_PARAM || lv->kind == TY_PROJ;
    if (op >= BIN_LT && op <= BIN_GE && param) {
        Node *operands[2] = {l, r};
        lower_param_operator(lw, dest, OPERATOR_ORDER, op, operands, e->span);
        return;
    }
    if (op >= BIN_LT && op <= BIN_GE && aggregate) {
        Place pa = value_place(lw, l), pb = value_place(lw, r);
        Operand c = cmp_values(lw, l->ty, pa, pb, e->span);
        assign(lw, dest, rv_use(order_holds(lw, op, c, e->span), ty_bool), e->span);
        return;
    }
    if ((op == BIN_EQ || op == BIN_NE) && (aggregate || param)) {
        /* (a parameter's `==` is a call of its `eq`, resolved per instance) */
        Place pa = value_place(lw, l), pb = value_place(lw, r);
        Operand eq = equal_values(lw, l->ty, pa, pb, e->span);
        if (op == BIN_EQ) assign(lw, dest, rv_use(eq, ty_bool), e->span);
        else
            assign(lw, dest, (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = eq},
                   e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE && lv->kind == TY_REF && lv->elem->kind == TY_STR) {
        /* strs compare through the runtime: cmp(a, b) op 0 */
        Operand args[2];
        args[0] = compared_operand(lw, l);      /* in order: initializers are not sequenced */
        args[1] = compared_operand(lw, r);
        Type *i32 = ty_int(IK_I32);
        Place c = temp(lw, i32, e->span);
        call(lw, const_intrinsic(INTR_STR_CMP), args, 2, c, false, e->span);
        assign(lw, dest, rv_binary(op, use_place(c, i32), const_int(i32, 0), ty_bool), e->span);
        return;
    }
    if (op >= BIN_EQ && op <= BIN_GE) {
        Operand a = compared_operand(lw, l);    /* left first (C leaves argument order open) */
        Operand b = compared_operand(lw, r);
        assign(lw, dest, rv_binary(op, a, b, ty_bool), e->span);
        return;
    }
    if (names_param(l->ty) || names_param(r->ty)) {
        /* `a + b` of a `T: Add`: `<T as Add<R>>::add(a, b)`, which each instance makes its
         * impl's call or the built-in operation (mono/substitute.c) */
        Node *operands[2] = {l, r};
        lower_param_operator(lw, dest, OPERATOR_ARITH, op, operands, e->span);
        return;
    }
    Operand a = as_operand_deref(lw, l);
    Operand b = as_operand_deref(lw, r);
    arith_into(lw, dest, op, e->ty, a, b, e->span);
}

/* `&a[lo..hi]`: bounds checked with rustc's messages, then (pointer to a[lo], hi - lo). */
void lower_subslice_into(Lower *lw, Place dest, Node *e, Node *index) {
    Span sp = e->span;
    Type *usize = ty_int(IK_USIZE);
    Type *seq;
    Type *dest_ty = ir_place_type(lw->body, dest);
    bool mut = dest_ty->kind == TY_REF && dest_ty->is_mut;
    /* `&mut v[i..j]` through DerefMut (a Vec): Deref would give a place behind `&` */
    bool saved = lw->mut_place;
    lw->mut_place = mut;
    Place base = seq_place(lw, index->u.binary.lhs, &seq);
    lw->mut_place = saved;
    Node *range = index->u.binary.rhs;
    Place lo = temp(lw, usize, sp), hi = temp(lw, usize, sp);
    Operand len = seq_len(lw, base, seq, sp);
    if (range->u.range.lo) lower_into(lw, lo, range->u.range.lo);
    else assign(lw, lo, rv_use(const_int(usize, 0), usize), sp);
    if (range->u.range.hi) {
        lower_into(lw, hi, range->u.range.hi);
        if (range->u.range.inclusive) {
            /* ..=hi is ..hi+1 (rustc reports overflow there as an end index of usize::MAX + 1) */
            assign(lw, hi, rv_binary(BIN_ADD, use_place(hi, usize), const_int(usize, 1), usize),
                   sp);
        }
    } else {
        assign(lw, hi, rv_use(len, usize), sp);
    }
    if (seq->kind == TY_STR) {
        /* str: also on char boundaries, checked by the runtime with the string in hand */
        /* the str place is `*r` for a `&str` r: pass r itself (pointer and length) */
        Place whole = base;
        if (whole.nproj > 0 && whole.proj[whole.nproj - 1].kind == PROJ_DEREF) whole.nproj--;
        Operand args[7];
        args[0] = (Operand){.kind = OP_COPY, .place = whole};
        args[1] = use_place(lo, usize);
        args[2] = use_place(hi, usize);
        Span at = {index->span.file, index->u.binary.lhs->span.hi, index->span.hi};
        location_operands(lw, at, args + 3);
        args[6] = const_bool(range->u.range.lo != NULL && range->u.range.hi == NULL);
        call_intrinsic(lw, INTR_STR_SLICE_CHECK, args, 7, sp);
        len = const_unit();
    }
    Operand args[8];
    args[0] = use_place(lo, usize);
    args[1] = use_place(hi, usize);
    args[2] = len;
    args[3] = const_bool(range->u.range.lo != NULL);
    args[4] = const_bool(range->u.range.hi != NULL);
    /* rustc reports the location of the `[` of the indexing */
    Span at = {index->span.file, index->u.binary.lhs->span.hi, index->span.hi};
    location_operands(lw, at, args + 5);
    if (seq->kind != TY_STR) call_intrinsic(lw, INTR_SLICE_CHECK, args, 8, sp);
    int idx = temp(lw, usize, sp).local;
    assign(lw, local_place(idx), rv_use(use_place(lo, usize), usize), sp);
    Type *elem = seq->kind == TY_STR ? ty_int(IK_U8) : seq->elem;
    Place first = project_index(base, idx, elem);
    /* `&a[i..j]` borrows a (`&mut a[i..j]` mutably: E0596 when a is not `mut`) from its
     * first element, as rustc's Index::index call does: the borrow checker sees the loan */
    Type *thin_ty = ty_ref(elem, mut);
    Place thin = temp(lw, thin_ty, sp);
    assign(lw, thin, rv_ref(lw, thin_ty, first, mut ? BORROW_MUT : BORROW_SHARED), sp);
    Place n = temp(lw, usize, sp);
    assign(lw, n, rv_binary(BIN_SUB, use_place(hi, usize), use_place(lo, usize), usize), sp);
    assign(lw, dest,
           (Rvalue){.kind = RV_UNSIZE,
                    .ty = dest_ty,
                    .a = use_place(thin, thin_ty),
                    .b = use_place(n, usize)},
           sp);
}

static void lower_unary_into(Lower *lw, Place dest, Node *e) {
    UnaryOp op = e->u.unary.op;
    Def *m = op == UN_NEG
        ? operator_method(lw->ctx, e->u.unary.method, e->u.unary.operand->ty, LANG_NEG, NULL)
        : NULL;
    if (m) {
        lower_operator_call(lw, dest, m, &e->u.unary.operand, 1, false, e->span);
        return;
    }
    if (op == UN_NEG && names_param(e->u.unary.operand->ty)) {
        lower_param_operator(lw, dest, OPERATOR_NEG, BIN_ADD, &e->u.unary.operand, e->span);
        return;
    }
    if (op == UN_RAW_CONST || op == UN_RAW_MUT) {
        Place p = as_place(lw, e->u.unary.operand);
        Rvalue rv = {.kind = RV_RAW_REF,
                     .ty = e->ty,
                     .place = p,
                     .borrow = op == UN_RAW_CONST ? BORROW_SHARED : BORROW_MUT};
        assign(lw, dest, rv, e->span);
        return;
    }
    Node *boxed_node = e->u.unary.operand;
    Type *boxed = boxed_node->ty;
    if (op == UN_DEREF && is_box_move(e)) {
        /* `*b` of a Box by value (rustc allows it of Box alone): the value is read out, then
         * the box's memory is freed without dropping it again */
        Def *free_shell = adt_method(boxed, "free_shell");
        Place b = is_place_node(boxed_node) ? as_place(lw, boxed_node) : temp(lw, boxed, e->span);
        if (!is_place_node(boxed_node)) lower_into(lw, b, boxed_node);
        Type *ptr_ty = ty_field(boxed, &boxed->adt->fields[0]);
        assign(lw, dest,
               rv_use((Operand){.kind = OP_COPY,
                                .place = project_deref(project_field(b, 0, ptr_ty), e->ty)},
                      e->ty),
               e->span);
        if (free_shell) {
            free_shell = instance_of(lw->ctx, free_shell, boxed->elems, boxed->nelems);
            Operand arg = {.kind = OP_MOVE, .place = b};
            call(lw, fn_operand(free_shell), &arg, 1, temp(lw, ty_unit, e->span), false, e->span);
        }
        return;
    }
    Node *operand = strip_parens(e->u.unary.operand);
    if ((op == UN_REF || op == UN_REF_MUT) && operand->kind == N_INDEX &&
        operand->u.binary.rhs->kind == N_RANGE) {
        lower_subslice_into(lw, dest, e, operand);
        return;
    }
    if ((op == UN_REF || op == UN_REF_MUT) && operand->kind == N_UNARY &&
        operand->u.unary.op == UN_DEREF && operand->u.unary.method) {
        /* `&*w` through Deref: the reference deref returned (also for an unsized Target) */
        bool saved = lw->mut_place;
        lw->mut_place = op == UN_REF_MUT;
        Place p = user_deref_place(lw, operand);
        lw->mut_place = saved;
        p.nproj--;
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    Node *lit = strip_parens(e->u.unary.operand);
    if (op == UN_NEG) lit = NULL;
    if (lit && lit->kind == N_UNARY && lit->u.unary.op == UN_NEG && !lit->u.unary.method)
        lit = strip_parens(lit->u.unary.operand);
    bool literal = lit &&
        (lit->kind == N_LIT_INT || lit->kind == N_LIT_FLOAT || lit->kind == N_LIT_BOOL ||
         lit->kind == N_LIT_CHAR);
    if (op == UN_REF && literal) {
        /* `&0.0` is promoted to a constant that outlives the fn (a reference to it may be returned)
         */
        Operand v = as_operand(lw, e->u.unary.operand);
        if (v.kind == OP_CONST) {
            IrProgram *prog = lw->ctx->program;
            prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals,
                                          sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
            prog->globals[prog->nglobals] =
                (IrGlobal){.symbol = arena_printf("_ptconst%d", prog->nglobals),
                           .ty = v.c.ty,
                           .promoted = v.c};
            Place g = local_place(~prog->nglobals++);
            assign(lw, dest, rv_ref(lw, e->ty, g, BORROW_SHARED), e->span);
            return;
        }
    }
    int promoted = op == UN_REF ? promoted_global(lw->ctx, e) : 0;
    if (op == UN_REF || op == UN_REF_MUT) {
        Place p = promoted     ? local_place(promoted)
            : op == UN_REF_MUT ? as_mut_place(lw, e->u.unary.operand)
                               : as_place(lw, e->u.unary.operand);
        Rvalue rv = rv_ref(lw, e->ty, p, op == UN_REF ? BORROW_SHARED : BORROW_MUT);
        assign(lw, dest, rv, e->span);
        return;
    }
    if (op == UN_DEREF) {
        Place p = as_place(lw, e);
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    unary_into(lw, dest, op, e->ty, as_operand_deref(lw, e->u.unary.operand), e->span);
}

/* The right side of an assignment is a value before the left side's place is computed
 * (rustc's as_local_operand): `v[0] += v[1]` reads v[1] out before it borrows v mutably
 * for the left side, so no shared loan of v is live while the mutable one is. */
static Operand settled_rhs(Lower *lw, Operand v, Span span) {
    if (v.kind == OP_CONST || v.place.nproj == 0) return v;
    return read_into_temp(lw, v, span);
}

static void lower_assign(Lower *lw, Node *e) {
    Node *l = e->u.binary.lhs, *r = e->u.binary.rhs;
    if (e->kind == N_ASSIGN) {
        Operand v = settled_rhs(lw, as_operand(lw, r), r->span);
        Place p = as_mut_place(lw, l);
        Span span = e->span;
        if (may_need_drop(l->ty)) {                 /* the old value goes first */
            int at = lw->cur;
            emit_drop(lw, p, l->ty, l->span);
            lw->body->blocks[at].term.replace = true;
            span = l->span;                         /* the drop and the store: one access */
        }
        assign(lw, p, rv_use(v, l->ty), span);
        return;
    }
    Def *m = operator_method(lw->ctx, e->u.binary.method, l->ty,
                             ty_operator_lang(e->u.binary.op, true), r->ty);
    if (m) {
        Node *operands[2] = {l, r};
        lower_operator_call(lw, temp(lw, ty_unit, e->span), m, operands, 2, false, e->span);
        return;
    }
    if (names_param(l->ty)) {
        Node *operands[2] = {l, r};
        lower_param_operator(lw, temp(lw, ty_unit, e->span), OPERATOR_ASSIGN, e->u.binary.op,
                             operands, e->span);
        return;
    }
    Operand v = settled_rhs(lw, as_operand_deref(lw, r), r->span);
    Place p = as_mut_place(lw, l);
    arith_into(lw, p, e->u.binary.op, l->ty, use_place(p, l->ty), v, e->span);
}

/* The variant marked `#[default]` (resolve checks that a derived Default has one). */
static int default_variant(AdtDef *a) {
    NodeList *variants = &a->node->u.adt.variants;
    for (int v = 0; v < variants->len; v++) {
        Node *vn = variants->items[v];
        for (int i = 0; i < vn->attrs.len; i++) {
            Node *attr = vn->attrs.items[i];
            if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "default") == 0) return v;
        }
    }
    return 0;
}

/* `#[derive(Default)]`: zeros, false, '\0', 0.0 and the defaults of nested types. */
void default_into(Lower *lw, Place dest, Type *t, Span span) {
    if (t->kind == TY_PARAM || t->kind == TY_PROJ) {
        /* a type parameter's: `<T as Default>::default()`, resolved by each instance */
        Def *decl = lang_trait_method(LANG_DEFAULT, "default");
        call(lw, fn_operand(instance_of(lw->ctx, decl, &t, 1)), NULL, 0, dest, false, span);
        return;
    }
    if (t->kind == TY_ADT && t->adt->is_enum) {
        /* derived Default of an enum: its `#[default]` unit variant */
        Rvalue rv = {
            .kind = RV_AGGREGATE, .ty = t, .nelems = 0, .variant = default_variant(t->adt)};
        assign(lw, dest, rv, span);
        return;
    }
    switch (t->kind) {
    case TY_INT: assign(lw, dest, rv_use(const_int(t, 0), t), span); return;
    case TY_BOOL: assign(lw, dest, rv_use(const_bool(false), t), span); return;
    case TY_CHAR:
        assign(lw, dest, rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_CHAR, .ty = t}}, t),
               span);
        return;
    case TY_FLOAT:
        assign(lw, dest,
               rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_FLOAT, .ty = t}}, t), span);
        return;
    case TY_ADT: case TY_TUPLE:
        for (int i = 0; i < field_count_of(t); i++)
            default_into(lw, project_field(dest, i, field_type_of(t, i)), field_type_of(t, i),
                         span);
        return;
    case TY_ARRAY: {
        Place v = temp(lw, t->elem, span);
        default_into(lw, v, t->elem, span);
        assign(lw, dest, (Rvalue){.kind = RV_REPEAT, .ty = t, .a = use_place(v, t->elem)}, span);
        return;
    }
    default: return;
    }
}

static void lower_struct_lit_into(Lower *lw, Place dest, Node *e) {
    Type *ty = e->ty;
    Def *d = e->u.struct_lit.path->u.path.def;
    int variant = d && d->kind == DEF_VARIANT ? d->variant : -1;
    int n = variant >= 0 ? ty->adt->variants[variant].nfields : field_count_of(ty);
    Rvalue rv = {
        .kind = RV_AGGREGATE, .ty = ty, .nelems = n, .variant = variant >= 0 ? variant : 0};
    rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
    bool *given = arena_alloc(sizeof(bool) * (size_t)(n + 1));
    /* fields are evaluated in the order written, then stored in declaration order */
    NodeList *fields = &e->u.struct_lit.fields;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        rv.elems[f->u.field_init.index] = as_operand(lw, f->u.field_init.expr);
        given[f->u.field_init.index] = true;
    }
    if (e->u.struct_lit.base) {
        Place base = as_place(lw, e->u.struct_lit.base);
        for (int i = 0; i < n; i++)
            if (!given[i])
                rv.elems[i] =
                    use_place(project_field(base, i, field_type_of(ty, i)), field_type_of(ty, i));
    }
    assign(lw, dest, rv, e->span);
}

/* `p.m(args)`: the receiver is auto-dereferenced to the struct, then borrowed as the
 * method's `self` wants it (`&p`, `&mut p`, or `p` by value). */
static Operand method_receiver(Lower *lw, Node *recv, Def *m, Span span) {
    Type *self_ty = m->param_tys[0];
    Type *t = recv->ty;
    if (t == self_ty) return as_reborrowed_operand(lw, recv);
    if (t->kind == TY_REF && m->self_kind != SELF_VALUE && t->elem == self_ty->elem &&
        (!self_ty->is_mut || t->is_mut)) {
        /* a `&mut` receiver of a `&self` method is reborrowed shared (`&*r`), as rustc's
         * coercion does: `r.push(r.len())` through `r: &mut Vec` */
        if (t->is_mut && !self_ty->is_mut && is_place_node(recv))
            return borrow_arg(lw, self_ty, project_deref(as_place(lw, recv), t->elem),
                              BORROW_SHARED, span);
        return as_reborrowed_operand(lw, recv);
    }
    Place p = m->self_kind == SELF_REF_MUT ? as_mut_place(lw, recv) : as_place(lw, recv);
    /* down to Self (which may itself be a reference: `impl Pattern for &str`) */
    Type *self_inner = m->self_kind == SELF_VALUE ? self_ty : self_ty->elem;
    while (t->kind == TY_REF && t != self_inner) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    if (m->self_kind == SELF_VALUE) return use_place(p, t);
    if (t->kind == TY_ARRAY && self_ty->kind == TY_REF && self_ty->elem->kind == TY_SLICE) {
        /* a slice method of an array: the array borrowed, then unsized */
        Type *arr_ref = ty_ref(t, self_ty->is_mut);
        Place whole = temp(lw, arr_ref, span), r = temp(lw, self_ty, span);
        assign(lw, whole, rv_ref(lw, arr_ref, p, self_ty->is_mut ? BORROW_MUT : BORROW_SHARED),
               span);
        assign(lw, r,
               (Rvalue){.kind = RV_UNSIZE,
                        .ty = self_ty,
                        .a = use_place(whole, arr_ref),
                        .b = const_int(ty_int(IK_USIZE), t->len)},
               span);
        return (Operand){.kind = OP_MOVE, .place = r};
    }
    /* the autoref of a `&mut self` receiver is two-phase: `v.push(v.len())` */
    BorrowKind kind = m->self_kind == SELF_REF_MUT ? BORROW_TWO_PHASE : BORROW_SHARED;
    return borrow_arg(lw, self_ty, p, kind, span);
}

/* `obj.m(args)` with obj a `&dyn Trait`: m through the vtable, self the data pointer. */
static void lower_dyn_call_into(Lower *lw, Place dest, Node *e, Def *m) {
    Node *recv = e->u.call.receiver;
    Place p = as_place(lw, recv);
    Type *t = recv->ty;
    while (t->kind == TY_REF && t->elem->kind == TY_REF) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    if (t->kind == TY_DYN && p.nproj && p.proj[p.nproj - 1].kind == PROJ_DEREF)
        p.nproj--; /* `*b.deref()`: the fat pointer */
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 1));
    Type *fat = ir_place_type(lw->body, p);
    /* a `&mut dyn` receiver is reborrowed as the method takes self (`&mut self`: two-phase,
     * as rustc's; `&self`: shared), never copied; a `&dyn` one is copied */
    if (fat->kind == TY_REF && fat->is_mut) {
        bool mut_self = m->self_kind == SELF_REF_MUT;
        args[0] = borrow_arg(lw, mut_self ? fat : ty_ref(fat->elem, false),
                             project_deref(p, fat->elem),
                             mut_self ? BORROW_TWO_PHASE : BORROW_SHARED, e->span);
    } else {
        args[0] = (Operand){.kind = OP_COPY, .place = p};
    }
    for (int i = 0; i < argn->len; i++) args[i + 1] = as_arg_operand(lw, argn->items[i]);
    PtrVec decls = {0};
    Type *obj = recv->ty;
    while (obj->kind == TY_REF) obj = obj->elem;
    vtable_methods(obj->kind == TY_DYN ? obj->trait : m->trait, &decls);
    int slot = 0;
    while (slot < decls.len && decls.items[slot] != m) slot++;
    dyn_call(lw, m, slot, args, argn->len + 1, dest, e->span);
}

/* `a.cmp(&b)` / `a.partial_cmp(&b)` of built-in or derived orders: Ordering from -1/0/1. */
static void lower_cmp_into(Lower *lw, Place dest, Node *e) {
    /* both sides through their references, down to the value (a `&str` stays one) */
    Node *recv = e->u.call.receiver, *arg = e->u.call.args.items[0];
    Type *t = recv->ty, *at = arg->ty;
    Place a = is_place_node(recv) ? as_place(lw, recv) : temp(lw, t, e->span);
    if (!is_place_node(recv)) lower_into(lw, a, recv);
    for (; t->kind == TY_REF && t->elem->kind != TY_STR; t = t->elem) a = project_deref(a, t->elem);
    Place b = is_place_node(arg) ? as_place(lw, arg) : temp(lw, at, e->span);
    if (!is_place_node(arg)) lower_into(lw, b, arg);
    for (; at->kind == TY_REF && at->elem->kind != TY_STR; at = at->elem)
        b = project_deref(b, at->elem);
    bool total = e->u.call.method == sym_cstr("cmp");
    if (t->kind == TY_PARAM || t->kind == TY_PROJ) {
        /* `<T as Ord>::cmp(&a, &b)`, whose body each instance's type gives */
        Def *order = generated_method(lw->ctx, t, total ? GEN_CMP : GEN_PARTIAL_CMP, NULL);
        call_on_refs(lw, order, a, b, dest, e->span);
        return;
    }
    if (derived_order_into(lw, dest, t, a, b, total, e->span)) return;
    ordering_into(lw, dest, e->ty, cmp_values(lw, t, a, b, e->span), e->span);
}

static void lower_method_call_into(Lower *lw, Place dest, Node *e) {
    Def *decl = e->u.call.method_def;
    bool builtin_cmp = !decl;
    if (decl && decl->trait &&
        (decl->trait->lang == LANG_ORD || decl->trait->lang == LANG_PARTIAL_ORD) && e->ntargs) {
        Def *impl = trait_method_instance(lw->ctx, decl, e->targs, e->ntargs);
        builtin_cmp = impl && !impl->node->u.fn.body;   /* derived or primitive: no impl to call */
    }
    if (builtin_cmp &&
        (e->u.call.method == sym_cstr("cmp") || e->u.call.method == sym_cstr("partial_cmp"))) {
        lower_cmp_into(lw, dest, e);
        return;
    }
    if (decl && decl->trait && decl->trait->lang == LANG_STEP && e->ntargs &&
        e->targs[0]->kind == TY_INT) {
        /* Step::forward / backward of an integer: +1 / -1 (a range never steps past its ends) */
        Type *t = e->targs[0];
        BinOp op = e->u.call.method == sym_cstr("backward") ? BIN_SUB : BIN_ADD;
        assign(lw, dest,
               rv_binary(op, as_operand_deref(lw, e->u.call.receiver), const_int(t, 1), t),
               e->span);
        return;
    }
    if (decl && decl->trait && e->ntargs && e->targs[0]->kind == TY_DYN &&
        trait_implies(e->targs[0]->trait, decl->trait, LANG_NONE)) {
        /* a method of the object's trait or a supertrait (not a blanket impl's): its vtable's */
        lower_dyn_call_into(lw, dest, e, decl);
        return;
    }
    Def *m = callee_instance(lw->ctx, e->u.call.method_def, e);
    /* `x.clone()` for a T whose Clone is built in (a reference, a derived or Copy type):
     * the trait's declaration stands for no body */
    if (m && m->trait && m->trait->lang == LANG_CLONE && !m->node->u.fn.body) m = NULL;
    Type *recv_ty = e->u.call.receiver->ty;
    while (recv_ty->kind == TY_REF) recv_ty = recv_ty->elem;
    Def *user_clone = !m && e->u.call.method == sym_cstr("clone")
        ? operator_method(lw->ctx, NULL, recv_ty, LANG_CLONE, NULL)
        : NULL;
    if (user_clone) {
        /* `impl Clone for T` by hand: its clone(&self) */
        Node *recv = e->u.call.receiver;
        lower_operator_call(lw, dest, user_clone, &recv, 1, false, e->span);
        return;
    }
    if (!m && e->u.call.method == sym_cstr("clone") && e->u.call.args.len == 0) {
        /* derived Clone, tuples, arrays and references: each part cloned; the receiver
         * dereferenced down to the Self the call clones (`x.clone()` of an `x: &&str` is a
         * `&str`) */
        Place p = as_place(lw, e->u.call.receiver);
        for (Type *t = e->u.call.receiver->ty; t != e->ty && t->kind == TY_REF; t = t->elem)
            p = project_deref(p, t->elem);
        clone_into(lw, e->ty, p, dest, e->span);
        return;
    }
    bool iter_mut = e->u.call.method == sym_cstr("iter_mut");
    if (!m && (e->u.call.method == sym_cstr("iter") || iter_mut) &&
        (recv_ty->kind == TY_ARRAY || recv_ty->kind == TY_SLICE)) {
        /* Iter { slice: &a[..], pos: 0, end: len } (IterMut: &mut a[..]) */
        Type *seq;
        Place p = seq_place(lw, e->u.call.receiver, &seq);
        Type *slice_ref = ty_ref(ty_slice(seq->elem), iter_mut);
        Place whole = temp(lw, slice_ref, e->span);
        if (seq->kind == TY_ARRAY) {
            /* a borrow of the array (mutable for iter_mut: E0596 when it is not `mut`),
             * unsized */
            Type *arr_ref = ty_ref(seq, iter_mut);
            Place r = temp(lw, arr_ref, e->span);
            assign(lw, r, rv_ref(lw, arr_ref, p, iter_mut ? BORROW_MUT : BORROW_SHARED), e->span);
            assign(lw, whole,
                   (Rvalue){.kind = RV_UNSIZE,
                            .ty = slice_ref,
                            .a = use_place(r, arr_ref),
                            .b = const_int(ty_int(IK_USIZE), seq->len)},
                   e->span);
        } else if (iter_mut) {
            /* a reborrow: the `&mut [T]` stays the caller's, as rustc's `&mut *r` */
            assign(lw, whole, rv_ref(lw, slice_ref, p, BORROW_MUT), e->span);
        } else {
            Place r = p;
            if (r.nproj > 0 && r.proj[r.nproj - 1].kind == PROJ_DEREF) r.nproj--;
            assign(lw, whole, rv_use((Operand){.kind = OP_COPY, .place = r}, slice_ref), e->span);
        }
        Rvalue it = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = 3};
        it.elems = arena_alloc(sizeof(Operand) * 3);
        it.elems[0] = use_place(whole, slice_ref);
        it.elems[1] = const_int(ty_int(IK_USIZE), 0);
        it.elems[2] =
            seq_len(lw, project_deref(whole, ty_slice(seq->elem)), ty_slice(seq->elem), e->span);
        assign(lw, dest, it, e->span);
        return;
    }
    if (!m && e->u.call.receiver->ty->kind == TY_ARRAY && e->ty->kind == TY_ADT &&
        e->ty->adt == prelude_adt(lw->ctx->prelude, "IntoIter")) {
        /* an array's by-value iterator, built in (typeck's into_iter of an array) */
        array_into_iter(lw, e->u.call.receiver, "from_array", dest);
        return;
    }
    if (!m && recv_ty->kind == TY_STR && e->u.call.method == sym_cstr("as_bytes")) {
        /* `s.as_bytes()`: the same (pointer, length), as a `&[u8]` */
        Node *recv = e->u.call.receiver;
        Type *t = recv->ty;
        Place p;
        if (is_place_node(recv)) {
            p = as_place(lw, recv);
        } else {
            p = temp(lw, t, e->span);
            lower_into(lw, p, recv);
        }
        while (t->kind == TY_REF && t->elem->kind == TY_REF) {   /* down to the `&str` itself */
            p = project_deref(p, t->elem);
            t = t->elem;
        }
        if (t->kind == TY_STR && p.nproj && p.proj[p.nproj - 1].kind == PROJ_DEREF) p.nproj--;
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = p}, e->ty), e->span);
        return;
    }
    if (!m && (recv_ty->kind == TY_ARRAY || recv_ty->kind == TY_SLICE || recv_ty->kind == TY_STR)) {
        /* `len` and `is_empty` take `&self` of the slice or str, so the receiver is borrowed
         * (an array too: rustc unsizes `&a` to `&[T]`), E0502 against a live `&mut a[0]` */
        Type *seq;
        Node *recv = e->u.call.receiver;
        Place p = seq_place(lw, recv, &seq);
        Type *ref = ty_ref(seq, false);
        Place self = temp(lw, ref, recv->span);
        assign(lw, self, rv_ref(lw, ref, p, BORROW_SHARED), recv->span);
        Operand len = seq_len(lw, project_deref(self, seq), seq, e->span);
        if (e->u.call.method == sym_cstr("is_empty"))
            assign(lw, dest, rv_binary(BIN_EQ, len, const_int(ty_int(IK_USIZE), 0), ty_bool),
                   e->span);
        else assign(lw, dest, rv_use(len, ty_int(IK_USIZE)), e->span);
        return;
    }
    if (!m) {
        lower_prim_method_into(lw, dest, e);
        return;
    }
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 4));
    args[0] = settle_arg(lw, method_receiver(lw, e->u.call.receiver, m, e->u.call.receiver->span),
                         argn->items, argn->len, e->u.call.receiver->span);
    lower_args(lw, argn->items, argn->len, args + 1);
    int nargs = argn->len + 1;
    if (is_builtin_fmt(m) && e->ntargs && !is_generic_use(m)) {
        builtin_fmt_into(lw, dest, m, e->targs[0], args[0], args[1], false, e->span);
        return;
    }
    if (m->track_caller) {
        location_operands(lw, e->u.call.method_span, args + nargs);
        nargs += 3;
    }
    Operand func = fn_operand(m);
    int at = lw->cur;
    call(lw, func, args, nargs, dest, m->ret_ty->kind == TY_NEVER, e->span);
    lw->body->blocks[at].term.fn_span = e->u.call.method_span;
}

/* A fact of type t only its concrete type decides (size, alignment, whether it needs drop,
 * whether it is a scalar): a constant, or, when t names a generic body's type parameters,
 * a call that each instance makes the constant for its type (mono/substitute.c). */
static Operand type_fact(Lower *lw, Builtin fact, Type *t, Span span) {
    Type *ty = type_fact_type(fact);
    if (!ty_contains(t, TY_PARAM) && !ty_contains(t, TY_PROJ)) {
        IntBits v = type_fact_value(fact, t);
        return ty == ty_bool ? const_bool(v != 0) : const_int(ty, v);
    }
    Place p = temp(lw, ty, span);
    Def *fact_fn = instance_of(lw->ctx, type_fact_fn(lw->ctx, fact), &t, 1);
    call(lw, fn_operand(fact_fn), NULL, 0, p, false, span);
    return use_place(p, ty);
}

/* The size and alignment operands of a Layout (the prelude's `{ size, align }`). */
static void layout_operands(Lower *lw, Operand layout, Type *layout_ty, Operand out[2], Span span) {
    Place p = operand_place(lw, layout, layout_ty, span);
    for (int i = 0; i < 2; i++)
        out[i] = (Operand){.kind = OP_COPY, .place = project_field(p, i, ty_int(IK_USIZE))};
}

/* `f(args)` of `f: F` with `F: Fn(A) -> R` (FnMut, FnOnce; also through `&F`, `&mut F`):
 * `<F as Fn<(A,)>>::call(&f, args)`, `call_mut(&mut f, args)` or `call_once(f, args)`, as
 * rustc's MIR has it, so the checks see the borrow or the move of f (an `F: FnMut` must be
 * mutable; a second call of an FnOnce is E0382). Each instance makes it the call of the
 * closure's body, the fn item or the fn pointer F turns out to be (mono/substitute.c).
 * args (room for one more in front) are the arguments, already evaluated. */
static void lower_fn_param_call(Lower *lw, Place dest, Node *e, Operand *args, int nargs) {
    Node *callee = e->u.call.callee;
    Type *f_ty = callee->ty;
    Place f = is_place_node(callee) ? as_place(lw, callee) : temp(lw, f_ty, e->span);
    if (!is_place_node(callee)) lower_into(lw, f, callee);
    for (; f_ty->kind == TY_REF; f_ty = f_ty->elem) f = project_deref(f, f_ty->elem);
    Node *bound = f_ty->kind == TY_PARAM ? f_ty->def->fn_bound : NULL;
    LangTrait kind = bound && bound->u.path.def ? bound->u.path.def->trait->lang : LANG_FN;
    Type *self_ty = kind == LANG_FN_ONCE ? f_ty : ty_ref(f_ty, kind == LANG_FN_MUT);
    memmove(args + 1, args, sizeof(Operand) * (size_t)nargs);
    args[0] = kind == LANG_FN_ONCE
        ? use_place(f, f_ty)
        : borrow_arg(lw, self_ty, f, kind == LANG_FN_MUT ? BORROW_MUT : BORROW_SHARED, e->span);
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    for (int i = 0; i <= nargs; i++) params[i] = ir_operand_type(lw->body, &args[i]);
    Def *op = fn_param_call(lw->ctx, kind, f_ty, params, nargs + 1, e->ty);
    call(lw, fn_operand(op), args, nargs + 1, dest, e->ty->kind == TY_NEVER, e->span);
}

/* std::alloc's functions call the runtime's allocator; std::ptr's read and write move bits
 * without dropping anything (drop_in_place is the drop, copy a memmove). */
static void lower_std_builtin(Lower *lw, Place dest, Builtin builtin, Node *e, Operand *args) {
    NodeList *argn = &e->u.call.args;
    Span sp = e->span;
    Type *usize = ty_int(IK_USIZE), *arg0 = argn->len ? ((Node *)argn->items[0])->ty : NULL;
    Operand a[4];
    switch (builtin) {
    case BUILTIN_ALLOC: case BUILTIN_ALLOC_ZEROED:
        layout_operands(lw, args[0], arg0, a, sp);
        call(lw, const_intrinsic(ir_intrinsic_of_builtin(builtin)), a, 2, dest, false, sp);
        return;
    case BUILTIN_DEALLOC:
    case BUILTIN_REALLOC: {
        a[0] = args[0];
        layout_operands(lw, args[1], ((Node *)argn->items[1])->ty, a + 1, sp);
        if (builtin == BUILTIN_DEALLOC) {
            call_intrinsic(lw, ir_intrinsic_of_builtin(builtin), a, 3, sp);
            break;
        }
        a[3] = args[2];
        call(lw, const_intrinsic(ir_intrinsic_of_builtin(builtin)), a, 4, dest, false, sp);
        return;
    }
    case BUILTIN_SINK_TAKE:
    case BUILTIN_ARG_COUNT:
    case BUILTIN_ARG:
    case BUILTIN_PARSE_F64:
    case BUILTIN_CHAR_PROPERTY: {
        /* the prelude's intrinsics: the runtime function, its arguments as they are */
        Operand runtime_fn = const_intrinsic(ir_intrinsic_of_builtin(builtin));
        call(lw, runtime_fn, args, argn->len, dest, false, sp);
        return;
    }
    case BUILTIN_CHAR_FROM_U32_UNCHECKED:       /* a char is its u32 */
        assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = ty_char, .a = args[0]}, sp);
        return;
    case BUILTIN_STR_FROM_UTF8_UNCHECKED:       /* the same (pointer, length) */
        assign(lw, dest, rv_use(args[0], e->ty), sp);
        return;
    case BUILTIN_SLICE_FROM_RAW_PARTS: case BUILTIN_SLICE_FROM_RAW_PARTS_MUT:
        assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = e->ty, .a = args[0], .b = args[1]}, sp);
        return;
    case BUILTIN_PTR_NULL: case BUILTIN_PTR_NULL_MUT:
        assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = e->ty, .a = const_int(usize, 0)}, sp);
        return;
    case BUILTIN_PTR_READ:
        assign(
            lw, dest,
            rv_use((Operand){.kind = OP_COPY,
                             .place = project_deref(operand_place(lw, args[0], arg0, sp), e->ty)},
                   e->ty),
            sp);
        return;
    case BUILTIN_PTR_WRITE: {
        Type *t = arg0->elem;
        assign(lw, project_deref(operand_place(lw, args[0], arg0, sp), t), rv_use(args[1], t), sp);
        break;
    }
    case BUILTIN_PTR_DROP_IN_PLACE:
        if (may_need_drop(arg0->elem))
            emit_drop(lw, project_deref(operand_place(lw, args[0], arg0, sp), arg0->elem),
                      arg0->elem, sp);
        break;
    default: { /* copy, copy_nonoverlapping: count elements, as bytes */
        Operand size = type_fact(lw, BUILTIN_SIZE_OF, arg0->elem, sp);
        Place bytes = temp(lw, usize, sp);
        assign(lw, bytes, rv_binary(BIN_MUL, args[2], size, usize), sp);
        a[0] = args[1];
        a[1] = args[0];
        a[2] = use_place(bytes, usize);
        call_intrinsic(lw, ir_intrinsic_of_builtin(builtin), a, 3, sp);
        break;
    }
    }
    assign(lw, dest, rv_use(const_unit(), ty_unit), sp);
}

static void lower_call_into(Lower *lw, Place dest, Node *e) {
    Node *callee = strip_parens(e->u.call.callee);
    Def *def = callee->kind == N_PATH ? callee->u.path.def : NULL;
    if (def &&
        (def->kind == DEF_ADT ||
         def->kind == DEF_VARIANT)) { /* tuple struct / variant constructor */
        NodeList *argn = &e->u.call.args;
        Rvalue rv = {.kind = RV_AGGREGATE,
                     .ty = e->ty,
                     .nelems = argn->len,
                     .variant = def->kind == DEF_VARIANT ? def->variant : 0};
        rv.elems = arena_alloc(sizeof(Operand) * (size_t)(argn->len ? argn->len : 1));
        for (int i = 0; i < argn->len; i++) rv.elems[i] = as_operand(lw, argn->items[i]);
        assign(lw, dest, rv, e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_DEFAULT) {
        default_into(lw, dest, e->ty, e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN &&
        (def->builtin == BUILTIN_SIZE_OF || def->builtin == BUILTIN_ALIGN_OF)) {
        Type *measured = e->ntargs ? e->targs[0] : def->const_ty;
        if (!ty_contains(measured, TY_PARAM) && layout_too_big(measured))
            layout_report_too_big(measured, e->span, "E0080");
        assign(lw, dest, rv_use(type_fact(lw, def->builtin, measured, e->span), e->ty), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN &&
        (def->builtin == BUILTIN_NEEDS_DROP || def->builtin == BUILTIN_IS_SCALAR)) {
        Type *t = e->ntargs ? e->targs[0] : def->const_ty;
        assign(lw, dest, rv_use(type_fact(lw, def->builtin, t, e->span), ty_bool), e->span);
        return;
    }
    NodeList *argn = &e->u.call.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len + 4));
    lower_args(lw, argn->items, argn->len, args);
    int nargs = argn->len;
    Def *target = callee_instance(lw->ctx, def, e);
    if (target && target->track_caller) {
        location_operands(lw, e->span, args + nargs);
        nargs += 3;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_METHOD) {
        /* `u32::from_le_bytes(b)`: b's bytes read as the integer (swapped for be) */
        Type *t = def->const_ty, *bytes = ((Node *)argn->items[0])->ty;
        Place arr = operand_place(lw, args[0], bytes, e->span);
        Type *raw_bytes = ty_ptr(bytes, false), *raw_int = ty_ptr(t, false);
        Place pb = temp(lw, raw_bytes, e->span), pi = temp(lw, raw_int, e->span);
        assign(lw, pb,
               (Rvalue){.kind = RV_RAW_REF, .ty = raw_bytes, .place = arr, .borrow = BORROW_SHARED},
               e->span);
        assign(lw, pi, (Rvalue){.kind = RV_CAST, .ty = raw_int, .a = use_place(pb, raw_bytes)},
               e->span);
        Operand value = {.kind = OP_COPY, .place = project_deref(pi, t)};
        if (def->name == sym_cstr("from_be_bytes"))
            assign(lw, dest,
                   (Rvalue){.kind = RV_PRIM,
                            .ty = t,
                            .prim = PRIM_SWAP_BYTES,
                            .a = value,
                            .b = const_unit()},
                   e->span);
        else
            assign(lw, dest, rv_use(value, t), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_ALLOC) {
        lower_std_builtin(lw, dest, def->builtin, e, args);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_MEM_SWAP) {
        /* the two values trade places bit for bit: neither dies, so neither is dropped */
        Type *ref_ty = ((Node *)argn->items[0])->ty, *t = ref_ty->elem;
        Place a = project_deref(operand_place(lw, args[0], ref_ty, e->span), t);
        Place b = project_deref(operand_place(lw, args[1], ref_ty, e->span), t);
        Place held = temp(lw, t, e->span);
        assign(lw, held, rv_use((Operand){.kind = OP_MOVE, .place = a, .by_compiler = true}, t),
               e->span);
        assign(lw, a, rv_use((Operand){.kind = OP_MOVE, .place = b, .by_compiler = true}, t),
               e->span);
        assign(lw, b, rv_use((Operand){.kind = OP_MOVE, .place = held}, t), e->span);
        assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN &&
        (def->builtin == BUILTIN_SIZE_OF_VAL || def->builtin == BUILTIN_ALIGN_OF_VAL)) {
        /* known statically but for `dyn Trait` (its vtable's) and slices and str (by length) */
        Type *ref_ty = ((Node *)argn->items[0])->ty, *t = ref_ty->elem, *usize = ty_int(IK_USIZE);
        bool size = def->builtin == BUILTIN_SIZE_OF_VAL;
        Place r = operand_place(lw, args[0], ref_ty, e->span);
        if (t->kind == TY_DYN) {
            Rvalue rv = {.kind = RV_PRIM,
                         .ty = usize,
                         .prim = size ? PRIM_DYN_SIZE : PRIM_DYN_ALIGN,
                         .a = {.kind = OP_COPY, .place = r},
                         .b = const_unit()};
            assign(lw, dest, rv, e->span);
        } else if ((t->kind == TY_SLICE || t->kind == TY_STR) && size) {
            Type *unit = t->kind == TY_STR ? ty_int(IK_U8) : t->elem;
            Operand len = seq_len(lw, project_deref(r, t), t, e->span);
            assign(lw, dest,
                   rv_binary(BIN_MUL, len, const_int(usize, layout_of(unit)->size), usize),
                   e->span);
        } else {
            /* a sized type's (a type parameter's too: each instance's constant) */
            Type *unit = t->kind == TY_SLICE ? t->elem : t->kind == TY_STR ? ty_int(IK_U8) : t;
            Builtin fact = size ? BUILTIN_SIZE_OF : BUILTIN_ALIGN_OF;
            assign(lw, dest, rv_use(type_fact(lw, fact, unit, e->span), usize), e->span);
        }
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_MEM_FORGET) {
        /* moved into a place that is never dropped */
        Type *t = ((Node *)argn->items[0])->ty;
        assign(lw, temp_undropped(lw, t, e->span), rv_use(args[0], t), e->span);
        assign(lw, dest, rv_use(const_unit(), ty_unit), e->span);
        return;
    }
    if (def && def->kind == DEF_BUILTIN_FN) {
        call_intrinsic(lw, ir_intrinsic_of_builtin(def->builtin), args, argn->len, e->span);
        return;
    }
    /* (a type parameter's `fmt` or `default()` is a call each instance resolves) */
    if (is_builtin_fmt(target) && e->ntargs && nargs == 2 && !is_generic_use(target)) {
        builtin_fmt_into(lw, dest, target, e->targs[0], args[0], args[1], false, e->span);
        return;
    }
    if (target && target->trait && target->trait->lang == LANG_DEFAULT &&
        !target->node->u.fn.body && !is_generic_use(target)) {
        /* `T::default()` of a derived or primitive Default: built in */
        default_into(lw, dest, e->ty, e->span);
        return;
    }
    def = target;
    Type *ct = callee->ty;
    while (ct->kind == TY_REF) ct = ct->elem;
    if (!def && (ct->kind == TY_CLOSURE || ct->kind == TY_FN_DEF)) {
        /* a closure gets its environment first (by &mut when it writes its captures) */
        def = ct->kind == TY_CLOSURE ? closure_def(lw->ctx, ct) : ct->def;
        if (ct->kind == TY_CLOSURE) {
            memmove(args + 1, args, sizeof(Operand) * (size_t)nargs);
            Type *env_ref = def->param_tys[0];
            Place env = temp(lw, env_ref, e->span);
            Place f = is_place_node(callee) ? as_place(lw, callee) : temp(lw, callee->ty, e->span);
            if (!is_place_node(callee)) lower_into(lw, f, callee);
            for (Type *t = callee->ty; t->kind == TY_REF; t = t->elem)
                f = project_deref(f, t->elem);
            assign(lw, env, rv_ref(lw, env_ref, f, env_ref->is_mut ? BORROW_MUT : BORROW_SHARED),
                   e->span);
            args[0] = (Operand){.kind = OP_MOVE, .place = env};
            nargs++;
        }
    }
    if (!def && ct->kind == TY_FN_PTR) {
        Place f = is_place_node(callee) ? as_place(lw, callee) : temp(lw, callee->ty, e->span);
        if (!is_place_node(callee)) lower_into(lw, f, callee);
        for (Type *t = callee->ty; t->kind == TY_REF; t = t->elem) f = project_deref(f, t->elem);
        call_through(lw, use_place(f, ct), fn_ptr_signature(lw->ctx, ct), args, nargs, dest,
                     ct->ret->kind == TY_NEVER, e->span);
        return;
    }
    if (!def) {
        lower_fn_param_call(lw, dest, e, args, nargs);
        return;
    }
    Operand func = fn_operand(def);
    call(lw, func, args, nargs, dest, def->ret_ty->kind == TY_NEVER, e->span);
}

/* `a.pow(b)`, `wrapping_pow`, `checked_pow` through the runtime, in 128 bits whatever the
 * type: dest = the (wrapped) power; for checked_pow, returns whether it overflowed. */
static Operand ipow_into(Lower *lw, Place dest, PrimOp op, Type *t, Operand a, Operand exp,
                         Span sp) {
    Type *u128 = ty_int(IK_U128), *u32 = ty_int(IK_U32);
    Place base = temp(lw, u128, sp), power = temp(lw, u32, sp), result = temp(lw, u128, sp);
    assign(lw, base, (Rvalue){.kind = RV_CAST, .ty = u128, .a = a}, sp);
    assign(lw, power, rv_use(exp, u32), sp);
    Operand args[8];
    args[0] = use_place(base, u128);
    args[1] = use_place(power, u32);
    args[2] = const_int(u32, (uint64_t)ty_int_bits(t->ik));
    args[3] = const_bool(ty_int_signed(t->ik));
    args[4] = const_bool(op == PRIM_IPOW && lw->opts->overflow_checks);
    location_operands(lw, sp, args + 5);
    call(lw, const_intrinsic(INTR_IPOW), args, 8, result, false, sp);
    assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = t, .a = use_place(result, u128)}, sp);
    if (op != PRIM_CHECKED_POW) return const_bool(false);
    Place overflowed = temp(lw, ty_bool, sp);
    call(lw, const_intrinsic(INTR_IPOW_OVERFLOWS), args, 4, overflowed, false, sp);
    return use_place(overflowed, ty_bool);
}

/* `a.checked_add(b)` and friends: Some(result), or None where the operator would panic.
 * CFG: overflow test → [ok: Some(result) → join | overflow: None → join] */
static void checked_into(Lower *lw, Place dest, PrimOp op, Type *t, Operand a, Operand b, Type *opt,
                         Span sp) {
    int some = new_block(lw), none = new_block(lw), join = new_block(lw);
    Place value = temp(lw, t, sp);
    if (op == PRIM_CHECKED_DIV || op == PRIM_CHECKED_REM) {
        Operand zero = compare(lw, BIN_EQ, b, const_int(t, 0), sp);
        Operand bad = zero;
        if (ty_is_signed(t)) {
            Type *b1 = ty_bool;
            Operand minus_one = compare(lw, BIN_EQ, b, const_int(t, int_bits(t, ~(IntBits)0)), sp);
            Operand is_min = compare(lw, BIN_EQ, a, const_int(t, ty_int_min(t->ik)), sp);
            Place both = temp(lw, b1, sp), any = temp(lw, b1, sp);
            assign(lw, both, rv_binary(BIN_BITAND, minus_one, is_min, b1), sp);
            assign(lw, any, rv_binary(BIN_BITOR, zero, use_place(both, b1), b1), sp);
            bad = use_place(any, b1);
        }
        int compute = new_block(lw);
        switch_on_value(lw, bad, 1, none, compute, compute, sp);
        assign(lw, value, rv_binary(op == PRIM_CHECKED_DIV ? BIN_DIV : BIN_REM, a, b, t), sp);
        goto_block(lw, some, sp, some);
    } else if (op == PRIM_CHECKED_POW) {
        Operand overflowed = ipow_into(lw, value, op, t, a, b, sp);
        switch_on_value(lw, overflowed, 1, none, some, some, sp);
    } else {
        Type *pair_elems[2] = {t, ty_bool};
        Type *pair = ty_tuple(pair_elems, 2);
        Place r = temp(lw, pair, sp);
        BinOp bop = op == PRIM_CHECKED_ADD ? BIN_ADD : op == PRIM_CHECKED_SUB ? BIN_SUB : BIN_MUL;
        Rvalue rv = rv_binary(bop, a, b, pair);
        rv.kind = RV_CHECKED_BINARY;
        assign(lw, r, rv, sp);
        assign(lw, value, rv_use((Operand){.kind = OP_COPY, .place = project_field(r, 0, t)}, t),
               sp);
        Operand overflowed = {.kind = OP_COPY, .place = project_field(r, 1, ty_bool)};
        switch_on_value(lw, overflowed, 1, none, some, some, sp);
    }
    Rvalue wrapped = {.kind = RV_AGGREGATE, .ty = opt, .variant = 1, .nelems = 1};
    wrapped.elems = arena_alloc(sizeof(Operand));
    wrapped.elems[0] = use_place(value, t);
    assign(lw, dest, wrapped, sp);
    goto_block(lw, join, sp, none);
    assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = opt, .variant = 0}, sp);
    goto_block(lw, join, sp, join);
}

/* x.sqrt(), n.pow(k), ...: the receiver is auto-dereferenced; the arithmetic that can
 * overflow checks as the operators do. */
static void lower_prim_method_into(Lower *lw, Place dest, Node *e) {
    Node *r = e->u.call.receiver;
    Span sp = e->span;
    Operand recv = as_operand(lw, r);
    Type *t = r->ty;
    while (t->kind == TY_REF) {
        Place tmp = temp(lw, t, sp);
        assign(lw, tmp, rv_use(recv, t), sp);
        recv = use_place(project_deref(tmp, t->elem), t->elem);
        t = t->elem;
    }
    PrimMethod pm;
    if (!prim_method_lookup(t, e->u.call.method, &pm)) return;   /* typeck reported it */
    Operand arg = pm.nargs ? as_operand(lw, e->u.call.args.items[0]) : const_unit();
    if (pm.op == PRIM_IPOW || pm.op == PRIM_WRAPPING_POW) {
        ipow_into(lw, dest, pm.op, t, recv, arg, sp);
        return;
    }
    if (pm.op == PRIM_TO_LE_BYTES || pm.op == PRIM_TO_BE_BYTES) {
        /* the integer's bytes as they lie in memory (little-endian), swapped first for be */
        Place v = temp(lw, t, sp);
        if (pm.op == PRIM_TO_BE_BYTES)
            assign(lw, v,
                   (Rvalue){.kind = RV_PRIM,
                            .ty = t,
                            .prim = PRIM_SWAP_BYTES,
                            .a = recv,
                            .b = const_unit()},
                   sp);
        else assign(lw, v, rv_use(recv, t), sp);
        assign(lw, dest, (Rvalue){.kind = RV_USE, .ty = pm.ret, .a = {.kind = OP_COPY, .place = v}},
               sp);
        return;
    }
    if (pm.op >= PRIM_CHECKED_ADD && pm.op <= PRIM_CHECKED_POW) {
        checked_into(lw, dest, pm.op, t, recv, arg, e->ty, sp);
        return;
    }
    if (pm.op == PRIM_IABS && lw->opts->overflow_checks) {
        Operand is_min = compare(lw, BIN_EQ, recv, const_int(t, ty_int_min(t->ik)), sp);
        assert_not(lw, is_min, AM_NEG_OVERFLOW, sp);
    }
    if (pm.op == PRIM_REM_EUCLID) check_division(lw, BIN_REM, t, recv, arg, sp);
    if (pm.op == PRIM_WRAPPING_DIV || pm.op == PRIM_WRAPPING_REM)
        check_divisor(lw, pm.op == PRIM_WRAPPING_DIV ? BIN_DIV : BIN_REM, t, arg, sp);
    Rvalue rv = {.kind = RV_PRIM, .ty = pm.ret, .prim = pm.op, .a = recv, .b = arg};
    assign(lw, dest, rv, sp);
}

static void lower_tuple_into(Lower *lw, Place dest, Node *e) {
    int n = e->u.list.elems.len;
    Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = n};
    rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) rv.elems[i] = as_operand(lw, e->u.list.elems.items[i]);
    assign(lw, dest, rv, e->span);
}

/* `operand as T` for cast e (of type T). */
static void cast_into(Lower *lw, Place dest, Node *e, Node *operand) {
    Operand a = as_operand(lw, operand);
    assign(lw, dest, (Rvalue){.kind = RV_CAST, .ty = e->ty, .a = a}, e->span);
}

/* A conversion as typeck resolved it (Node.conversion): the operand's value, a primitive
 * cast, or the call of the impl's `from`. */
static void lower_conversion_into(Lower *lw, Place dest, Node *e) {
    Conversion *c = e->conversion;
    switch (c->kind) {
    case CONVERSION_IDENTITY: lower_into(lw, dest, c->operand); return;
    case CONVERSION_PRIM_CAST: cast_into(lw, dest, e, c->operand); return;
    case CONVERSION_FROM_CALL: {
        Operand arg;
        lower_args(lw, &c->operand, 1, &arg);
        Def *from = callee_instance(lw->ctx, c->from, e);
        call(lw, fn_operand(from), &arg, 1, dest, from->ret_ty->kind == TY_NEVER, e->span);
        return;
    }
    }
}

void lower_into(Lower *lw, Place dest, Node *e) {
    if (has_adjustments(lw, e)) {
        Type *ty = adjusted_ty(e);
        assign(lw, dest, rv_use(use_place(adjusted_place(lw, e), ty), ty), e->span);
        return;
    }
    Type *want = ir_place_type(lw->body, dest);
    bool mut_ref = e->ty && e->ty->kind == TY_REF && e->ty->is_mut;
    if (mut_ref && want->kind == TY_REF && !want->is_mut) {
        /* a `&mut T` where a `&T` is wanted (a return, a tail, a field): reborrowed shared,
         * `&*e`, as rustc's coercion; a place is not moved out */
        Place src = is_place_node(e) ? as_place(lw, e) : temp(lw, e->ty, e->span);
        if (!is_place_node(e)) lower_into(lw, src, e);
        assign(lw, dest, rv_read_as(lw, src, e->ty, want), e->span);
        return;
    }
    if (mut_ref && e->reborrow == REBORROW_MUT && is_place_node(e)) {
        /* `let r: &mut T = m;`: `&mut *m`, m usable again once r is done */
        Place target = project_deref(as_place(lw, e), e->ty->elem);
        assign(lw, dest, rv_ref(lw, e->ty, target, BORROW_MUT), e->span);
        return;
    }
    Operand c;
    if (as_constant(e, &c)) {
        assign(lw, dest, rv_use(c, e->ty), e->span);
        return;
    }
    if (e->conversion) {
        lower_conversion_into(lw, dest, e);
        return;
    }
    switch (e->kind) {
    case N_PAREN: lower_into(lw, dest, e->u.unary.operand); return;
    case N_PATH:
        if (is_static_item(e->u.path.def)) { /* a static is read where it lives */
            assign(lw, dest, rv_use(use_place(as_place(lw, e), e->ty), e->ty), e->span);
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST) {     /* consts are inlined */
            Node *value = const_value(e);
            if (value) {
                lower_into(lw, dest, value);
                return;
            }
            /* a generic body's `T::N`: `<T as Tr>::N`, read by each instance from its impl */
            Def *use = assoc_const_use(lw->ctx, e->u.path.def, e->targs, e->ntargs, e->ty);
            call(lw, fn_operand(use), NULL, 0, dest, false, e->span);
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_VARIANT) {   /* a unit variant */
            assign(lw, dest,
                   (Rvalue){.kind = RV_AGGREGATE, .ty = e->ty, .variant = e->u.path.def->variant},
                   e->span);
            return;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_ADT) {       /* a unit struct value */
            assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = e->ty}, e->span);
            return;
        }
        /* fall through */
    case N_FIELD: {
        Place p = as_place(lw, e);
        Type *to = ir_place_type(lw->body, dest);
        Rvalue read = rv_use(use_place(p, e->ty), e->ty);
        /* `*mut T` read where `*const T` is wanted: rustc's coercion is a pointer cast */
        if (to->kind == TY_PTR && !to->is_mut && e->ty->kind == TY_PTR && e->ty->is_mut)
            read = (Rvalue){.kind = RV_CAST, .ty = to, .a = read.a};
        assign(lw, dest, read, e->span);
        return;
    }
    case N_TUPLE: lower_tuple_into(lw, dest, e); return;
    case N_UNARY: lower_unary_into(lw, dest, e); return;
    case N_BINARY: lower_binary_into(lw, dest, e); return;
    case N_ASSIGN: case N_COMPOUND_ASSIGN: lower_assign(lw, e); return;
    case N_CAST: cast_into(lw, dest, e, e->u.cast.expr); return;
    case N_CALL: lower_call_into(lw, dest, e); return;
    case N_METHOD_CALL: lower_method_call_into(lw, dest, e); return;
    case N_STRUCT_LIT: lower_struct_lit_into(lw, dest, e); return;
    case N_MATCH: lower_match_into(lw, dest, e); return;
    case N_INDEX: {
        Place p = as_place(lw, e);
        assign(lw, dest, rv_use(use_place(p, e->ty), e->ty), e->span);
        return;
    }
    case N_ARRAY: {
        int n = e->u.list.elems.len;
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = n};
        rv.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++) rv.elems[i] = as_operand(lw, e->u.list.elems.items[i]);
        assign(lw, dest, rv, e->span);
        return;
    }
    case N_ARRAY_REPEAT:
        assign(lw, dest,
               (Rvalue){.kind = RV_REPEAT, .ty = e->ty, .a = as_operand(lw, e->u.repeat.value)},
               e->span);
        return;
    case N_UNSIZE: {
        if (e->ty->kind == TY_FN_PTR) {
            /* a fn item or capture-free closure as a pointer: the function's address */
            Type *from = e->u.unary.operand->ty;
            Def *fn = from->kind == TY_CLOSURE ? closure_def(lw->ctx, from) : from->def;
            assign(
                lw, dest,
                rv_use((Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = e->ty, .fn = fn}},
                       e->ty),
                e->span);
            return;
        }
        if (e->ty->kind == TY_ADT) {
            /* `Box<T>` as `Box<dyn Trait>`: the same allocation, its pointer with T's vtable */
            Type *from = e->u.unary.operand->ty, *dyn = e->ty->elems[0];
            Type *thin_ty = ty_field(from, &from->adt->fields[0]), *fat_ty = ty_ptr(dyn, true);
            Place held = temp_undropped(lw, from, e->span); /* the new box owns what it holds */
            lower_into(lw, held, e->u.unary.operand);
            int vt = vtable_of(lw->ctx, thin_ty->elem, dyn->trait);
            Operand table = {
                .kind = OP_CONST,
                .c = {.kind = CONST_VTABLE, .ty = ty_int(IK_USIZE), .bits = (uint64_t)vt}};
            Place fat = temp(lw, fat_ty, e->span);
            assign(lw, fat,
                   (Rvalue){.kind = RV_UNSIZE,
                            .ty = fat_ty,
                            .a = {.kind = OP_COPY, .place = project_field(held, 0, thin_ty)},
                            .b = table},
                   e->span);
            Rvalue boxed = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = 1};
            boxed.elems = arena_alloc(sizeof(Operand));
            boxed.elems[0] = use_place(fat, fat_ty);
            assign(lw, dest, boxed, e->span);
            return;
        }
        Operand thin = as_operand(lw, e->u.unary.operand);
        if (e->ty->elem->kind == TY_DYN) {
            /* `&T as &dyn Trait`: (data, T's vtable) */
            int vt = vtable_of(lw->ctx, e->u.unary.operand->ty->elem, e->ty->elem->trait);
            Operand table = {
                .kind = OP_CONST,
                .c = {.kind = CONST_VTABLE, .ty = ty_int(IK_USIZE), .bits = (uint64_t)vt}};
            assign(lw, dest, (Rvalue){.kind = RV_UNSIZE, .ty = e->ty, .a = thin, .b = table},
                   e->span);
            return;
        }
        Type *arr = e->u.unary.operand->ty->elem;
        assign(lw, dest,
               (Rvalue){.kind = RV_UNSIZE,
                        .ty = e->ty,
                        .a = thin,
                        .b = const_int(ty_int(IK_USIZE), arr->len)},
               e->span);
        return;
    }
    case N_BLOCK:
        if (e->u.block.label) {
            int exit = new_block(lw);
            push_loop(lw, e, exit, -1, dest, true);
            lower_block_into(lw, dest, e);
            lw->loops.len--;
            goto_block(lw, exit, e->span, exit);
            return;
        }
        lower_block_into(lw, dest, e);
        return;
    case N_IF: lower_if_into(lw, dest, e); return;
    case N_WHILE: case N_LOOP: case N_FOR: lower_loop_into(lw, dest, e); return;
    case N_BREAK: case N_CONTINUE: case N_RETURN: lower_jump(lw, e); return;
    case N_TRY: lower_try_into(lw, dest, e); return;
    case N_RANGE: {
        /* Range { start, end } / RangeInclusive { start, end, exhausted: false } */
        Rvalue rv = {.kind = RV_AGGREGATE, .ty = e->ty, .nelems = e->u.range.inclusive ? 3 : 2};
        rv.elems = arena_alloc(sizeof(Operand) * 3);
        rv.elems[0] = as_operand(lw, e->u.range.lo);
        rv.elems[1] = as_operand(lw, e->u.range.hi);
        rv.elems[2] = const_bool(false);
        assign(lw, dest, rv, e->span);
        return;
    }
    case N_CLOSURE: lower_closure_into(lw, dest, e); return;
    case N_FORMAT: lower_format(lw, dest, e); return;
    case N_ASSERT: lower_assert(lw, e); return;
    default: return; /* rejected earlier; lowering never runs with errors */
    }
}
