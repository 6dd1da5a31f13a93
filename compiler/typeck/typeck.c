/* typeck.c — type inference and checking: the items of a crate, and the driver.
 *
 * Takes: the resolved AST.
 * Gives: a concrete Type on every expression, pattern and binding (integer literals
 * default to i32), fn signatures on their Defs, and rustc's type errors: E0308, E0317,
 * E0277, E0369, E0600, E0614, E0061, E0618, E0599, E0609, E0610, E0054, E0604, E0606,
 * E0070, E0282, E0069, and the overflowing-literals lint (deny by default).
 *
 * Inference is unification over variables; the never type coerces to any type at the
 * coercion sites (let initialisers, arguments, returns, block tails, branches).
 * This file checks items (signatures, bodies, trait impls, derives, const cycles) and
 * resolves each body's variables at its end; the bodies' expressions are checked by the
 * other files of typeck/ (typeck_internal.h lists them). */
#include "patina.h"
#include "typeck_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void report_const_cycle(Node *item) {
    diag_emit(diag_error("E0391", item->span,
                         "cycle detected when checking if `%s` is a trivial const",
                         sym_str(item->u.value_item.name)));
}

/* Follows the consts a const's value uses (ctx: the const item the walk started from);
 * Def.expansion marks those on the current path and those already followed. */
static void follow_const_uses(Node *n, const char *role, void *root) {
    (void)role;
    if (n->kind == N_PATH && n->u.path.def && n->u.path.def->kind == DEF_CONST &&
        n->u.path.def->node->kind == N_CONST_ITEM) {
        Def *d = n->u.path.def;
        Node *item = d->node;
        if (item == root || d->expansion == EXPANSION_ACTIVE) {
            if (d->expansion != EXPANSION_CYCLIC) report_const_cycle(item);
            d->expansion = EXPANSION_CYCLIC;
            return;
        }
        /* cyclic, or followed before */
        if (d->expansion != EXPANSION_NONE || !item->u.value_item.value) return;
        d->expansion = EXPANSION_ACTIVE;
        follow_const_uses(item->u.value_item.value, NULL, root);
        if (d->expansion == EXPANSION_ACTIVE) d->expansion = EXPANSION_DONE;
        return;
    }
    ast_visit_children(n, follow_const_uses, root);
}

/* Consts whose values use each other (`const A: i32 = B; const B: i32 = A;`) have no
 * value: E0391, once per cycle, before anything (array lengths here, lowering) inlines
 * them forever. */
static void check_const_cycles(PtrVec *consts) {
    for (int i = 0; i < consts->len; i++) {
        Node *c = consts->items[i];
        if (c->kind == N_CONST_ITEM && c->u.value_item.value)
            follow_const_uses(c->u.value_item.value, NULL, c);
    }
}

bool is_prelude_adt(Type *t, const char *name) {
    return t->kind == TY_ADT && t->adt->is_prelude && strcmp(sym_str(t->adt->name), name) == 0;
}

AdtDef *prelude_adt(const Node *prelude, const char *name) {
    for (int i = 0; prelude && i < prelude->u.crate.items.len; i++) {
        Node *item = prelude->u.crate.items.items[i];
        if ((item->kind == N_STRUCT || item->kind == N_ENUM) && item->u.adt.def &&
            strcmp(sym_str(item->u.adt.name), name) == 0)
            return item->u.adt.def;
    }
    return NULL;
}

/* ── items ── */

/* `T: Trait<Item = X>`: X, for normalizing `T::Item` */
static void lower_assoc_bindings(Tc *tc, Def *param) {
    while (param->assoc_eq_types.len < param->assoc_eq.len) {
        Node *b = param->assoc_eq.items[param->assoc_eq_types.len];
        ptrvec_push(&param->assoc_eq_types, lower_type(tc, b->u.assoc_binding.ty, false));
    }
}

static void collect_signature(Tc *tc, Node *fn) {
    Def *d = fn->u.fn.def;
    if (!d) return;
    Node *saved_fn = tc->fn;
    tc->fn = fn;                                /* `Self` of an inherent impl: its parameters */
    for (int i = 0; i < d->ngenerics; i++)
        if (d->generic_defs && d->generic_defs[i]) lower_assoc_bindings(tc, d->generic_defs[i]);
    int n = fn->u.fn.params.len;
    const RegionSig *sig = lifetimes_of_def(d);
    d->nparams = n;
    d->param_tys = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
    d->sig_param_tys = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Node *p = fn->u.fn.params.items[i];
        d->sig_param_tys[i] = lower_sig_type(tc, p->u.param.ty, sig);
        d->param_tys[i] = ty_erase_regions(d->sig_param_tys[i]);
    }
    /* `-> impl Trait` is the body's type, inferred when the body is checked (first) */
    if (fn->u.fn.ret && fn->u.fn.ret->kind == T_IMPL) {
        d->ret_ty = fresh(tc, INFER_GENERAL);
        ptrvec_push(&tc->opaque_fns, d);
    } else {
        d->sig_ret_ty = lower_sig_type(tc, fn->u.fn.ret, sig);
        d->ret_ty = ty_erase_regions(d->sig_ret_ty);
    }
    tc->fn = saved_fn;
}

/* Finds every fn item (nested ones and methods included) and every struct, so that
 * signatures and field types exist before any body is checked. */
typedef struct ItemLists {
    PtrVec fns, structs, consts;
} ItemLists;

static void collect_items(Node *n, const char *role, void *ctx) {
    (void)role;
    ItemLists *out = ctx;
    if (n->kind == N_FN) ptrvec_push(&out->fns, n);
    if ((n->kind == N_STRUCT || n->kind == N_ENUM) && n->u.adt.def) ptrvec_push(&out->structs, n);
    if ((n->kind == N_CONST_ITEM && n->u.value_item.ty) ||
        (n->kind == N_STATIC && n->u.value_item.value))
        ptrvec_push(&out->consts, n);
    ast_visit_children(n, collect_items, ctx);
}

/* Reports the fn body's missing tail the way rustc does: at the return type. */
static void check_fn_body(Tc *tc, Node *fn) {
    ice_at(fn->span);
    Def *d = fn->u.fn.def;
    tc->fn = fn;
    tc->ret_ty = d->ret_ty;
    tc->unsafe_depth = fn->u.fn.is_unsafe ? 1 : 0;
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *p = fn->u.fn.params.items[i];
        check_pattern(tc, p->u.param.pat, d->param_tys[i]);
    }
    Node *body = fn->u.fn.body;
    int errors_before = diag_error_count();
    Type *t = infer_block(tc, body, d->ret_ty);
    set_ty(tc, body, t);
    if (!body->u.block.tail && !is_never(tc, t) && !unify(tc, d->ret_ty, ty_unit)) {
        Diag *dg = diag_error("E0308", fn->u.fn.ret->span, "mismatched types");
        diag_label(dg, "expected %s, found `()`", show(tc, d->ret_ty));
        diag_secondary(dg, fn->u.fn.name_span,
                       "implicitly returns `()` as its body has no tail or `return` expression");
        diag_emit(dg);
    }
    check_coverage(tc, errors_before);
}

static int compare_node_addresses(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)*(Node *const *)a, y = (uintptr_t)*(Node *const *)b;
    return (x > y) - (x < y);
}

/* The integer literals negated by a unary minus (so that `-128i8` is in range), into out,
 * sorted for bsearch. */
static void negated_literals(PtrVec *typed, PtrVec *out) {
    for (int i = 0; i < typed->len; i++) {
        Node *n = typed->items[i];
        if (n->kind != N_UNARY || n->u.unary.op != UN_NEG) continue;
        Node *e = n->u.unary.operand;
        while (e->kind == N_PAREN) e = e->u.unary.operand;
        if (e->kind == N_LIT_INT) ptrvec_push(out, e);
    }
    if (out->len) qsort(out->items, (size_t)out->len, sizeof(void *), compare_node_addresses);
}

static void lint_int_literal(Node *n, const PtrVec *negated) {
    Type *t = n->ty;
    if (t->kind != TY_INT || n->u.lit.too_large) {
        if (n->u.lit.too_large) {
            /* the limit is written in the literal's own radix, as rustc does */
            size_t len;
            const char *text = span_text(n->span, &len);
            const char *limit = "340282366920938463463374607431768211455";
            if (len > 2 && text[0] == '0' && text[1] == 'x')
                limit = "0xffffffffffffffffffffffffffffffff";
            else if (len > 2 && text[0] == '0' && text[1] == 'o')
                limit = "0o3777777777777777777777777777777777777777777";
            else if (len > 2 && text[0] == '0' && text[1] == 'b')
                limit = "0b1111111111111111111111111111111111111111111111111111111111111111"
                        "1111111111111111111111111111111111111111111111111111111111111111";
            Diag *d = diag_error(NULL, n->span, "integer literal is too large");
            diag_note(d, "value exceeds limit of `%s`", limit);
            diag_emit(d);
        }
        return;
    }
    IntBits v = n->u.lit.int_value;
    /* a literal directly under unary minus may reach MIN */
    bool is_negated = negated->len && bsearch(&n, negated->items, (size_t)negated->len,
                                              sizeof(void *), compare_node_addresses);
    IntBits max = ty_int_max(t->ik);
    IntBits limit = is_negated && ty_int_signed(t->ik) ? max + 1 : max;
    if (v <= limit) return;
    size_t len;
    const char *text = span_text(n->span, &len);
    Diag *d = diag_error(NULL, n->span, "literal out of range for `%s`", ty_int_name(t->ik));
    diag_note(d, "the literal `%.*s` does not fit into the type `%s` whose range is `%s..=%s`",
              (int)len, text, ty_int_name(t->ik), intbits_str(ty_int_min(t->ik), true),
              intbits_str(max, false));
    diag_note(d, "`#[deny(overflowing_literals)]` on by default");
    diag_emit(d);
}

/* A float literal whose value rounds to infinity in its type is an error, as rustc's
 * overflowing_literals lint denies it (the lint's note comes once). An f32 literal's
 * value is re-read from its text as an f32, rounded once as rustc rounds it. */
static void lint_float_literal(Node *n, bool *noted) {
    if (n->ty->kind != TY_FLOAT) return;
    size_t len;
    const char *text = span_text(n->span, &len);
    char *digits = arena_alloc(len + 1);
    size_t nd = 0;
    for (size_t i = 0; i < len && text[i] != 'f'; i++)
        if (text[i] != '_') digits[nd++] = text[i];
    bool is_f32 = n->ty->fk == FK_F32;
    double value = is_f32 ? (double)strtof(digits, NULL) : strtod(digits, NULL);
    n->u.lit.float_value = value;
    if (!isinf(value)) return;
    const char *ty = is_f32 ? "f32" : "f64";
    Diag *d = diag_error(NULL, n->span, "literal out of range for `%s`", ty);
    diag_note(d,
              "the literal `%.*s` does not fit into the type `%s` and will be converted to "
              "`%s::INFINITY`",
              (int)len, text, ty, ty);
    if (!*noted) diag_note(d, "`#[deny(overflowing_literals)]` on by default");
    *noted = true;
    diag_emit(d);
}

/* Whether a (zonked) type still contains an inference variable. */

/* Replaces every variable by its solution; integer variables left free become i32. */
static void finish(Tc *tc) {
    for (int i = 0; i < tc->generic_calls.len; i++) {
        /* before literals default: the impl selected may say what they are */
        Node *saved = tc->fn;
        tc->fn = tc->generic_call_fns.items[i];
        select_trait_args(tc, tc->generic_calls.items[i]);
        tc->fn = saved;
    }
    for (int i = 0; i < tc->vars.len; i++) {
        Type *t = shallow(tc, tc->var_types.items[i]);
        if (t->kind == TY_INFER && t->infer == INFER_INT) tc->vars.items[t->var] = ty_int(IK_I32);
        if (t->kind == TY_INFER && t->infer == INFER_FLOAT)
            tc->vars.items[t->var] = ty_float(FK_F64);
    }
    /* E0282 once, at the first binding whose type is still unknown (else the first expression) */
    Node *unknown = NULL;
    for (int i = 0; i < tc->typed.len; i++) {
        Node *n = tc->typed.items[i];
        n->ty = zonk(tc, n->ty);
        if (n->kind == N_FOR && n->u.loop.into_iter)
            n->u.loop.into_iter_ty = zonk(tc, n->u.loop.into_iter_ty);
        for (int k = 0; k < n->nadjustments; k++) {
            Adjustment *a = &n->adjustments[k];
            if (a->target) a->target = zonk(tc, a->target);
            if (a->target && has_infer(a->target)) a->target = ty_error;
        }
        if (!has_infer(n->ty)) continue;
        if (!unknown || (unknown->kind != P_IDENT && n->kind == P_IDENT)) unknown = n;
        n->ty = ty_error;
    }
    if (unknown && diag_error_count() == 0) {
        Diag *d = diag_error("E0282", unknown->span, "type annotations needed");
        diag_emit(d);
    }
    for (int i = 0; i < tc->bindings.len; i++) {
        Binding *b = tc->bindings.items[i];
        b->ty = zonk(tc, b->ty);
        if (has_infer(b->ty)) b->ty = ty_error;
    }
    for (int i = 0; i < tc->opaque_fns.len; i++) {
        Def *d = tc->opaque_fns.items[i];
        d->ret_ty = zonk(tc, d->ret_ty);
        /* a returned closure that borrows the fn's variables is the borrow checker's E0373 */
    }
    for (int i = 0; i < tc->all_closures.len; i++) {
        Def *c = tc->all_closures.items[i];
        for (int k = 0; k < c->nparams; k++) c->param_tys[k] = zonk(tc, c->param_tys[k]);
        c->ret_ty = zonk(tc, c->ret_ty);
    }
    for (int i = 0; i < tc->open_formats.len; i++)
        check_format_traits(tc, tc->open_formats.items[i], true);
    for (int i = 0; i < tc->generic_calls.len; i++) {
        Node *call = tc->generic_calls.items[i];
        for (int k = 0; k < call->ntargs; k++) {
            call->targs[k] = zonk(tc, call->targs[k]);
            if (!has_infer(call->targs[k])) continue;
            if (!unknown && diag_error_count() == 0) {
                Diag *d = diag_error("E0282", call->span, "type annotations needed");
                diag_emit(d);
                unknown = call;
            }
            call->targs[k] = ty_error;
        }
        Node *saved = tc->fn;
        tc->fn = tc->generic_call_fns.items[i];
        check_call_bounds(tc, call);
        tc->fn = saved;
    }
    if (diag_error_count() == 0) {
        PtrVec negated = {0};
        negated_literals(&tc->typed, &negated);
        for (int i = 0; i < tc->int_lits.len; i++)
            lint_int_literal(tc->int_lits.items[i], &negated);
        bool noted = false;
        for (int i = 0; i < tc->float_lits.len; i++)
            lint_float_literal(tc->float_lits.items[i], &noted);
    }
}

/* Each `impl Trait for Type`: its Self type, every required method present (E0046), and
 * no second impl of the same trait for the same type (E0119). */
static void prepare_trait_impls(Tc *tc) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        for (int k = 0; k < im->ngenerics; k++) {
            Def *param = im->generic_defs[k];
            lower_assoc_bindings(tc, param);
            Node *args = param->fn_bound
                             ? param->fn_bound->u.path.seg_args[param->fn_bound->u.path.nsegs - 1]
                             : NULL;
            if (args && args->u.generic_args.ret)
                param->fn_ret_type = lower_type(tc, args->u.generic_args.ret, false);
        }
        im->self_ty = lower_type(tc, im->node->u.impl.self_ty, false);
        bool binary_op = im->trait->lang >= LANG_ADD && im->trait->lang <= LANG_REM_ASSIGN &&
                         im->trait->lang != LANG_NEG;
        binary_op |= im->trait->lang == LANG_PARTIAL_EQ || im->trait->lang == LANG_PARTIAL_ORD;
        im->trait_arg = im->trait_arg_node ? lower_type(tc, im->trait_arg_node, false)
                        : binary_op        ? im->self_ty
                        : im->trait->ngenerics ? trait_default_arg(tc, im->trait, im->self_ty)
                                               : NULL;
        if (im->trait->ngenerics && !im->trait_arg) {
            Diag *d = diag_error("E0107", im->node->u.impl.trait_ref->span,
                                 "missing generics for trait `%s`", sym_str(im->trait->name));
            diag_label(d, "expected 1 generic argument");
            diag_emit(d);
            im->trait_arg = ty_error;
        }
    }
    /* associated types after every self type: `type Item = Self::Other;` may look them up */
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        int n = im->trait->assoc_names.len;
        Type **types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        for (int k = 0; k < n; k++)
            types[k] = im->assoc_nodes && im->assoc_nodes[k]
                           ? lower_type(tc, im->assoc_nodes[k]->u.type_alias.ty, false)
                           : ty_error;
        im->assoc_types = types;
        if (!im->regions) continue;
        im->sig_self_ty = lower_sig_type(tc, im->node->u.impl.self_ty, im->regions);
        im->sig_assoc_types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        for (int k = 0; k < n; k++)
            im->sig_assoc_types[k] =
                im->assoc_nodes && im->assoc_nodes[k]
                    ? lower_sig_type(tc, im->assoc_nodes[k]->u.type_alias.ty, im->regions)
                    : ty_error;
    }
}

/* `#[derive(Clone)]` and `impl Clone` both: E0119 at the derive. */
static void derived_conflict(ImplDef *im) {
    Type *t = im->self_ty;
    if (t->kind != TY_ADT || im->trait->lang == LANG_NONE || (im->trait_arg && im->trait_arg != t))
        return;
    AdtDef *a = t->adt;
    bool derived = (im->trait->lang == LANG_CLONE && a->derive_clone) ||
                   (im->trait->lang == LANG_PARTIAL_EQ && a->derive_partial_eq) ||
                   (im->trait->lang == LANG_DEBUG && a->derive_debug) ||
                   (im->trait->lang == LANG_DEFAULT && a->derive_default) ||
                   (im->trait->lang == LANG_PARTIAL_ORD && a->derive_partial_ord) ||
                   (im->trait->lang == LANG_ORD && a->derive_ord) ||
                   (im->trait->lang == LANG_COPY && a->derive_copy) ||
                   (im->trait->lang == LANG_EQ && a->derive_eq);
    if (!derived) return;
    Span at = a->node->span;
    for (int i = 0; i < a->node->attrs.len; i++) {
        Node *attr = a->node->attrs.items[i];
        for (int k = 0; k < attr->u.attr.ntoks; k++)
            if (attr->u.attr.toks[k].sym == im->trait->name) at = attr->u.attr.toks[k].span;
    }
    Diag *d = diag_error("E0119", at, "conflicting implementations of trait `%s` for type `%s`",
                         sym_str(im->trait->name), ty_str_of(t));
    diag_label(d, "conflicting implementation for `%s`", ty_str_of(t));
    diag_emit(d);
}

static void check_trait_impls(Tc *tc) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        Node *node = im->node;
        Span head = {node->span.file, node->span.lo, node->u.impl.self_ty->span.hi};
        for (int j = 0; j < i; j++) {
            ImplDef *other = trait_impls.items[j];
            if (other->trait != im->trait || other->trait_arg != im->trait_arg ||
                other->self_ty != im->self_ty || im->self_ty->kind == TY_ERROR)
                continue;
            Diag *d =
                diag_error("E0119", head, "conflicting implementations of trait `%s` for type `%s`",
                           sym_str(im->trait->name), ty_str_of(im->self_ty));
            diag_label(d, "conflicting implementation for `%s`", ty_str_of(im->self_ty));
            diag_secondary(d,
                           (Span){ other->node->span.file, other->node->span.lo,
                                   other->node->u.impl.self_ty->span.hi },
                           "first implementation here");
            diag_emit(d);
        }
        for (int j = 0; j < i; j++) {
            /* a generic impl overlapping a specific one (`impl<T> D for W<T>`, `impl D for W<u8>`)
             */
            ImplDef *other = trait_impls.items[j];
            if (other->trait != im->trait || other->trait_arg != im->trait_arg ||
                other->self_ty == im->self_ty || im->self_ty->kind == TY_ERROR)
                continue;
            /* a blanket impl's bounds count (`impl<I: Iterator> IntoIterator for I` is not
             * for Vec<T>) */
            bool blanket = other->self_ty->kind == TY_PARAM || im->self_ty->kind == TY_PARAM;
            bool overlap = blanket ? impl_applies(tc, other, im->self_ty) ||
                                         impl_applies(tc, im, other->self_ty)
                                   : impl_matches(other, im->self_ty, NULL) ||
                                         impl_matches(im, other->self_ty, NULL);
            if (!overlap) continue;
            Diag *d = diag_error(
                "E0119", head, "conflicting implementations of trait `%s` for type `%s`",
                sym_str(im->trait->name), ty_str_of(im->ngenerics ? other->self_ty : im->self_ty));
            diag_label(d, "conflicting implementation");
            diag_emit(d);
        }
        derived_conflict(im);
        for (int k = 0; k < im->trait->supertraits.len; k++) {
            /* `impl Named for T` needs T: Base when `trait Named: Base` */
            TraitDef *super = im->trait->supertraits.items[k];
            if (im->ngenerics || im->self_ty->kind == TY_ERROR ||
                implements(tc, im->self_ty, super))
                continue;
            const char *ty = ty_str_of(im->self_ty);
            Diag *d =
                diag_error("E0277", node->u.impl.self_ty->span,
                           "the trait bound `%s: %s` is not satisfied", ty, sym_str(super->name));
            diag_label(d, "the trait `%s` is not implemented for `%s`", sym_str(super->name), ty);
            diag_emit(d);
        }
        char *missing = "";
        int count = 0;
        for (int k = 0; k < im->trait->assoc_names.len; k++)
            if (!im->assoc_nodes || !im->assoc_nodes[k])
                missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "",
                                       sym_str((Sym)(uintptr_t)im->trait->assoc_names.items[k]));
        NodeList *items = &im->trait->node->u.trait.items;
        for (int k = 0; k < items->len; k++) {
            /* required consts and methods, in the trait's order */
            Node *item = items->items[k];
            bool required = item->kind == N_CONST_ITEM ? !item->u.value_item.value
                                                       : item->kind == N_FN && !item->u.fn.body;
            if (!required) continue;
            Sym name = item->kind == N_CONST_ITEM ? item->u.value_item.name : item->u.fn.name;
            PtrVec *given = item->kind == N_CONST_ITEM ? &im->consts : &im->methods;
            bool found = false;
            for (int j = 0; j < given->len; j++) found |= ((Def *)given->items[j])->name == name;
            if (!found)
                missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "", sym_str(name));
        }
        if (count) {
            Diag *d =
                diag_error("E0046", head, "not all trait items implemented, missing: %s", missing);
            diag_label(d, "missing %s in implementation", missing);
            diag_emit(d);
        }
    }
}

/* What a derive needs of one field's type: `#[derive(Clone)]` needs it Clone, and so on
 * (rustc's errors at the field). A type parameter's field is the impl's bound's business. */
static void check_derived_field(Tc *tc, AdtDef *a, AdtField *f, PtrVec *not_copy) {
    Type *t = f->ty;
    if (!t || t->kind == TY_ERROR || ty_contains(t, TY_PARAM)) return;
    const char *ty = ty_str_of(t);
    if (a->derive_copy && !ty_is_copy(t)) ptrvec_push(not_copy, f);
    if (a->derive_clone && !is_clone(t)) {
        Diag *d = diag_error("E0277", f->span, "the trait bound `%s: Clone` is not satisfied", ty);
        diag_label(d, "the trait `Clone` is not implemented for `%s`", ty);
        diag_emit(d);
    }
    if (a->derive_debug && !implements_fmt(tc, t, FMT_DEBUG)) {
        Diag *d = diag_error("E0277", f->span, "`%s` doesn't implement `Debug`", ty);
        diag_label(d, "the trait `Debug` is not implemented for `%s`", ty);
        diag_emit(d);
    }
    if (a->derive_partial_eq && !comparable(tc, t, false) &&
        !ty_operator_method(t, LANG_PARTIAL_EQ)) {
        Diag *d = diag_error("E0369", f->span,
                             "binary operation `==` cannot be applied to type `&%s`", ty);
        diag_emit(d);
    }
}

/* E0204: Copy (derived, or `impl Copy for T {}`) for a type with a field that is not. */
static void report_not_copy(Span at, PtrVec *fields) {
    if (!fields->len) return;
    Diag *d = diag_error("E0204", at, "the trait `Copy` cannot be implemented for this type");
    for (int i = 0; i < fields->len; i++)
        diag_secondary(d, ((AdtField *)fields->items[i])->span,
                       "this field does not implement `Copy`");
    diag_emit(d);
}

static void check_derives(Tc *tc, PtrVec *adt_nodes) {
    for (int i = 0; i < trait_impls.len; i++) {
        /* `impl Copy for T {}` makes T Copy as a derive does */
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_COPY && im->self_ty->kind == TY_ADT &&
            !im->self_ty->adt->derive_copy) {
            im->self_ty->adt->derive_copy = true;
            im->self_ty->adt->copy_by_hand = im->node->u.impl.self_ty;
        }
    }
    for (int i = 0; i < adt_nodes->len; i++) {
        AdtDef *a = ((Node *)adt_nodes->items[i])->u.adt.def;
        if (a->is_prelude) continue;
        PtrVec not_copy = {0};
        for (int k = 0; k < a->nfields; k++) check_derived_field(tc, a, &a->fields[k], &not_copy);
        for (int v = 0; v < a->nvariants; v++)
            for (int k = 0; k < a->variants[v].nfields; k++)
                check_derived_field(tc, a, &a->variants[v].fields[k], &not_copy);
        report_not_copy(a->copy_by_hand ? a->copy_by_hand->span : a->node->u.adt.name_span,
                        &not_copy);
    }
}

/* A field's declared type (with its ADT's regions) and the erased one typeck uses. */
static void lower_field_type(Tc *tc, AdtDef *a, AdtField *f) {
    f->sig_ty = lower_sig_type(tc, f->ty_node, lifetimes_of_adt(a));
    f->ty = ty_erase_regions(f->sig_ty);
}

void typeck_crate(Node *crate) {
    Tc tc = {0};
    ItemLists items = {0};
    if (crate->u.crate.prelude) ast_visit_children(crate->u.crate.prelude, collect_items, &items);
    ast_visit_children(crate, collect_items, &items);
    PtrVec fns = items.fns;
    for (int i = 0; i < items.structs.len; i++) {
        AdtDef *a = ((Node *)items.structs.items[i])->u.adt.def;
        for (int k = 0; k < a->nfields; k++) lower_field_type(&tc, a, &a->fields[k]);
        uint64_t next = 0;
        for (int v = 0; v < a->nvariants; v++) {
            AdtVariant *var = &a->variants[v];
            for (int k = 0; k < var->nfields; k++) lower_field_type(&tc, a, &var->fields[k]);
            if (var->discr_expr) {
                Node *e = var->discr_expr;
                bool neg = e->kind == N_UNARY && e->u.unary.op == UN_NEG;
                uint64_t value;
                check_expr(&tc, e, ty_int(IK_ISIZE));
                if (eval_const_usize(neg ? e->u.unary.operand : e, &value))
                    next = neg ? 0 - value : value;
                else diag_unsupported(e->span, "discriminants that are not integer constants");
            }
            var->discr = next++;
        }
    }
    check_representability(&items.structs);
    prepare_trait_impls(&tc);
    for (int i = 0; i < fns.len; i++) collect_signature(&tc, fns.items[i]);
    find_fmt_types(&tc, crate->u.crate.prelude);
    tc.prelude = crate->u.crate.prelude;
    check_trait_impls(&tc);
    check_derives(&tc, &items.structs);
    check_const_cycles(&items.consts);
    for (int i = 0; i < items.consts.len; i++) {
        Node *c = items.consts.items[i];
        c->ty = lower_type(&tc, c->u.value_item.ty, false);
    }
    for (int i = 0; i < items.consts.len; i++) {
        Node *c = items.consts.items[i];
        if (!c->u.value_item.value) continue;   /* a trait's `const N: T;` */
        tc.fn = NULL;
        int errors_before = diag_error_count();
        check_expr(&tc, c->u.value_item.value, c->ty);
        check_coverage(&tc, errors_before);
        /* rustc evaluates every const and static: one of a type with no values fails */
        if (c->ty->kind != TY_ERROR && layout_too_big(c->ty)) {
            Span head = {c->span.file, c->span.lo, c->u.value_item.ty->span.hi};
            Diag *d = diag_error("E0080", head,
                                 "values of the type `%s` are too big for the target architecture",
                                 ty_str_of(c->ty));
            diag_label(d, "evaluation of `%s` failed here", sym_str(c->u.value_item.name));
            diag_emit(d);
        }
    }
    /* fns returning `impl Trait` first: their callers need the type they return */
    for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < fns.len; i++) {
        Node *fn = fns.items[i];
        if (!fn->u.fn.def || !fn->u.fn.body) continue;
        if ((fn->u.fn.ret && fn->u.fn.ret->kind == T_IMPL) != (pass == 0)) continue;
        check_fn_body(&tc, fn);
        Def *d = fn->u.fn.def;
        if (strcmp(sym_str(d->name), "main") == 0 && fn->u.fn.ret && !ty_is_unit(d->ret_ty) &&
            d->ret_ty->kind != TY_NEVER && d->ret_ty->kind != TY_ERROR) {
            /* rustc also rejects `fn main() -> i32` (E0277: `main` has invalid return type) */
            Diag *dg = diag_error("E0277", fn->u.fn.ret->span,
                                  "`main` has invalid return type `%s`", ty_str_of(d->ret_ty));
            diag_label(dg, "`main` can only return types that implement `Termination`");
            diag_emit(dg);
        }
    }
    finish(&tc);
}
