/* place.c — expressions as places and operands.
 *
 * Takes: a typed expression (and typeck's adjustments beside it).
 * Gives: the Place it denotes (variables, captures, fields, derefs, indexes with their
 * bounds checks, statics and promoted constants) or an Operand of its value (a constant,
 * a copy or move of a place, or a temporary holding it), its adjustments applied. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

Place local_place(int local) { return (Place){.local = local}; }

/* Whether local is a temporary of the body: neither the return place, a parameter, a
 * variable nor a static. */
bool is_temp_local(Lower *lw, int local) {
    return local > lw->body->nargs && !lw->body->locals[local].is_user_var;
}

/* The local an operand reads whole (`copy _5`, `move _5`), or -1. */
int operand_local(Operand op) {
    return op.kind != OP_CONST && op.place.nproj == 0 && op.place.local >= 0 ? op.place.local : -1;
}

Place project_field(Place base, int field, Type *ty) {
    Place p = base;
    p.proj = arena_alloc(sizeof(Proj) * (size_t)(base.nproj + 1));
    if (base.nproj) memcpy(p.proj, base.proj, sizeof(Proj) * (size_t)base.nproj);
    p.proj[p.nproj++] = (Proj){.kind = PROJ_FIELD, .field = field, .ty = ty};
    return p;
}

Place project_deref(Place base, Type *ty) {
    Place p = project_field(base, 0, ty);
    p.proj[p.nproj - 1].kind = PROJ_DEREF;
    return p;
}

/* ── expressions ── */

/* e without what does nothing to its value: parentheses and identity conversions. */
Node *strip_parens(Node *e) {
    for (;;) {
        if (e->kind == N_PAREN) e = e->u.unary.operand;
        else if (e->conversion && e->conversion->kind == CONVERSION_IDENTITY)
            e = e->conversion->operand;
        else return e;
    }
}

/* Whether d is a `static` item (mutable or not): one place in memory, its address the same
 * wherever it is borrowed (a const is a fresh value at each use instead). */
bool is_static_item(const Def *d) {
    return d &&
        (d->kind == DEF_STATIC_MUT ||
         (d->kind == DEF_CONST && d->node && d->node->kind == N_STATIC));
}

static bool is_place_kind(Node *e);

bool is_place_node(const Lower *lw, Node *e) {
    e = strip_to_adjusted(lw, e);
    int adjusted = adjustments_in_effect(lw, e);
    if (adjusted) return !makes_value(e, adjusted);    /* derefs keep a place */
    return is_place_kind(e);
}

/* Whether e's own value (its adjustments aside) is a place. */
static bool is_place_kind(Node *e) {
    e = strip_parens(e);
    switch (e->kind) {
    case N_PATH: return e->u.path.binding != NULL || is_static_item(e->u.path.def);
    case N_FIELD: case N_INDEX: return true;
    case N_UNARY: return e->u.unary.op == UN_DEREF;
    default: return false;
    }
}

/* The expression a const path stands for: the const's value, or for a trait's `T::N` the
 * value in the impl for T's type (else the trait's default); NULL in a generic body. */
Node *const_value(Node *path) {
    Def *c = path->u.path.def;
    if (!c->trait || !path->ntargs) return c->node->u.value_item.value;
    return ty_contains(path->targs[0], TY_PARAM) ? NULL : assoc_const_value(c, path->targs[0]);
}

/* The value trait const c (`<Self as Tr>::N`) has for concrete type self: its impl's, or the
 * trait's default. */
Node *assoc_const_value(Def *c, Type *self) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (!trait_implies(im->trait, c->trait, LANG_NONE) || !impl_matches(im, self, NULL))
            continue;
        for (int k = 0; k < im->consts.len; k++) {
            Def *given = im->consts.items[k];
            if (given->name == c->name) return given->node->u.value_item.value;
        }
    }
    return c->node->u.value_item.value;
}

/* A compile-time constant for literals and constant paths, or false. */
bool as_constant(Node *e, Operand *out) {
    e = strip_parens(e);
    switch (e->kind) {
    case N_LIT_INT:
        *out = const_int(e->ty, int_bits(e->ty, e->u.lit.int_value));
        return e->ty->kind == TY_INT;
    case N_LIT_BOOL: *out = const_bool(e->u.lit.bool_value); return true;
    case N_LIT_FLOAT:
        *out = (Operand){.kind = OP_CONST,
                         .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = e->u.lit.float_value}};
        return e->ty->kind == TY_FLOAT;
    case N_LIT_CHAR:
        *out = (Operand){.kind = OP_CONST,
                         .c = {.kind = CONST_CHAR, .ty = ty_char, .bits = e->u.lit.char_value}};
        return true;
    case N_LIT_STR: *out = const_str(e->u.lit.str, e->u.lit.str_len); return true;
    case N_TUPLE:
        if (e->u.list.elems.len) return false;
        *out = const_unit();
        return true;
    case N_PATH:
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST) {
            Node *value = const_value(e);
            return value && as_constant(value, out);
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_FLOAT_CONST) {
            *out =
                (Operand){.kind = OP_CONST,
                          .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = e->u.path.def->fvalue}};
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_INT_CONST) {
            *out = const_int(
                e->ty, int_bits(e->ty, e->u.path.def->value)); /* exact, 128-bit MIN/MAX too */
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_FN) {
            *out = (Operand){.kind = OP_CONST,
                             .c = {.kind = CONST_FN, .ty = e->ty, .fn = e->u.path.def}};
            return true;
        }
        return false;
    case N_UNARY: {
        Node *lit = strip_parens(e->u.unary.operand);
        if (e->u.unary.op == UN_NEG && lit->kind == N_LIT_FLOAT && e->ty->kind == TY_FLOAT) {
            *out =
                (Operand){.kind = OP_CONST,
                          .c = {.kind = CONST_FLOAT, .ty = e->ty, .fval = -lit->u.lit.float_value}};
            return true;
        }
        if (e->u.unary.op != UN_NEG || lit->kind != N_LIT_INT || e->ty->kind != TY_INT)
            return false;
        *out = const_int(e->ty, int_bits(e->ty, 0 - lit->u.lit.int_value));
        return true;
    }
    default:
        return false;
    }
}

/* `*b` of an owned Box (a variable, its field, a temporary such as `*o?`; not one behind a
 * reference) read by value, its T not Copy: lowered by moving the value out of the box.
 * The deref is the node's own, or its one adjustment in effect (an autoderef'd receiver
 * taken by value). */
bool is_box_move(const Lower *lw, Node *e) {
    e = strip_to_adjusted(lw, e);
    int adjusted = adjustments_in_effect(lw, e);
    Node *operand = e;
    Type *b = e->ty, *target;
    if (adjusted == 1 && e->adjustments[0].kind == ADJUST_OVERLOADED_DEREF) {
        target = e->adjustments[0].target;
    } else if (!adjusted && e->kind == N_UNARY && e->u.unary.op == UN_DEREF &&
               e->u.unary.method) {
        operand = e->u.unary.operand;
        b = value_ty(lw, operand);
        target = e->ty;
    } else {
        return false;
    }
    if (ty_is_copy(target) || !ty_is_box(b)) return false;
    Node *owner = strip_parens(operand);
    while (owner->kind == N_FIELD && owner->u.field.base->ty->kind != TY_REF)
        owner = strip_parens(owner->u.field.base);
    if (owner == e) return e->kind == N_PATH || !is_place_kind(e);   /* e's own value */
    return (owner->kind == N_PATH && value_ty(lw, owner)->kind != TY_REF) ||
        !is_place_node(lw, owner); /* a variable, or a value made here */
}

/* How many of e's adjustments apply where it is lowered now: all but a reborrow (the
 * operand sites that reborrow read it, reborrow_of), or, while e's value before some of
 * them is being lowered, those before (Lower.adjusting). */
int adjustments_in_effect(const Lower *lw, const Node *e) {
    if (e == lw->adjusting) return lw->adjusting_upto;
    int n = e->nadjustments;
    while (n && e->adjustments[n - 1].kind == ADJUST_REBORROW) n--;
    return n;
}

/* Whether the first n of e's adjustments end in one that makes a new value (a borrow, an
 * unsizing, a reification) rather than a place. */
bool makes_value(const Node *e, int n) {
    if (!n) return false;
    AdjustKind k = e->adjustments[n - 1].kind;
    return k == ADJUST_BORROW || k == ADJUST_UNSIZE || k == ADJUST_REIFY_FN_PTR;
}

bool has_adjustments(const Lower *lw, const Node *e) {
    return adjustments_in_effect(lw, e) > 0;
}

/* e without parentheses and identity conversions, down to the first node with adjustments
 * in effect: the node whose value e's is. */
Node *strip_to_adjusted(const Lower *lw, Node *e) {
    for (;;) {
        if (adjustments_in_effect(lw, e)) return e;
        if (e->kind == N_PAREN) e = e->u.unary.operand;
        else if (e->conversion && e->conversion->kind == CONVERSION_IDENTITY)
            e = e->conversion->operand;
        else return e;
    }
}

/* The type of the value lowering e gives: after the adjustments in effect. */
Type *value_ty(const Lower *lw, Node *e) {
    e = strip_to_adjusted(lw, e);
    return adjusted_ty_upto(e, adjustments_in_effect(lw, e));
}

/* Whether the adjustments in effect on e end in a deref through Deref. */
bool ends_in_overloaded_deref(const Lower *lw, Node *e) {
    e = strip_to_adjusted(lw, e);
    int n = adjustments_in_effect(lw, e);
    return n && e->adjustments[n - 1].kind == ADJUST_OVERLOADED_DEREF;
}

/* Lowering e now sees only its first upto adjustments, until leave_adjusting(lw, the
 * result). */
AdjustingState enter_adjusting(Lower *lw, Node *e, int upto) {
    AdjustingState saved = {lw->adjusting, lw->adjusting_upto};
    lw->adjusting = e;
    lw->adjusting_upto = upto;
    return saved;
}

void leave_adjusting(Lower *lw, AdjustingState saved) {
    lw->adjusting = saved.node;
    lw->adjusting_upto = saved.upto;
}

/* The contents of the Box p holds (through any references p is, t its type), of type
 * target: entered through its pointer, a place the checks follow (moves.c, drops.c) as a
 * part of the Box, as rustc's: fields move out of an owned Box one by one and are assigned
 * back; writing needs the Box itself mutable. */
static Place box_contents(Place p, Type *t, Type *target) {
    for (; t->kind == TY_REF; t = t->elem) p = project_deref(p, t->elem);
    return project_deref(project_field(p, 0, ty_field(t, &t->adt->fields[0])), target);
}

/* The reference `deref(&p)` returns (`deref_mut(&mut p)` where the place is written and the
 * type has DerefMut), in a temporary: p of type t, or references to it, m the impl's deref. */
Place deref_call_result(Lower *lw, Place p, Type *t, Def *m, Span span) {
    for (; t->kind == TY_REF; t = t->elem) p = project_deref(p, t->elem);
    Def *d = lw->mut_place ? operator_method(lw->ctx, NULL, t, LANG_DEREF_MUT, NULL) : NULL;
    if (!d) d = operator_method(lw->ctx, m, t, LANG_DEREF, NULL);
    Type *self_ref = d->param_tys[0];
    Operand arg =
        borrow_arg(lw, self_ref, p, self_ref->is_mut ? BORROW_MUT : BORROW_SHARED, span);
    Place result = temp(lw, d->ret_ty, span);
    call(lw, fn_operand(d), &arg, 1, result, false, span);
    return result;
}

/* `*p` through Deref, p of type t: a Box's contents, or what deref returns. */
static Place overloaded_deref_place(Lower *lw, Place p, Type *t, Def *m, Type *target,
                                    Span span) {
    Type *boxed = t;
    while (boxed->kind == TY_REF) boxed = boxed->elem;
    if (ty_is_box(boxed)) return box_contents(p, t, target);
    return project_deref(deref_call_result(lw, p, t, m, span), target);
}

/* The place of e's value after its adjustments in effect (typeck's, Node.adjustments): e's
 * own value (its place, or a temporary holding it; in a closure, the longest captured place
 * of it through some of the derefs), then each deref; when they end in a new value, a
 * temporary holding it. */
Place adjusted_place(Lower *lw, Node *e) {
    int n = adjustments_in_effect(lw, e);
    if (makes_value(e, n)) return temp_holding(lw, e);
    AdjustingState saved = enter_adjusting(lw, e, 0);
    Place p;
    int start = n;
    while (start > 0 && closure_upvar_place_upto(lw, e, start, &p) != UPVAR_CAPTURED) start--;
    if (!start) p = as_place(lw, e);
    Type *t = adjusted_ty_upto(e, start);
    for (int i = start; i < n; i++) {
        const Adjustment *a = &e->adjustments[i];
        if (a->kind == ADJUST_DEREF) {
            t = t->elem;
            p = project_deref(p, t);
        } else if (a->kind == ADJUST_OVERLOADED_DEREF) {
            p = overloaded_deref_place(lw, p, t, a->method, a->target, e->span);
            t = a->target;
        }
    }
    leave_adjusting(lw, saved);
    return p;
}

Operand as_operand(Lower *lw, Node *e) {
    Node *valued = strip_to_adjusted(lw, e);
    int adjusted = adjustments_in_effect(lw, valued);
    if (makes_value(valued, adjusted) || (adjusted && is_box_move(lw, e)))
        return (Operand){.kind = OP_MOVE, .place = temp_holding(lw, e)};
    if (adjusted) {
        Operand op = use_place(adjusted_place(lw, e), value_ty(lw, e));
        op.span = e->span;
        return op;
    }
    Operand c;
    if (as_constant(e, &c)) return c;
    if (ty_is_unit(e->ty) || e->ty->kind == TY_NEVER) {
        temp_holding(lw, e);
        return const_unit();
    }
    const Adjustment *reborrow = reborrow_of(strip_parens(e));
    if (reborrow && e->ty->kind == TY_REF && e->ty->is_mut && is_place_node(lw, e)) {
        /* a coercion site: `&mut *m` or `&*m` (typeck's ADJUST_REBORROW), m not moved */
        Place target = project_deref(as_place(lw, e), e->ty->elem);
        bool shared = !reborrow->is_mut;
        return borrow_arg(lw, shared ? ty_ref(e->ty->elem, false) : e->ty, target,
                          shared ? BORROW_SHARED : BORROW_MUT, e->span);
    }
    if (is_place_node(lw, e) && !is_box_move(lw, e)) {
        Operand op = use_place(as_place(lw, e), value_ty(lw, e));
        op.span = e->span;                      /* a use or move of a variable is reported here */
        return op;
    }
    Place t = temp_holding(lw, e);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* A `&mut T` place reborrowed (`&mut *r`, two-phase as rustc's reborrows of receivers and
 * arguments are), not moved: a method's receiver, an operator's operand. */
Operand as_reborrowed_operand(Lower *lw, Node *e) {
    Type *ty = value_ty(lw, e);
    if (ty->kind != TY_REF || !ty->is_mut || !is_place_node(lw, e)) return as_operand(lw, e);
    Place target = project_deref(as_place(lw, e), ty->elem);
    return borrow_arg(lw, ty, target, BORROW_TWO_PHASE, e->span);
}

/* An argument: a `&mut T` place passed where the parameter is a reference is reborrowed, as
 * rustc does at coercion sites, so `add(r); add(r);` keeps r usable; passed as a generic
 * `T` it is moved (typeck's ADJUST_REBORROW tells which). */
Operand as_arg_operand(Lower *lw, Node *e) {
    const Adjustment *reborrow = reborrow_of(strip_parens(e));
    if (!reborrow || !reborrow->is_mut) return as_operand(lw, e);
    return as_reborrowed_operand(lw, e);
}

/* Whether evaluating e runs code that could see a value moved before it: anything but a
 * literal or a place. */
static bool runs_code(const Lower *lw, Node *e) {
    e = strip_parens(e);
    return !is_place_node(lw, e) && (e->kind < N_LIT_INT || e->kind > N_LIT_BYTE_STR);
}

/* An argument read from a place is read when it is evaluated, before the arguments after
 * it run (rustc moves each argument into a temporary in turn): in `s.with(s.count())`
 * the receiver is gone when `s.count()` borrows it, and `f(x.a, { x.a = 5; 2 })` passes
 * the old x.a. With only literals and places after it, the read can stay in the call, and
 * so can a move of a whole temporary, which is the argument's own (a two-phase borrow is
 * used once, by the call that activates it). */
Operand settle_arg(Lower *lw, Operand op, Node **later, int nlater, Span span) {
    bool seen = false;
    for (int i = 0; i < nlater; i++) seen |= runs_code(lw, later[i]);
    if (op.kind == OP_CONST || !seen || is_temp_local(lw, operand_local(op))) return op;
    return read_into_temp(lw, op, span);
}

/* The place operand op read (copied or moved) into a fresh temporary now, given as a move
 * of that temporary: what it reads is fixed before anything after it runs. */
Operand read_into_temp(Lower *lw, Operand op, Span span) {
    Type *ty = ir_operand_type(lw->body, &op);
    Place t = temp(lw, ty, span);
    assign(lw, t, rv_use(op, ty), span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* The arguments nodes[0..n) in order, into out. */
void lower_args(Lower *lw, Node **nodes, int n, Operand *out) {
    for (int i = 0; i < n; i++)
        out[i] =
            settle_arg(lw, as_arg_operand(lw, nodes[i]), nodes + i + 1, n - i - 1, nodes[i]->span);
}

Place project_index(Place base, int index_local, Type *elem) {
    Place p = project_field(base, 0, elem);
    p.proj[p.nproj - 1].kind = PROJ_INDEX;
    p.proj[p.nproj - 1].index_local = index_local;
    return p;
}

/* The length of the array or slice at place p (of type t). */
Operand seq_len(Lower *lw, Place p, Type *t, Span span) {
    if (t->kind == TY_ARRAY) return const_int(ty_int(IK_USIZE), t->len);
    /* slices and str: the length word of the fat reference p dereferences */
    Place len = temp(lw, ty_int(IK_USIZE), span);
    assign(lw, len, (Rvalue){.kind = RV_LEN, .ty = ty_int(IK_USIZE), .place = p}, span);
    return (Operand){.kind = OP_MOVE, .place = len};
}

/* base[i] with rustc's bounds check: "index out of bounds: the len is L but the index is I".
 * The index is a fresh temporary, so that nothing can change it between the check and the
 * access; an array's length is a constant, so the base is read for the borrow checker only
 * (rustc's FakeRead(ForIndex)), where a slice's is read by Len.
 * CFG: idx = i; len → assert(idx < len) → [ok: next | panic: cleanup chain] */
static Place index_place(Lower *lw, Place base, Type *seq, Operand index, Span span) {
    int idx = temp(lw, ty_int(IK_USIZE), span).local;
    assign(lw, local_place(idx), rv_use(index, ty_int(IK_USIZE)), span);
    if (seq->kind == TY_ARRAY) fake_read(lw, FAKE_FOR_INDEX, base, span);
    Operand len = seq_len(lw, base, seq, span);
    Operand ok =
        compare(lw, BIN_LT, (Operand){.kind = OP_COPY, .place = local_place(idx)}, len, span);
    int next = new_block(lw);
    Term t = {.kind = TM_ASSERT,
              .span = span,
              .cond = ok,
              .expected = true,
              .msg = AM_BOUNDS_CHECK,
              .target = next,
              .len = len,
              .index = (Operand){.kind = OP_COPY, .place = local_place(idx)}};
    terminate(lw, t, next);
    return project_index(base, idx, seq->elem);
}

/* The place of an array or slice expression, through any references. */
Place seq_place(Lower *lw, Node *e, Type **seq) {
    Place p = as_place(lw, e);
    Type *t = value_ty(lw, e);
    while (t->kind == TY_REF) {
        p = project_deref(p, t->elem);
        t = t->elem;
    }
    *seq = t;
    return p;
}

/* The global of a `static` or `const` item: its local (negative), or 0 when it has none. */
int item_global(LowerCtx *ctx, Node *item) {
    IrProgram *prog = ctx->program;
    for (int i = 0; item->u.value_item.value && i < prog->nglobals; i++)
        if (prog->globals[i].init == item->u.value_item.value) return ~i;
    return 0;
}

/* The global of the `static` item `item` (created on first use). */
int static_local(LowerCtx *ctx, Node *item) {
    int found = item_global(ctx, item);
    if (found) return found;
    IrProgram *prog = ctx->program;
    prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals,
                                  sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
    prog->globals[prog->nglobals] = (IrGlobal){
        .symbol = arena_printf("_ptstatic%d_%s", prog->nglobals, sym_str(item->u.value_item.name)),
        .ty = item->ty,
        .init = item->u.value_item.value,
        .name = item->kind == N_STATIC ? item->u.value_item.name : 0};
    return ~prog->nglobals++;
}

/* The global a path to a `const` used as a place reads (`&LIMITS[i]`, `LIMITS.len()`):
 * rustc promotes such a constant to a static of its own, so a reference into it may
 * outlive the fn; 0 where the const has none (trait and impl consts: their value depends
 * on Self) or the place is written (`&mut C` borrows a fresh copy). */
static int const_place_global(Lower *lw, Node *e) {
    Def *d = e->kind == N_PATH && !e->u.path.binding ? e->u.path.def : NULL;
    if (!d || d->kind != DEF_CONST || d->trait || is_static_item(d) || lw->mut_place) return 0;
    return item_global(lw->ctx, d->node);
}

/* Where a variable of this body lives: its local (a captured one's places are reached
 * through closure_upvar_place). */
Place binding_place(Lower *lw, Binding *b) {
    Place own = local_place(binding_local(lw, b));
    for (int k = 0; k < lw->guard_views.len; k++)
        if (lw->guard_views.items[k] == b) return project_deref(own, b->ty);
    return own;
}

Place as_mut_place(Lower *lw, Node *e) {
    bool saved = lw->mut_place;
    lw->mut_place = true;
    Place p = as_place(lw, e);
    lw->mut_place = saved;
    return p;
}

/* `a[i]` with `impl Index for T`: the reference `index(&a, i)` returns (`index_mut(&mut a, i)`
 * where the place is written and T has IndexMut), dereferenced. */
static Place user_index_place(Lower *lw, Node *e) {
    Node *base = e->u.binary.lhs;
    Type *idx = value_ty(lw, e->u.binary.rhs);
    Type *base_ty = value_ty(lw, base);
    Def *m = lw->mut_place ? operator_method(lw->ctx, NULL, base_ty, LANG_INDEX_MUT, idx) : NULL;
    if (!m) m = operator_method(lw->ctx, e->u.binary.method, base_ty, LANG_INDEX, idx);
    bool saved = lw->mut_place;
    lw->mut_place = m->param_tys[0]->is_mut;    /* the base is borrowed as the method takes self */
    Operand args[2];
    args[0] = operator_arg(lw, base, m->param_tys[0], false, e->span);
    lw->mut_place = false;                      /* the index is only read */
    args[1] = as_reborrowed_operand(lw, e->u.binary.rhs);
    lw->mut_place = saved;
    Place r = temp(lw, m->ret_ty, e->span);
    call(lw, fn_operand(m), args, 2, r, false, e->span);
    return project_deref(r, e->ty);
}

/* `*w` with `impl Deref for W`: the reference `deref(&w)` returns (`deref_mut(&mut w)` where
 * the place is written and W has DerefMut), dereferenced. */
Place user_deref_place(Lower *lw, Node *e) {
    Node *operand = e->u.unary.operand;
    Place r = deref_call_result(lw, as_place(lw, operand), value_ty(lw, operand), e->u.unary.method,
                                e->span);
    return project_deref(r, e->ty);
}

Place as_place(Lower *lw, Node *e) {
    e = strip_to_adjusted(lw, e);
    if (has_adjustments(lw, e)) return adjusted_place(lw, e);
    Place upvar;
    if (closure_upvar_place(lw, e, &upvar) == UPVAR_CAPTURED) return upvar;
    if (e->kind == N_INDEX && e->u.binary.method) return user_index_place(lw, e);
    if (e->kind == N_PATH && is_static_item(e->u.path.def))
        return local_place(static_local(lw->ctx, e->u.path.def->node));
    int promoted_const = const_place_global(lw, e);
    if (promoted_const) return local_place(promoted_const);
    if (e->kind == N_INDEX && strip_parens(e->u.binary.rhs)->kind == N_RANGE) {
        /* `a[i..j]` as a place (`for x in &a[1..]`, `a[1..].len()`): the subslice's
         * reference in a temporary, dereferenced */
        Place r = temp(lw, ty_ref(e->ty, lw->mut_place), e->span);
        lower_subslice_into(lw, r, e, e);
        return project_deref(r, e->ty);
    }
    if (e->kind == N_INDEX) {
        Type *seq;
        Node *lhs = strip_parens(e->u.binary.lhs), *rhs = e->u.binary.rhs;
        Place base = seq_place(lw, lhs, &seq);
        Operand i = as_operand(lw, rhs);
        /* through Deref (`v[i]` of a Vec), rustc's panic points at the `[` */
        bool overloaded = ((lhs->kind == N_UNARY && lhs->u.unary.op == UN_DEREF &&
                            lhs->u.unary.method) ||
                           ends_in_overloaded_deref(lw, e->u.binary.lhs)) &&
            rhs->span.lo > 0;
        Span at = overloaded ? (Span){rhs->span.file, rhs->span.lo - 1, rhs->span.lo} : e->span;
        return index_place(lw, base, seq, i, at);
    }
    if (e->kind == N_PATH && e->u.path.binding) return binding_place(lw, e->u.path.binding);
    if (e->kind == N_FIELD) {
        Place base = as_place(lw, e->u.field.base);
        Type *bt = value_ty(lw, e->u.field.base);
        while (bt->kind == TY_REF) {
            base = project_deref(base, bt->elem);
            bt = bt->elem;
        }
        return project_field(base, (int)e->u.field.index, e->ty);
    }
    Type *boxed = e->kind == N_UNARY && e->u.unary.op == UN_DEREF && e->u.unary.method
        ? value_ty(lw, e->u.unary.operand)
        : NULL;
    while (boxed && boxed->kind == TY_REF) boxed = boxed->elem;
    if (boxed && ty_is_box(boxed))  /* a Box's contents (through any references to it) */
        return box_contents(as_place(lw, e->u.unary.operand), value_ty(lw, e->u.unary.operand),
                            e->ty);
    if (e->kind == N_UNARY && e->u.unary.op == UN_DEREF && e->u.unary.method)
        return user_deref_place(lw, e);
    if (e->kind == N_UNARY && e->u.unary.op == UN_DEREF) {
        Place base = as_place(lw, e->u.unary.operand);
        return project_deref(base, e->ty);
    }
    return temp_holding(lw, e);
}

/* An operand of a binary operator, seen through one reference (`&i32 + i32`, `&a == &b`). */
Operand as_operand_deref(Lower *lw, Node *e) {
    Type *t = value_ty(lw, e);
    if (t->kind != TY_REF) return as_operand(lw, e);
    Place p = as_place(lw, e);
    Place d = project_deref(p, t->elem);
    return use_place(d, t->elem);
}
