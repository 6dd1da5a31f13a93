/* derive.c — derived Clone, PartialEq, PartialOrd and Debug, and their generated bodies.
 *
 * Takes: a type and the places of the values to compare or clone; a GeneratedBody.
 * Gives: at a use site, a call of the type's own impl or of its generated body with `&`
 * borrows of the operands (an ADT), or the comparison or clone part by part (tuples,
 * arrays, references, primitives); the generated bodies themselves (lower_generated_body):
 * one per type, like drop glue, its fields compared, ordered, cloned or written in it. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* The value of a field (variant v's for an enum, -1 otherwise) or array element i of the
 * value at src, cloned into a fresh temporary. */
static Operand cloned_part(Lower *lw, Type *ty, Place src, int v, int i, Span span) {
    Type *ft;
    Place from;
    if (ty->kind == TY_ARRAY) {
        ft = ty->elem;
        Place k = temp(lw, ty_int(IK_USIZE), span);
        assign(lw, k, rv_use(const_int(ty_int(IK_USIZE), (uint64_t)i), ty_int(IK_USIZE)), span);
        from = project_index(src, k.local, ft);
    } else {
        from = debug_field_place(src, ty, v, i, &ft);
    }
    Place t = temp(lw, ft, span);
    clone_into(lw, ft, from, t, span);
    return use_place(t, ft);
}

static void clone_parts(Lower *lw, Type *ty, Place src, Place dest, Span span);

/* dest = a clone of the value at src, of type ty, as rustc's derived Clone makes it: a Copy
 * value (a reference too) is copied; a type with a Clone impl of its own (hand-written, or
 * the prelude's String, Vec, Box, Rc) is cloned by it, a derived-Clone struct or enum by
 * its generated `<T as Clone>::clone`; a tuple and an array part by part. */
void clone_into(Lower *lw, Type *ty, Place src, Place dest, Span span) {
    if (ty_is_copy(ty) || ty->kind == TY_REF) {
        assign(lw, dest, rv_use((Operand){.kind = OP_COPY, .place = src}, ty), span);
        return;
    }
    /* a type parameter's: `<T as Clone>::clone`, whose body each instance's type gives */
    if (ty->kind == TY_ADT || ty->kind == TY_PARAM || ty->kind == TY_PROJ) {
        Def *own = ty->kind == TY_ADT ? operator_method(lw->ctx, NULL, ty, LANG_CLONE, NULL) : NULL;
        if (!own) own = generated_method(lw->ctx, ty, GEN_CLONE, NULL);
        Operand arg = borrow_arg(lw, ty_ref(ty, false), src, BORROW_SHARED, span);
        call(lw, fn_operand(own), &arg, 1, dest, false, span);
        return;
    }
    clone_parts(lw, ty, src, dest, span);
}

/* dest = a clone of the value at src built part by part: a struct's or tuple's fields, an
 * array's elements, an enum's variant's fields.
 * CFG: [enum: switch → one block per variant → its temporaries' StorageDead → join] */
static void clone_parts(Lower *lw, Type *ty, Place src, Place dest, Span span) {
    bool is_enum = ty->kind == TY_ADT && ty->adt->is_enum;
    int join = -1, *blocks = is_enum ? switch_on_variant(lw, src, ty, &join, span) : NULL;
    for (int v = 0; v < (is_enum ? ty->adt->nvariants : 1); v++) {
        if (is_enum) lw->cur = blocks[v];
        int mark = lw->scope_locals.len;
        int n = is_enum            ? ty->adt->variants[v].nfields
            : ty->kind == TY_ARRAY ? (int)ty->len
                                   : field_count_of(ty);
        Rvalue agg = {.kind = RV_AGGREGATE, .ty = ty, .nelems = n, .variant = is_enum ? v : 0};
        agg.elems = arena_alloc(sizeof(Operand) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++)
            agg.elems[i] = cloned_part(lw, ty, src, is_enum ? v : -1, i, span);
        assign(lw, dest, agg, span);
        if (is_enum) close_branch(lw, mark, join, join, span);
    }
}

/* The runtime's byte-wise order of two `&str` places: negative, zero or positive. */
static Operand str_order(Lower *lw, Place a, Place b, Span span) {
    Type *i32 = ty_int(IK_I32), *str_ref = ty_ref(ty_str, false);
    Operand args[2] = {use_place(a, str_ref), use_place(b, str_ref)};
    Place c = temp(lw, i32, span);
    call(lw, const_intrinsic(INTR_STR_CMP), args, 2, c, false, span);
    return use_place(c, i32);
}

/* dest = m(&a, &b): a comparison impl's method called on two places. */
void call_on_refs(Lower *lw, Def *m, Place a, Place b, Place dest, Span span) {
    Operand args[2];
    Place sides[2] = {a, b};
    for (int i = 0; i < 2; i++)
        args[i] = borrow_arg(lw, m->param_tys[i], sides[i], BORROW_SHARED, span);
    call(lw, fn_operand(m), args, 2, dest, false, span);
}

/* -1, 0 or 1 from m(&a, &b), an Ord::cmp or a PartialOrd::partial_cmp (whose None is
 * ORDER_INCOMPARABLE).
 * CFG: call → [Option: switch → Some: discriminant → join | None → join] */
static Operand ordering_by_call(Lower *lw, Def *m, Place a, Place b, Span span) {
    Type *i32 = ty_int(IK_I32), *isize = ty_int(IK_ISIZE);
    Place result = temp(lw, m->ret_ty, span), order = temp(lw, i32, span);
    call_on_refs(lw, m, a, b, result, span);
    Place ord = result;
    Type *ord_ty = m->ret_ty;
    assign(lw, order, rv_use(const_int(i32, ORDER_INCOMPARABLE), i32), span);
    int done = new_block(lw);
    if (m->ret_ty->nelems == 1) {
        /* Option<Ordering>: Some's payload */
        int some = new_block(lw);
        switch_on_value(lw, discriminant_of(lw, result, span), 0 /* None */, done, some, some,
                        span);
        ord = debug_field_place(result, m->ret_ty, 1, 0, &ord_ty);
    }
    Place d = temp(lw, isize, span);
    assign(lw, d, rv_use(discriminant_of(lw, ord, span), isize), span);
    assign(lw, order, (Rvalue){.kind = RV_CAST, .ty = i32, .a = use_place(d, isize)}, span);
    goto_block(lw, done, span, done);
    return use_place(order, i32);
}

static Operand equal_parts(Lower *lw, Type *ty, Place a, Place b, Span span);

/* a == b for values of type ty: a struct or enum by its own PartialEq impl or its generated
 * `<T as PartialEq>::eq`, called on `&a` and `&b`; tuples and arrays part by part;
 * references compare what they point to, as Rust's `impl PartialEq for &T` does. */
Operand equal_values(Lower *lw, Type *ty, Place a, Place b, Span span) {
    /* a type parameter's: `<T as PartialEq>::eq`, whose body each instance's type gives */
    if (ty->kind == TY_ADT || ty->kind == TY_PARAM || ty->kind == TY_PROJ) {
        Def *own = ty->kind != TY_ADT || ty->adt->derive_partial_eq
            ? NULL
            : operator_method(lw->ctx, NULL, ty, LANG_PARTIAL_EQ, ty);
        if (!own) own = generated_method(lw->ctx, ty, GEN_EQ, NULL);
        Place eq = temp(lw, ty_bool, span);
        call_on_refs(lw, own, a, b, eq, span);
        return use_place(eq, ty_bool);
    }
    if (ty->kind == TY_REF && ty->elem->kind == TY_STR)
        return compare(lw, BIN_EQ, str_order(lw, a, b, span), const_int(ty_int(IK_I32), 0), span);
    if (ty->kind == TY_REF && ty->elem->kind != TY_SLICE)
        return equal_values(lw, ty->elem, project_deref(a, ty->elem), project_deref(b, ty->elem),
                            span);
    return equal_parts(lw, ty, a, b, span);
}

/* acc & eq, in a fresh bool temporary. */
static Operand and_also(Lower *lw, Operand acc, Operand eq, Span span) {
    Place both = temp(lw, ty_bool, span);
    assign(lw, both, rv_binary(BIN_BITAND, acc, eq, ty_bool), span);
    return (Operand){.kind = OP_MOVE, .place = both};
}

/* a == b part by part: for enums, equal discriminants and then the variant's fields; for
 * structs and tuples field by field; arrays element by element; primitives directly.
 * CFG: field by field: eq → [false: join with false | true: next field] → join */
static Operand equal_parts(Lower *lw, Type *ty, Place a, Place b, Span span) {
    if (ty->kind == TY_ADT && ty->adt->is_enum) {
        Place result = temp(lw, ty_bool, span);
        Operand same =
            compare(lw, BIN_EQ, discriminant_of(lw, a, span), discriminant_of(lw, b, span), span);
        assign(lw, result, rv_use(same, ty_bool), span);
        int done = new_block(lw), fields = new_block(lw);
        branch_on_bool(lw, same, done, fields, fields, span);
        int join;
        int *blocks = switch_on_variant(lw, a, ty, &join, span);
        for (int v = 0; v < ty->adt->nvariants; v++) {
            lw->cur = blocks[v];
            Operand acc = const_bool(true);
            for (int i = 0; i < ty->adt->variants[v].nfields; i++) {
                Type *ft;
                Place fa = debug_field_place(a, ty, v, i, &ft),
                      fb = debug_field_place(b, ty, v, i, &ft);
                acc = and_also(lw, acc, equal_values(lw, ft, fa, fb, span), span);
            }
            assign(lw, result, rv_use(acc, ty_bool), span);
            goto_block(lw, join, span, join);
        }
        goto_block(lw, done, span, done);
        return (Operand){.kind = OP_COPY, .place = result};
    }
    if (ty->kind == TY_ARRAY) {
        /* element by element, stopping at the first difference */
        Type *usize = ty_int(IK_USIZE);
        Place result = temp(lw, ty_bool, span), i = temp(lw, usize, span);
        assign(lw, result, rv_use(const_bool(true), ty_bool), span);
        assign(lw, i, rv_use(const_int(usize, 0), usize), span);
        int head = new_block(lw), body = new_block(lw), diff = new_block(lw), exit = new_block(lw);
        goto_block(lw, head, span, head);
        Operand more = compare(lw, BIN_LT, use_place(i, usize), const_int(usize, ty->len), span);
        branch_if_false(lw, more, exit, span);
        goto_block(lw, body, span, body);
        Operand eq = equal_values(lw, ty->elem, project_index(a, i.local, ty->elem),
                                  project_index(b, i.local, ty->elem), span);
        branch_if_false(lw, eq, diff, span);
        assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
        goto_block(lw, head, span, diff);
        assign(lw, result, rv_use(const_bool(false), ty_bool), span);
        goto_block(lw, exit, span, exit);
        return (Operand){.kind = OP_COPY, .place = result};
    }
    if (ty->kind != TY_ADT && ty->kind != TY_TUPLE)
        return compare(lw, BIN_EQ, use_place(a, ty), use_place(b, ty), span);
    Operand acc = const_bool(true);
    for (int i = 0; i < field_count_of(ty); i++) {
        Type *ft = field_type_of(ty, i);
        Operand eq = equal_values(lw, ft, project_field(a, i, ft), project_field(b, i, ft), span);
        acc = and_also(lw, acc, eq, span);
    }
    return acc;
}

static Operand cmp_parts(Lower *lw, Type *ty, Place a, Place b, Span span);

/* -1, 0 or 1 as a's order against b, in a fresh i32 temporary: a struct or enum by its own
 * Ord/PartialOrd impl or its generated `<T as PartialOrd>::partial_cmp`, called on `&a`
 * and `&b`; tuples and arrays part by part. */
Operand cmp_values(Lower *lw, Type *ty, Place a, Place b, Span span) {
    /* a type parameter's: `<T as PartialOrd>::partial_cmp`, whose body each instance's
     * type gives */
    if (ty->kind == TY_PARAM || ty->kind == TY_PROJ)
        return ordering_by_call(lw, generated_method(lw->ctx, ty, GEN_PARTIAL_CMP, NULL), a, b,
                                span);
    if (ty->kind == TY_ADT) {
        Def *m = NULL;
        if (!ty->adt->derive_partial_ord) {
            /* PartialOrd first: an Ord impl may not apply (`Vec<f64>` has no Ord) */
            m = operator_method(lw->ctx, NULL, ty, LANG_PARTIAL_ORD, ty);
            if (!m) m = operator_method(lw->ctx, NULL, ty, LANG_ORD, ty);
        }
        if (!m) m = generated_method(lw->ctx, ty, GEN_PARTIAL_CMP, NULL);
        return ordering_by_call(lw, m, a, b, span);
    }
    if (ty->kind == TY_REF && ty->elem->kind == TY_STR) return str_order(lw, a, b, span);
    if (ty->kind == TY_REF && ty->elem->kind != TY_SLICE)
        return cmp_values(lw, ty->elem, project_deref(a, ty->elem), project_deref(b, ty->elem),
                          span);
    return cmp_parts(lw, ty, a, b, span);
}

/* dest = a.cmp(&b) (total) or a.partial_cmp(&b) of a struct or enum that derives it: a
 * call of its generated body on `&a` and `&b`; false for other types (a hand-written
 * impl is called through cmp_values). */
bool derived_order_into(Lower *lw, Place dest, Type *ty, Place a, Place b, bool total, Span span) {
    if (ty->kind != TY_ADT || !(total ? ty->adt->derive_ord : ty->adt->derive_partial_ord))
        return false;
    Def *cmp = generated_method(lw->ctx, ty, total ? GEN_CMP : GEN_PARTIAL_CMP, NULL);
    call_on_refs(lw, cmp, a, b, dest, span);
    return true;
}

/* -1, 0 or 1 as a's order against b part by part (derived PartialOrd: fields in order,
 * enums by variant first), in a fresh i32 temporary.
 * CFG: field by field: cmp → [≠ Equal: join with it | Equal: next field] → join */
static Operand cmp_parts(Lower *lw, Type *ty, Place a, Place b, Span span) {
    Type *i32 = ty_int(IK_I32);
    Place result = temp(lw, i32, span);
    if (ty->kind != TY_ADT && ty->kind != TY_TUPLE && ty->kind != TY_ARRAY) {
        Operand lt = compare(lw, BIN_LT, use_place(a, ty), use_place(b, ty), span);
        Operand gt = compare(lw, BIN_GT, use_place(a, ty), use_place(b, ty), span);
        Place l = temp(lw, i32, span), g = temp(lw, i32, span);
        assign(lw, l, (Rvalue){.kind = RV_CAST, .ty = i32, .a = lt}, span);
        assign(lw, g, (Rvalue){.kind = RV_CAST, .ty = i32, .a = gt}, span);
        assign(lw, result, rv_binary(BIN_SUB, use_place(g, i32), use_place(l, i32), i32), span);
        if (ty->kind == TY_FLOAT) {
            /* NaN: neither <, > nor ==; then g - l is 0 and (1 - l - g - eq) is 1 */
            Operand eq = compare(lw, BIN_EQ, use_place(a, ty), use_place(b, ty), span);
            Place e = temp(lw, i32, span), unordered = temp(lw, i32, span);
            assign(lw, e, (Rvalue){.kind = RV_CAST, .ty = i32, .a = eq}, span);
            assign(lw, unordered, rv_binary(BIN_SUB, const_int(i32, 1), use_place(l, i32), i32),
                   span);
            Place parts[2] = {g, e};
            for (int i = 0; i < 2; i++)
                assign(lw, unordered,
                       rv_binary(BIN_SUB, use_place(unordered, i32), use_place(parts[i], i32), i32),
                       span);
            assign(lw, unordered,
                   rv_binary(BIN_MUL, use_place(unordered, i32),
                             const_int(i32, ORDER_INCOMPARABLE), i32), span);
            assign(lw, result, rv_binary(BIN_ADD, use_place(result, i32),
                                         use_place(unordered, i32), i32), span);
        }
        return (Operand){.kind = OP_COPY, .place = result};
    }
    int done = new_block(lw);
    bool is_enum = ty->kind == TY_ADT && ty->adt->is_enum;
    if (is_enum) {
        Type *isize = ty_int(IK_ISIZE);
        Place da = temp(lw, isize, span), db = temp(lw, isize, span);
        assign(lw, da, rv_use(discriminant_of(lw, a, span), isize), span);
        assign(lw, db, rv_use(discriminant_of(lw, b, span), isize), span);
        assign(lw, result, rv_use(cmp_values(lw, isize, da, db, span), i32), span);
    } else {
        assign(lw, result, rv_use(const_int(i32, 0), i32), span);
    }
    /* compare field after field while everything so far is equal */
    int nv = is_enum ? ty->adt->nvariants : 1;
    int join = done;
    int *blocks = NULL;
    if (is_enum) {
        Operand differ = compare(lw, BIN_NE, use_place(result, i32), const_int(i32, 0), span);
        int fields = new_block(lw);
        branch_on_bool(lw, differ, fields, done, fields, span);
        blocks = switch_on_variant(lw, a, ty, &join, span);
    }
    for (int v = 0; v < nv; v++) {
        if (is_enum) lw->cur = blocks[v];
        int n = is_enum            ? ty->adt->variants[v].nfields
            : ty->kind == TY_ARRAY ? (int)ty->len
                                   : field_count_of(ty);
        for (int i = 0; i < n; i++) {
            Type *ft;
            Place fa, fb;
            if (ty->kind == TY_ARRAY) {
                int k = temp(lw, ty_int(IK_USIZE), span).local;
                assign(lw, local_place(k),
                       rv_use(const_int(ty_int(IK_USIZE), (uint64_t)i), ty_int(IK_USIZE)), span);
                ft = ty->elem;
                fa = project_index(a, k, ft);
                fb = project_index(b, k, ft);
            } else {
                fa = debug_field_place(a, ty, is_enum ? v : -1, i, &ft);
                fb = debug_field_place(b, ty, is_enum ? v : -1, i, &ft);
            }
            Operand c = cmp_values(lw, ft, fa, fb, span);
            assign(lw, result, rv_use(c, i32), span);
            Operand differ = compare(lw, BIN_NE, use_place(result, i32), const_int(i32, 0), span);
            int next = new_block(lw);
            branch_on_bool(lw, differ, next, join, next, span);
        }
        goto_block(lw, join, span, join);
    }
    if (is_enum) goto_block(lw, done, span, done);
    lw->cur = done;
    return (Operand){.kind = OP_COPY, .place = result};
}

/* dest (of type dest_ty) = Less, Equal or Greater of order, -1, 0 or 1, as cmp returns
 * it, or in Some as partial_cmp does (dest_ty: Option<Ordering>), where ORDER_INCOMPARABLE
 * is None.
 * CFG: switch on order → one block per Ordering variant → join [→ Some | None] → end */
void ordering_into(Lower *lw, Place dest, Type *dest_ty, Operand order, Span span) {
    Type *ord = dest_ty->nelems == 1 ? dest_ty->elems[0] : dest_ty;
    bool partial = dest_ty != ord;
    Place result = partial ? temp(lw, ord, span) : dest;
    int less = new_block(lw), equal = new_block(lw), greater = new_block(lw), join = new_block(lw);
    int none = partial ? new_block(lw) : greater;
    int ncases = partial ? 3 : 2;
    uint64_t *vals = arena_alloc(sizeof(uint64_t) * 3);
    int *targets = arena_alloc(sizeof(int) * 3);
    vals[0] = (uint64_t)-1;
    vals[1] = 0;
    vals[2] = 1;
    targets[0] = less;
    targets[1] = equal;
    targets[2] = greater;
    terminate(lw,
              (Term){.kind = TM_SWITCH,
                     .span = span,
                     .discr = order,
                     .values = vals,
                     .targets = targets,
                     .ncases = ncases,
                     .otherwise = none},
              less);
    int blocks[3] = {less, equal, greater};
    for (int v = 0; v < 3; v++) {
        lw->cur = blocks[v];
        assign(lw, result, (Rvalue){.kind = RV_AGGREGATE, .ty = ord, .variant = v}, span);
        goto_block(lw, join, span, v < 2 ? blocks[v + 1] : join);
    }
    if (!partial) return;
    Rvalue some = {.kind = RV_AGGREGATE, .ty = dest_ty, .variant = 1, .nelems = 1};
    some.elems = arena_alloc(sizeof(Operand));
    some.elems[0] = use_place(result, ord);
    assign(lw, dest, some, span);
    int end = new_block(lw);
    goto_block(lw, end, span, none);
    assign(lw, dest, (Rvalue){.kind = RV_AGGREGATE, .ty = dest_ty, .variant = 0}, span);
    goto_block(lw, end, span, end);
}

/* order op 0 for an order from cmp_values: false for every op when it is
 * ORDER_INCOMPARABLE, as `<`, `<=`, `>` and `>=` are false when partial_cmp is None. */
Operand order_holds(Lower *lw, BinOp op, Operand order, Span span) {
    Type *i32 = ty_int(IK_I32);
    Operand holds = compare(lw, op, order, const_int(i32, 0), span);
    Operand comparable = compare(lw, BIN_NE, order, const_int(i32, ORDER_INCOMPARABLE), span);
    Place both = temp(lw, ty_bool, span);
    assign(lw, both, rv_binary(BIN_BITAND, holds, comparable, ty_bool), span);
    return use_place(both, ty_bool);
}

/* The body of g: its parameters `&T` (and `&T` or `&mut Formatter`), its value computed
 * part by part from what they point to, each part through equal_values, cmp_values,
 * clone_into or the Debug of its own type.
 * CFG: entry → [the parts' comparisons, clones or writes] → StorageDeads → return */
Body *lower_generated_body(LowerCtx *ctx, GeneratedBody *g) {
    Type *ty = g->ty;
    Lower lw;
    Body *b = begin_type_body(&lw, ctx, g->def, ty);
    Span span = b->span;
    Place self = project_deref(local_place(1), ty), other = project_deref(local_place(2), ty);
    switch (g->kind) {
    case GEN_FMT:
        builtin_fmt_into(&lw, local_place(0), g->decl, ty,
                         (Operand){.kind = OP_COPY, .place = local_place(1)},
                         (Operand){.kind = OP_COPY, .place = local_place(2)}, true, span);
        break;
    case GEN_EQ: {
        /* a derived impl compares the parts; any other type (an instance's `T == T`) as its
         * `==` does */
        bool derived = ty->kind == TY_ADT && ty->adt->derive_partial_eq;
        Operand eq = derived ? equal_parts(&lw, ty, self, other, span)
                             : equal_values(&lw, ty, self, other, span);
        assign(&lw, local_place(0), rv_use(eq, ty_bool), span);
        break;
    }
    case GEN_PARTIAL_CMP:
    case GEN_CMP: {
        /* a derived impl orders the parts; any other type (an instance's `T: Ord`, a `&str`
         * say) as its own order does */
        bool derived = ty->kind == TY_ADT &&
            (g->kind == GEN_CMP ? ty->adt->derive_ord : ty->adt->derive_partial_ord);
        Operand order = derived ? cmp_parts(&lw, ty, self, other, span)
                                : cmp_values(&lw, ty, self, other, span);
        ordering_into(&lw, local_place(0), g->def->ret_ty, order, span);
        break;
    }
    case GEN_CLONE:
        /* a derived impl clones the parts; any other type (an instance's `T: Clone`) as its
         * `.clone()` does */
        if (ty->kind == TY_ADT && !operator_method(ctx, NULL, ty, LANG_CLONE, NULL))
            clone_parts(&lw, ty, self, local_place(0), span);
        else
            clone_into(&lw, ty, self, local_place(0), span);
        break;
    }
    close_scope(&lw, 0, span);                  /* its temporaries' storage, as a fn's */
    b->blocks[lw.cur].term = (Term){.kind = TM_RETURN, .span = span, .target = -1};
    return b;
}
