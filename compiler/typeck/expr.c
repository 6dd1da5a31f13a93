/* expr.c — expressions, statements and blocks.
 *
 * Takes: an expression and the type expected of it (or NULL).
 * Gives: its type (check_expr), through the per-kind checks here and in ops.c, call.c,
 * method.c, closure.c and fmt.c: literals, paths, fields, indexing, struct and variant
 * literals, control flow (if, loops, break, return, `?`), assignment, let and match. */
#include "patina.h"
#include "typeck_internal.h"

#include <string.h>

static Type *check_match(Tc *tc, Node *n, Type *expected);
static Type *check_let_cond(Tc *tc, Node *n);

/* a[i]: arrays and slices (through references), indexed by usize. */
static Type *check_index(Tc *tc, Node *n) {
    Type *base = shallow(tc, check_expr(tc, n->u.binary.lhs, NULL));
    while (base->kind == TY_REF) base = shallow(tc, base->elem);
    Node *idx = n->u.binary.rhs;
    Type *target, *start = base;
    Def *dm;
    int steps = 0;
    while (base->kind == TY_ADT && !ty_operator_method(zonk(tc, base), LANG_INDEX) &&
           (dm = deref_impl(tc, base, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.binary.lhs->span)) {
        /* `w[i]` indexes what w derefs to */
        record_overloaded_deref(n->u.binary.lhs, dm, target);
        base = shallow(tc, target);
        while (base->kind == TY_REF) base = shallow(tc, base->elem);
    }
    if (idx->kind == N_RANGE) {
        /* a[i..j]: a slice of the same elements (taken by reference: `&a[i..j]`) */
        if (idx->u.range.lo) check_expr(tc, idx->u.range.lo, ty_int(IK_USIZE));
        if (idx->u.range.hi) check_expr(tc, idx->u.range.hi, ty_int(IK_USIZE));
        set_ty(tc, idx, ty_error);
        if (base->kind == TY_ARRAY || base->kind == TY_SLICE) return ty_slice(base->elem);
        if (base->kind == TY_STR) return ty_str;
        if (base->kind != TY_ERROR) {
            Diag *d =
                diag_error("E0608", (Span){ n->span.file, n->u.binary.lhs->span.hi, n->span.hi },
                           "cannot index into a value of type `%s`", ty_str_of(zonk(tc, base)));
            diag_emit(d);
        }
        return ty_error;
    }
    Type *sig[3];
    Type *given;
    Def *m = base->kind == TY_ADT ? operator_impl(tc, base, LANG_INDEX, sig, idx, &given) : NULL;
    if (m) {
        /* `impl Index<Idx> for T`: `a[i]` is `*a.index(i)` */
        n->u.binary.method = m;
        if (given) coerce(tc, idx, given, sig[1]);
        else check_expr(tc, idx, sig[1]);
        return sig[2]->kind == TY_REF ? sig[2]->elem : ty_error;
    }
    Type *it = check_expr(tc, idx, NULL);
    Type *is = shallow(tc, it);
    if ((base->kind == TY_ARRAY || base->kind == TY_SLICE) && is->kind != TY_ERROR &&
        !unify(tc, it, ty_int(IK_USIZE))) {
        const char *elem = ty_str_of(zonk(tc, base->elem));
        if (shallow(tc, base->elem)->kind == TY_INFER &&
            shallow(tc, base->elem)->infer == INFER_INT)
            elem = "{integer}";
        Diag *d = diag_error(
            "E0277", idx->span, "the type `[%s]` cannot be indexed by `%s`", elem,
            is->kind == TY_INFER && is->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, is)));
        diag_label(d, "slice indices are of type `usize` or ranges of `usize`");
        diag_emit(d);
        return base->elem;
    }
    if (base->kind == TY_ARRAY || base->kind == TY_SLICE) return base->elem;
    if (base->kind == TY_ERROR) return ty_error;
    if (base->kind == TY_STR) {
        /* text is indexed by ranges only: a char may take several bytes */
        Diag *d = diag_error(
            "E0277", idx->span, "the type `str` cannot be indexed by `%s`",
            is->kind == TY_INFER && is->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, is)));
        diag_label(d, "string indices are ranges of `usize`");
        diag_help(d, "use `.chars().nth(i)` for the i-th char, or `.as_bytes()[i]` for its byte");
        diag_emit(d);
        return ty_error;
    }
    Diag *d = diag_error("E0608", (Span){ n->span.file, n->u.binary.lhs->span.hi, n->span.hi },
                         "cannot index into a value of type `%s`", ty_str_of(zonk(tc, base)));
    diag_emit(d);
    return ty_error;
}

/* `E::V { a: 1, b }`: a struct-like variant's fields. */
static Type *check_variant_lit(Tc *tc, Node *n, Def *d, Type *expected) {
    AdtVariant *v = &d->adt->variants[d->variant];
    Type *inst = instantiate_expected(tc, d->adt, expected);
    NodeList *fields = &n->u.struct_lit.fields;
    bool *seen = arena_alloc(sizeof(bool) * (size_t)(v->nfields + 1));
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        int idx = -1;
        for (int k = 0; k < v->nfields; k++)
            if (v->fields[k].name == f->u.field_init.name) idx = k;
        if (idx < 0) {
            Diag *dg = diag_error("E0559", f->u.field_init.name_span,
                                  "variant `%s::%s` has no field named `%s`", sym_str(d->adt->name),
                                  sym_str(v->name), sym_str(f->u.field_init.name));
            diag_emit(dg);
            check_expr(tc, f->u.field_init.expr, NULL);
            continue;
        }
        seen[idx] = true;
        f->u.field_init.index = idx;
        check_expr(tc, f->u.field_init.expr, ty_field(inst, &v->fields[idx]));
    }
    for (int k = 0; k < v->nfields; k++)
        if (!seen[k]) {
            Diag *dg =
                diag_error("E0063", n->u.struct_lit.path->span,
                           "missing field `%s` in initializer of `%s::%s`",
                           sym_str(v->fields[k].name), sym_str(d->adt->name), sym_str(v->name));
            diag_emit(dg);
            break;
        }
    return inst;
}

static Type *check_struct_lit(Tc *tc, Node *n, Type *expected) {
    Node *p = n->u.struct_lit.path;
    NodeList *fields = &n->u.struct_lit.fields;
    if (!p->u.path.def || (p->u.path.def->kind != DEF_ADT && p->u.path.def->kind != DEF_VARIANT)) {
        for (int i = 0; i < fields->len; i++)
            check_expr(tc, ((Node *)fields->items[i])->u.field_init.expr, NULL);
        return ty_error;
    }
    if (p->u.path.def->kind == DEF_VARIANT)
        return check_variant_lit(tc, n, p->u.path.def, expected);
    AdtDef *a = p->u.path.def->adt;
    Type *inst = instantiate_expected(tc, a, expected);
    bool *seen = arena_alloc(sizeof(bool) * (size_t)(a->nfields + 1));
    bool unknown_field = false;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        int idx = -1;
        for (int k = 0; k < a->nfields; k++) {
            bool hit = a->shape == SHAPE_TUPLE ? sym_str(f->u.field_init.name)[0] == '0' + k &&
                                                     sym_len(f->u.field_init.name) == 1
                                               : a->fields[k].name == f->u.field_init.name;
            if (hit) idx = k;
        }
        if (idx < 0) {
            Diag *d = diag_error("E0560", f->u.field_init.name_span,
                                 "struct `%s` has no field named `%s`", sym_str(a->name),
                                 sym_str(f->u.field_init.name));
            diag_label(d, "`%s` does not have this field", sym_str(a->name));
            diag_emit(d);
            check_expr(tc, f->u.field_init.expr, NULL);
            unknown_field = true;
            continue;
        }
        if (seen[idx]) {
            Diag *d =
                diag_error("E0062", f->u.field_init.name_span,
                           "field `%s` specified more than once", sym_str(f->u.field_init.name));
            diag_label(d, "used more than once");
            diag_emit(d);
        }
        seen[idx] = true;
        f->u.field_init.index = idx;            /* lowering builds the value in declaration order */
        check_expr(tc, f->u.field_init.expr, ty_field(inst, &a->fields[idx]));
    }
    if (n->u.struct_lit.base) {
        check_expr(tc, n->u.struct_lit.base, inst);
    } else {
        char *missing = "";
        int count = 0;
        for (int k = 0; k < a->nfields; k++)
            if (!seen[k]) {
                missing = arena_printf("%s%s`%s`", missing, count ? ", " : "",
                                       a->fields[k].name ? sym_str(a->fields[k].name)
                                                         : arena_printf("%d", k));
                count++;
            }
        if (count && !unknown_field) {   /* rustc blames only the unknown name then */
            Diag *d = diag_error("E0063", p->span, "missing field%s %s in initializer of `%s`",
                                 count == 1 ? "" : "s", missing, sym_str(a->name));
            diag_label(d, "missing %s", missing);
            diag_emit(d);
        }
    }
    return inst;
}

static bool adt_has_field(AdtDef *a, Node *n) {
    for (int i = 0; !a->is_enum && i < a->nfields; i++)
        if (n->u.field.is_index ? (a->shape == SHAPE_TUPLE && (uint32_t)i == n->u.field.index)
                                : a->fields[i].name == n->u.field.name)
            return true;
    return false;
}

static Type *check_field(Tc *tc, Node *n) {
    Type *base = shallow(tc, check_expr(tc, n->u.field.base, NULL));
    while (base->kind == TY_REF) base = shallow(tc, base->elem);
    Type *target, *start = base;
    Def *m;
    int steps = 0;
    while (base->kind == TY_ADT && !adt_has_field(base->adt, n) &&
           (m = deref_impl(tc, base, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.field.base->span)) {
        /* `w.x` with w: Wrapper<Point>: the field of what w derefs to */
        record_overloaded_deref(n->u.field.base, m, target);
        base = shallow(tc, target);
        while (base->kind == TY_REF) base = shallow(tc, base->elem);
    }
    if (base->kind == TY_ERROR) return ty_error;
    if (base->kind == TY_TUPLE && n->u.field.is_index && n->u.field.index < (uint32_t)base->nelems)
        return base->elems[n->u.field.index];
    if (base->kind == TY_ADT) {
        AdtDef *a = base->adt;
        for (int i = 0; i < a->nfields; i++) {
            bool hit = n->u.field.is_index
                           ? (a->shape == SHAPE_TUPLE && (uint32_t)i == n->u.field.index)
                           : a->fields[i].name == n->u.field.name;
            if (!hit) continue;
            n->u.field.index = (uint32_t)i;   /* lowering projects by declaration index */
            return ty_field(base, &a->fields[i]);
        }
        Diag *d = diag_error("E0609", n->u.field.name_span, "no field `%s` on type `%s`",
                             sym_str(n->u.field.name), sym_str(a->name));
        diag_label(d, "unknown field");
        if (a->shape == SHAPE_NAMED && a->nfields) {
            char *list = "";
            for (int i = 0; i < a->nfields; i++)
                list = arena_printf("%s%s`%s`", list, i ? ", " : "", sym_str(a->fields[i].name));
            diag_note(d, "available fields are: %s", list);
        }
        diag_emit(d);
        return ty_error;
    }
    const char *ty = ty_str_of(zonk(tc, base));
    if (base->kind == TY_INFER || base->kind == TY_INT || base->kind == TY_BOOL ||
        base->kind == TY_CHAR) {
        if (base->kind == TY_INFER) ty = "{integer}";
        Diag *d = diag_error("E0610", n->u.field.name_span,
                             "`%s` is a primitive type and therefore doesn't have fields", ty);
        diag_emit(d);
        return ty_error;
    }
    Diag *d = diag_error(
        "E0609", n->u.field.name_span, "no field `%s` on type `%s`",
        n->u.field.is_index ? arena_printf("%u", n->u.field.index) : sym_str(n->u.field.name), ty);
    diag_label(d, "unknown field");
    diag_emit(d);
    return ty_error;
}

/* ── control flow ── */

static LoopCtx *find_loop(Tc *tc, Node *target) {
    for (int i = tc->loops.len - 1; i >= 0; i--) {
        LoopCtx *l = tc->loops.items[i];
        if (l->node == target) return l;
    }
    return NULL;
}

static Type *check_if(Tc *tc, Node *n, Type *expected) {
    check_expr(tc, n->u.if_.cond, ty_bool);
    Node *els = n->u.if_.else_branch;
    if (!els) {
        Type *t = infer_block(tc, n->u.if_.then_block, expected ? expected : NULL);
        if (!expected && !is_never(tc, t) && !unify(tc, t, ty_unit)) {
            Diag *d = diag_error("E0317", n->span, "`if` may be missing an `else` clause");
            diag_label(d, "expected %s, found `()`", show(tc, t));
            diag_note(d, "`if` expressions without `else` evaluate to `()`");
            diag_emit(d);
        } else if (expected && !unify(tc, expected, ty_unit) &&
                   shallow(tc, expected)->kind != TY_ERROR) {
            Diag *d = diag_error("E0317", n->span, "`if` may be missing an `else` clause");
            diag_label(d, "expected %s, found `()`", show(tc, expected));
            diag_emit(d);
        }
        return ty_unit;
    }
    Type *then_t = infer_block(tc, n->u.if_.then_block, expected);
    if (expected) {
        Type *else_t = check_expr(tc, els, expected);
        return is_never(tc, then_t) && is_never(tc, else_t) ? ty_never : expected;
    }
    if (is_never(tc, then_t)) return check_expr(tc, els, NULL);
    Type *else_t = els->kind == N_IF ? check_if(tc, els, NULL) : infer_block(tc, els, NULL);
    if (is_never(tc, else_t) || unify(tc, then_t, else_t)) return then_t;
    Node *at = els->kind == N_BLOCK && els->u.block.tail ? els->u.block.tail : els;
    Diag *d = diag_error("E0308", at->span, "`if` and `else` have incompatible types");
    diag_label(d, "expected %s, found %s", show(tc, then_t), show(tc, else_t));
    diag_emit(d);
    return ty_error;
}

static bool is_range_for(Node *iter) {
    return iter->kind == N_RANGE && iter->u.range.lo && iter->u.range.hi;
}

static Type *check_loop(Tc *tc, Node *n) {
    LoopCtx *ctx = arena_alloc(sizeof *ctx);
    ctx->node = n;
    ctx->ty = n->kind == N_LOOP ? fresh(tc, INFER_GENERAL) : ty_unit;
    if (n->kind == N_WHILE) check_expr(tc, n->u.loop.cond, ty_bool);
    if (n->kind == N_FOR) {
        Node *it = n->u.loop.iter;
        Type *elem;
        if (is_range_for(it)) {
            elem = check_expr(tc, it->u.range.lo, NULL);
            check_expr(tc, it->u.range.hi, elem);
            Type *s = shallow(tc, elem);
            if (!ty_is_integral(s) && s->kind != TY_ERROR) {
                Diag *d =
                    diag_error("E0277", it->span, "the trait bound `%s: Step` is not satisfied",
                               ty_str_of(zonk(tc, s)));
                diag_label(d, "the trait `Step` is not implemented for `%s`",
                           ty_str_of(zonk(tc, s)));
                diag_emit(d);
                elem = ty_error;
            }
            set_ty(tc, it, ty_error);
        } else {
            Type *t = shallow(tc, check_expr(tc, it, NULL));
            Type *inner = t->kind == TY_REF ? shallow(tc, t->elem) : t;
            if (inner->kind == TY_ARRAY || inner->kind == TY_SLICE) {
                /* `for x in a` (arrays by value), `&a`, `a.iter()`, a slice: x is &T */
                elem = t->kind == TY_ARRAY ? t->elem : ty_ref(inner->elem, t->is_mut);
            } else if ((elem = iterator_item(tc, zonk(tc, t))) != NULL) {
                /* an iterator: `next()` until None; x is its Item */
            } else if ((elem = into_iterator_item(tc, n, zonk(tc, t))) != NULL) {
                /* `for x in c` is `for x in c.into_iter()` */
            } else {
                if (it->kind != N_UNSUPPORTED_EXPR && t->kind != TY_ERROR && t->kind != TY_INFER) {
                    const char *ty = ty_str_of(zonk(tc, t));
                    Diag *d = diag_error("E0277", it->span, "`%s` is not an iterator", ty);
                    diag_label(d, "`%s` is not an iterator", ty);
                    diag_note(d, "the trait `Iterator` is not implemented for `%s`", ty);
                    diag_emit(d);
                } else if (it->kind != N_UNSUPPORTED_EXPR && t->kind != TY_ERROR) {
                    diag_unsupported(it->span, "`for` loops over values of unknown type");
                }
                elem = ty_error;
            }
        }
        check_pattern(tc, n->u.loop.pat, elem);
    }
    ptrvec_push(&tc->loops, ctx);
    infer_block(tc, n->u.loop.body, ty_unit);
    tc->loops.len--;
    if (n->kind == N_LOOP && !ctx->has_break) return ty_never;
    return ctx->ty;
}

static Type *check_break(Tc *tc, Node *n) {
    LoopCtx *ctx = n->u.jump.target ? find_loop(tc, n->u.jump.target) : NULL;
    if (ctx) ctx->has_break = true;
    Node *v = n->u.jump.value;
    if (v) {
        check_expr(tc, v,
                   ctx && n->u.jump.target->kind != N_WHILE && n->u.jump.target->kind != N_FOR
                       ? ctx->ty
                       : NULL);
    } else if (ctx && n->u.jump.target->kind != N_WHILE && n->u.jump.target->kind != N_FOR) {
        if (!unify(tc, ctx->ty, ty_unit)) mismatch(tc, n->span, ctx->ty, ty_unit);
    }
    return ty_never;
}

static Type *check_return(Tc *tc, Node *n) {
    if (n->u.jump.value) {
        check_expr(tc, n->u.jump.value, tc->ret_ty);
    } else if (!unify(tc, tc->ret_ty, ty_unit)) {
        Diag *d =
            diag_error("E0069", n->span, "`return;` in a function whose return type is not `()`");
        diag_label(d, "return type is not `()`");
        diag_emit(d);
    }
    return ty_never;
}

/* ── assignment ── */

static bool is_place_expr(Node *n) {
    n = skip_identity_conversions(n);
    switch (n->kind) {
    case N_PATH:
        return n->u.path.binding != NULL ||
               (n->u.path.def && n->u.path.def->kind == DEF_STATIC_MUT);
    case N_FIELD:   /* through a reference any expression yields (`pick(&mut v).n = 1`), or
                       a deref (its own or through Deref, `make_wrapper().n = 1`) */
        return is_place_expr(n->u.field.base) || n->u.field.base->kind == N_UNARY ||
               adjustment_site(n->u.field.base)->nadjustments ||
               (n->u.field.base->ty && n->u.field.base->ty->kind == TY_REF);
    case N_PAREN: return is_place_expr(n->u.unary.operand);
    case N_UNARY: return n->u.unary.op == UN_DEREF;
    case N_INDEX: return true;
    default: return false;
    }
}

static Type *check_assign(Tc *tc, Node *n) {
    Node *lhs = n->u.binary.lhs, *rhs = n->u.binary.rhs;
    Type *lt = check_expr(tc, lhs, NULL);
    note_mutation(tc, lhs);
    if (!is_place_expr(lhs) && shallow(tc, lt)->kind != TY_ERROR) {
        Diag *d = diag_error(n->kind == N_ASSIGN ? "E0070" : "E0067", op_span(n),
                             n->kind == N_ASSIGN ? "invalid left-hand side of assignment"
                                                 : "invalid left-hand side of assignment");
        diag_secondary(d, lhs->span, "cannot assign to this expression");
        diag_emit(d);
    }
    if (n->kind == N_ASSIGN) {
        check_expr(tc, rhs, lt);
        return ty_unit;
    }
    Type *sig[3];
    Type *rt;
    Def *m = operator_impl(tc, lt, ty_operator_lang(n->u.binary.op, true), sig, rhs, &rt);
    if (m) {
        n->u.binary.method = m;                 /* `a += b` is `AddAssign::add_assign(&mut a, b)` */
        if (rt) coerce(tc, rhs, rt, sig[1]);
        else check_expr(tc, rhs, sig[1]);
        return ty_unit;
    }
    check_arith(tc, n, n->u.binary.op, lt, rhs);
    return ty_unit;
}

/* `e?` on a Result or an Option, in a fn returning the same kind: the Ok/Some value, else
 * an early return of the Err (the same error type: no From conversion yet) or None. */
static Type *check_try(Tc *tc, Node *n, Type *expected) {
    Node *e = n->u.unary.operand;
    Type *t = shallow(tc, check_expr(tc, e, NULL));
    if (t->kind == TY_ERROR) return ty_error;
    bool result = is_prelude_adt(t, "Result"), option = is_prelude_adt(t, "Option");
    /* `let n: i64 = s.parse()?;`: the value's type, still open, is the one expected, which
     * settles the error type to convert from */
    if ((result || option) && expected && shallow(tc, t->elems[0])->kind == TY_INFER &&
        shallow(tc, t->elems[0])->infer == INFER_GENERAL)
        unify(tc, t->elems[0], expected);
    if (!result && !option) {
        Diag *d = diag_error("E0277", n->span,
                             "the `?` operator can only be applied to values that implement `Try`");
        diag_label(d, "the `?` operator cannot be applied to type `%s`", ty_str_of(zonk(tc, t)));
        diag_emit(d);
        return ty_error;
    }
    Type *ret = tc->ret_ty ? shallow(tc, tc->ret_ty) : ty_unit;
    /* rustc points at the `?` */
    Span question = {n->span.file, n->span.hi ? n->span.hi - 1 : 0, n->span.hi};
    if (!is_prelude_adt(ret, result ? "Result" : "Option")) {
        Diag *d;
        if (is_prelude_adt(ret, option ? "Result" : "Option"))
            d = diag_error("E0277", question,
                           "the `?` operator can only be used on `%s`s, not `%s`s, in a function "
                           "that returns `%s`",
                           option ? "Result" : "Option", option ? "Option" : "Result",
                           option ? "Result" : "Option");
        else
            d = diag_error("E0277", question,
                           "the `?` operator can only be used in a function that returns `Result` "
                           "or `Option` (or another type that implements `FromResidual`)");
        diag_label(d, "cannot use the `?` operator in a function that returns `%s`",
                   ty_str_of(zonk(tc, ret)));
        diag_emit(d);
        return t->elems[0];
    }
    Def *convert = result && !could_unify(tc, ret->elems[1], t->elems[1])
                       ? from_impl(tc, ret->elems[1], t->elems[1])
                       : NULL;
    if (convert) {
        n->u.unary.method = convert;            /* `Err(e)?` returns `Err(From::from(e))` */
        unify(tc, convert->param_tys[0], t->elems[1]);
    } else if (result && !unify(tc, t->elems[1], ret->elems[1])) {
        Diag *d = diag_error("E0277", question, "`?` couldn't convert the error to `%s`",
                             ty_str_of(zonk(tc, ret->elems[1])));
        diag_label(d, "the trait `From<%s>` is not implemented for `%s`",
                   ty_str_of(zonk(tc, t->elems[1])), ty_str_of(zonk(tc, ret->elems[1])));
        diag_note(d, "the question mark operation (`?`) implicitly performs a conversion on the "
                     "error value using the `From` trait");
        diag_emit(d);
    }
    return t->elems[0];
}

/* ── expressions ── */

static Type *int_lit_type(Tc *tc, Node *n) {
    Sym suf = n->u.lit.suffix;
    ptrvec_push(&tc->int_lits, n);
    if (!suf) return fresh(tc, INFER_INT);
    const char *s = sym_str(suf);
    for (int k = 0; k <= IK_USIZE; k++)
        if (strcmp(s, ty_int_name((IntKind)k)) == 0) return ty_int((IntKind)k);
    if (strcmp(s, "f32") == 0 || strcmp(s, "f64") == 0)
        return ty_float(s[1] == '3' ? FK_F32 : FK_F64);
    Diag *d = diag_error(NULL, n->span, "invalid suffix `%s` for number literal", s);
    diag_label(d, "invalid suffix `%s`", s);
    diag_help(d, "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
    diag_emit(d);
    return ty_error;
}

/* `static mut` may be touched only in unsafe code (E0133). */
static void check_static_mut_use(Tc *tc, Node *n) {
    if (n->kind != N_PATH || !n->u.path.def || n->u.path.def->kind != DEF_STATIC_MUT ||
        tc->unsafe_depth)
        return;
    Diag *d = diag_error("E0133", n->span,
                         "use of mutable static is unsafe and requires unsafe function or block");
    diag_label(d, "use of mutable static");
    diag_note(d, "mutable statics can be mutated by multiple threads: aliasing violations or data "
                 "races will cause undefined behavior");
    diag_emit(d);
}

static Type *path_type(Tc *tc, Node *n) {
    if (n->u.path.binding) return n->u.path.binding->ty ? n->u.path.binding->ty : ty_error;
    Def *d = n->u.path.def;
    if (!d) return ty_error;
    if (d->kind == DEF_INT_CONST || d->kind == DEF_FLOAT_CONST) return d->const_ty;
    if (d->kind == DEF_CONST && d->trait && (n->u.path.self_param || n->u.path.qself)) {
        /* `T::N` of a bound's trait: the impl for T's instance gives the value */
        n->targs = arena_alloc(sizeof(Type *));
        n->targs[0] = n->u.path.self_param ? ty_param(n->u.path.self_param)
                                           : lower_type(tc, n->u.path.qself, true);
        n->ntargs = 1;
    }
    if (d->kind == DEF_CONST) return d->node->ty ? d->node->ty : ty_error;
    if (d->kind == DEF_STATIC_MUT) return d->node->ty ? d->node->ty : ty_error;
    if (d->kind == DEF_FN) return ty_fn_def(d);
    if (d->kind == DEF_ADT && d->adt->shape == SHAPE_UNIT) return instantiate(tc, d->adt);
    if (d->kind == DEF_VARIANT && d->adt->variants[d->variant].shape == SHAPE_UNIT)
        return with_given_args(tc, n, instantiate(tc, d->adt));
    if (d->kind == DEF_VARIANT) {
        Diag *dg =
            diag_error("E0533", n->span, "expected value, found %s variant `%s::%s`",
                       d->adt->variants[d->variant].shape == SHAPE_TUPLE ? "tuple" : "struct",
                       sym_str(d->adt->name), sym_str(d->name));
        diag_emit(dg);
        return ty_error;
    }
    if (d->kind == DEF_ADT) {
        diag_unsupported(n->span, "tuple struct constructors as values");
        return ty_error;
    }
    diag_unsupported(n->span, "using a builtin function as a value");
    return ty_error;
}

static Type *infer_expr(Tc *tc, Node *n, Type *expected) {
    switch (n->kind) {
    case N_LIT_INT: return int_lit_type(tc, n);
    case N_LIT_FLOAT:
        ptrvec_push(&tc->float_lits, n);
        if (n->u.lit.suffix) return ty_float(sym_str(n->u.lit.suffix)[1] == '3' ? FK_F32 : FK_F64);
        return fresh(tc, INFER_FLOAT);
    case N_LIT_BOOL: return ty_bool;
    case N_LIT_CHAR: return ty_char;
    case N_LIT_STR: return ty_ref(ty_str, false);
    case N_PATH:
        check_static_mut_use(tc, n);
        return path_type(tc, n);
    case N_TUPLE: {
        int len = n->u.list.elems.len;
        Type *exp = expected ? shallow(tc, expected) : NULL;
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)(len ? len : 1));
        for (int i = 0; i < len; i++) {
            Type *e = exp && exp->kind == TY_TUPLE && exp->nelems == len ? exp->elems[i] : NULL;
            elems[i] = check_expr(tc, n->u.list.elems.items[i], e);
        }
        return ty_tuple(elems, len);
    }
    case N_PAREN: return check_expr(tc, n->u.unary.operand, expected);
    case N_UNARY: return check_unary(tc, n, expected);
    case N_BINARY: return check_binary(tc, n);
    case N_ASSIGN: case N_COMPOUND_ASSIGN: return check_assign(tc, n);
    case N_CAST: return check_cast(tc, n);
    case N_CALL: return check_call(tc, n, expected);
    case N_METHOD_CALL: return check_method_call(tc, n, expected);
    case N_STRUCT_LIT: return check_struct_lit(tc, n, expected);
    case N_FIELD: return check_field(tc, n);
    case N_INDEX: return check_index(tc, n);
    case N_ARRAY: {
        /* each element is a coercion site to the expected element type (also where a slice is
         * expected: `show_all(&[&5, &"x"])` for a `&[&dyn Describe]`) */
        Type *exp = expected ? shallow(tc, expected) : NULL;
        Type *elem = exp && (exp->kind == TY_ARRAY || exp->kind == TY_SLICE)
                         ? exp->elem
                         : fresh(tc, INFER_GENERAL);
        for (int i = 0; i < n->u.list.elems.len; i++)
            check_expr(tc, n->u.list.elems.items[i], elem);
        return ty_array(elem, (uint64_t)n->u.list.elems.len);
    }
    case N_ARRAY_REPEAT: {
        Type *exp = expected ? shallow(tc, expected) : NULL;
        Type *elem =
            check_expr(tc, n->u.repeat.value, exp && exp->kind == TY_ARRAY ? exp->elem : NULL);
        uint64_t len = array_len(tc, n->u.repeat.count);
        Type *z = zonk(tc, elem);
        if (!ty_is_copy(z) && !param_bound(tc, z, NULL, LANG_COPY) &&
            shallow(tc, elem)->kind != TY_ERROR) {
            Diag *d = diag_error("E0277", n->u.repeat.value->span,
                                 "the trait bound `%s: Copy` is not satisfied",
                                 ty_str_of(zonk(tc, elem)));
            diag_label(d, "the trait `Copy` is not implemented for `%s`",
                       ty_str_of(zonk(tc, elem)));
            diag_note(d, "the `Copy` trait is required because this value will be copied for each "
                         "element of the array");
            diag_emit(d);
        }
        return ty_array(elem, len);
    }
    case N_BLOCK: {
        if (n->u.block.is_unsafe) {
            tc->unsafe_depth++;
            Type *bt = infer_block(tc, n, expected);
            tc->unsafe_depth--;
            return bt;
        }
        if (!n->u.block.label) return infer_block(tc, n, expected);
        LoopCtx *ctx = arena_alloc(sizeof *ctx);
        ctx->node = n;
        ctx->ty = expected ? expected : fresh(tc, INFER_GENERAL);
        ptrvec_push(&tc->loops, ctx);
        Type *t = infer_block(tc, n, ctx->ty);
        tc->loops.len--;
        return is_never(tc, t) && !ctx->has_break ? ty_never : ctx->ty;
    }
    case N_IF: return check_if(tc, n, expected);
    case N_MATCH: return check_match(tc, n, expected);
    case N_LET_COND: return check_let_cond(tc, n);
    case N_WHILE: case N_LOOP: case N_FOR: return check_loop(tc, n);
    case N_BREAK: return check_break(tc, n);
    case N_CONTINUE: return ty_never;
    case N_RETURN: return check_return(tc, n);
    case N_RANGE: {
        /* `a..b` / `a..=b` as a value: the prelude's Range / RangeInclusive */
        Type *t = n->u.range.lo ? check_expr(tc, n->u.range.lo, NULL) : NULL;
        if (n->u.range.hi)
            t = t ? (check_expr(tc, n->u.range.hi, t), t) : check_expr(tc, n->u.range.hi, NULL);
        const char *range_name = n->u.range.inclusive ? "RangeInclusive" : "Range";
        AdtDef *range =
            n->u.range.lo && n->u.range.hi ? prelude_adt(tc->prelude, range_name) : NULL;
        if (!range) {
            diag_unsupported(n->span, "ranges without both ends outside `for` loops and slicing");
            return ty_error;
        }
        Type *args[1] = {t};
        return ty_adt_args(range, args, 1);
    }
    case N_TRY: return check_try(tc, n, expected);
    case N_CLOSURE: return check_closure(tc, n, expected);
    case N_FORMAT:
        check_format(tc, n);
        if (n->u.format.kind == FMTK_STRING) {
            AdtDef *string = prelude_adt(tc->prelude, "String");
            return string ? ty_adt(string) : ty_error;
        }
        if (n->u.format.kind == FMTK_WRITE) return check_write_dest(tc, n);
        return n->u.format.kind == FMTK_PANIC ? ty_never : ty_unit;
    case N_ASSERT:
        check_assert(tc, n);
        return ty_unit;
    default:
        return ty_error;                        /* unsupported: already reported by resolve */
    }
}

/* Checks n, coercing its type to expected when one is given. */
Type *check_expr(Tc *tc, Node *n, Type *expected) {
    Type *t = infer_expr(tc, n, expected);
    set_ty(tc, n, t);
    if (!expected) return t;
    if (n->kind == N_IF || n->kind == N_BLOCK || n->kind == N_PAREN) {
        /* the branches and tail were checked against expected already, and reported */
        return is_never(tc, t) ? t : expected;
    }
    coerce(tc, n, t, expected);
    /* an unsizing or a reification gives the expected type */
    Node *site = adjustment_site(n);
    AdjustKind last =
        site->nadjustments ? site->adjustments[site->nadjustments - 1].kind : ADJUST_DEREF;
    return last == ADJUST_UNSIZE || last == ADJUST_REIFY_FN_PTR ? expected : t;
}

/* ── statements and blocks ── */

static bool block_like(Node *e) {
    switch (e->kind) {
    case N_BLOCK: case N_IF: case N_WHILE: case N_LOOP: case N_FOR: return true;
    default: return false;
    }
}

static void check_let(Tc *tc, Node *s) {
    Type *declared = s->u.let.ty ? lower_type(tc, s->u.let.ty, true) : fresh(tc, INFER_GENERAL);
    if (s->u.let.init) {
        Type *t = check_expr(tc, s->u.let.init, declared);
        if (!s->u.let.ty && is_never(tc, t)) unify(tc, declared, ty_never);
    }
    if (s->u.let.else_block) {
        Type *et = infer_block(tc, s->u.let.else_block, NULL);
        if (!is_never(tc, et) && shallow(tc, et)->kind != TY_ERROR) {
            Diag *d = diag_error("E0308", s->u.let.else_block->span,
                                 "`else` clause of `let...else` does not diverge");
            diag_label(d, "expected `!`, found %s", show(tc, et));
            diag_help(d, "try adding a diverging expression, such as `return` or `panic!(..)`");
            diag_emit(d);
        }
    }
    check_pattern(tc, s->u.let.pat, declared);
    s->ty = declared;
    if (!s->u.let.else_block) ptrvec_push(&tc->coverage, s);
}

/* `match e { arms }`: every arm's pattern against e's type, guards are bool, bodies agree
 * (like the branches of an `if`), and the patterns must cover every value (E0004). */
static Type *check_match(Tc *tc, Node *n, Type *expected) {
    Type *st = check_expr(tc, n->u.match.scrutinee, NULL);
    NodeList *arms = &n->u.match.arms;
    Type *result = expected;
    bool all_never = true;
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        check_pattern(tc, arm->u.arm.pat, st);
        if (arm->u.arm.guard) check_expr(tc, arm->u.arm.guard, ty_bool);
        Type *bt;
        if (result) {
            bt = check_expr(tc, arm->u.arm.body, result);
        } else {
            bt = check_expr(tc, arm->u.arm.body, NULL);
            if (!is_never(tc, bt)) result = bt;
        }
        if (!is_never(tc, bt)) all_never = false;
    }
    ptrvec_push(&tc->coverage, n);
    if (arms->len == 0 || all_never) return ty_never;
    return result ? result : ty_unit;
}

/* `let PAT = e` in an `if`/`while` head. */
static Type *check_let_cond(Tc *tc, Node *n) {
    Type *t = check_expr(tc, n->u.let_cond.expr, NULL);
    check_pattern(tc, n->u.let_cond.pat, t);
    return ty_bool;
}

/* A block's type: its tail's, `!` when a statement diverges and there is no tail, else (). */
/* The `let mut vec! = Vec::with_capacity(n)` that opens a `vec![...]` (expand.c). */
static bool is_vec_macro_let(Node *s) {
    return s->kind == N_LET && s->u.let.pat->kind == P_IDENT &&
           s->u.let.pat->u.pat_ident.name == sym_cstr("vec!");
}

Type *infer_block(Tc *tc, Node *block, Type *expected) {
    bool diverges = false;
    NodeList *stmts = &block->u.block.stmts;
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->items[i];
        if (s->kind == N_LET && i == 0 && expected && is_vec_macro_let(s)) {
            /* `let v: Vec<Box<dyn Shape>> = vec![...]`: the elements are pushed into that type */
            check_let(tc, s);
            unify(tc, s->ty, expected);
        } else if (s->kind == N_LET) {
            check_let(tc, s);
            if (s->u.let.init && is_never(tc, s->u.let.init->ty)) diverges = true;
        } else if (s->kind == N_EXPR_STMT) {
            Node *e = s->u.expr_stmt.expr;
            Type *t = check_expr(tc, e, !s->u.expr_stmt.has_semi && block_like(e) ? ty_unit : NULL);
            if (is_never(tc, t)) diverges = true;
        }
    }
    Node *tail = block->u.block.tail;
    if (tail) {
        Type *t = check_expr(tc, tail, expected);
        return diverges ? ty_never : t;
    }
    if (diverges) return ty_never;
    if (expected && !unify(tc, expected, ty_unit) && shallow(tc, expected)->kind != TY_ERROR &&
        block != tc->fn->u.fn.body)
        mismatch(tc, block->span, expected, ty_unit);
    return ty_unit;
}
