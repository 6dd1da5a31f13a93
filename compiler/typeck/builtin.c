/* builtin.c — the library functions the compiler knows by name.
 *
 * Takes: calls of std builtins, `From`/`Into` between primitives and library types,
 * `f64::max(a, b)`-style paths to primitive methods.
 * Gives: their types, or E0277 for a missing From, and what each conversion resolved to
 * (Node.conversion); rewrites a primitive method path call into the method call it
 * stands for. */
#include "patina.h"
#include "typeck_internal.h"

#include <math.h>
#include <string.h>

/* core's `impl From<S> for D` between primitives: the conversions that lose nothing. */
static bool prim_from_ok(Type *d, Type *s) {
    if (d->kind == TY_INT && s->kind == TY_BOOL) return true;
    if (d->kind == TY_CHAR) return s->kind == TY_INT && s->ik == IK_U8;
    if (s->kind == TY_CHAR) return d->kind == TY_INT && (d->ik == IK_U32 || d->ik == IK_U64);
    if (d->kind == TY_FLOAT && s->kind == TY_FLOAT) return d->fk == FK_F64 || s->fk == FK_F32;
    if (s->kind != TY_INT) return false;
    int sb = ty_int_bits(s->ik), db = d->kind == TY_INT ? ty_int_bits(d->ik) : 0;
    bool ss = ty_int_signed(s->ik);
    if (s->ik == IK_USIZE || s->ik == IK_ISIZE) return d->kind == TY_INT && d->ik == s->ik;
    if (d->kind == TY_FLOAT) return sb <= (d->fk == FK_F32 ? 16 : 32);
    if (d->kind != TY_INT) return false;
    if (d->ik == IK_USIZE) return !ss && sb <= 16;
    if (d->ik == IK_ISIZE) return sb <= 8 || (ss && sb <= 16);
    if (d->ik == s->ik) return true;
    return ty_int_signed(d->ik) ? db > sb : !ss && db > sb;
}

void report_no_from(Tc *tc, Span at, Type *target, Type *source) {
    const char *d = ty_str_of(zonk(tc, target)), *s = ty_str_of(zonk(tc, source));
    Diag *dg = diag_error("E0277", at, "the trait bound `%s: From<%s>` is not satisfied", d, s);
    diag_label(dg, "the trait `From<%s>` is not implemented for `%s`", s, d);
    diag_emit(dg);
}

/* The `from` of the (non-generic) `impl From<S> for target` whose S takes a value of source. */
Def *from_impl(Tc *tc, Type *target, Type *source) {
    Def *cands[16];
    int n = ty_operator_methods(zonk(tc, target), LANG_FROM, cands, 16);
    for (int i = 0; i < n && i < 16; i++)
        if (!cands[i]->ngenerics && could_unify(tc, cands[i]->param_tys[0], source))
            return cands[i];
    return NULL;
}

void resolve_conversion(Node *n, ConversionKind kind, Node *operand, Def *from) {
    Conversion *c = arena_alloc(sizeof *c);
    *c = (Conversion){kind, operand, from};
    n->conversion = c;
}

Node *skip_identity_conversions(Node *e) {
    while (e->conversion && e->conversion->kind == CONVERSION_IDENTITY) e = e->conversion->operand;
    return e;
}

/* n converts operand to target by core's From between primitives: a cast. */
static Type *prim_conversion(Node *n, Node *operand, Type *target) {
    resolve_conversion(n, CONVERSION_PRIM_CAST, operand, NULL);
    return target;
}

Type *check_prim_from(Tc *tc, Node *n, Type *target) {
    if (n->u.call.args.len != 1) {
        for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
        Diag *d = diag_error("E0061", n->span,
                             "this function takes 1 argument but %d arguments were supplied",
                             n->u.call.args.len);
        diag_emit(d);
        return target;
    }
    Node *arg = n->u.call.args.items[0];
    Type *s = shallow(tc, check_expr(tc, arg, NULL));
    /* as rustc's fallback does */
    if (s->kind == TY_INFER && s->infer == INFER_INT) unify(tc, s, ty_int(IK_I32));
    if (s->kind == TY_INFER && s->infer == INFER_FLOAT) unify(tc, s, ty_float(FK_F64));
    s = shallow(tc, s);
    if (s->kind == TY_ERROR) return target;
    if (!prim_from_ok(target, s)) {
        report_no_from(tc, n->span, target, s);
        return target;
    }
    return prim_conversion(n, arg, target);
}

/* `x.into()`: From read backwards, for the type the context expects. */
Type *check_into(Tc *tc, Node *n, Type *recv, Type *expected) {
    Type *target = expected ? shallow(tc, expected) : NULL;
    Type *s = shallow(tc, recv);
    Node *operand = n->u.call.receiver;
    if (!target || target->kind == TY_INFER) {
        if (s->kind == TY_ERROR) return ty_error;
        Diag *d = diag_error("E0283", n->u.call.method_span, "type annotations needed");
        diag_note(
            d, "the type `into` converts to must be known: give the binding or parameter a type");
        diag_emit(d);
        return ty_error;
    }
    if (target->kind == TY_ERROR || s->kind == TY_ERROR) return target;
    if (zonk(tc, target) == zonk(tc, s)) {           /* `impl<T> From<T> for T` */
        resolve_conversion(n, CONVERSION_IDENTITY, operand, NULL);
        return target;
    }
    if (target->kind == TY_ADT) {
        Def *m = from_impl(tc, target, s);
        if (m) {
            /* the call `Target::from(x)` */
            resolve_conversion(n, CONVERSION_FROM_CALL, operand, m);
            coerce(tc, operand, recv, m->param_tys[0]);
            return m->ret_ty;
        }
    }
    if ((target->kind == TY_INT || target->kind == TY_FLOAT || target->kind == TY_CHAR) &&
        (s->kind == TY_INT || s->kind == TY_FLOAT || s->kind == TY_BOOL || s->kind == TY_CHAR ||
         s->kind == TY_INFER)) {
        if (s->kind == TY_INFER && s->infer == INFER_INT) unify(tc, s, ty_int(IK_I32));
        if (s->kind == TY_INFER && s->infer == INFER_FLOAT) unify(tc, s, ty_float(FK_F64));
        s = shallow(tc, s);
        if (prim_from_ok(target, s)) return prim_conversion(n, operand, target);
    }
    report_no_from(tc, n->u.call.method_span, target, s);
    return target;
}

/* std::alloc's alloc, alloc_zeroed, dealloc, realloc (over the prelude's Layout) and
 * std::ptr's null, null_mut, read, write, drop_in_place, copy, copy_nonoverlapping. All
 * but null and null_mut need `unsafe` (E0133). */
Type *check_std_builtin(Tc *tc, Node *n, Def *def) {
    set_ty(tc, n->u.call.callee, ty_fn_def(def));
    bool safe = def->builtin == BUILTIN_PTR_NULL || def->builtin == BUILTIN_PTR_NULL_MUT;
    if (!safe && !tc->unsafe_depth) {
        Diag *d = diag_error(
            "E0133", n->span,
            "call to unsafe function `%s` is unsafe and requires unsafe function or block",
            def->std_path);
        diag_label(d, "call to unsafe function");
        diag_note(d, "consult the function's documentation for information on how to avoid "
                     "undefined behavior");
        diag_emit(d);
    }
    AdtDef *layout_adt = prelude_adt(tc->prelude, "Layout");
    Type *layout = layout_adt ? ty_adt(layout_adt) : ty_error, *bytes = ty_ptr(ty_int(IK_U8), true),
         *usize = ty_int(IK_USIZE);
    Type *t = fresh(tc, INFER_GENERAL);
    Type *params[3] = {0};
    int np = 0;
    Type *ret = ty_unit;
    switch (def->builtin) {
    case BUILTIN_ALLOC: case BUILTIN_ALLOC_ZEROED: params[np++] = layout; ret = bytes; break;
    case BUILTIN_DEALLOC: params[np++] = bytes; params[np++] = layout; break;
    case BUILTIN_REALLOC:
        params[np++] = bytes;
        params[np++] = layout;
        params[np++] = usize;
        ret = bytes;
        break;
    case BUILTIN_PTR_NULL: ret = ty_ptr(t, false); break;
    case BUILTIN_PTR_NULL_MUT: ret = ty_ptr(t, true); break;
    case BUILTIN_PTR_READ: params[np++] = ty_ptr(t, false); ret = t; break;
    case BUILTIN_PTR_WRITE: params[np++] = ty_ptr(t, true); params[np++] = t; break;
    case BUILTIN_PTR_DROP_IN_PLACE: params[np++] = ty_ptr(t, true); break;
    case BUILTIN_CHAR_FROM_U32_UNCHECKED: params[np++] = ty_int(IK_U32); ret = ty_char; break;
    case BUILTIN_ARG_COUNT: ret = usize; break;
    case BUILTIN_CHAR_PROPERTY:
        params[np++] = ty_int(IK_U32);
        params[np++] = ty_int(IK_U32);
        ret = ty_int(IK_U32);
        break;
    case BUILTIN_PARSE_F64:
        params[np++] = ty_ref(ty_str, false);
        params[np++] = ty_ref(ty_bool, true);
        ret = ty_float(FK_F64);
        break;
    case BUILTIN_ARG:
        params[np++] = usize;
        params[np++] = ty_ref(usize, true);
        ret = ty_ptr(ty_int(IK_U8), false);
        break;
    case BUILTIN_SINK_TAKE:
        params[np++] = ty_int(IK_I32);
        params[np++] = ty_ref(usize, true);
        params[np++] = ty_ref(usize, true);
        ret = bytes;
        break;
    case BUILTIN_STR_FROM_UTF8_UNCHECKED:
        params[np++] = ty_ref(ty_slice(ty_int(IK_U8)), false);
        ret = ty_ref(ty_str, false);
        break;
    case BUILTIN_SLICE_FROM_RAW_PARTS: case BUILTIN_SLICE_FROM_RAW_PARTS_MUT: {
        bool mut = def->builtin == BUILTIN_SLICE_FROM_RAW_PARTS_MUT;
        params[np++] = ty_ptr(t, mut);
        params[np++] = usize;
        ret = ty_ref(ty_slice(t), mut);
        break;
    }
    /* copy */
    default:
        params[np++] = ty_ptr(t, false);
        params[np++] = ty_ptr(t, true);
        params[np++] = usize;
        break;
    }
    check_args(tc, n, params, np, NULL);
    return ret;
}

/* `f64::max(a, b)` is `a.max(b)` with a of type f64: the call becomes that method call. */
Type *check_prim_method_path(Tc *tc, Node *n, Def *def, Type *expected) {
    Node *callee = n->u.call.callee;
    NodeList *args = &n->u.call.args;
    const char *name = sym_str(def->name);
    bool from_bytes = strcmp(name, "from_le_bytes") == 0 || strcmp(name, "from_be_bytes") == 0 ||
                      strcmp(name, "from_ne_bytes") == 0;
    if (from_bytes && def->const_ty->kind == TY_INT) {
        /* `u32::from_le_bytes([u8; 4])`: the integer those bytes make */
        Type *bytes = ty_array(ty_int(IK_U8), (uint64_t)ty_int_bits(def->const_ty->ik) / 8);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, &bytes, 1, NULL);
        return def->const_ty;
    }
    PrimMethod pm;
    if (args->len == 0 && prim_method_lookup(def->const_ty, def->name, &pm)) {
        Diag *d = diag_error("E0061", n->span,
                             "this function takes %d argument%s but 0 arguments were supplied",
                             pm.nargs + 1, pm.nargs ? "s" : "");
        diag_emit(d);
        return pm.ret;
    }
    if (args->len == 0 || (!prim_method_lookup(def->const_ty, def->name, &pm) &&
                           !trait_method_for(tc, def->const_ty, def->name))) {
        for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], NULL);
        const char *ty = ty_str_of(def->const_ty);
        Diag *d = diag_error(
            "E0599", callee->u.path.seg_spans[callee->u.path.nsegs - 1],
            "no function or associated item named `%s` found for type `%s` in the current scope",
            sym_str(def->name), ty);
        diag_label(d, "function or associated item not found in `%s`", ty);
        diag_emit(d);
        return ty_error;
    }
    n->kind = N_METHOD_CALL;
    n->u.call.receiver = args->items[0];
    n->u.call.method = def->name;
    n->u.call.method_span = callee->u.path.seg_spans[callee->u.path.nsegs - 1];
    memmove(args->items, args->items + 1, sizeof(Node *) * (size_t)(args->len - 1));
    args->len--;
    tc->receiver_hint = def->const_ty;
    return check_method_call(tc, n, expected);
}

/* Methods of the primitive types that rustc has but Patina does not implement yet are
 * "not supported"; any other name is E0599, as in rustc. */
bool is_known_int_method(Sym name) {
    static const char *const known[] = {
        "pow",
        "abs",
        "min",
        "max",
        "clamp",
        "signum",
        "is_positive",
        "is_negative",
        "count_ones",
        "count_zeros",
        "leading_zeros",
        "trailing_zeros",
        "rotate_left",
        "rotate_right",
        "swap_bytes",
        "to_string",
        "cmp",
        "partial_cmp",
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "clone",
        "rem_euclid",
        "div_euclid",
        "abs_diff",
        "wrapping_add",
        "wrapping_sub",
        "wrapping_mul",
        "wrapping_div",
        "wrapping_neg",
        "wrapping_pow",
        "checked_add",
        "checked_sub",
        "checked_mul",
        "checked_div",
        "checked_rem",
        "checked_pow",
        "checked_neg",
        "saturating_add",
        "saturating_sub",
        "saturating_mul",
        "saturating_pow",
        "overflowing_add",
        "overflowing_sub",
        "overflowing_mul",
        "isqrt",
        "ilog2",
        "ilog10",
        "is_power_of_two",
        "next_power_of_two",
        "to_digit",
        "is_alphabetic",
        "is_numeric",
        "is_alphanumeric",
        "is_whitespace",
        "is_uppercase",
        "is_lowercase",
        "to_ascii_uppercase",
        "to_ascii_lowercase",
        "is_ascii_digit",
        "len",
        "is_empty",
        "chars",
        "bytes",
        "into",
        "try_into",
        "from",
        "then",
        "then_some",
        "len_utf8",
    };
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(known[i], s) == 0) return true;
    return false;
}
