/* fmt.c — the nodes format macros and asserts expand to.
 *
 * Takes: N_FORMAT (`format!`, `println!`, `write!`) and N_ASSERT nodes.
 * Gives: each argument checked against its placeholder's trait (E0277, rechecked at the
 * end for types inferred later), `write!` destinations (E0599), `assert_eq!` operands. */
#include "patina.h"
#include "typeck_internal.h"

static const char *fmt_trait_name(FmtTrait t) {
    static const char *const names[] = { "std::fmt::Display", "Debug",   "LowerHex",
                                         "UpperHex",          "Octal",   "Binary",
                                         "LowerExp",          "UpperExp" };
    return names[t];
}

bool has_infer(const Type *t) { return ty_contains(t, TY_INFER); }

void check_format(Tc *tc, Node *n) {
    NodeList *args = &n->u.format.args;
    Type **tys = arena_alloc(sizeof(Type *) * (size_t)(args->len ? args->len : 1));
    for (int i = 0; i < args->len; i++) tys[i] = check_expr(tc, args->items[i], NULL);
    for (int p = 0; p < n->u.format.npieces; p++) {
        FmtPiece *piece = &n->u.format.pieces[p];
        if (piece->spec.width_arg >= 0) unify(tc, tys[piece->spec.width_arg], ty_int(IK_USIZE));
        if (piece->spec.precision_arg >= 0)
            unify(tc, tys[piece->spec.precision_arg], ty_int(IK_USIZE));
    }
    check_format_traits(tc, n, false);
}

/* Each placeholder's argument implements its trait. An argument whose type is not known
 * yet (`parse().map_err(|e| format!("{:?}", e))` before parse's type is) is checked at
 * the end of the crate (final), once inference is done. */
void check_format_traits(Tc *tc, Node *n, bool final) {
    NodeList *args = &n->u.format.args;
    for (int p = 0; p < n->u.format.npieces; p++) {
        FmtPiece *piece = &n->u.format.pieces[p];
        if (piece->arg < 0) continue;
        Node *arg = args->items[piece->arg];
        Type *t = final ? zonk(tc, arg->ty) : arg->ty;
        FmtTrait trait = piece->spec.trait;
        if (!final && has_infer(zonk(tc, t)) && !implements_fmt(tc, t, trait)) {
            ptrvec_push(&tc->open_formats, n);
            return;
        }
        if (implements_fmt(tc, t, trait)) continue;
        const char *ty = ty_str_of(zonk(tc, t));
        Diag *d;
        if (trait == FMT_DISPLAY) {
            d = diag_error("E0277", arg->span, "`%s` doesn't implement `std::fmt::Display`", ty);
            diag_label(d, "`%s` cannot be formatted with the default formatter", ty);
        } else if (trait == FMT_DEBUG) {
            d = diag_error("E0277", arg->span, "`%s` doesn't implement `Debug`", ty);
            diag_label(d, "`%s` cannot be formatted using `{:?}`", ty);
        } else {
            d = diag_error("E0277", arg->span, "the trait bound `%s: %s` is not satisfied", ty,
                           fmt_trait_name(trait));
            diag_label(d, "the trait `%s` is not implemented for `%s`", fmt_trait_name(trait), ty);
        }
        diag_emit(d);
    }
}

/* The prelude's stand-ins for std::fmt: Formatter and fmt::Result, into tc. */
void find_fmt_types(Tc *tc, Node *prelude) {
    for (int i = 0; prelude && i < prelude->u.crate.items.len; i++) {
        Node *item = prelude->u.crate.items.items[i];
        if (item->kind == N_STRUCT && item->u.adt.def && item->u.adt.name == sym_cstr("Formatter"))
            tc->fmt_formatter_ty = ty_adt(item->u.adt.def);
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.name == sym_cstr("FmtResult"))
            tc->fmt_result_ty = lower_type(tc, item->u.type_alias.ty, false);
    }
}

/* `write!(f, ...)`: f is a `&mut Formatter` (or a Formatter place); the value is fmt::Result. */
Type *check_write_dest(Tc *tc, Node *n) {
    Node *dest = n->u.format.dest;
    Type *t = shallow(tc, check_expr(tc, dest, NULL));
    Type *target = t->kind == TY_REF ? shallow(tc, t->elem) : t;
    if (target->kind == TY_ADT && target->adt == prelude_adt(tc->prelude, "String")) {
        /* `write!(s, ...)` appends to a String (std::fmt::Write) */
        if (t->kind != TY_REF) note_mutation(tc, dest);
        return tc->fmt_result_ty ? tc->fmt_result_ty : ty_error;
    }
    if (!tc->fmt_formatter_ty || target != tc->fmt_formatter_ty) {
        if (t->kind != TY_ERROR) {
            Diag *d =
                diag_error("E0599", dest->span, "cannot write into `%s`", ty_str_of(zonk(tc, t)));
            diag_note(d, "`write!` writes into a `&mut std::fmt::Formatter` in Patina");
            diag_emit(d);
        }
        return ty_error;
    }
    return tc->fmt_result_ty ? tc->fmt_result_ty : ty_error;
}

void check_assert(Tc *tc, Node *n) {
    if (n->u.assert.kind == ASSERT_TRUE) {
        check_expr(tc, n->u.assert.lhs, ty_bool);
    } else {
        Type *lt = check_expr(tc, n->u.assert.lhs, NULL);
        Type *rt = check_expr(tc, n->u.assert.rhs, NULL);
        if (compared_by_impl(tc, lt, rt)) {
            /* `assert_eq!(s, "ab")` of a String: its impl of PartialEq<&str> */
        } else if (!unify(tc, lt, rt)) mismatch(tc, n->u.assert.rhs->span, lt, rt);
        else if (!comparable(tc, lt, false) || !implements_fmt(tc, lt, FMT_DEBUG)) {
            Diag *d =
                diag_error("E0369", n->span, "binary operation `%s` cannot be applied to type `%s`",
                           n->u.assert.kind == ASSERT_EQ ? "==" : "!=", ty_str_of(zonk(tc, lt)));
            diag_emit(d);
        }
    }
    if (n->u.assert.message) check_format(tc, n->u.assert.message);
}
