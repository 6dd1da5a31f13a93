/* ops.c — operators and casts.
 *
 * Takes: binary, unary and cast expressions.
 * Gives: their types: built-in arithmetic, comparison and logic on primitives, the
 * operator traits' impls (`impl Add for V`, Deref for `*`), E0369/E0600/E0614, and the
 * casts rustc allows (E0054, E0604, E0606). */
#include "patina.h"
#include "typeck_internal.h"

#include <string.h>

static Type *peel_number_ref(Tc *tc, Type *t);

/* rustc's wording for a missing operator impl (the on_unimplemented messages of core::ops). */
static const char *binop_message(BinOp op, const char *l, const char *r) {
    switch (op) {
    case BIN_ADD: return arena_printf("cannot add `%s` to `%s`", r, l);
    case BIN_SUB: return arena_printf("cannot subtract `%s` from `%s`", r, l);
    case BIN_MUL: return arena_printf("cannot multiply `%s` by `%s`", l, r);
    case BIN_DIV: return arena_printf("cannot divide `%s` by `%s`", l, r);
    case BIN_REM:
        return arena_printf("cannot calculate the remainder of `%s` divided by `%s`", l, r);
    default: return arena_printf("no implementation for `%s %s %s`", l, ast_binop_str(op), r);
    }
}

/* The span of the operator token between the operands. */
Span op_span(Node *n) {
    Span s = {n->span.file, n->u.binary.lhs->span.hi, n->u.binary.rhs->span.lo};
    size_t len;
    const char *text = span_text(s, &len);
    size_t a = 0, b = len;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\n' || text[a] == '\r')) a++;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\n' ||
                     text[b - 1] == '\r'))
        b--;
    if (a == b) return n->span;
    s.hi = s.lo + (uint32_t)b;
    s.lo += (uint32_t)a;
    return s;
}

static const char *type_name(Tc *tc, Type *t) {
    Type *s = shallow(tc, t);
    if (s->kind == TY_INFER && s->infer == INFER_INT) return "{integer}";
    if (s->kind == TY_INFER && s->infer == INFER_FLOAT) return "{float}";
    return ty_str_of(zonk(tc, t));
}

/* E0277: the left operand's type has the operator, but not for this right operand. */
static void report_no_impl(Tc *tc, Node *n, BinOp op, Type *lt, Type *rt) {
    const char *l = type_name(tc, lt), *r = type_name(tc, rt);
    Diag *d = diag_error("E0277", op_span(n), "%s", binop_message(op, l, r));
    diag_label(d, "no implementation for `%s %s %s`", l, ast_binop_str(op), r);
    diag_emit(d);
}

/* E0369: the left operand's type has no such operator at all. */
static void report_cannot_apply(Tc *tc, Node *n, BinOp op, Type *lt, Type *rt) {
    const char *l = type_name(tc, lt), *r = type_name(tc, rt);
    if (n->kind == N_COMPOUND_ASSIGN) {
        /* `a += b` on a type without the operator: E0368, at the assigned place */
        Diag *d = diag_error("E0368", n->u.binary.lhs->span,
                             "binary assignment operation `%s=` cannot be applied to type `%s`",
                             ast_binop_str(op), l);
        diag_label(d, "cannot use `%s=` on type `%s`", ast_binop_str(op), l);
        diag_emit(d);
        return;
    }
    Diag *d = op <= BIN_REM ? diag_error("E0369", op_span(n), "%s", binop_message(op, l, r))
                            : diag_error("E0369", op_span(n),
                                         "binary operation `%s` cannot be applied to type `%s`",
                                         ast_binop_str(op), l);
    diag_secondary(d, n->u.binary.lhs->span, "%s", l);
    diag_secondary(d, n->u.binary.rhs->span, "%s", r);
    diag_emit(d);
}

static bool is_arith(BinOp op) { return op <= BIN_SHR; }

static bool is_shift(BinOp op) { return op == BIN_SHL || op == BIN_SHR; }

static bool is_compare(BinOp op) { return op >= BIN_EQ && op <= BIN_GE; }

/* The arithmetic and bit operators (also for `op=`): integers of one type, and booleans
 * for & | ^. Returns the result type. */
Type *check_arith(Tc *tc, Node *n, BinOp op, Type *lt, Node *rhs) {
    Type *l = shallow(tc, lt);
    bool bit = op == BIN_BITAND || op == BIN_BITOR || op == BIN_BITXOR;
    if (l->kind == TY_ERROR) {
        check_expr(tc, rhs, NULL);
        return ty_error;
    }
    if ((l->kind == TY_PARAM || l->kind == TY_PROJ) &&
        param_bound(tc, l, NULL, ty_operator_lang(op, n->kind == N_COMPOUND_ASSIGN))) {
        /* `T: Add<Output = T>`: the right operand and the result are T */
        check_expr(tc, rhs, l);
        return n->kind == N_COMPOUND_ASSIGN ? ty_unit : l;
    }
    if (is_shift(op)) {
        Type *rt = check_expr(tc, rhs, NULL);
        Type *r = shallow(tc, rt);
        if (!ty_is_integral(l)) {
            if (r->kind != TY_ERROR) report_cannot_apply(tc, n, op, lt, rt);
            return ty_error;
        }
        if (!ty_is_integral(r) && r->kind != TY_ERROR && r->kind != TY_NEVER) {
            report_no_impl(tc, n, op, lt, rt);
            return ty_error;
        }
        return lt;
    }
    bool is_float = l->kind == TY_FLOAT || (l->kind == TY_INFER && l->infer == INFER_FLOAT);
    if (is_float && op <= BIN_REM) {
        Type *rt = peel_number_ref(tc, check_expr(tc, rhs, NULL));
        Type *r = shallow(tc, rt);
        if (r->kind == TY_ERROR || r->kind == TY_NEVER) return lt;
        if (r->kind == TY_INFER && r->infer == INFER_GENERAL) {
            unify(tc, rt, lt);
            return lt;
        }
        if (!unify(tc, lt, rt)) {
            if (r->kind == TY_FLOAT || (r->kind == TY_INFER && r->infer == INFER_FLOAT))
                mismatch(tc, rhs->span, lt, rt);
            report_no_impl(tc, n, op, lt, rt);
        }
        return lt;
    }
    if (ty_is_integral(l) || (bit && l->kind == TY_BOOL)) {
        Type *rt = peel_number_ref(tc, check_expr(tc, rhs, NULL));
        Type *r = shallow(tc, rt);
        if (r->kind == TY_ERROR || r->kind == TY_NEVER) return lt;
        if (r->kind == TY_INFER && r->infer == INFER_GENERAL && !is_shift(op)) {
            /* a closure parameter not known yet: like the left */
            unify(tc, rt, lt);
            return lt;
        }
        if (ty_is_integral(l) && ty_is_integral(r)) {
            if (!unify(tc, lt, rt)) {
                mismatch(tc, rhs->span, lt, rt);
                report_no_impl(tc, n, op, lt, rt);
            }
            return lt;
        }
        if (l->kind == TY_BOOL && r->kind == TY_BOOL) return ty_bool;
        if (l->kind == TY_BOOL && bit) {
            mismatch(tc, rhs->span, lt, rt);
            return ty_bool;
        }
        report_no_impl(tc, n, op, lt, rt);
        return ty_error;
    }
    if (l->kind == TY_INFER && l->infer == INFER_GENERAL) {
        /* not known yet (a closure's parameter before its use): like the other operand */
        Type *rt = peel_number_ref(tc, check_expr(tc, rhs, NULL));
        Type *r = shallow(tc, rt);
        if (r->kind == TY_INT || r->kind == TY_FLOAT ||
            (r->kind == TY_INFER && r->infer != INFER_GENERAL)) {
            unify(tc, lt, rt);
            return lt;
        }
        if ((r->kind == TY_PARAM || r->kind == TY_PROJ) &&
            param_bound(tc, r, NULL, ty_operator_lang(op, n->kind == N_COMPOUND_ASSIGN))) {
            unify(tc, lt, rt);
            return n->kind == N_COMPOUND_ASSIGN ? ty_unit : rt;
        }
        if (r->kind != TY_ERROR) {
            Diag *d = diag_error("E0282", n->u.binary.lhs->span, "type annotations needed");
            diag_emit(d);
        }
        return ty_error;
    }
    Type *rt = check_expr(tc, rhs, NULL);
    if (shallow(tc, rt)->kind != TY_ERROR) report_cannot_apply(tc, n, op, lt, rt);
    return ty_error;
}

/* `&i32 + i32`, `x * &y`: the operator impls core has for references to numbers. */
static Type *peel_number_ref(Tc *tc, Type *t) {
    Type *s = shallow(tc, t);
    if (s->kind != TY_REF) return t;
    Type *e = shallow(tc, s->elem);
    bool number = e->kind == TY_INT || e->kind == TY_FLOAT ||
                  (e->kind == TY_INFER && e->infer != INFER_GENERAL);
    return number ? e : t;
}

Type *check_binary(Tc *tc, Node *n) {
    BinOp op = n->u.binary.op;
    Node *lhs = n->u.binary.lhs, *rhs = n->u.binary.rhs;
    if (op == BIN_AND || op == BIN_OR) {
        check_expr(tc, lhs, ty_bool);
        check_expr(tc, rhs, ty_bool);
        return ty_bool;
    }
    Type *lt = check_expr(tc, lhs, NULL);
    Type *sig[3], *rt;
    Def *m = operator_impl(tc, lt, ty_operator_lang(op, false), sig, rhs, &rt);
    if (m) {
        /* a hand-written operator impl: `a + b` is `Add::add(a, b)`, `a == b` is `PartialEq::eq(&a,
         * &b)` */
        n->u.binary.method = m;
        LangTrait lang = ty_operator_lang(op, false);
        bool by_ref = lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD;
        Type *want = sig[1]->kind == TY_REF && by_ref ? sig[1]->elem : sig[1];
        if (rt) coerce(tc, rhs, rt, want);
        else check_expr(tc, rhs, want);
        /* `<` is partial_cmp(..) == Some(Less) */
        return lang == LANG_PARTIAL_ORD ? ty_bool : sig[2];
    }
    if (rt) {
        /* a derived comparison beside hand-written ones for other types: rhs already checked */
        coerce(tc, rhs, rt, lt);
        return ty_bool;
    }
    if (is_compare(op) && shallow(tc, lt)->kind == TY_REF) {
        /* `&a == &b` compares the referents; both sides must be references */
        Type *rt = check_expr(tc, rhs, NULL);
        Type *ls = shallow(tc, lt), *rs = shallow(tc, rt);
        Type *le = zonk(tc, ls->elem), *re = rs->kind == TY_REF ? zonk(tc, rs->elem) : NULL;
        Def *cands[8];
        int k = re && le != re && le->kind == TY_ADT
                    ? ty_operator_methods(le, ty_operator_lang(op, false), cands, 8)
                    : 0;
        for (int i = 0; i < k && i < 8; i++) {
            /* `&String == &str`: the referents compared by `impl PartialEq<str> for String` */
            Type *param = cands[i]->nparams > 1 ? cands[i]->param_tys[1] : NULL;
            if (!param || param->kind != TY_REF || !could_unify(tc, param->elem, re)) continue;
            add_adjustment(lhs, ADJUST_DEREF);
            add_adjustment(rhs, ADJUST_DEREF);
            n->u.binary.method = cands[i];
            return ty_bool;
        }
        if (rs->kind == TY_REF && unify(tc, ls->elem, rs->elem) &&
            comparable(tc, ls->elem, op != BIN_EQ && op != BIN_NE))
            return ty_bool;
        if (rs->kind != TY_ERROR) report_cannot_apply(tc, n, op, lt, rt);
        return ty_bool;
    }
    if (is_arith(op) && n->kind == N_BINARY) lt = peel_number_ref(tc, lt);
    if (is_compare(op)) {
        if (!comparable(tc, lt, op != BIN_EQ && op != BIN_NE)) {
            Type *rt = check_expr(tc, rhs, NULL);
            report_cannot_apply(tc, n, op, lt, rt);
            return ty_bool;
        }
        check_expr(tc, rhs, shallow(tc, lt)->kind == TY_NEVER ? NULL : lt);
        return ty_bool;
    }
    if (is_arith(op)) return check_arith(tc, n, op, lt, rhs);
    return ty_error;
}

Type *check_unary(Tc *tc, Node *n, Type *expected) {
    Node *e = n->u.unary.operand;
    switch (n->u.unary.op) {
    case UN_NEG: case UN_NOT: {
        Type *t = peel_number_ref(tc, check_expr(tc, e, NULL));   /* `-&x` as core's Neg for &i32 */
        Type *s = shallow(tc, t);
        Type *sig[3];
        Def *m = n->u.unary.op == UN_NEG ? operator_impl(tc, s, LANG_NEG, sig, NULL, NULL) : NULL;
        if (m) {
            n->u.unary.method = m;
            return sig[2];
        }
        if (n->u.unary.op == UN_NEG && (s->kind == TY_PARAM || s->kind == TY_PROJ) &&
            param_bound(tc, s, NULL, LANG_NEG))
            return t;
        bool ok = n->u.unary.op == UN_NEG ? (s->kind == TY_INFER && s->infer != INFER_GENERAL) ||
                                                ty_is_signed(s) || s->kind == TY_FLOAT
                                          : ty_is_integral(s) || s->kind == TY_BOOL;
        if (ok || s->kind == TY_ERROR || s->kind == TY_NEVER) return t;
        const char *op = n->u.unary.op == UN_NEG ? "-" : "!";
        Diag *d = diag_error("E0600", n->span, "cannot apply unary operator `%s` to type `%s`", op,
                             ty_str_of(zonk(tc, t)));
        diag_label(d, "cannot apply unary operator `%s`", op);
        if (ty_is_int(s) && n->u.unary.op == UN_NEG)
            diag_note(d, "unsigned values cannot be negated");
        diag_emit(d);
        return ty_error;
    }
    case UN_REF: case UN_REF_MUT: {
        /* `&[a, b]` where a `&[T]` is expected: the elements are coerced to T (an array of
         * that length is what the literal is checked against) */
        Type *x = expected ? shallow(tc, expected) : NULL,
             *pointee = x && x->kind == TY_REF ? shallow(tc, x->elem) : NULL;
        Node *lit = e;
        while (lit->kind == N_PAREN) lit = lit->u.unary.operand;
        Type *hint = pointee && pointee->kind == TY_SLICE && lit->kind == N_ARRAY
                         ? ty_array(pointee->elem, (uint64_t)lit->u.list.elems.len)
                         : NULL;
        Type *t = check_expr(tc, e, hint);
        if (n->u.unary.op == UN_REF_MUT) note_mutation(tc, e);
        return ty_ref(t, n->u.unary.op == UN_REF_MUT);
    }
    case UN_DEREF: {
        Type *t = shallow(tc, check_expr(tc, e, NULL));
        if (t->kind == TY_REF || t->kind == TY_PTR) {
            if (t->kind == TY_PTR && !tc->unsafe_depth) {
                Diag *d = diag_error(
                    "E0133", n->span,
                    "dereference of raw pointer is unsafe and requires unsafe function or block");
                diag_label(d, "dereference of raw pointer");
                diag_note(
                    d, "raw pointers may be null, dangling or unaligned; they can violate aliasing "
                       "rules and cause data races: all of these are undefined behavior");
                diag_emit(d);
            }
            return t->elem;
        }
        Type *target;
        Def *m = deref_impl(tc, t, &target);
        if (m) {
            n->u.unary.method = m;              /* `*x` is `*Deref::deref(&x)` */
            return target;
        }
        if (t->kind != TY_ERROR) {
            Diag *d = diag_error("E0614", n->span, "type `%s` cannot be dereferenced",
                                 ty_str_of(zonk(tc, t)));
            diag_label(d, "can't be dereferenced");
            diag_emit(d);
        }
        return ty_error;
    }
    case UN_RAW_CONST: case UN_RAW_MUT:
        return ty_ptr(check_expr(tc, e, NULL), n->u.unary.op == UN_RAW_MUT);
    }
    return ty_error;
}

/* ── casts ── */

Type *check_cast(Tc *tc, Node *n) {
    Type *target = lower_type(tc, n->u.cast.ty, true);
    Type *src = shallow(tc, check_expr(tc, n->u.cast.expr, NULL));
    Type *dst = shallow(tc, target);
    if (src->kind == TY_ERROR || dst->kind == TY_ERROR || src->kind == TY_NEVER) return target;
    if (src->kind == TY_INFER && src->infer == INFER_INT && dst->kind == TY_CHAR)
        unify(tc, src, ty_int(IK_U8));
    src = shallow(tc, src);
    if (unsize_to_dyn(tc, n->u.cast.expr, src, target) >= 0) {
        /* `Box::new(x) as Box<dyn Trait>`: the coercion, written out */
        resolve_conversion(n, CONVERSION_IDENTITY, n->u.cast.expr, NULL);
        return target;
    }
    bool numeric_src = ty_is_integral(src) || src->kind == TY_FLOAT ||
                       (src->kind == TY_INFER && src->infer == INFER_FLOAT);
    bool ok = false;
    const char *code = "E0606";
    switch (dst->kind) {
    case TY_INT: {
        if (src->kind == TY_PTR && dst->ik == IK_USIZE) {
            ok = true;
            break;
        }
        bool fieldless_enum = src->kind == TY_ADT && src->adt->is_enum;
        for (int v = 0; fieldless_enum && v < src->adt->nvariants; v++)
            if (src->adt->variants[v].nfields) fieldless_enum = false;
        ok = numeric_src || src->kind == TY_BOOL || src->kind == TY_CHAR || fieldless_enum;
        break;
    }
    case TY_FLOAT: ok = numeric_src; break;
    case TY_CHAR:
        ok = src->kind == TY_CHAR || (src->kind == TY_INT && src->ik == IK_U8);
        if (!ok && ty_is_integral(src)) code = "E0604";
        break;
    case TY_BOOL: ok = src->kind == TY_BOOL; if (!ok) code = "E0054"; break;
    case TY_PTR:
        /* &T as *const T, *mut T as *const T, usize as *const T */
        ok = (src->kind == TY_REF && unify(tc, src->elem, dst->elem) &&
              (!dst->is_mut || src->is_mut)) ||
             src->kind == TY_PTR || (src->kind == TY_INT && src->ik == IK_USIZE) ||
             (src->kind == TY_INFER && src->infer == INFER_INT && unify(tc, src, ty_int(IK_USIZE)));
        break;
    default: ok = unify(tc, src, dst); break;
    }
    if (ok) return target;
    Diag *d;
    if (strcmp(code, "E0604") == 0) {
        d = diag_error(code, n->span, "only `u8` can be cast as `char`, not `%s`",
                       ty_str_of(zonk(tc, src)));
        diag_label(d, "invalid cast");
    } else if (strcmp(code, "E0054") == 0) {
        d = diag_error(code, n->span, "cannot cast `%s` as `bool`", ty_str_of(zonk(tc, src)));
        diag_label(d, "unsupported cast");
    } else {
        d = diag_error(code, n->span, "casting `%s` as `%s` is invalid", ty_str_of(zonk(tc, src)),
                       ty_str_of(zonk(tc, dst)));
    }
    diag_emit(d);
    return target;
}
