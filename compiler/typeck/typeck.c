/* typeck.c — type inference and checking.
 *
 * Takes: the resolved AST.
 * Gives: a concrete Type on every expression, pattern and binding (integer literals
 * default to i32), fn signatures on their Defs, and rustc's type errors: E0308, E0317,
 * E0277, E0369, E0600, E0614, E0061, E0618, E0599, E0609, E0610, E0054, E0604, E0606,
 * E0070, E0282, E0069, and the overflowing-literals lint (deny by default).
 *
 * Inference is unification over variables; the never type coerces to any type at the
 * coercion sites (let initialisers, arguments, returns, block tails, branches). */
#include "patina.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct LoopCtx {
    Node *node;                                 /* loop or labelled block */
    Type *ty;                                   /* result type of `loop` / labelled block */
    bool has_break;
} LoopCtx;

typedef struct Tc {
    PtrVec vars;                                /* Type* bound to each variable, or NULL */
    PtrVec var_types;                           /* the TY_INFER of each variable (its kind) */
    PtrVec typed;                               /* Node* whose ty must be resolved at the end */
    PtrVec bindings;                            /* Binding* likewise */
    PtrVec int_lits;                            /* N_LIT_INT nodes, for the range lint */
    PtrVec float_lits;                          /* N_LIT_FLOAT nodes, for the range lint */
    PtrVec loops;                               /* LoopCtx* */
    Node *fn;                                   /* the fn being checked */
    Type *ret_ty;
    int unsafe_depth;                           /* inside `unsafe { }` or an `unsafe fn` */
    PtrVec coverage;                            /* N_MATCH and N_LET of this body, checked at its end */
    PtrVec generic_calls;                       /* Node*: calls whose targs are resolved at the end */
    PtrVec open_formats;                        /* Node*: N_FORMAT with an argument of a type not known yet */
    PtrVec generic_call_fns;                    /* Node*: the fn each of them is in (its where clauses count) */
    PtrVec closures;                            /* Def*: the closures being checked, innermost last */
    PtrVec all_closures;                        /* Def*: every closure, whose signature is resolved at the end */
    PtrVec opaque_fns;                          /* Def*: fns returning `impl Trait`, resolved at the end */
    Type **closure_params;                      /* the signature the next closure argument is expected to have */
    bool closure_fn;                            /* ... for an `Fn` (not `FnMut`/`FnOnce`) bound */
    Type *closure_ret;
    int closure_nparams;
    Type *receiver_hint;                        /* the type the next method call's receiver must have */
} Tc;

static Type *check_expr(Tc *tc, Node *n, Type *expected);
static Type *infer_block(Tc *tc, Node *block, Type *expected);
static Type *check_match(Tc *tc, Node *n, Type *expected);
static Type *check_let_cond(Tc *tc, Node *n);
static Type *peel_number_ref(Tc *tc, Type *t);
static Type *set_ty(Tc *tc, Node *n, Type *t);
static bool implements_fmt(Tc *tc, Type *t, FmtTrait trait);
static bool has_fmt_impl(Type *t, LangTrait lang);
static void note_mutation(Tc *tc, Node *e);
static bool implements(Tc *tc, Type *t, TraitDef *tr);

/* ── variables ── */

static Type *fresh(Tc *tc, InferKind kind) {
    ptrvec_push(&tc->vars, NULL);
    Type *t = ty_infer(kind, tc->vars.len - 1);
    ptrvec_push(&tc->var_types, t);
    return t;
}

static Type *zonk(Tc *tc, Type *t);

static Type *resolve_var(Tc *tc, Type *t) {
    Type *root = t;
    while (root->kind == TY_INFER && tc->vars.items[root->var]) root = tc->vars.items[root->var];
    /* path compression: variables can chain as long as the program (an `else if` chain
     * unifies each branch's type with the next), and each lookup would walk the chain */
    while (t != root) {
        Type *next = tc->vars.items[t->var];
        tc->vars.items[t->var] = root;
        t = next;
    }
    return root;
}

static Type *shallow(Tc *tc, Type *t) {
    t = resolve_var(tc, t);
    if (t->kind == TY_PROJ && ty_contains(t, TY_INFER)) {
        /* `<Map<I, ?F> as Iterator>::Item` once ?F is known: the impl's type */
        Type *z = zonk(tc, t);
        if (z->kind != TY_PROJ) return shallow(tc, z);
    }
    return t;
}

/* Fully substitutes bound variables; unbound integer variables stay as they are. */
static Type *zonk(Tc *tc, Type *t) {
    t = resolve_var(tc, t);
    switch (t->kind) {
    case TY_TUPLE: {
        if (!t->nelems) return t;
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)t->nelems);
        for (int i = 0; i < t->nelems; i++) elems[i] = zonk(tc, t->elems[i]);
        return ty_tuple(elems, t->nelems);
    }
    case TY_REF: return ty_ref(zonk(tc, t->elem), t->is_mut);
    case TY_PTR: return ty_ptr(zonk(tc, t->elem), t->is_mut);
    case TY_PROJ: {
        Type *n = ty_proj(zonk(tc, t->elem), t->trait, t->var);
        return n->kind == TY_PROJ ? n : zonk(tc, n);   /* the impl's type may be a variable too */
    }
    case TY_ARRAY: return ty_array(zonk(tc, t->elem), t->len);
    case TY_SLICE: return ty_slice(zonk(tc, t->elem));
    case TY_ADT: case TY_CLOSURE: {
        if (!t->nelems && !t->elem) return t;
        Type **args = arena_alloc(sizeof(Type *) * (size_t)(t->nelems + 1));
        for (int i = 0; i < t->nelems; i++) args[i] = zonk(tc, t->elems[i]);
        return t->kind == TY_ADT ? ty_adt_args(t->adt, args, t->nelems) : ty_closure_in(t->def, args, t->nelems, t->elem ? zonk(tc, t->elem) : NULL);
    }
    default: return t;
    }
}

static const char *show(Tc *tc, Type *t) {
    t = zonk(tc, t);
    if (t->kind == TY_INFER && t->infer == INFER_INT) return "integer";
    if (t->kind == TY_INFER && t->infer == INFER_FLOAT) return "floating-point number";
    return arena_printf("`%s`", ty_str_of(t));
}

static bool occurs(Tc *tc, int var, Type *t) {
    t = shallow(tc, t);
    if (t->kind == TY_INFER) return t->var == var;
    if (t->elem && occurs(tc, var, t->elem)) return true;
    for (int i = 0; i < t->nelems; i++)
        if (occurs(tc, var, t->elems[i])) return true;
    return false;
}

static bool unify(Tc *tc, Type *a, Type *b) {
    a = shallow(tc, a);
    b = shallow(tc, b);
    if (a == b) return true;
    if (a->kind == TY_ERROR || b->kind == TY_ERROR) {
        /* a variable unified with an error is that error, so it cannot cause another */
        if (a->kind == TY_INFER && a->infer == INFER_GENERAL) tc->vars.items[a->var] = b;
        if (b->kind == TY_INFER && b->infer == INFER_GENERAL) tc->vars.items[b->var] = a;
        return true;
    }
    if (b->kind == TY_INFER && a->kind != TY_INFER) {
        Type *t = a; a = b; b = t;
    }
    if (a->kind == TY_INFER) {
        if (b->kind == TY_INFER) {
            /* keep the more specific kind of variable as the representative */
            if (a->infer != INFER_GENERAL && b->infer != INFER_GENERAL && a->infer != b->infer) return false;
            if (a->infer == INFER_GENERAL) tc->vars.items[a->var] = b;
            else tc->vars.items[b->var] = a;
            return true;
        }
        if (a->infer == INFER_INT && b->kind != TY_INT) return false;
        if (a->infer == INFER_FLOAT && b->kind != TY_FLOAT) return false;
        if (occurs(tc, a->var, b)) return false;
        tc->vars.items[a->var] = b;
        return true;
    }
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case TY_ADT: case TY_TUPLE: case TY_CLOSURE:   /* an ADT's type arguments pairwise */
        if (a->adt != b->adt || a->def != b->def || a->nelems != b->nelems) return false;
        for (int i = 0; i < a->nelems; i++)
            if (!unify(tc, a->elems[i], b->elems[i])) return false;
        return !a->elem || !b->elem || unify(tc, a->elem, b->elem);   /* a closure's enclosing fn's arguments */
    case TY_REF: case TY_PTR:
        return a->is_mut == b->is_mut && unify(tc, a->elem, b->elem);
    case TY_ARRAY:
        return a->len == b->len && unify(tc, a->elem, b->elem);
    case TY_SLICE:
        return unify(tc, a->elem, b->elem);
    case TY_PROJ:                               /* `<?I as Iterator>::Item` against `<Self as Iterator>::Item` */
        return a->trait == b->trait && a->var == b->var && unify(tc, a->elem, b->elem);
    default:
        return false;                           /* distinct interned leaves */
    }
}

static bool is_never(Tc *tc, Type *t) { return shallow(tc, t)->kind == TY_NEVER; }


/* Whether type parameter t is bounded by trait (or lang trait): by its own bounds, or by
 * a `where` clause of the fn being checked on its impl's parameter. */
static Type *lower_type(Tc *tc, Node *t, bool allow_infer);

static void lower_where_projs(Tc *tc, Def *fn) {
    while (fn->where_proj_types.len < fn->where_projs.len)
        ptrvec_push(&fn->where_proj_types, lower_type(tc, fn->where_projs.items[fn->where_proj_types.len], false));
}

static bool param_bound(Tc *tc, Type *t, TraitDef *trait, LangTrait lang) {
    if (ty_param_bound(t, trait, lang)) return true;
    Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
    if (fn && t->kind == TY_PROJ) {
        lower_where_projs(tc, fn);
        for (int i = 0; i < fn->where_projs.len; i++) {
            TraitDef *w = fn->where_proj_traits.items[i];
            if (fn->where_proj_types.items[i] == t && trait_implies(w, trait, lang)) return true;
        }
    }
    for (int i = 0; fn && i < fn->where_params.len; i++) {
        TraitDef *w = fn->where_traits.items[i];
        if (fn->where_params.items[i] == t->def && trait_implies(w, trait, lang)) return true;
    }
    return false;
}

static void mismatch(Tc *tc, Span sp, Type *expected, Type *found) {
    Diag *d = diag_error("E0308", sp, "mismatched types");
    diag_label(d, "expected %s, found %s", show(tc, expected), show(tc, found));
    diag_emit(d);
}

/* Makes the node at a coercion wrapping (as its operand) a copy of what it was. */
static void wrap_node(Tc *tc, Node *at, NodeKind kind) {
    Node *inner = ast_new(at->kind, at->span);
    *inner = *at;
    at->kind = kind;
    memset(&at->u, 0, sizeof at->u);            /* no field of what it was (a stale `method`) survives */
    at->u.unary.operand = inner;
    ptrvec_push(&tc->typed, inner);
    if (inner->kind == N_CLOSURE) inner->u.closure.def->node = inner;   /* the closure's body moved */
}

/* A fn item, or a closure that captures nothing, where a `fn(A) -> B` pointer is
 * expected: the node becomes a coercion to the pointer type for lowering. */
static bool coerce_to_fn_ptr(Tc *tc, Node *at, Type *f, Type *x) {
    Def *d = f->def;
    int skip = f->kind == TY_CLOSURE;           /* a closure's environment parameter */
    if (f->kind == TY_CLOSURE && d->captures.len) {
        Diag *dg = diag_error("E0308", at->span, "mismatched types");
        diag_label(dg, "expected fn pointer, found closure");
        diag_note(dg, "closures can only be coerced to `fn` types if they do not capture any variables");
        diag_emit(dg);
        return false;
    }
    if (f->kind == TY_FN_DEF && d->ngenerics) {
        diag_unsupported(at->span, "generic functions as function pointers");
        return false;
    }
    if (f->kind == TY_FN_DEF && d->track_caller) {
        diag_unsupported(at->span, "`#[track_caller]` functions as function pointers");
        return false;
    }
    bool ok = d->param_tys && d->nparams - skip == x->nelems;
    for (int i = 0; ok && i < x->nelems; i++) ok = unify(tc, d->param_tys[i + skip], x->elems[i]);
    if (ok) ok = unify(tc, d->ret_ty, x->ret);
    if (!ok) {
        Diag *dg = diag_error("E0308", at->span, "mismatched types");
        diag_label(dg, "expected fn pointer, found %s", f->kind == TY_CLOSURE ? "closure" : "fn item");
        diag_note(dg, "expected fn pointer `%s`\n   found %s `%s`", ty_str_of(zonk(tc, x)), f->kind == TY_CLOSURE ? "closure" : "fn item",
                  ty_str_of(zonk(tc, f)));
        diag_emit(dg);
        return false;
    }
    wrap_node(tc, at, N_UNSIZE);
    set_ty(tc, at, x);
    return true;
}

static bool could_unify(Tc *tc, Type *param, Type *arg);
static Def *deref_impl(Tc *tc, Type *t, Type **target);
static void wrap_deref(Tc *tc, Node *at, Def *m, Type *target);

/* rustc's recursion limit for auto-deref: with `impl Deref for S { type Target = S; ... }`
 * a method, field or index lookup through Deref would go on forever. False (after E0055)
 * once `steps` derefs of `start` have reached it. */
enum { AUTODEREF_LIMIT = 128 };
static bool autoderef_allowed(Tc *tc, int *steps, Type *start, Span at) {
    if (++*steps <= AUTODEREF_LIMIT) return true;
    Diag *d = diag_error("E0055", at, "reached the recursion limit while auto-dereferencing `%s`", ty_str_of(zonk(tc, start)));
    diag_label(d, "deref recursion limit reached");
    diag_emit(d);
    return false;
}

/* `&w` where `&U` is expected and w's type derefs to U (or to `&U`): `&*w` through Deref. */
static bool deref_coerce(Tc *tc, Node *at, Type *f, Type *x) {
    Type *inner = shallow(tc, f->elem), *want = shallow(tc, x->elem);
    while (inner->kind == TY_REF) inner = shallow(tc, inner->elem);
    if (inner->kind != TY_ADT || want->kind == TY_INFER || could_unify(tc, want, inner)) return false;
    /* the derefs from inner to want: `&MyBox<String>` to `&str` takes two */
    enum { MAX_STEPS = 4 };
    Def *steps[MAX_STEPS];
    Type *targets[MAX_STEPS], *t = inner;
    int n = 0;
    bool through_ref = false, reached = false;
    while (!reached && n < MAX_STEPS && t->kind == TY_ADT && (steps[n] = deref_impl(tc, t, &targets[n]))) {
        t = shallow(tc, targets[n++]);
        through_ref = t->kind == TY_REF && !could_unify(tc, want, t) && could_unify(tc, want, t->elem);
        reached = could_unify(tc, want, t) || through_ref;
    }
    if (!reached) return false;
    for (int i = 0; i < n; i++) wrap_deref(tc, at, steps[i], targets[i]);   /* `*w`, a place of type Target */
    if (!through_ref) {
        wrap_node(tc, at, N_UNARY);             /* `&*w` (for a Target of `&U`, `*w` is that reference) */
        at->u.unary.op = x->is_mut ? UN_REF_MUT : UN_REF;
        set_ty(tc, at, x);
    }
    return unify(tc, through_ref ? t->elem : t, want);
}

static bool is_prelude_adt(Type *t, const char *name);

/* A pointer to T (`&T`, `Box<T>`) where the same pointer to `dyn Trait` is expected: when
 * T implements the trait the node becomes an unsizing (data pointer plus T's vtable).
 * 1 done, 0 reported (E0277), -1 not a case of it (other types, or T not known yet). */
static int unsize_to_dyn(Tc *tc, Node *at, Type *found, Type *expected) {
    Type *f = shallow(tc, found), *x = shallow(tc, expected), *pointee, *dyn;
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut) && shallow(tc, x->elem)->kind == TY_DYN) {
        pointee = f->elem, dyn = x->elem;
    } else if (f->kind == TY_ADT && x->kind == TY_ADT && f->adt == x->adt && is_prelude_adt(f, "Box") &&
               shallow(tc, x->elems[0])->kind == TY_DYN) {
        pointee = f->elems[0], dyn = x->elems[0];
    } else {
        return -1;
    }
    Type *target = shallow(tc, dyn), *from = zonk(tc, pointee);
    if (from == target) return 1;
    if (from->kind == TY_INFER && from->infer != INFER_GENERAL) {
        /* `&5` as `&dyn Display`: the literal's type falls back (i32, f64) as rustc's does */
        unify(tc, from, from->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64));
        from = zonk(tc, pointee);
    }
    if (from->kind == TY_INFER || from->kind == TY_DYN) return -1;
    if (implements(tc, from, target->trait)) {
        wrap_node(tc, at, N_UNSIZE);
        set_ty(tc, at, expected);
        return 1;
    }
    if (from->kind == TY_ERROR) return -1;
    Diag *d = diag_error("E0277", at->span, "the trait bound `%s: %s` is not satisfied", ty_str_of(from), sym_str(target->trait->name));
    diag_label(d, "the trait `%s` is not implemented for `%s`", sym_str(target->trait->name), ty_str_of(from));
    diag_emit(d);
    return 0;
}

/* A coercion site: `!` becomes anything, otherwise the types must unify. */
static bool coerce(Tc *tc, Node *at, Type *found, Type *expected) {
    if (is_never(tc, found)) return true;
    Type *f = shallow(tc, found), *x = shallow(tc, expected);
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut)) {
        Type *fe = shallow(tc, f->elem), *xe = shallow(tc, x->elem);
        if (fe->kind == TY_ARRAY && xe->kind == TY_SLICE && unify(tc, fe->elem, xe->elem)) {
            /* unsizing: the node becomes `&[T; N] as &[T]` for lowering */
            wrap_node(tc, at, N_UNSIZE);
            return true;
        }
    }
    int unsized = unsize_to_dyn(tc, at, f, x);  /* `&T` to `&dyn Trait`, `Box<T>` to `Box<dyn Trait>` */
    if (unsized >= 0) return unsized;
    if ((f->kind == TY_PTR || f->kind == TY_REF) && x->kind == TY_PTR && (f->is_mut || !x->is_mut) && unify(tc, f->elem, x->elem))
        return true;                            /* `*mut T` to `*const T`, `&T` to `*const T`: the same address */
    if (f->kind == TY_REF && x->kind == TY_REF && f->is_mut && !x->is_mut && unify(tc, f->elem, x->elem))
        return true;                            /* `&mut T` to `&T`: same pointer, shared */
    if (f->kind == TY_REF && x->kind == TY_REF && !x->is_mut && shallow(tc, f->elem)->kind == TY_REF &&
        shallow(tc, x->elem)->kind != TY_INFER && !could_unify(tc, f, x) && could_unify(tc, f->elem, x)) {
        /* deref coercion of a reference to a reference: `&&str` to `&str`, `&&Rc<T>` to `&Rc<T>` */
        wrap_node(tc, at, N_UNARY);
        at->u.unary.op = UN_DEREF;
        set_ty(tc, at, x);
        return unify(tc, f->elem, x);
    }
    if (x->kind == TY_FN_PTR && (f->kind == TY_FN_DEF || f->kind == TY_CLOSURE)) return coerce_to_fn_ptr(tc, at, f, x);
    if (f->kind == TY_REF && x->kind == TY_REF && (!x->is_mut || f->is_mut) && deref_coerce(tc, at, f, x)) return true;
    if (unify(tc, found, expected)) return true;
    mismatch(tc, at->span, expected, found);
    return false;
}

/* ── const cycles ── */

static void report_const_cycle(Node *item) {
    diag_emit(diag_error("E0391", item->span, "cycle detected when checking if `%s` is a trivial const", sym_str(item->u.value_item.name)));
}

/* Follows the consts a const's value uses (ctx: the const item the walk started from);
 * Def.expansion marks those on the current path and those already followed. */
static void follow_const_uses(Node *n, const char *role, void *root) {
    (void)role;
    if (n->kind == N_PATH && n->u.path.def && n->u.path.def->kind == DEF_CONST && n->u.path.def->node->kind == N_CONST_ITEM) {
        Def *d = n->u.path.def;
        Node *item = d->node;
        if (item == root || d->expansion == EXPANSION_ACTIVE) {
            if (d->expansion != EXPANSION_CYCLIC) report_const_cycle(item);
            d->expansion = EXPANSION_CYCLIC;
            return;
        }
        if (d->expansion != EXPANSION_NONE || !item->u.value_item.value) return;   /* cyclic, or followed before */
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
        if (c->kind == N_CONST_ITEM && c->u.value_item.value) follow_const_uses(c->u.value_item.value, NULL, c);
    }
}

/* ── constant lengths ── */

/* The value of an array length: integer literals, consts and + - * / of them. False
 * (after reporting) for anything else. */
static bool eval_const_usize(Node *e, uint64_t *out) {
    while (e->kind == N_PAREN) e = e->u.unary.operand;
    switch (e->kind) {
    case N_LIT_INT: *out = e->u.lit.int_value; return true;
    case N_PATH:
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST && e->u.path.def->expansion == EXPANSION_CYCLIC) {
            *out = 0;                           /* E0391 was reported; 0 keeps it from cascading */
            return true;
        }
        if (e->u.path.def && e->u.path.def->kind == DEF_CONST)
            return e->u.path.def->node->u.value_item.value && eval_const_usize(e->u.path.def->node->u.value_item.value, out);
        if (e->u.path.def && e->u.path.def->kind == DEF_INT_CONST) { *out = e->u.path.def->value; return true; }
        return false;
    case N_BINARY: {
        uint64_t a, b;
        if (!eval_const_usize(e->u.binary.lhs, &a) || !eval_const_usize(e->u.binary.rhs, &b)) return false;
        switch (e->u.binary.op) {
        case BIN_ADD: *out = a + b; return true;
        case BIN_SUB: *out = a - b; return true;
        case BIN_MUL: *out = a * b; return true;
        case BIN_DIV: if (!b) return false; *out = a / b; return true;
        case BIN_REM: if (!b) return false; *out = a % b; return true;
        default: return false;
        }
    }
    case N_CAST: return eval_const_usize(e->u.cast.expr, out);   /* `N as usize` */
    default: return false;
    }
}

static uint64_t array_len(Tc *tc, Node *count) {
    uint64_t n = 0;
    check_expr(tc, count, ty_int(IK_USIZE));
    if (!eval_const_usize(count, &n)) diag_unsupported(count->span, "array lengths that are not integer constants");
    return n;
}

/* ── types written in the source ── */

static Type *lower_type(Tc *tc, Node *t, bool allow_infer);

static const char *plural_args(int n) { return arena_printf("%d generic argument%s", n, n == 1 ? "" : "s"); }

/* `Name` or `Name<A, B>` (lifetime arguments are skipped): the instance it names, after
 * checking the argument count (E0107). */
static Type *adt_type_of_path(Tc *tc, AdtDef *a, Node *t, bool allow_infer) {
    Node *args = t->u.path.seg_args ? t->u.path.seg_args[t->u.path.nsegs - 1] : NULL;
    int n = 0, total = args ? args->u.generic_args.args.len : 0;
    Type **tys = arena_alloc(sizeof(Type *) * (size_t)(total + 1));
    for (int i = 0; i < total; i++) {
        Node *arg = args->u.generic_args.args.items[i];
        if (arg->kind != N_BOUND) tys[n++] = lower_type(tc, arg, allow_infer);
    }
    if (n == a->ngenerics) return a->ngenerics ? ty_adt_args(a, tys, n) : ty_adt(a);
    if (n == 0 && t->u.path.nsegs == 1 && t->u.path.segs[0] == sym_cstr("Self")) {
        /* in its impl: a method of an inherent impl has that impl's own parameters */
        Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
        if (!fn || fn->adt != a || fn->trait || fn->impl || fn->nimpl_generics != a->ngenerics || !fn->generic_defs) return ty_adt(a);
        Type **ps = arena_alloc(sizeof(Type *) * (size_t)a->ngenerics);
        for (int i = 0; i < a->ngenerics; i++) ps[i] = ty_param(fn->generic_defs[i]);
        return ty_adt_args(a, ps, a->ngenerics);
    }
    const char *kind = a->is_enum ? "enum" : "struct";
    Diag *d;
    if (n == 0) {
        d = diag_error("E0107", t->span, "missing generics for %s `%s`", kind, sym_str(a->name));
    } else {
        d = diag_error("E0107", t->u.path.seg_spans[t->u.path.nsegs - 1], "%s takes %s but %d generic argument%s %s supplied", kind,
                       plural_args(a->ngenerics), n, n == 1 ? "" : "s", n == 1 ? "was" : "were");
    }
    diag_label(d, "expected %s", plural_args(a->ngenerics));
    diag_emit(d);
    return ty_error;
}

/* A fresh instance of a (possibly generic) ADT, its type arguments left to inference. */
static Type *instantiate(Tc *tc, AdtDef *a) {
    if (!a->ngenerics) return ty_adt(a);
    Type **args = arena_alloc(sizeof(Type *) * (size_t)a->ngenerics);
    for (int i = 0; i < a->ngenerics; i++) args[i] = fresh(tc, INFER_GENERAL);
    return ty_adt_args(a, args, a->ngenerics);
}

/* An instance for a constructor whose expected type is known: its type arguments come from
 * the expectation first, as in rustc, so `let r: Result<i32, bool> = Ok(true)` blames `true`. */
static Type *instantiate_expected(Tc *tc, AdtDef *a, Type *expected) {
    Type *inst = instantiate(tc, a);
    Type *x = expected ? shallow(tc, expected) : NULL;
    if (a->ngenerics && x && x->kind == TY_ADT && x->adt == a) unify(tc, inst, x);
    return inst;
}

/* `dyn Trait`: one trait, which must be dyn compatible (E0038): methods with a `self`
 * reference receiver, no type parameters of their own, and no `Self` but behind it. */
static Type *dyn_type(Tc *tc, Node *t) {
    (void)tc;
    TraitDef *trait = NULL;
    for (int i = 0; i < t->u.list.elems.len; i++) {
        Node *bound = t->u.list.elems.items[i];
        if (bound->u.bound.kind != BOUND_TRAIT) continue;
        Def *d = bound->u.bound.path->u.path.def;
        if (!d || d->kind != DEF_TRAIT) return ty_error;
        if (trait) {
            diag_unsupported(t->span, "trait objects of several traits");
            return ty_error;
        }
        trait = d->trait;
    }
    if (!trait) return ty_error;
    for (int i = 0; i < trait->methods.len; i++) {
        Def *m = trait->methods.items[i];
        bool ok = (m->self_kind == SELF_REF || m->self_kind == SELF_REF_MUT) && m->ngenerics <= 1;
        for (int k = 1; ok && k < m->nparams; k++) ok = !ty_contains(m->param_tys[k], TY_PARAM);
        if (ok && m->ret_ty) ok = !ty_contains(m->ret_ty, TY_PARAM);
        if (ok) continue;
        Diag *d = diag_error("E0038", t->span, "the trait `%s` is not dyn compatible", sym_str(trait->name));
        diag_label(d, "`%s` is not dyn compatible", sym_str(trait->name));
        diag_note(d, "the method `%s` %s", sym_str(m->name),
                  m->self_kind == SELF_NONE || m->self_kind == SELF_VALUE ? "has no `&self` receiver" : "mentions `Self` or has type parameters");
        diag_emit(d);
        return ty_error;
    }
    return ty_dyn(trait);
}

static Type *lower_type(Tc *tc, Node *t, bool allow_infer);

/* The type a `type` alias stands for; `type A = B; type B = A;` is E0391, reported once,
 * not an endless expansion. */
static Type *lower_alias(Tc *tc, Def *alias, bool allow_infer) {
    if (alias->expansion == EXPANSION_CYCLIC) return ty_error;
    if (alias->expansion == EXPANSION_ACTIVE) {
        alias->expansion = EXPANSION_CYCLIC;
        diag_emit(diag_error("E0391", alias->node->span, "cycle detected when expanding type alias `%s`", sym_str(alias->name)));
        return ty_error;
    }
    alias->expansion = EXPANSION_ACTIVE;
    Type *t = lower_type(tc, alias->node, allow_infer);
    if (alias->expansion == EXPANSION_ACTIVE) alias->expansion = EXPANSION_NONE;
    return t;
}

static Type *lower_type(Tc *tc, Node *t, bool allow_infer) {
    if (!t) return ty_unit;
    switch (t->kind) {
    case T_PATH:
        if (t->u.path.prim) return t->u.path.prim;
        if (t->u.path.def && t->u.path.def->kind == DEF_ADT) return adt_type_of_path(tc, t->u.path.def->adt, t, allow_infer);
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_PARAM) return ty_param(t->u.path.def);
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_ALIAS) return lower_alias(tc, t->u.path.def, allow_infer);
        if (t->u.path.def && t->u.path.def->kind == DEF_ASSOC_TYPE) {
            Def *d = t->u.path.def, *base = d->assoc_base;
            Type *bt = base->kind == DEF_TYPE_PARAM ? ty_param(base)
                       : base->kind == DEF_TYPE_ALIAS ? lower_alias(tc, base, allow_infer)
                       : base->kind == DEF_ADT ? ty_adt(base->adt) : ty_error;
            return bt->kind == TY_ERROR ? bt : ty_proj(bt, d->trait, d->variant);
        }
        return ty_error;
    case T_TUPLE: {
        int n = t->u.list.elems.len;
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++) elems[i] = lower_type(tc, t->u.list.elems.items[i], allow_infer);
        return ty_tuple(elems, n);
    }
    case T_REF: {
        Type *inner = lower_type(tc, t->u.ty_ref.inner, allow_infer);
        return ty_ref(inner, t->u.ty_ref.is_mut);
    }
    case T_NEVER: return ty_never;
    case T_FN: {
        int n = t->u.fn_type.params.len;
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++) params[i] = lower_type(tc, t->u.fn_type.params.items[i], allow_infer);
        return ty_fn_ptr(params, n, t->u.fn_type.ret ? lower_type(tc, t->u.fn_type.ret, allow_infer) : ty_unit);
    }
    case T_DYN: return dyn_type(tc, t);
    case T_SLICE: return ty_slice(lower_type(tc, t->u.ty_ref.inner, allow_infer));
    case T_PTR: return ty_ptr(lower_type(tc, t->u.ty_ref.inner, allow_infer), t->u.ty_ref.is_mut);
    case T_ARRAY: {
        Type *elem = lower_type(tc, t->u.repeat.value, allow_infer);
        return ty_array(elem, array_len(tc, t->u.repeat.count));
    }
    case T_INFER:
        if (allow_infer) return fresh(tc, INFER_GENERAL);
        Diag *d = diag_error("E0121", t->span, "the placeholder `_` is not allowed within types on item signatures for functions");
        diag_label(d, "not allowed in type signatures");
        diag_emit(d);
        return ty_error;
    default:
        return ty_error;
    }
}

static Type *set_ty(Tc *tc, Node *n, Type *t) {
    n->ty = t;
    ptrvec_push(&tc->typed, n);
    return t;
}

/* ── patterns ── */

static void check_adt_pattern(Tc *tc, Node *pat, Type *expected);
static void check_pattern_inner(Tc *tc, Node *pat, Type *expected);

/* Patterns that are not references, matched against a reference, see through it and bind
 * by reference (rustc's default binding modes). */
static Type *deref_for_pattern(Tc *tc, Node *pat, Type *expected, int *ref_mode) {
    switch (pat->kind) {
    case P_TUPLE: case P_LIT: case P_RANGE: case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT: case P_SLICE: {
        Type *t = shallow(tc, expected);
        /* a string literal is itself a `&str`: the peeling stops there */
        bool str_lit = pat->kind == P_LIT && pat->u.unary.operand->kind == N_LIT_STR;
        while (t->kind == TY_REF && !(str_lit && shallow(tc, t->elem)->kind == TY_STR)) {
            if (*ref_mode != 1) *ref_mode = t->is_mut ? 2 : 1;
            t = shallow(tc, t->elem);
        }
        return t;
    }
    default:
        return expected;
    }
}

static int current_ref_mode;                    /* 0 by value, 1 by ref, 2 by ref mut */

static void check_pattern(Tc *tc, Node *pat, Type *expected) {
    int saved_mode = current_ref_mode;
    expected = deref_for_pattern(tc, pat, expected, &current_ref_mode);
    check_pattern_inner(tc, pat, expected);
    current_ref_mode = saved_mode;
}

static void check_pattern_inner(Tc *tc, Node *pat, Type *expected) {
    set_ty(tc, pat, expected);
    if (pat->kind == P_IDENT && pat->u.pat_ident.binding && current_ref_mode && !pat->u.pat_ident.by_ref) {
        Binding *b = pat->u.pat_ident.binding;
        b->by_ref = true;
        b->ref_mut = current_ref_mode == 2;
    }
    if (pat->kind == P_IDENT && pat->u.pat_ident.binding && pat->u.pat_ident.binding->by_ref) {
        Binding *b = pat->u.pat_ident.binding;
        b->ty = ty_ref(expected, b->ref_mut);
        ptrvec_push(&tc->bindings, b);
        if (pat->u.pat_ident.subpat) check_pattern(tc, pat->u.pat_ident.subpat, expected);
        return;
    }
    switch (pat->kind) {
    case P_IDENT:
        if (pat->u.pat_ident.binding) {
            pat->u.pat_ident.binding->ty = expected;
            ptrvec_push(&tc->bindings, pat->u.pat_ident.binding);
        }
        if (pat->u.pat_ident.subpat) check_pattern(tc, pat->u.pat_ident.subpat, expected);
        break;
    case P_TUPLE: {
        int n = pat->u.list.elems.len;
        int rest = -1;
        for (int i = 0; i < n; i++)
            if (((Node *)pat->u.list.elems.items[i])->kind == P_REST) rest = i;
        if (rest >= 0) {
            /* `(a, .., z)`: the patterns after `..` match the last elements */
            Type *t = shallow(tc, expected);
            if (t->kind != TY_TUPLE || t->nelems < n - 1) {
                if (t->kind != TY_ERROR) {
                    Diag *d = diag_error("E0308", pat->span, "mismatched types");
                    diag_label(d, "expected %s, found tuple", show(tc, expected));
                    diag_emit(d);
                }
                for (int j = 0; j < n; j++) check_pattern(tc, pat->u.list.elems.items[j], ty_error);
                return;
            }
            for (int j = 0; j < n; j++) {
                if (j == rest) continue;
                int k = j < rest ? j : t->nelems - (n - j);
                check_pattern(tc, pat->u.list.elems.items[j], t->elems[k]);
            }
            return;
        }
        Type *t = shallow(tc, expected);
        if (t->kind == TY_INFER && t->infer == INFER_GENERAL) {
            Type **elems = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
            for (int i = 0; i < n; i++) elems[i] = fresh(tc, INFER_GENERAL);
            Type *tup = ty_tuple(elems, n);
            unify(tc, t, tup);
            t = tup;
        }
        if (t->kind != TY_TUPLE || t->nelems != n) {
            if (t->kind != TY_ERROR) {
                Diag *d = diag_error("E0308", pat->span, "mismatched types");
                diag_label(d, "expected %s, found tuple", show(tc, expected));
                diag_emit(d);
            }
            for (int i = 0; i < n; i++) check_pattern(tc, pat->u.list.elems.items[i], ty_error);
            break;
        }
        for (int i = 0; i < n; i++) check_pattern(tc, pat->u.list.elems.items[i], t->elems[i]);
        break;
    }
    case P_LIT: {
        Type *lt = check_expr(tc, pat->u.unary.operand, NULL);
        if (!unify(tc, lt, expected)) mismatch(tc, pat->span, expected, lt);
        break;
    }
    case P_RANGE: {
        Type *lo = pat->u.range.lo ? check_expr(tc, pat->u.range.lo, expected) : NULL;
        Type *hi = pat->u.range.hi ? check_expr(tc, pat->u.range.hi, expected) : NULL;
        (void)lo, (void)hi;
        /* an empty range is an error (E0579 for `a..b` with a >= b, E0030 for `a..=b` with
         * a > b); an integer whose type is not inferred yet compares as an i128 */
        Type *t = shallow(tc, expected);
        if (t->kind == TY_INFER && t->infer == INFER_INT) t = ty_int(IK_I128);
        if (t->kind != TY_INT && t->kind != TY_CHAR) break;
        int order;
        if (!range_pattern_order(pat, t, &order)) break;
        if (!pat->u.range.inclusive && order >= 0) {
            diag_emit(diag_error("E0579", pat->span, "lower bound for range pattern must be less than upper bound"));
        } else if (pat->u.range.inclusive && order > 0) {
            Diag *d = diag_error("E0030", pat->span, "lower bound for range pattern must be less than or equal to upper bound");
            diag_label(d, "lower bound larger than upper bound");
            diag_emit(d);
        }
        break;
    }
    case P_WILD: case P_REST: break;
    case P_SLICE: {
        Type *s = shallow(tc, expected);
        NodeList *el = &pat->u.list.elems;
        int rest = -1;
        for (int i = 0; i < el->len; i++) {
            Node *sub = el->items[i];
            if (sub->kind == P_REST || (sub->kind == P_IDENT && sub->u.pat_ident.subpat && sub->u.pat_ident.subpat->kind == P_REST)) rest = i;
        }
        int fixed = rest >= 0 ? el->len - 1 : el->len;
        if (s->kind == TY_ARRAY && (rest < 0 ? (uint64_t)fixed != s->len : (uint64_t)fixed > s->len)) {
            Diag *d = rest < 0 ? diag_error("E0527", pat->span, "pattern requires %d element%s but array has %llu", fixed, fixed == 1 ? "" : "s",
                                            (unsigned long long)s->len)
                               : diag_error("E0528", pat->span, "pattern requires at least %d element%s but array has %llu", fixed,
                                            fixed == 1 ? "" : "s", (unsigned long long)s->len);
            diag_label(d, "expected %llu element%s", (unsigned long long)s->len, s->len == 1 ? "" : "s");
            diag_emit(d);
        }
        Type *elem = s->kind == TY_ARRAY || s->kind == TY_SLICE ? s->elem : ty_error;
        if (s->kind != TY_ARRAY && s->kind != TY_SLICE && s->kind != TY_ERROR) {
            Diag *d = diag_error("E0529", pat->span, "expected an array or slice, found `%s`", ty_str_of(zonk(tc, expected)));
            diag_label(d, "pattern cannot match with input type `%s`", ty_str_of(zonk(tc, expected)));
            diag_emit(d);
        }
        for (int i = 0; i < el->len; i++) {
            Node *sub = el->items[i];
            if (i == rest) {
                if (sub->kind == P_IDENT) diag_unsupported(sub->span, "bindings of slice rests (`rest @ ..`)");
                continue;
            }
            check_pattern(tc, sub, elem);
        }
        break;
    }
    case P_OR:
        for (int i = 0; i < pat->u.list.elems.len; i++) check_pattern(tc, pat->u.list.elems.items[i], expected);
        break;
    case P_REF: {
        Type *t = shallow(tc, expected);
        if (t->kind == TY_REF) {
            /* `&a` matches the reference itself and binds by value again (edition 2021):
             * `|(_, &a)|` over `&(&str, &i32)` gives an i32 */
            current_ref_mode = 0;
            check_pattern(tc, pat->u.unary.operand, t->elem);
        } else if (t->kind != TY_ERROR) {
            Diag *d = diag_error("E0308", pat->span, "mismatched types");
            diag_label(d, "expected %s, found `&_`", show(tc, expected));
            diag_emit(d);
            check_pattern(tc, pat->u.unary.operand, ty_error);
        }
        break;
    }
    case P_PATH: case P_TUPLE_STRUCT: case P_STRUCT:
        check_adt_pattern(tc, pat, expected);
        break;
    default:
        break;
    }
}

/* Levenshtein distance, for rustc's "a field with a similar name exists". */
static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    size_t *row = arena_alloc(sizeof(size_t) * (lb + 1));
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Variant patterns: `E::A`, `E::B(x, _)`, `E::C { x, .. }`, `Point { x, y }`, `Pair(a, b)`. */
static void check_adt_pattern(Tc *tc, Node *pat, Type *expected) {
    Node *path = pat->kind == P_PATH ? pat->u.unary.operand : pat->u.pat_struct.path;
    Def *d = path->u.path.def;
    NodeList *elems = pat->kind == P_PATH ? NULL : &pat->u.pat_struct.elems;
    if (d && d->kind == DEF_CONST) {
        Type *ct = d->node->ty ? d->node->ty : ty_error;
        if (!unify(tc, ct, expected)) mismatch(tc, pat->span, expected, ct);
        return;
    }
    if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) {
        for (int i = 0; elems && i < elems->len; i++) {
            Node *el = elems->items[i];
            check_pattern(tc, pat->kind == P_STRUCT ? el->u.field_init.expr : el, ty_error);
        }
        return;
    }
    AdtDef *a = d->adt;
    Type *inst = instantiate(tc, a);
    if (!unify(tc, inst, expected)) mismatch(tc, pat->span, expected, inst);
    AdtShape shape = d->kind == DEF_VARIANT ? a->variants[d->variant].shape : a->shape;
    AdtField *fields = d->kind == DEF_VARIANT ? a->variants[d->variant].fields : a->fields;
    int nfields = d->kind == DEF_VARIANT ? a->variants[d->variant].nfields : a->nfields;
    const char *what = d->kind == DEF_VARIANT ? arena_printf("%s::%s", sym_str(a->name), sym_str(d->name)) : sym_str(a->name);
    if (pat->kind == P_TUPLE_STRUCT) {
        int n = elems->len;
        bool rest = false;
        for (int i = 0; i < n; i++) rest |= ((Node *)elems->items[i])->kind == P_REST;
        if (shape != SHAPE_TUPLE || (!rest && n != nfields) || (rest && n - 1 > nfields)) {
            Diag *dg = diag_error("E0023", pat->span, "this pattern has %d field%s, but the corresponding tuple %s has %d field%s",
                                  n, n == 1 ? "" : "s", d->kind == DEF_VARIANT ? "variant" : "struct", nfields, nfields == 1 ? "" : "s");
            diag_label(dg, "expected %d field%s, found %d", nfields, nfields == 1 ? "" : "s", n);
            diag_emit(dg);
            for (int i = 0; i < n; i++) check_pattern(tc, elems->items[i], ty_error);
            return;
        }
        /* with `..`, the patterns after it match the last fields */
        int k = 0;
        for (int i = 0; i < n; i++) {
            Node *el = elems->items[i];
            if (el->kind == P_REST) {
                k = nfields - (n - 1 - i);
                continue;
            }
            check_pattern(tc, el, ty_field(inst, &fields[k]));
            k++;
        }
        return;
    }
    if (pat->kind == P_STRUCT) {
        bool *seen = arena_alloc(sizeof(bool) * (size_t)(nfields + 1));
        int unknown = 0;
        Sym unknown_name = 0;
        for (int i = 0; i < elems->len; i++) {
            Node *fp = elems->items[i];
            int idx = -1;
            for (int k = 0; k < nfields; k++)
                if (fields[k].name == fp->u.field_init.name ||
                    (shape == SHAPE_TUPLE && sym_len(fp->u.field_init.name) == 1 && sym_str(fp->u.field_init.name)[0] == '0' + k))
                    idx = k;
            if (idx < 0) {
                Diag *dg = diag_error("E0026", fp->u.field_init.name_span, "%s `%s` does not have a field named `%s`",
                                      d->kind == DEF_VARIANT ? "variant" : "struct", what, sym_str(fp->u.field_init.name));
                diag_label(dg, "%s `%s` does not have this field", d->kind == DEF_VARIANT ? "variant" : "struct", what);
                diag_emit(dg);
                check_pattern(tc, fp->u.field_init.expr, ty_error);
                unknown++;
                unknown_name = fp->u.field_init.name;
                continue;
            }
            seen[idx] = true;
            fp->u.field_init.index = idx;
            check_pattern(tc, fp->u.field_init.expr, ty_field(inst, &fields[idx]));
        }
        /* a lone unknown field that is a typo of a missing one stands for it (rustc's
         * suggestion), so that field is not reported missing too */
        if (unknown == 1) {
            int best = -1;
            size_t best_dist = 0, max_dist = (sym_len(unknown_name) > 3 ? sym_len(unknown_name) : 3) / 3;
            for (int k = 0; k < nfields; k++) {
                if (seen[k] || !fields[k].name) continue;
                size_t dist = edit_distance(sym_str(unknown_name), sym_str(fields[k].name));
                if (dist <= max_dist && (best < 0 || dist < best_dist)) {
                    best = k;
                    best_dist = dist;
                }
            }
            if (best >= 0) seen[best] = true;
        }
        if (!pat->u.pat_struct.has_rest) {
            char *missing = "";
            int count = 0;
            for (int k = 0; k < nfields; k++)
                if (!seen[k]) missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "", sym_str(fields[k].name));
            if (count) {
                Diag *dg = diag_error("E0027", pat->span, "pattern does not mention field%s %s", count == 1 ? "" : "s", missing);
                diag_label(dg, "missing field%s %s", count == 1 ? "" : "s", missing);
                diag_emit(dg);
            }
        }
        return;
    }
    if (shape != SHAPE_UNIT) {
        Diag *dg = diag_error("E0533", pat->span, "expected unit struct, unit variant or constant, found %s `%s`",
                              shape == SHAPE_TUPLE ? "tuple variant" : "struct variant", what);
        diag_emit(dg);
    }
}



/* ── operators ── */

/* rustc's wording for a missing operator impl (the on_unimplemented messages of core::ops). */
static const char *binop_message(BinOp op, const char *l, const char *r) {
    switch (op) {
    case BIN_ADD: return arena_printf("cannot add `%s` to `%s`", r, l);
    case BIN_SUB: return arena_printf("cannot subtract `%s` from `%s`", r, l);
    case BIN_MUL: return arena_printf("cannot multiply `%s` by `%s`", l, r);
    case BIN_DIV: return arena_printf("cannot divide `%s` by `%s`", l, r);
    case BIN_REM: return arena_printf("cannot calculate the remainder of `%s` divided by `%s`", l, r);
    default: return arena_printf("no implementation for `%s %s %s`", l, ast_binop_str(op), r);
    }
}

/* The span of the operator token between the operands. */
static Span op_span(Node *n) {
    Span s = {n->span.file, n->u.binary.lhs->span.hi, n->u.binary.rhs->span.lo};
    size_t len;
    const char *text = span_text(s, &len);
    size_t a = 0, b = len;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\n' || text[a] == '\r')) a++;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\n' || text[b - 1] == '\r')) b--;
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
        Diag *d = diag_error("E0368", n->u.binary.lhs->span, "binary assignment operation `%s=` cannot be applied to type `%s`",
                             ast_binop_str(op), l);
        diag_label(d, "cannot use `%s=` on type `%s`", ast_binop_str(op), l);
        diag_emit(d);
        return;
    }
    Diag *d = op <= BIN_REM ? diag_error("E0369", op_span(n), "%s", binop_message(op, l, r))
                            : diag_error("E0369", op_span(n), "binary operation `%s` cannot be applied to type `%s`",
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
static Type *check_arith(Tc *tc, Node *n, BinOp op, Type *lt, Node *rhs) {
    Type *l = shallow(tc, lt);
    bool bit = op == BIN_BITAND || op == BIN_BITOR || op == BIN_BITXOR;
    if (l->kind == TY_ERROR) {
        check_expr(tc, rhs, NULL);
        return ty_error;
    }
    if ((l->kind == TY_PARAM || l->kind == TY_PROJ) && param_bound(tc, l, NULL, ty_operator_lang(op, n->kind == N_COMPOUND_ASSIGN))) {
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
            if (r->kind == TY_FLOAT || (r->kind == TY_INFER && r->infer == INFER_FLOAT)) mismatch(tc, rhs->span, lt, rt);
            report_no_impl(tc, n, op, lt, rt);
        }
        return lt;
    }
    if (ty_is_integral(l) || (bit && l->kind == TY_BOOL)) {
        Type *rt = peel_number_ref(tc, check_expr(tc, rhs, NULL));
        Type *r = shallow(tc, rt);
        if (r->kind == TY_ERROR || r->kind == TY_NEVER) return lt;
        if (r->kind == TY_INFER && r->infer == INFER_GENERAL && !is_shift(op)) {
            unify(tc, rt, lt);                  /* a closure parameter not known yet: like the left */
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
        if (r->kind == TY_INT || r->kind == TY_FLOAT || (r->kind == TY_INFER && r->infer != INFER_GENERAL)) {
            unify(tc, lt, rt);
            return lt;
        }
        if ((r->kind == TY_PARAM || r->kind == TY_PROJ) && param_bound(tc, r, NULL, ty_operator_lang(op, n->kind == N_COMPOUND_ASSIGN))) {
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

static bool impl_applies(Tc *tc, ImplDef *im, Type *t);
static bool comparable(Tc *tc, Type *t, bool ordering) {
    t = shallow(tc, t);
    switch (t->kind) {
    case TY_INT: case TY_BOOL: case TY_CHAR: case TY_FLOAT: case TY_INFER: case TY_ERROR: case TY_NEVER: case TY_STR:
        return true;
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (!comparable(tc, t->elems[i], ordering)) return false;
        return true;
    case TY_ADT:
        if (!(ordering ? t->adt->derive_partial_ord : t->adt->derive_partial_eq)) {
            /* an impl by hand (the prelude's String, Vec, Box; the program's) */
            for (int i = 0; i < trait_impls.len; i++) {
                ImplDef *im = trait_impls.items[i];
                if (im->trait->lang == (ordering ? LANG_PARTIAL_ORD : LANG_PARTIAL_EQ) && impl_applies(tc, im, t)) return true;
            }
            return false;
        }
        /* derived impls require the same of every type argument */
        for (int i = 0; i < t->nelems; i++)
            if (!comparable(tc, t->elems[i], ordering)) return false;
        return true;
    case TY_ARRAY: case TY_REF:
        return comparable(tc, t->elem, ordering);
    case TY_PTR:
        return true;
    case TY_PARAM: case TY_PROJ:
        return param_bound(tc, t, NULL, ordering ? LANG_PARTIAL_ORD : LANG_PARTIAL_EQ);
    default:
        return false;
    }
}

/* Whether a value of type arg (perhaps not fully inferred) could be passed as param. */
static bool could_unify(Tc *tc, Type *param, Type *arg) {
    param = shallow(tc, param);
    arg = shallow(tc, arg);
    if (param == arg || param->kind == TY_PARAM || param->kind == TY_ERROR || arg->kind == TY_ERROR) return true;
    if (arg->kind == TY_INFER || param->kind == TY_INFER) {
        Type *v = arg->kind == TY_INFER ? arg : param, *o = arg->kind == TY_INFER ? param : arg;
        return v->infer == INFER_GENERAL || (o->kind == TY_INFER && o->infer == INFER_GENERAL) || (v->infer == INFER_INT && o->kind == TY_INT) ||
               (v->infer == INFER_FLOAT && o->kind == TY_FLOAT) || (o->kind == TY_INFER && o->infer == v->infer);
    }
    if (param->kind != arg->kind || param->adt != arg->adt || param->nelems != arg->nelems || param->is_mut != arg->is_mut || param->len != arg->len)
        return false;
    if (param->elem && arg->elem && !could_unify(tc, param->elem, arg->elem)) return false;
    for (int i = 0; i < param->nelems; i++)
        if (!could_unify(tc, param->elems[i], arg->elems[i])) return false;
    return param->kind != TY_INT && param->kind != TY_FLOAT ? true : param->ik == arg->ik && param->fk == arg->fk;
}

static bool takes_arg(Tc *tc, Type *param, Type *arg, bool by_ref) {
    param = shallow(tc, param);
    /* `==` and `<` take their operands by reference: `eq(&self, other: &&str)` for a `&str` */
    if (by_ref) return param->kind == TY_REF && could_unify(tc, param->elem, arg);
    return could_unify(tc, param, arg);
}

/* The hand-written operator method for operands of type t, and its (self, rhs, result)
 * types in sig with a generic impl's parameters taken from t. With several impls (`impl
 * Mul<f64> for V` and `impl Mul<V> for V`) the argument node decides: it is checked here,
 * its type left in *arg_ty (else *arg_ty is NULL and the caller checks it against sig[1]). */
static Def *operator_impl(Tc *tc, Type *t, LangTrait lang, Type *sig[3], Node *arg, Type **arg_ty) {
    t = zonk(tc, t);
    Def *cands[8];
    int n = ty_operator_methods(t, lang, cands, 8);
    if (arg_ty) *arg_ty = NULL;
    if (!n) return NULL;
    Def *m = cands[0];
    /* a derived PartialEq/PartialOrd is one more candidate, for the same type */
    bool derived = t->kind == TY_ADT && ((lang == LANG_PARTIAL_EQ && t->adt->derive_partial_eq) || (lang == LANG_PARTIAL_ORD && t->adt->derive_partial_ord));
    if ((n > 1 || derived) && arg && arg_ty) {
        *arg_ty = check_expr(tc, arg, NULL);
        if (derived && could_unify(tc, t, *arg_ty)) return NULL;
        for (int i = 0; i < n && i < 8; i++)
            if (cands[i]->nparams > 1 && takes_arg(tc, cands[i]->param_tys[1], *arg_ty, lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD)) {
                m = cands[i];
                break;
            }
    }
    Type **args = NULL;
    if (m->ngenerics && m->impl && !impl_matches(m->impl, t, &args)) args = NULL;
    for (int i = 0; i < 2; i++) sig[i] = i < m->nparams ? (args ? ty_subst(m->param_tys[i], args, m->ngenerics) : m->param_tys[i]) : ty_unit;
    sig[2] = args ? ty_subst(m->ret_ty, args, m->ngenerics) : m->ret_ty;
    return m;
}

/* `impl Deref for T`: its deref method, and the Target in *target. */
static Def *deref_impl(Tc *tc, Type *t, Type **target) {
    t = shallow(tc, t);
    Type *sig[3];
    Def *m = t->kind == TY_ADT ? operator_impl(tc, t, LANG_DEREF, sig, NULL, NULL) : NULL;
    if (!m || sig[2]->kind != TY_REF) return NULL;
    *target = sig[2]->elem;
    return m;
}

static void wrap_node(Tc *tc, Node *at, NodeKind kind);

/* Makes node at `*at` through Deref (at's type is T or a reference to it). */
static void wrap_deref(Tc *tc, Node *at, Def *m, Type *target) {
    wrap_node(tc, at, N_UNARY);
    at->u.unary.op = UN_DEREF;
    at->u.unary.method = m;
    set_ty(tc, at, target);
}

/* `&i32 + i32`, `x * &y`: the operator impls core has for references to numbers. */
static Type *peel_number_ref(Tc *tc, Type *t) {
    Type *s = shallow(tc, t);
    if (s->kind != TY_REF) return t;
    Type *e = shallow(tc, s->elem);
    bool number = e->kind == TY_INT || e->kind == TY_FLOAT || (e->kind == TY_INFER && e->infer != INFER_GENERAL);
    return number ? e : t;
}

static Type *check_binary(Tc *tc, Node *n) {
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
        /* a hand-written operator impl: `a + b` is `Add::add(a, b)`, `a == b` is `PartialEq::eq(&a, &b)` */
        n->u.binary.method = m;
        LangTrait lang = ty_operator_lang(op, false);
        bool by_ref = lang == LANG_PARTIAL_EQ || lang == LANG_PARTIAL_ORD;
        Type *want = sig[1]->kind == TY_REF && by_ref ? sig[1]->elem : sig[1];
        if (rt) coerce(tc, rhs, rt, want);
        else check_expr(tc, rhs, want);
        return lang == LANG_PARTIAL_ORD ? ty_bool : sig[2];   /* `<` is partial_cmp(..) == Some(Less) */
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
        int k = re && le != re && le->kind == TY_ADT ? ty_operator_methods(le, ty_operator_lang(op, false), cands, 8) : 0;
        for (int i = 0; i < k && i < 8; i++) {
            /* `&String == &str`: the referents compared by `impl PartialEq<str> for String` */
            Type *param = cands[i]->nparams > 1 ? cands[i]->param_tys[1] : NULL;
            if (!param || param->kind != TY_REF || !could_unify(tc, param->elem, re)) continue;
            Node *sides[2] = {lhs, rhs};
            Type *elems[2] = {le, re};
            for (int j = 0; j < 2; j++) {
                wrap_node(tc, sides[j], N_UNARY);
                sides[j]->u.unary.op = UN_DEREF;
                set_ty(tc, sides[j], elems[j]);
            }
            n->u.binary.method = cands[i];
            return ty_bool;
        }
        if (rs->kind == TY_REF && unify(tc, ls->elem, rs->elem) && comparable(tc, ls->elem, op != BIN_EQ && op != BIN_NE))
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

static Type *check_unary(Tc *tc, Node *n, Type *expected) {
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
        if (n->u.unary.op == UN_NEG && (s->kind == TY_PARAM || s->kind == TY_PROJ) && param_bound(tc, s, NULL, LANG_NEG)) return t;
        bool ok = n->u.unary.op == UN_NEG ? (s->kind == TY_INFER && s->infer != INFER_GENERAL) || ty_is_signed(s) || s->kind == TY_FLOAT
                                          : ty_is_integral(s) || s->kind == TY_BOOL;
        if (ok || s->kind == TY_ERROR || s->kind == TY_NEVER) return t;
        const char *op = n->u.unary.op == UN_NEG ? "-" : "!";
        Diag *d = diag_error("E0600", n->span, "cannot apply unary operator `%s` to type `%s`", op, ty_str_of(zonk(tc, t)));
        diag_label(d, "cannot apply unary operator `%s`", op);
        if (ty_is_int(s) && n->u.unary.op == UN_NEG) diag_note(d, "unsigned values cannot be negated");
        diag_emit(d);
        return ty_error;
    }
    case UN_REF: case UN_REF_MUT: {
        /* `&[a, b]` where a `&[T]` is expected: the elements are coerced to T (an array of
         * that length is what the literal is checked against) */
        Type *x = expected ? shallow(tc, expected) : NULL, *pointee = x && x->kind == TY_REF ? shallow(tc, x->elem) : NULL;
        Node *lit = e;
        while (lit->kind == N_PAREN) lit = lit->u.unary.operand;
        Type *hint = pointee && pointee->kind == TY_SLICE && lit->kind == N_ARRAY ? ty_array(pointee->elem, (uint64_t)lit->u.list.elems.len) : NULL;
        Type *t = check_expr(tc, e, hint);
        if (n->u.unary.op == UN_REF_MUT) note_mutation(tc, e);
        return ty_ref(t, n->u.unary.op == UN_REF_MUT);
    }
    case UN_DEREF: {
        Type *t = shallow(tc, check_expr(tc, e, NULL));
        if (t->kind == TY_REF || t->kind == TY_PTR) {
            if (t->kind == TY_PTR && !tc->unsafe_depth) {
                Diag *d = diag_error("E0133", n->span, "dereference of raw pointer is unsafe and requires unsafe function or block");
                diag_label(d, "dereference of raw pointer");
                diag_note(d, "raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior");
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
            Diag *d = diag_error("E0614", n->span, "type `%s` cannot be dereferenced", ty_str_of(zonk(tc, t)));
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

static Type *check_cast(Tc *tc, Node *n) {
    Type *target = lower_type(tc, n->u.cast.ty, true);
    Type *src = shallow(tc, check_expr(tc, n->u.cast.expr, NULL));
    Type *dst = shallow(tc, target);
    if (src->kind == TY_ERROR || dst->kind == TY_ERROR || src->kind == TY_NEVER) return target;
    if (src->kind == TY_INFER && src->infer == INFER_INT && dst->kind == TY_CHAR) unify(tc, src, ty_int(IK_U8));
    src = shallow(tc, src);
    if (unsize_to_dyn(tc, n->u.cast.expr, src, target) >= 0) {
        /* `Box::new(x) as Box<dyn Trait>`: the coercion, written out */
        Node *inner = n->u.cast.expr;
        n->kind = N_PAREN;
        n->u.unary.operand = inner;
        return target;
    }
    bool numeric_src = ty_is_integral(src) || src->kind == TY_FLOAT || (src->kind == TY_INFER && src->infer == INFER_FLOAT);
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
        ok = (src->kind == TY_REF && unify(tc, src->elem, dst->elem) && (!dst->is_mut || src->is_mut)) ||
             src->kind == TY_PTR || (src->kind == TY_INT && src->ik == IK_USIZE) ||
             (src->kind == TY_INFER && src->infer == INFER_INT && unify(tc, src, ty_int(IK_USIZE)));
        break;
    default: ok = unify(tc, src, dst); break;
    }
    if (ok) return target;
    Diag *d;
    if (strcmp(code, "E0604") == 0) {
        d = diag_error(code, n->span, "only `u8` can be cast as `char`, not `%s`", ty_str_of(zonk(tc, src)));
        diag_label(d, "invalid cast");
    } else if (strcmp(code, "E0054") == 0) {
        d = diag_error(code, n->span, "cannot cast `%s` as `bool`", ty_str_of(zonk(tc, src)));
        diag_label(d, "unsupported cast");
    } else {
        d = diag_error(code, n->span, "casting `%s` as `%s` is invalid", ty_str_of(zonk(tc, src)), ty_str_of(zonk(tc, dst)));
    }
    diag_emit(d);
    return target;
}

/* ── calls ── */

/* The signature of type parameter `param`'s `Fn(A) -> B` bound, in the instance targs. */
/* The signature of an `Fn(A) -> B` bound's path (with the callee's type arguments). */
static void fn_path_sig(Tc *tc, Node *path, Type **targs, int ntargs, Type ***params, int *nparams, Type **ret) {
    Node *args = path->u.path.seg_args[path->u.path.nsegs - 1];
    *nparams = args->u.generic_args.args.len;
    *params = arena_alloc(sizeof(Type *) * (size_t)(*nparams + 1));
    for (int i = 0; i < *nparams; i++) (*params)[i] = ty_subst(lower_type(tc, args->u.generic_args.args.items[i], false), targs, ntargs);
    *ret = ty_subst(args->u.generic_args.ret ? lower_type(tc, args->u.generic_args.ret, false) : ty_unit, targs, ntargs);
    tc->closure_fn = path->u.path.def && path->u.path.def->trait && path->u.path.def->trait->lang == LANG_FN;
}

static bool fn_bound_sig(Tc *tc, Def *param, Type **targs, int ntargs, Type ***params, int *nparams, Type **ret) {
    if (!param || !param->fn_bound) return false;
    fn_path_sig(tc, param->fn_bound, targs, ntargs, params, nparams, ret);
    return true;
}

/* The `Fn(A) -> B` bound of the current fn's `-> impl Fn(A) -> B`, when `expected` is that
 * return type (a closure returned as the tail or by `return`), or NULL. */
static Node *opaque_fn_bound(Tc *tc, Type *expected) {
    Node *fn = tc->fn;
    if (!fn || !expected || tc->closures.len || !fn->u.fn.ret || fn->u.fn.ret->kind != T_IMPL) return NULL;
    if (shallow(tc, expected) != shallow(tc, fn->u.fn.def->ret_ty)) return NULL;
    for (int b = 0; b < fn->u.fn.ret->u.list.elems.len; b++) {
        Node *bound = fn->u.fn.ret->u.list.elems.items[b];
        Def *td = bound->u.bound.kind == BOUND_TRAIT ? bound->u.bound.path->u.path.def : NULL;
        if (td && td->kind == DEF_TRAIT && td->trait->lang >= LANG_FN && td->trait->lang <= LANG_FN_ONCE)
            return bound->u.bound.path;
    }
    return NULL;
}

/* `U: Iterator<Item = Self::Item>` on a callee's parameter: the argument's item type is
 * that (so `primes().chain(100..103)` makes the range's integers u32). */
static void unify_assoc_bindings(Tc *tc, Def *def, Node *call) {
    for (int k = 0; def->generic_defs && k < def->ngenerics && k < call->ntargs; k++) {
        Def *p = def->generic_defs[k];
        for (int i = 0; i < p->assoc_eq.len && i < p->assoc_eq_types.len; i++) {
            TraitDef *tr = p->assoc_eq_traits.items[i];
            Node *b = p->assoc_eq.items[i];
            for (int j = 0; j < tr->assoc_names.len; j++) {
                if ((Sym)(uintptr_t)tr->assoc_names.items[j] != b->u.assoc_binding.name) continue;
                Type *actual = ty_proj(zonk(tc, call->targs[k]), tr, j);
                if (actual->kind != TY_PROJ) unify(tc, actual, ty_subst(p->assoc_eq_types.items[i], call->targs, call->ntargs));
            }
        }
    }
}

/* A fn item passed for an `F: Fn(A) -> B` parameter: its signature gives A and B. */
static void unify_fn_item_sig(Tc *tc, Type *declared, Type *arg, Node *call) {
    Type **sig, *ret, *a = arg ? shallow(tc, arg) : NULL;
    int nsig;
    if (!declared || declared->kind != TY_PARAM || !a || a->kind != TY_FN_DEF || !a->def->param_tys) return;
    if (!fn_bound_sig(tc, declared->def, call->targs, call->ntargs, &sig, &nsig, &ret)) return;
    for (int k = 0; k < nsig && k < a->def->nparams; k++) unify(tc, sig[k], a->def->param_tys[k]);
    unify(tc, ret, a->def->ret_ty);
}

/* Arguments against parameters; a closure passed for an `F: Fn(A) -> B` parameter of
 * callee is checked against that signature (so `|x| x + 1` knows x's type). */
static void check_args_of(Tc *tc, Node *call, Type **params, int nparams, Node *fn_node, Def *callee, int first) {
    NodeList *args = &call->u.call.args;
    if (args->len != nparams) {
        /* E0057 when calling a closure or an `F: Fn` parameter, E0061 a fn */
        Diag *d = diag_error(callee && (callee->kind == DEF_TYPE_PARAM || (callee->node && callee->node->kind == N_CLOSURE)) ? "E0057" : "E0061", call->u.call.callee ? call->u.call.callee->span : call->span,
                             "this function takes %d argument%s but %d argument%s supplied", nparams,
                             nparams == 1 ? "" : "s", args->len, args->len == 1 ? " was" : "s were");
        if (fn_node) diag_note(d, "function defined here");
        diag_emit(d);
    }
    for (int i = 0; i < args->len; i++) {
        Type *declared = callee && callee->kind == DEF_FN && first + i < callee->nparams ? callee->param_tys[first + i] : NULL;
        if (declared && declared->kind == TY_PARAM && ((Node *)args->items[i])->kind == N_CLOSURE)
            fn_bound_sig(tc, declared->def, call->targs, call->ntargs, &tc->closure_params, &tc->closure_nparams, &tc->closure_ret);
        Type *at = check_expr(tc, args->items[i], i < nparams ? params[i] : NULL);
        tc->closure_params = NULL;
        unify_fn_item_sig(tc, declared, at, call);
    }
}

static void check_args(Tc *tc, Node *call, Type **params, int nparams, Node *fn_node) {
    check_args_of(tc, call, params, nparams, fn_node, NULL, 0);
}

/* A call of a generic fn: fresh variables for its type parameters (the impl's come from
 * the receiver's type when there is one), recorded on the call for monomorphization.
 * Gives the parameter types of this instance. */
static Type **instantiate_fn(Tc *tc, Node *call, Def *def, Type *recv) {
    call->ntargs = def->ngenerics;
    call->targs = arena_alloc(sizeof(Type *) * (size_t)(def->ngenerics + 1));
    for (int i = 0; i < def->ngenerics; i++)
        call->targs[i] = recv && def->trait && i == 0                                  ? recv          /* Self */
                         : recv && !def->trait && i < def->nimpl_generics && i < recv->nelems ? recv->elems[i]
                                                                                          : fresh(tc, INFER_GENERAL);
    if (def->ngenerics) {
        ptrvec_push(&tc->generic_calls, call);
        ptrvec_push(&tc->generic_call_fns, tc->fn);
    }
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(def->nparams + 1));
    for (int i = 0; i < def->nparams; i++) params[i] = ty_subst(def->param_tys[i], call->targs, call->ntargs);
    return params;
}

/* `f::<A, B>(..)`: the fn's own type parameters are A and B (E0107 for another count). */
static void apply_turbofish(Tc *tc, Node *call, Def *def, Node *args, Span at) {
    int own = def->ngenerics - def->nimpl_generics, given = args->u.generic_args.args.len;
    SourceFile *f = def->node ? source_get(def->node->span.file) : NULL;
    if (own == 0 && given == 1 && f && strncmp(f->path, "<patina>", 8) == 0) {
        /* `.sum::<i32>()`: rustc's sum and product are generic over their result; the
         * prelude's return Self::Item, so the argument names that */
        Type *ret = ty_subst(def->ret_ty, call->targs, call->ntargs);
        unify(tc, ret, lower_type(tc, args->u.generic_args.args.items[0], true));
        return;
    }
    if (given != own) {
        Diag *d = diag_error("E0107", at, "%s takes %d generic argument%s but %d generic argument%s supplied",
                             def->self_kind != SELF_NONE ? "method" : "function", own, own == 1 ? "" : "s", given, given == 1 ? " was" : "s were");
        diag_label(d, "expected %d generic argument%s", own, own == 1 ? "" : "s");
        diag_emit(d);
        return;
    }
    for (int i = 0; i < given; i++) unify(tc, call->targs[def->nimpl_generics + i], lower_type(tc, args->u.generic_args.args.items[i], true));
}

/* Calling an `unsafe fn` (or method) outside `unsafe` is E0133. */
static void check_unsafe_call(Tc *tc, Def *def, Span at) {
    if (!def->node || !def->node->u.fn.is_unsafe || tc->unsafe_depth) return;
    const char *name = def->adt ? arena_printf("%s::%s", sym_str(def->adt->name), sym_str(def->name)) : sym_str(def->name);
    Diag *d = diag_error("E0133", at, "call to unsafe function `%s` is unsafe and requires unsafe function or block", name);
    diag_label(d, "call to unsafe function");
    diag_note(d, "consult the function's documentation for information on how to avoid undefined behavior");
    diag_emit(d);
}

/* ── From and Into ── */

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

static void report_no_from(Tc *tc, Span at, Type *target, Type *source) {
    const char *d = ty_str_of(zonk(tc, target)), *s = ty_str_of(zonk(tc, source));
    Diag *dg = diag_error("E0277", at, "the trait bound `%s: From<%s>` is not satisfied", d, s);
    diag_label(dg, "the trait `From<%s>` is not implemented for `%s`", s, d);
    diag_emit(dg);
}

/* The `from` of the (non-generic) `impl From<S> for target` whose S takes a value of source. */
static Def *from_impl(Tc *tc, Type *target, Type *source) {
    Def *cands[16];
    int n = ty_operator_methods(zonk(tc, target), LANG_FROM, cands, 16);
    for (int i = 0; i < n && i < 16; i++)
        if (!cands[i]->ngenerics && could_unify(tc, cands[i]->param_tys[0], source)) return cands[i];
    return NULL;
}

/* Makes node n the cast `operand as target` (a primitive conversion by From or Into). */
static Type *become_cast(Tc *tc, Node *n, Node *operand, Type *target) {
    n->kind = N_CAST;
    n->u.cast.expr = operand;
    n->u.cast.ty = NULL;
    (void)tc;
    return target;
}

static Type *check_prim_from(Tc *tc, Node *n, Type *target) {
    if (n->u.call.args.len != 1) {
        for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
        Diag *d = diag_error("E0061", n->span, "this function takes 1 argument but %d arguments were supplied", n->u.call.args.len);
        diag_emit(d);
        return target;
    }
    Node *arg = n->u.call.args.items[0];
    Type *s = shallow(tc, check_expr(tc, arg, NULL));
    if (s->kind == TY_INFER && s->infer == INFER_INT) unify(tc, s, ty_int(IK_I32));   /* as rustc's fallback does */
    if (s->kind == TY_INFER && s->infer == INFER_FLOAT) unify(tc, s, ty_float(FK_F64));
    s = shallow(tc, s);
    if (s->kind == TY_ERROR) return target;
    if (!prim_from_ok(target, s)) {
        report_no_from(tc, n->span, target, s);
        return target;
    }
    return become_cast(tc, n, arg, target);
}

static Def *trait_method_for(Tc *tc, Type *s, Sym name);

/* Whether t (through references) has a method of that name of its own or of a trait. */
static bool user_method_named(Tc *tc, Type *t, Sym name) {
    t = shallow(tc, t);
    while (t->kind == TY_REF) t = shallow(tc, t->elem);
    for (int i = 0; t->kind == TY_ADT && i < t->adt->methods.len; i++)
        if (((Def *)t->adt->methods.items[i])->name == name) return true;
    if (t->kind == TY_INFER) return false;
    for (int i = 0; i < trait_impls.len; i++) {
        /* `clone` of `impl Clone for Box<T>`: the operator traits' methods are the impl's */
        ImplDef *im = trait_impls.items[i];
        for (int k = 0; k < im->methods.len; k++)
            if (((Def *)im->methods.items[k])->name == name && impl_applies(tc, im, zonk(tc, t))) return true;
    }
    return trait_method_for(tc, t, name);
}

/* `x.into()`: From read backwards, for the type the context expects. */
static Type *check_into(Tc *tc, Node *n, Type *recv, Type *expected) {
    Type *target = expected ? shallow(tc, expected) : NULL;
    Type *s = shallow(tc, recv);
    Node *operand = n->u.call.receiver;
    if (!target || target->kind == TY_INFER) {
        if (s->kind == TY_ERROR) return ty_error;
        Diag *d = diag_error("E0283", n->u.call.method_span, "type annotations needed");
        diag_note(d, "the type `into` converts to must be known: give the binding or parameter a type");
        diag_emit(d);
        return ty_error;
    }
    if (target->kind == TY_ERROR || s->kind == TY_ERROR) return target;
    if (zonk(tc, target) == zonk(tc, s)) {           /* `impl<T> From<T> for T` */
        n->kind = N_PAREN;
        n->u.unary.operand = operand;
        return target;
    }
    if (target->kind == TY_ADT) {
        Def *m = from_impl(tc, target, s);
        if (m) {
            /* the node becomes the call `Target::from(x)` */
            Node *callee = ast_new(N_PATH, n->u.call.method_span);
            callee->u.path.nsegs = 2;
            callee->u.path.segs = arena_alloc(sizeof(Sym) * 2);
            callee->u.path.seg_spans = arena_alloc(sizeof(Span) * 2);
            callee->u.path.segs[0] = target->adt->name;
            callee->u.path.segs[1] = m->name;
            callee->u.path.seg_spans[0] = callee->u.path.seg_spans[1] = n->u.call.method_span;
            callee->u.path.def = m;
            set_ty(tc, callee, ty_fn_def(m));
            NodeList args = {0};
            nodelist_push(&args, operand);
            n->kind = N_CALL;
            n->u.call.callee = callee;
            n->u.call.args = args;
            coerce(tc, operand, recv, m->param_tys[0]);
            return m->ret_ty;
        }
    }
    if ((target->kind == TY_INT || target->kind == TY_FLOAT || target->kind == TY_CHAR) &&
        (s->kind == TY_INT || s->kind == TY_FLOAT || s->kind == TY_BOOL || s->kind == TY_CHAR || s->kind == TY_INFER)) {
        if (s->kind == TY_INFER && s->infer == INFER_INT) unify(tc, s, ty_int(IK_I32));
        if (s->kind == TY_INFER && s->infer == INFER_FLOAT) unify(tc, s, ty_float(FK_F64));
        s = shallow(tc, s);
        if (prim_from_ok(target, s)) return become_cast(tc, n, operand, target);
    }
    report_no_from(tc, n->u.call.method_span, target, s);
    return target;
}



/* std::alloc's alloc, alloc_zeroed, dealloc, realloc (over the prelude's Layout) and
 * std::ptr's null, null_mut, read, write, drop_in_place, copy, copy_nonoverlapping. All
 * but null and null_mut need `unsafe` (E0133). */
static Type *check_std_builtin(Tc *tc, Node *n, Def *def) {
    set_ty(tc, n->u.call.callee, ty_fn_def(def));
    bool safe = def->builtin == BUILTIN_PTR_NULL || def->builtin == BUILTIN_PTR_NULL_MUT;
    if (!safe && !tc->unsafe_depth) {
        Diag *d = diag_error("E0133", n->span, "call to unsafe function `%s` is unsafe and requires unsafe function or block", def->std_path);
        diag_label(d, "call to unsafe function");
        diag_note(d, "consult the function's documentation for information on how to avoid undefined behavior");
        diag_emit(d);
    }
    AdtDef *layout_adt = prelude_adt("Layout");
    Type *layout = layout_adt ? ty_adt(layout_adt) : ty_error, *bytes = ty_ptr(ty_int(IK_U8), true), *usize = ty_int(IK_USIZE);
    Type *t = fresh(tc, INFER_GENERAL);
    Type *params[3] = {0};
    int np = 0;
    Type *ret = ty_unit;
    switch (def->builtin) {
    case BUILTIN_ALLOC: case BUILTIN_ALLOC_ZEROED: params[np++] = layout; ret = bytes; break;
    case BUILTIN_DEALLOC: params[np++] = bytes; params[np++] = layout; break;
    case BUILTIN_REALLOC: params[np++] = bytes; params[np++] = layout; params[np++] = usize; ret = bytes; break;
    case BUILTIN_PTR_NULL: ret = ty_ptr(t, false); break;
    case BUILTIN_PTR_NULL_MUT: ret = ty_ptr(t, true); break;
    case BUILTIN_PTR_READ: params[np++] = ty_ptr(t, false); ret = t; break;
    case BUILTIN_PTR_WRITE: params[np++] = ty_ptr(t, true); params[np++] = t; break;
    case BUILTIN_PTR_DROP_IN_PLACE: params[np++] = ty_ptr(t, true); break;
    case BUILTIN_CHAR_FROM_U32_UNCHECKED: params[np++] = ty_int(IK_U32); ret = ty_char; break;
    case BUILTIN_ARG_COUNT: ret = usize; break;
    case BUILTIN_CHAR_PROPERTY: params[np++] = ty_int(IK_U32); params[np++] = ty_int(IK_U32); ret = ty_int(IK_U32); break;
    case BUILTIN_PARSE_F64: params[np++] = ty_ref(ty_str, false); params[np++] = ty_ref(ty_bool, true); ret = ty_float(FK_F64); break;
    case BUILTIN_ARG: params[np++] = usize; params[np++] = ty_ref(usize, true); ret = ty_ptr(ty_int(IK_U8), false); break;
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
    default: params[np++] = ty_ptr(t, false); params[np++] = ty_ptr(t, true); params[np++] = usize; break;   /* copy */
    }
    check_args(tc, n, params, np, NULL);
    return ret;
}

/* `f64::max(a, b)` is `a.max(b)` with a of type f64: the call becomes that method call. */
static Type *check_method_call(Tc *tc, Node *n, Type *expected);

static Type *check_prim_method_path(Tc *tc, Node *n, Def *def, Type *expected) {
    Node *callee = n->u.call.callee;
    NodeList *args = &n->u.call.args;
    const char *name = sym_str(def->name);
    bool from_bytes = strcmp(name, "from_le_bytes") == 0 || strcmp(name, "from_be_bytes") == 0 || strcmp(name, "from_ne_bytes") == 0;
    if (from_bytes && def->const_ty->kind == TY_INT) {
        /* `u32::from_le_bytes([u8; 4])`: the integer those bytes make */
        Type *bytes = ty_array(ty_int(IK_U8), (uint64_t)ty_int_bits(def->const_ty->ik) / 8);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, &bytes, 1, NULL);
        return def->const_ty;
    }
    PrimMethod pm;
    if (args->len == 0 && prim_method_lookup(def->const_ty, def->name, &pm)) {
        Diag *d = diag_error("E0061", n->span, "this function takes %d argument%s but 0 arguments were supplied", pm.nargs + 1,
                             pm.nargs ? "s" : "");
        diag_emit(d);
        return pm.ret;
    }
    if (args->len == 0 || (!prim_method_lookup(def->const_ty, def->name, &pm) && !trait_method_for(tc, def->const_ty, def->name))) {
        for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], NULL);
        const char *ty = ty_str_of(def->const_ty);
        Diag *d = diag_error("E0599", callee->u.path.seg_spans[callee->u.path.nsegs - 1],
                             "no function or associated item named `%s` found for type `%s` in the current scope", sym_str(def->name), ty);
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

/* The instance inst of an enum whose variant the path `Enum::<Args>::Variant` names: with
 * those arguments. */
static Type *with_given_args(Tc *tc, Node *path, Type *inst) {
    if (path->u.path.qself) unify(tc, inst, lower_type(tc, path->u.path.qself, true));
    return inst;
}

static Type *check_call(Tc *tc, Node *n, Type *expected) {
    Node *callee = n->u.call.callee;
    Def *def = callee->kind == N_PATH ? callee->u.path.def : NULL;
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_METHOD) return check_prim_method_path(tc, n, def, expected);
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_PRIM_FROM) return check_prim_from(tc, n, def->const_ty);
    if (def && def->kind == DEF_FN && def->impl && def->impl->trait->lang == LANG_FROM && !def->ngenerics && n->u.call.args.len == 1) {
        /* `Type::from(x)`: the impl of From for x's type (a type may have several) */
        Node *arg = n->u.call.args.items[0];
        Type *at = check_expr(tc, arg, NULL);
        Def *m = from_impl(tc, def->impl->self_ty, at);
        if (!m) {
            report_no_from(tc, n->span, def->impl->self_ty, at);
            return def->impl->self_ty;
        }
        callee->u.path.def = m;
        set_ty(tc, callee, ty_fn_def(m));
        coerce(tc, arg, at, m->param_tys[0]);
        return m->ret_ty;
    }
    if (def && def->kind == DEF_FN) {
        check_unsafe_call(tc, def, n->span);
        set_ty(tc, callee, ty_fn_def(def));
        Type **params = instantiate_fn(tc, n, def, NULL);
        if (callee->u.path.self_param && def->trait && n->ntargs) unify(tc, n->targs[0], ty_param(callee->u.path.self_param));
        if (callee->u.path.qself && def->trait && n->ntargs) unify(tc, n->targs[0], lower_type(tc, callee->u.path.qself, true));
        if (callee->u.path.qself && !def->trait) {
            /* `Vec::<u8>::new()`: the type's arguments are its impl's (`impl<T> Vec<T>`) */
            Type *q = lower_type(tc, callee->u.path.qself, true);
            for (int i = 0; q->kind == TY_ADT && q->adt == def->adt && i < def->nimpl_generics && i < q->nelems && i < n->ntargs; i++)
                unify(tc, n->targs[i], q->elems[i]);
        }
        if (callee->u.path.seg_args) apply_turbofish(tc, n, def, callee->u.path.seg_args[callee->u.path.nsegs - 1], callee->span);
        check_args_of(tc, n, params, def->nparams, def->node, def, 0);
        unify_assoc_bindings(tc, def, n);
        return ty_subst(zonk(tc, def->ret_ty), n->targs, n->ntargs);
    }
    if (def && def->kind == DEF_VARIANT && def->adt->variants[def->variant].shape == SHAPE_TUPLE) {
        AdtVariant *v = &def->adt->variants[def->variant];
        Type *inst = with_given_args(tc, callee, instantiate_expected(tc, def->adt, expected));
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(v->nfields ? v->nfields : 1));
        for (int i = 0; i < v->nfields; i++) params[i] = ty_field(inst, &v->fields[i]);
        check_args(tc, n, params, v->nfields, def->adt->node);
        return inst;
    }
    if (def && def->kind == DEF_ADT && def->adt->shape == SHAPE_TUPLE) {
        AdtDef *a = def->adt;
        Type *inst = instantiate_expected(tc, a, expected);
        Type **params = arena_alloc(sizeof(Type *) * (size_t)(a->nfields ? a->nfields : 1));
        for (int i = 0; i < a->nfields; i++) params[i] = ty_field(inst, &a->fields[i]);
        check_args(tc, n, params, a->nfields, a->node);
        return inst;
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin == BUILTIN_DEFAULT) {
        check_args(tc, n, NULL, 0, NULL);
        return ty_adt(def->adt);
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_SIZE_OF && def->builtin <= BUILTIN_IS_SCALAR) {
        def->const_ty = lower_type(tc, def->type_arg, false);
        /* on the call, so that a generic body's instances see their own T */
        n->ntargs = 1;
        n->targs = arena_alloc(sizeof(Type *));
        n->targs[0] = def->const_ty;
        check_args(tc, n, NULL, 0, NULL);
        return def->builtin >= BUILTIN_NEEDS_DROP ? ty_bool : ty_int(IK_USIZE);
    }
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_ALLOC) return check_std_builtin(tc, n, def);
    if (def && def->kind == DEF_BUILTIN_FN && def->builtin >= BUILTIN_MEM_SWAP && def->builtin <= BUILTIN_ALIGN_OF_VAL) {
        /* mem::swap(&mut T, &mut T), mem::forget(T), mem::size_of_val(&T), mem::align_of_val(&T) */
        Type *t = fresh(tc, INFER_GENERAL);
        Type *params[2] = {ty_ref(t, true), ty_ref(t, true)};
        if (def->builtin == BUILTIN_MEM_FORGET) params[0] = t;
        if (def->builtin >= BUILTIN_SIZE_OF_VAL) params[0] = ty_ref(t, false);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, params, def->builtin == BUILTIN_MEM_SWAP ? 2 : 1, NULL);
        return def->builtin >= BUILTIN_SIZE_OF_VAL ? ty_int(IK_USIZE) : ty_unit;
    }
    if (def && def->kind == DEF_BUILTIN_FN && (def->builtin == BUILTIN_PROCESS_EXIT || def->builtin == BUILTIN_PROCESS_ABORT)) {
        /* process::exit(code: i32) -> !, process::abort() -> ! */
        Type *param = ty_int(IK_I32);
        set_ty(tc, callee, ty_fn_def(def));
        check_args(tc, n, &param, def->builtin == BUILTIN_PROCESS_EXIT, NULL);
        return ty_never;
    }
    Type *t = shallow(tc, check_expr(tc, callee, NULL));
    while (t->kind == TY_REF && (shallow(tc, t->elem)->kind == TY_CLOSURE || shallow(tc, t->elem)->kind == TY_PARAM ||
                                 shallow(tc, t->elem)->kind == TY_FN_PTR))
        t = shallow(tc, t->elem);                /* `f(x)` with f: &F calls through the reference */
    if (t->kind == TY_CLOSURE) {
        /* a closure value: its parameters after the environment */
        Def *c = t->def;
        if (c->param_tys) {
            Type **params = arena_alloc(sizeof(Type *) * (size_t)c->nparams);
            for (int i = 0; i < c->nparams; i++) params[i] = ty_closure_sig(t, zonk(tc, c->param_tys[i]));
            check_args_of(tc, n, params + 1, c->nparams - 1, NULL, c, 1);
            return ty_closure_sig(t, zonk(tc, c->ret_ty));
        }
    }
    Type **sig;
    int nsig;
    Type *ret;
    if (t->kind == TY_PARAM && fn_bound_sig(tc, t->def, NULL, 0, &sig, &nsig, &ret)) {
        /* calling an `F: FnMut` parameter borrows it mutably: it must be `mut` (E0596) */
        Binding *b = callee->kind == N_PATH ? callee->u.path.binding : NULL;
        TraitDef *kind = t->def->fn_bound->u.path.def ? t->def->fn_bound->u.path.def->trait : NULL;
        if (b && kind && kind->lang == LANG_FN_MUT && !b->is_mut) {
            Diag *d = diag_error("E0596", callee->span, "cannot borrow `%s` as mutable, as it is not declared as mutable", sym_str(b->name));
            diag_label(d, "cannot borrow as mutable");
            diag_help(d, "consider changing this to be mutable: `mut %s`", sym_str(b->name));
            diag_emit(d);
        }
        check_args_of(tc, n, sig, nsig, NULL, t->def, 0);
        return ret;
    }
    if (t->kind == TY_FN_DEF && t->def->param_tys) {
        check_args(tc, n, t->def->param_tys, t->def->nparams, t->def->node);
        return t->def->ret_ty;
    }
    if (t->kind == TY_FN_PTR) {
        check_args(tc, n, t->elems, t->nelems, NULL);
        return t->ret;
    }
    for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
    if (t->kind == TY_ERROR) return ty_error;
    Type *behind = zonk(tc, t);
    while (behind->kind == TY_REF || (behind->kind == TY_ADT && is_prelude_adt(behind, "Box") && behind->nelems == 1))
        behind = behind->kind == TY_REF ? behind->elem : behind->elems[0];
    if (behind->kind == TY_DYN && (behind->trait->lang == LANG_FN || behind->trait->lang == LANG_FN_MUT || behind->trait->lang == LANG_FN_ONCE)) {
        /* `&dyn Fn(i32) -> i32`, `Box<dyn Fn..>`: rustc calls it; Patina has no Fn vtables yet */
        diag_unsupported(callee->span, "calling a `dyn Fn` trait object");
        return ty_error;
    }
    Diag *d = diag_error("E0618", callee->span, "expected function, found %s", show(tc, t));
    diag_label(d, "call expression requires function");
    diag_emit(d);
    return ty_error;
}

/* Methods of the primitive types that rustc has but Patina does not implement yet are
 * "not supported"; any other name is E0599, as in rustc. */
static bool is_known_int_method(Sym name) {
    static const char *const known[] = {
        "pow", "abs", "min", "max", "clamp", "signum", "is_positive", "is_negative", "count_ones", "count_zeros",
        "leading_zeros", "trailing_zeros", "rotate_left", "rotate_right", "swap_bytes", "to_string", "cmp",
        "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge", "clone", "rem_euclid", "div_euclid", "abs_diff",
        "wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div", "wrapping_neg", "wrapping_pow",
        "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "checked_pow", "checked_neg",
        "saturating_add", "saturating_sub", "saturating_mul", "saturating_pow", "overflowing_add",
        "overflowing_sub", "overflowing_mul", "isqrt", "ilog2", "ilog10", "is_power_of_two", "next_power_of_two",
        "to_digit", "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_uppercase",
        "is_lowercase", "to_ascii_uppercase", "to_ascii_lowercase", "is_ascii_digit", "len", "is_empty",
        "chars", "bytes", "into", "try_into", "from", "then", "then_some", "len_utf8",
    };
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(known[i], s) == 0) return true;
    return false;
}

/* Clone without heap types: Copy types, derived-Clone types, and tuples/arrays of them. */


static bool is_clone(Type *t) {
    switch (t->kind) {
    case TY_ADT:
        if (ty_operator_method(t, LANG_CLONE)) return true;     /* `impl Clone for T` by hand */
        if (!t->adt->derive_clone && !t->adt->derive_copy) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!is_clone(t->elems[i])) return false;
        return true;
    case TY_PARAM: return ty_param_bound(t, NULL, LANG_CLONE);
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (!is_clone(t->elems[i])) return false;
        return true;
    case TY_ARRAY: return is_clone(t->elem);
    default: return ty_is_copy(t);
    }
}

/* A method found for receiver type s: its arguments against its (instantiated) parameters. */
static Type *check_method_args(Tc *tc, Node *n, Def *m, Type *s) {
    n->u.call.method_def = m;
    if (m->trait && m->trait->lang == LANG_DROP) {
        Diag *d = diag_error("E0040", n->u.call.method_span, "explicit use of destructor method");
        diag_label(d, "explicit destructor calls not allowed");
        size_t len;
        const char *recv = span_text(n->u.call.receiver->span, &len);
        diag_help(d, "consider using `drop` function: `drop(%.*s)`", (int)len, recv);
        diag_emit(d);
    }
    NodeList *args = &n->u.call.args;
    check_unsafe_call(tc, m, n->span);
    if (args->len != m->nparams - 1) {
        Diag *d = diag_error("E0061", n->u.call.method_span, "this method takes %d argument%s but %d argument%s supplied",
                             m->nparams - 1, m->nparams - 1 == 1 ? "" : "s", args->len, args->len == 1 ? " was" : "s were");
        diag_emit(d);
    }
    Type **params = instantiate_fn(tc, n, m, s);
    if (n->u.call.turbofish) apply_turbofish(tc, n, m, n->u.call.turbofish, n->u.call.method_span);
    for (int i = 0; i < args->len; i++) {
        Type *declared = i + 1 < m->nparams ? m->param_tys[i + 1] : NULL;
        if (declared && declared->kind == TY_PARAM && ((Node *)args->items[i])->kind == N_CLOSURE)
            fn_bound_sig(tc, declared->def, n->targs, n->ntargs, &tc->closure_params, &tc->closure_nparams, &tc->closure_ret);
        Type *at = check_expr(tc, args->items[i], i + 1 < m->nparams ? params[i + 1] : NULL);
        tc->closure_params = NULL;
        unify_fn_item_sig(tc, declared, at, n);
    }
    if (m->self_kind == SELF_REF_MUT) note_mutation(tc, n->u.call.receiver);
    unify_assoc_bindings(tc, m, n);
    return ty_subst(zonk(tc, m->ret_ty), n->targs, n->ntargs);
}

static Def *method_of_trait(TraitDef *t, Sym name) {
    for (int i = 0; i < t->methods.len; i++) {
        Def *m = t->methods.items[i];
        if (m->name == name && m->self_kind != SELF_NONE) return m;
    }
    for (int i = 0; i < t->supertraits.len; i++) {
        Def *m = method_of_trait(t->supertraits.items[i], name);
        if (m) return m;
    }
    return NULL;
}

/* A trait method `name` for receiver type s: through the bounds of a type parameter, or
 * through the traits implemented for s. The trait's declaration stands for it; lowering
 * picks the impl's (or the default) for the instance's Self. */
static bool implements(Tc *tc, Type *t, TraitDef *tr);

/* Whether impl im is for type t, its parameters' bounds satisfied. */
static bool impl_applies(Tc *tc, ImplDef *im, Type *t) {
    Type **args;
    if (!impl_matches(im, t, &args)) return false;
    for (int k = 0; k < im->ngenerics; k++) {
        Def *param = im->generic_defs[k];
        for (int b = 0; b < param->bounds.len; b++)
            if (!implements(tc, args[k], param->bounds.items[b])) return false;
    }
    return true;
}

/* A method of a blanket impl that covers s, its bounds satisfied (`impl<T: Display + ?Sized>
 * ToString for T` for a `T: Display` or a `dyn Display`), or NULL. */
static Def *blanket_method_for(Tc *tc, Type *s, Sym name) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        Def *m = im->self_ty && im->self_ty->kind == TY_PARAM && impl_applies(tc, im, s) ? method_of_trait(im->trait, name) : NULL;
        if (m) return m;
    }
    return NULL;
}

static Def *trait_method_for(Tc *tc, Type *s, Sym name) {
    if (s->kind == TY_DYN) {
        Def *m = method_of_trait(s->trait, name);
        return m ? m : blanket_method_for(tc, s, name);
    }
    Def *fn = tc->fn ? tc->fn->u.fn.def : NULL;
    if (s->kind == TY_PROJ && fn) {
        /* `where Self::Item: Step` gives Self::Item Step's methods */
        lower_where_projs(tc, fn);
        for (int i = 0; i < fn->where_projs.len; i++) {
            if (fn->where_proj_types.items[i] != s) continue;
            Def *m = method_of_trait(fn->where_proj_traits.items[i], name);
            if (m) return m;
        }
    }
    if (s->kind == TY_PARAM) {
        for (int i = 0; s->def && i < s->def->bounds.len; i++) {
            Def *m = method_of_trait(s->def->bounds.items[i], name);
            if (m) return m;
        }
        for (int i = 0; fn && i < fn->where_params.len; i++) {
            /* `where T: Clone` on a method, T its impl's */
            Def *m = fn->where_params.items[i] == s->def ? method_of_trait(fn->where_traits.items[i], name) : NULL;
            if (m) return m;
        }
        return blanket_method_for(tc, s, name);
    }
    Type *z = zonk(tc, s);
    TraitDef *own = fn && fn->impl ? fn->impl->trait : NULL;
    if (own && (own->lang == LANG_DISPLAY || own->lang == LANG_DEBUG) && implements(tc, z, own)) {
        /* inside `impl Display for W`, Display is the trait in scope: `self.0.fmt(f)` forwards
         * to the field's Display, built in or not */
        Def *m = method_of_trait(own, name);
        if (m) return m;
    }
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (!impl_applies(tc, im, z)) continue;
        Def *m = method_of_trait(im->trait, name);
        if (m) return m;
    }
    return NULL;
}

/* Whether type t (resolved) implements trait tr. */
static bool trait_has_super(TraitDef *have, TraitDef *want) {
    if (have == want) return true;
    for (int i = 0; i < have->supertraits.len; i++)
        if (trait_has_super(have->supertraits.items[i], want)) return true;
    return false;
}

/* Whether a blanket impl of tr covers t: `impl<T: Display + ?Sized> ToString for T`. */
static bool blanket_impl_covers(Tc *tc, Type *t, TraitDef *tr) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && im->self_ty && im->self_ty->kind == TY_PARAM && impl_applies(tc, im, t)) return true;
    }
    return false;
}

static bool implements(Tc *tc, Type *t, TraitDef *tr) {
    if (t->kind == TY_ERROR || t->kind == TY_NEVER) return true;
    /* `{integer}` / `{float}` (a literal's type not fixed yet): what its fallback implements */
    if (t->kind == TY_INFER && t->infer != INFER_GENERAL) return implements(tc, t->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64), tr);
    if (t->kind == TY_DYN) return trait_has_super(t->trait, tr) || blanket_impl_covers(tc, t, tr);
    if (t->kind == TY_PARAM || t->kind == TY_PROJ) {
        if (param_bound(tc, t, tr, tr->lang)) return true;
        return t->kind == TY_PARAM && blanket_impl_covers(tc, t, tr);
    }
    for (int i = 0; tr->lang != LANG_NONE && i < trait_impls.len; i++) {
        /* a lang trait implemented by hand (`impl PartialOrd for Grade`) */
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && impl_applies(tc, im, t)) return true;
    }
    switch (tr->lang) {
    case LANG_COPY: return ty_is_copy(t);
    case LANG_CLONE: return is_clone(t);
    case LANG_DEFAULT: if (ty_operator_method(t, LANG_DEFAULT)) return true; return t->kind != TY_ADT || t->adt->derive_default;
    case LANG_DEBUG: return implements_fmt(tc, t, FMT_DEBUG);
    case LANG_DISPLAY: return implements_fmt(tc, t, FMT_DISPLAY);
    case LANG_PARTIAL_EQ: case LANG_EQ:
        if (tr->lang == LANG_PARTIAL_EQ && ty_operator_method(t, LANG_PARTIAL_EQ)) return true;
        return comparable(tc, t, false) && (tr->lang == LANG_PARTIAL_EQ || !ty_contains(t, TY_FLOAT));
    case LANG_PARTIAL_ORD: case LANG_ORD: return comparable(tc, t, true) && (tr->lang == LANG_PARTIAL_ORD || !ty_contains(t, TY_FLOAT));
    case LANG_STEP: return t->kind == TY_INT || (t->kind == TY_INFER && t->infer == INFER_INT);
    case LANG_FN: case LANG_FN_MUT: case LANG_FN_ONCE:
        if (t->kind == TY_FN_DEF || t->kind == TY_FN_PTR) return true;
        /* `&F` calls F through the reference: Fn when F is (`&mut F`: FnMut when F is) */
        if (t->kind == TY_REF && (t->elem->kind == TY_FN_DEF || t->elem->kind == TY_FN_PTR)) return true;
        if (t->kind == TY_REF && t->elem->kind == TY_CLOSURE)
            return t->is_mut ? tr->lang != LANG_FN && !t->elem->def->closure_consumes : !t->elem->def->closure_mutates && !t->elem->def->closure_consumes;
        return t->kind == TY_CLOSURE && (tr->lang != LANG_FN || !t->def->closure_mutates);
    case LANG_NEG: if (t->kind == TY_FLOAT || ty_is_signed(t)) return true; break;
    case LANG_ADD: case LANG_SUB: case LANG_MUL: case LANG_DIV: case LANG_REM: case LANG_ADD_ASSIGN: case LANG_SUB_ASSIGN:
    case LANG_MUL_ASSIGN: case LANG_DIV_ASSIGN: case LANG_REM_ASSIGN:
        if (t->kind == TY_INT || t->kind == TY_FLOAT || (t->kind == TY_INFER && t->infer != INFER_GENERAL)) return true;
        break;
    default: break;
    }
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait == tr && impl_applies(tc, im, t)) return true;
    }
    return false;
}

/* The bounds of a generic call's type parameters, once its type arguments are known (E0277). */
static void check_call_bounds(Tc *tc, Node *call) {
    if (call->kind != N_CALL && call->kind != N_METHOD_CALL) return;   /* rewritten since (a cast, a coercion) */
    Def *d = call->kind == N_METHOD_CALL ? call->u.call.method_def
             : call->u.call.callee && call->u.call.callee->kind == N_PATH ? call->u.call.callee->u.path.def : NULL;
    if (!d || !d->generic_defs) return;
    for (int i = 0; i < d->where_params.len; i++) {
        Def *param = d->where_params.items[i];
        TraitDef *tr = d->where_traits.items[i];
        if (param->variant >= call->ntargs || implements(tc, call->targs[param->variant], tr)) continue;
        const char *ty = ty_str_of(call->targs[param->variant]);
        if (i < d->impl_bound_count && call->kind == N_METHOD_CALL) {
            /* rustc: the method is there, its impl's bounds are not met */
            Type *self = call->u.call.method_def && d->adt ? ty_subst(ty_adt(d->adt), call->targs, call->ntargs) : NULL;
            Diag *dg = diag_error("E0599", call->u.call.method_span, "the method `%s` exists for %s, but its trait bounds were not satisfied",
                                  sym_str(d->name), self ? arena_printf("struct `%s`", ty_str_of(self)) : "this type");
            diag_note(dg, "the following trait bounds were not satisfied: `%s: %s`", ty, sym_str(tr->name));
            diag_emit(dg);
            return;
        }
        Diag *dg = diag_error("E0277", call->span, "the trait bound `%s: %s` is not satisfied", ty, sym_str(tr->name));
        diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
        diag_emit(dg);
        return;
    }
    if (d->where_projs.len) {
        /* `where Self::Item: Ord`: in this instance */
        lower_where_projs(tc, d);
        for (int i = 0; i < d->where_projs.len; i++) {
            Type *t = ty_subst(d->where_proj_types.items[i], call->targs, call->ntargs);
            TraitDef *tr = d->where_proj_traits.items[i];
            if (t->kind != TY_PROJ && !implements(tc, t, tr)) {
                const char *ty = ty_str_of(t);
                Diag *dg = diag_error("E0277", call->kind == N_METHOD_CALL ? call->u.call.method_span : call->span,
                                      "the trait bound `%s: %s` is not satisfied", ty, sym_str(tr->name));
                diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
                diag_emit(dg);
                return;
            }
        }
    }
    for (int k = 0; k < call->ntargs && k < d->ngenerics; k++) {
        Def *param = d->generic_defs[k];
        for (int b = 0; param && b < param->bounds.len; b++) {
            TraitDef *tr = param->bounds.items[b];
            if (implements(tc, call->targs[k], tr)) continue;
            if (call->targs[k]->kind == TY_CLOSURE && tr->lang == LANG_FN) {
                Diag *dg = diag_error("E0525", call->targs[k]->def->node->span,
                                      "expected a closure that implements the `Fn` trait, but this closure only implements `FnMut`");
                diag_label(dg, "this closure implements `FnMut`, not `Fn`");
                diag_emit(dg);
                return;
            }
            const char *ty = ty_str_of(call->targs[k]);
            Diag *dg = diag_error("E0277", call->span, "the trait bound `%s: %s` is not satisfied", ty, sym_str(tr->name));
            diag_label(dg, "the trait `%s` is not implemented for `%s`", sym_str(tr->name), ty);
            diag_emit(dg);
            return;
        }
    }
}

static Type *iterator_item(Tc *tc, Type *t);
static void extend_argument(Tc *tc, Node *arg, Type *elem);
static Type *into_iterator_item(Tc *tc, Node *it, Type *t);

static Type *check_method_call(Tc *tc, Node *n, Type *expected) {
    Type *hint = tc->receiver_hint;
    tc->receiver_hint = NULL;
    Type *recv = check_expr(tc, n->u.call.receiver, hint);
    Type *s = shallow(tc, recv);
    if (n->u.call.method == sym_cstr("collect") && n->u.call.args.len == 0 && prelude_adt("String")) {
        /* rustc's collect builds the FromIterator type asked for; Patina's builds a Vec,
         * and for a String asked for (by the context or `::<String>`) collect_string */
        Node *tf = n->u.call.turbofish;
        Type *want = tf && tf->u.generic_args.args.len == 1 ? lower_type(tc, tf->u.generic_args.args.items[0], true)
                     : expected ? shallow(tc, expected) : NULL;
        if (want && want->kind == TY_ADT && want->adt == prelude_adt("String")) {
            n->u.call.method = sym_cstr("collect_string");
            n->u.call.turbofish = NULL;
        }
    }
    if (n->u.call.method == sym_cstr("into") && n->u.call.args.len == 0 && !n->u.call.turbofish && !user_method_named(tc, s, n->u.call.method))
        return check_into(tc, n, recv, expected);
    if ((n->u.call.method == sym_cstr("sum") || n->u.call.method == sym_cstr("product")) && n->u.call.args.len == 0) {
        /* rustc sums references to numbers into numbers: `xs.iter().sum()` is `xs.iter().copied().sum()` */
        Type *item = iterator_item(tc, zonk(tc, s));
        Type *target = item ? shallow(tc, item) : NULL;
        Type *num = target && target->kind == TY_REF ? shallow(tc, target->elem) : NULL;
        if (num && (num->kind == TY_INT || num->kind == TY_FLOAT || (num->kind == TY_INFER && num->infer != INFER_GENERAL))) {
            Node *copied = ast_new(N_METHOD_CALL, n->u.call.receiver->span);
            copied->u.call.receiver = n->u.call.receiver;
            copied->u.call.method = sym_cstr("copied");
            copied->u.call.method_span = n->u.call.method_span;
            n->u.call.receiver = copied;
            recv = check_expr(tc, copied, NULL);
            s = shallow(tc, recv);
        }
    }
    if (s->kind == TY_REF) {
        /* a trait implemented for the reference type itself (`impl IntoIterator for &Stack`) */
        Type *z = zonk(tc, s);
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            Def *tm = im->self_ty->kind == TY_REF && impl_applies(tc, im, z) ? method_of_trait(im->trait, n->u.call.method) : NULL;
            if (tm) return check_method_args(tc, n, tm, z);
        }
    }
    while (s->kind == TY_REF) s = shallow(tc, s->elem);   /* auto-deref */
    Type *target, *start = s;
    Def *dm;
    int steps = 0;
    while (s->kind == TY_ADT && !user_method_named(tc, s, n->u.call.method) && (dm = deref_impl(tc, s, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.call.method_span)) {
        /* a method of what the receiver derefs to */
        wrap_deref(tc, n->u.call.receiver, dm, target);
        recv = target;
        s = shallow(tc, target);
        while (s->kind == TY_REF) s = shallow(tc, s->elem);
    }
    if (n->u.call.method == sym_cstr("extend") && n->u.call.args.len == 1 && (is_prelude_adt(s, "Vec") || is_prelude_adt(s, "String")))
        extend_argument(tc, n->u.call.args.items[0], is_prelude_adt(s, "Vec") ? s->elems[0] : ty_char);
    PrimMethod pm;
    if ((s->kind == TY_INT || s->kind == TY_FLOAT || s->kind == TY_PTR) && prim_method_lookup(s, n->u.call.method, &pm)) {
        NodeList *args = &n->u.call.args;
        if (args->len != pm.nargs) {
            Diag *d = diag_error("E0061", n->u.call.method_span, "this method takes %d argument%s but %d argument%s supplied",
                                 pm.nargs, pm.nargs == 1 ? "" : "s", args->len, args->len == 1 ? " was" : "s were");
            diag_emit(d);
            for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], NULL);
            return pm.ret;
        }
        for (int i = 0; i < args->len; i++) check_expr(tc, args->items[i], pm.arg);
        if (pm.op >= PRIM_CHECKED_ADD && pm.op <= PRIM_CHECKED_POW && prelude_adt("Option")) {
            Type *opt_args[1] = {pm.ret};
            return ty_adt_args(prelude_adt("Option"), opt_args, 1);   /* `a.checked_add(b)`: None on overflow */
        }
        return pm.ret;
    }
    if (n->u.call.method == sym_cstr("clone") && n->u.call.args.len == 0 &&
        (is_clone(s) || (s->kind == TY_PARAM && param_bound(tc, s, NULL, LANG_CLONE))))
        return s;
    bool cmp = n->u.call.method == sym_cstr("cmp"), partial = n->u.call.method == sym_cstr("partial_cmp");
    if ((cmp || partial) && n->u.call.args.len == 1 && comparable(tc, s, true) && prelude_adt("Ordering")) {
        /* `a.cmp(&b)` on the primitive types: an Ordering (Option<Ordering> for partial_cmp) */
        if (cmp && s->kind == TY_FLOAT) {
            Diag *d = diag_error("E0599", n->u.call.method_span, "the method `cmp` exists for type `%s`, but its trait bounds were not satisfied",
                                 ty_str_of(s));
            diag_emit(d);
            return ty_error;
        }
        check_expr(tc, n->u.call.args.items[0], ty_ref(s, false));
        Type *ord = ty_adt(prelude_adt("Ordering"));
        Type *args[1] = {ord};
        return cmp ? ord : ty_adt_args(prelude_adt("Option"), args, 1);
    }
    if (s->kind == TY_STR && n->u.call.args.len == 0 &&
        (n->u.call.method == sym_cstr("len") || n->u.call.method == sym_cstr("is_empty")))
        return n->u.call.method == sym_cstr("len") ? ty_int(IK_USIZE) : ty_bool;
    if (s->kind == TY_STR && n->u.call.args.len == 0 && n->u.call.method == sym_cstr("as_bytes"))
        return ty_ref(ty_slice(ty_int(IK_U8)), false);  /* the same bytes, as a slice */
    if ((s->kind == TY_ARRAY || s->kind == TY_SLICE) && n->u.call.args.len == 0 &&
        (n->u.call.method == sym_cstr("len") || n->u.call.method == sym_cstr("is_empty"))) {
        return n->u.call.method == sym_cstr("len") ? ty_int(IK_USIZE) : ty_bool;
    }
    if (s->kind == TY_ARRAY && shallow(tc, recv)->kind == TY_ARRAY && n->u.call.args.len == 0 && n->u.call.method == sym_cstr("into_iter") &&
        prelude_adt("IntoIter")) {
        /* edition 2021: an array's into_iter() yields its elements by value */
        Type *args[1] = {s->elem};
        return ty_adt_args(prelude_adt("IntoIter"), args, 1);
    }
    bool iter_mut = n->u.call.method == sym_cstr("iter_mut");
    if ((s->kind == TY_ARRAY || s->kind == TY_SLICE) && n->u.call.args.len == 0 && (n->u.call.method == sym_cstr("iter") || iter_mut) &&
        prelude_adt("IterMut")) {
        /* the prelude's Iter / IterMut over the elements (a `for` loop walks it by index) */
        Type *args[1] = {s->elem};
        return ty_adt_args(prelude_adt(iter_mut ? "IterMut" : "Iter"), args, 1);
    }
    if (s->kind == TY_ADT) {
        AdtDef *a = s->adt;
        Def *m = NULL;
        for (int i = 0; i < a->methods.len; i++)
            if (((Def *)a->methods.items[i])->name == n->u.call.method) m = a->methods.items[i];
        if (m && m->self_kind != SELF_NONE) return check_method_args(tc, n, m, s);
        Def *tm = trait_method_for(tc, s, n->u.call.method);
        if (tm) return check_method_args(tc, n, tm, s);
        for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
        /* `Map<I, {error}>` after an unsupported closure argument: reported already */
        if (a->has_unsupported_impl || ty_contains(zonk(tc, s), TY_ERROR)) return ty_error;
        Diag *d = diag_error("E0599", n->u.call.method_span, "no method named `%s` found for struct `%s` in the current scope",
                             sym_str(n->u.call.method), sym_str(a->name));
        diag_label(d, m ? "this is an associated function, not a method" : "method not found in `%s`", sym_str(a->name));
        if (m) diag_note(d, "found the following associated functions; to be used as methods, functions must have a `self` parameter");
        diag_emit(d);
        return ty_error;
    }
    if (s->kind == TY_INFER && s->infer != INFER_GENERAL) {
        /* `21.double()`: the one numeric type of that kind with the method decides */
        Type *only = NULL;
        int found = 0;
        for (int i = 0; i < trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i];
            bool kind_ok = s->infer == INFER_INT ? im->self_ty->kind == TY_INT : im->self_ty->kind == TY_FLOAT;
            if (kind_ok && method_of_trait(im->trait, n->u.call.method) && im->self_ty != only) {
                only = im->self_ty;
                found++;
            }
        }
        if (found > 1) {
            /* several numeric impls: the literal's default type decides, as in rustc */
            Type *fallback = s->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64);
            for (int i = 0; i < trait_impls.len; i++) {
                ImplDef *im = trait_impls.items[i];
                if (im->self_ty == fallback && method_of_trait(im->trait, n->u.call.method)) only = fallback, found = 1;
            }
        }
        if (found == 1) {
            unify(tc, s, only);
            s = only;
        } else if (found == 0) {
            /* a blanket impl (`impl<T: Display> ToString for T`): found as for the literal's
             * default type, but the literal's type is left to later uses to settle
             * (`let i = 3; i.to_string(); "*".repeat(i)` makes it usize) */
            Type *fallback = s->infer == INFER_INT ? ty_int(IK_I32) : ty_float(FK_F64);
            Def *blanket = trait_method_for(tc, fallback, n->u.call.method);
            if (blanket) return check_method_args(tc, n, blanket, s);
        }
    }
    Def *tm = s->kind != TY_INFER ? trait_method_for(tc, s, n->u.call.method) : NULL;
    if (tm) return check_method_args(tc, n, tm, s);
    if (s->kind == TY_ARRAY && (tm = trait_method_for(tc, ty_slice(s->elem), n->u.call.method)))
        return check_method_args(tc, n, tm, ty_slice(s->elem));   /* a slice method, the array unsized */
    for (int i = 0; i < n->u.call.args.len; i++) check_expr(tc, n->u.call.args.items[i], NULL);
    if (s->kind == TY_ERROR) return ty_error;
    if (s->kind == TY_INFER && s->infer == INFER_GENERAL) {
        /* `|c| c.area()` with nothing saying what c is */
        Binding *b = n->u.call.receiver->kind == N_PATH ? n->u.call.receiver->u.path.binding : NULL;
        Diag *d = diag_error("E0282", b ? b->span : n->u.call.receiver->span, "type annotations needed");
        diag_emit(d);
        return ty_error;
    }
    if (s->kind == TY_PARAM) {
        Diag *d = diag_error("E0599", n->u.call.method_span, "no method named `%s` found for type parameter `%s` in the current scope",
                             sym_str(n->u.call.method), sym_str(s->pname));
        diag_label(d, "method not found in `%s`", sym_str(s->pname));
        diag_emit(d);
        return ty_error;
    }
    PrimMethod probe;
    bool numeric_method = prim_method_lookup(ty_int(IK_I32), n->u.call.method, &probe) ||
                          prim_method_lookup(ty_float(FK_F64), n->u.call.method, &probe);
    if (s->kind == TY_INFER && s->infer != INFER_GENERAL && numeric_method) {
        const char *numeric = s->infer == INFER_INT ? "{integer}" : "{float}";
        Diag *d = diag_error("E0689", n->u.call.method_span, "can't call method `%s` on ambiguous numeric type `%s`",
                             sym_str(n->u.call.method), numeric);
        diag_emit(d);
        return ty_error;
    }
    if (is_known_int_method(n->u.call.method)) {
        diag_unsupported(n->u.call.method_span, arena_printf("the method `%s`", sym_str(n->u.call.method)));
        return ty_error;
    }
    const char *ty = s->kind == TY_INFER && s->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, s));
    Diag *d = diag_error("E0599", n->u.call.method_span, "no method named `%s` found for type `%s` in the current scope",
                         sym_str(n->u.call.method), ty);
    diag_label(d, "method not found in `%s`", ty);
    diag_emit(d);
    return ty_error;
}

/* a[i]: arrays and slices (through references), indexed by usize. */
static Type *check_index(Tc *tc, Node *n) {
    Type *base = shallow(tc, check_expr(tc, n->u.binary.lhs, NULL));
    while (base->kind == TY_REF) base = shallow(tc, base->elem);
    Node *idx = n->u.binary.rhs;
    Type *target, *start = base;
    Def *dm;
    int steps = 0;
    while (base->kind == TY_ADT && !ty_operator_method(zonk(tc, base), LANG_INDEX) && (dm = deref_impl(tc, base, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.binary.lhs->span)) {
        /* `w[i]` indexes what w derefs to */
        wrap_deref(tc, n->u.binary.lhs, dm, target);
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
            Diag *d = diag_error("E0608", (Span){n->span.file, n->u.binary.lhs->span.hi, n->span.hi}, "cannot index into a value of type `%s`",
                                 ty_str_of(zonk(tc, base)));
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
    if ((base->kind == TY_ARRAY || base->kind == TY_SLICE) && is->kind != TY_ERROR && !unify(tc, it, ty_int(IK_USIZE))) {
        const char *elem = ty_str_of(zonk(tc, base->elem));
        if (shallow(tc, base->elem)->kind == TY_INFER && shallow(tc, base->elem)->infer == INFER_INT) elem = "{integer}";
        Diag *d = diag_error("E0277", idx->span, "the type `[%s]` cannot be indexed by `%s`", elem,
                             is->kind == TY_INFER && is->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, is)));
        diag_label(d, "slice indices are of type `usize` or ranges of `usize`");
        diag_emit(d);
        return base->elem;
    }
    if (base->kind == TY_ARRAY || base->kind == TY_SLICE) return base->elem;
    if (base->kind == TY_ERROR) return ty_error;
    if (base->kind == TY_STR) {
        /* text is indexed by ranges only: a char may take several bytes */
        Diag *d = diag_error("E0277", idx->span, "the type `str` cannot be indexed by `%s`",
                             is->kind == TY_INFER && is->infer == INFER_INT ? "{integer}" : ty_str_of(zonk(tc, is)));
        diag_label(d, "string indices are ranges of `usize`");
        diag_help(d, "use `.chars().nth(i)` for the i-th char, or `.as_bytes()[i]` for its byte");
        diag_emit(d);
        return ty_error;
    }
    Diag *d = diag_error("E0608", (Span){n->span.file, n->u.binary.lhs->span.hi, n->span.hi}, "cannot index into a value of type `%s`",
                                 ty_str_of(zonk(tc, base)));
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
            Diag *dg = diag_error("E0559", f->u.field_init.name_span, "variant `%s::%s` has no field named `%s`", sym_str(d->adt->name),
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
            Diag *dg = diag_error("E0063", n->u.struct_lit.path->span, "missing field `%s` in initializer of `%s::%s`",
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
        for (int i = 0; i < fields->len; i++) check_expr(tc, ((Node *)fields->items[i])->u.field_init.expr, NULL);
        return ty_error;
    }
    if (p->u.path.def->kind == DEF_VARIANT) return check_variant_lit(tc, n, p->u.path.def, expected);
    AdtDef *a = p->u.path.def->adt;
    Type *inst = instantiate_expected(tc, a, expected);
    bool *seen = arena_alloc(sizeof(bool) * (size_t)(a->nfields + 1));
    bool unknown_field = false;
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        int idx = -1;
        for (int k = 0; k < a->nfields; k++) {
            bool hit = a->shape == SHAPE_TUPLE ? sym_str(f->u.field_init.name)[0] == '0' + k && sym_len(f->u.field_init.name) == 1
                                               : a->fields[k].name == f->u.field_init.name;
            if (hit) idx = k;
        }
        if (idx < 0) {
            Diag *d = diag_error("E0560", f->u.field_init.name_span, "struct `%s` has no field named `%s`", sym_str(a->name),
                                 sym_str(f->u.field_init.name));
            diag_label(d, "`%s` does not have this field", sym_str(a->name));
            diag_emit(d);
            check_expr(tc, f->u.field_init.expr, NULL);
            unknown_field = true;
            continue;
        }
        if (seen[idx]) {
            Diag *d = diag_error("E0062", f->u.field_init.name_span, "field `%s` specified more than once", sym_str(f->u.field_init.name));
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
                                       a->fields[k].name ? sym_str(a->fields[k].name) : arena_printf("%d", k));
                count++;
            }
        if (count && !unknown_field) {   /* rustc blames only the unknown name then */
            Diag *d = diag_error("E0063", p->span, "missing field%s %s in initializer of `%s`", count == 1 ? "" : "s", missing,
                                 sym_str(a->name));
            diag_label(d, "missing %s", missing);
            diag_emit(d);
        }
    }
    return inst;
}

static bool adt_has_field(AdtDef *a, Node *n) {
    for (int i = 0; !a->is_enum && i < a->nfields; i++)
        if (n->u.field.is_index ? (a->shape == SHAPE_TUPLE && (uint32_t)i == n->u.field.index) : a->fields[i].name == n->u.field.name) return true;
    return false;
}

static Type *check_field(Tc *tc, Node *n) {
    Type *base = shallow(tc, check_expr(tc, n->u.field.base, NULL));
    while (base->kind == TY_REF) base = shallow(tc, base->elem);
    Type *target, *start = base;
    Def *m;
    int steps = 0;
    while (base->kind == TY_ADT && !adt_has_field(base->adt, n) && (m = deref_impl(tc, base, &target)) &&
           autoderef_allowed(tc, &steps, start, n->u.field.base->span)) {
        /* `w.x` with w: Wrapper<Point>: the field of what w derefs to */
        wrap_deref(tc, n->u.field.base, m, target);
        base = shallow(tc, target);
        while (base->kind == TY_REF) base = shallow(tc, base->elem);
    }
    if (base->kind == TY_ERROR) return ty_error;
    if (base->kind == TY_TUPLE && n->u.field.is_index && n->u.field.index < (uint32_t)base->nelems)
        return base->elems[n->u.field.index];
    if (base->kind == TY_ADT) {
        AdtDef *a = base->adt;
        for (int i = 0; i < a->nfields; i++) {
            bool hit = n->u.field.is_index ? (a->shape == SHAPE_TUPLE && (uint32_t)i == n->u.field.index)
                                           : a->fields[i].name == n->u.field.name;
            if (!hit) continue;
            n->u.field.index = (uint32_t)i;   /* lowering projects by declaration index */
            return ty_field(base, &a->fields[i]);
        }
        Diag *d = diag_error("E0609", n->u.field.name_span, "no field `%s` on type `%s`", sym_str(n->u.field.name), sym_str(a->name));
        diag_label(d, "unknown field");
        if (a->shape == SHAPE_NAMED && a->nfields) {
            char *list = "";
            for (int i = 0; i < a->nfields; i++) list = arena_printf("%s%s`%s`", list, i ? ", " : "", sym_str(a->fields[i].name));
            diag_note(d, "available fields are: %s", list);
        }
        diag_emit(d);
        return ty_error;
    }
    const char *ty = ty_str_of(zonk(tc, base));
    if (base->kind == TY_INFER || base->kind == TY_INT || base->kind == TY_BOOL || base->kind == TY_CHAR) {
        if (base->kind == TY_INFER) ty = "{integer}";
        Diag *d = diag_error("E0610", n->u.field.name_span, "`%s` is a primitive type and therefore doesn't have fields", ty);
        diag_emit(d);
        return ty_error;
    }
    Diag *d = diag_error("E0609", n->u.field.name_span, "no field `%s` on type `%s`",
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
        } else if (expected && !unify(tc, expected, ty_unit) && shallow(tc, expected)->kind != TY_ERROR) {
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

/* The Item of an iterator type (one implementing the prelude's Iterator), or NULL. */
static Type *iterator_item(Tc *tc, Type *t) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_ITERATOR && impl_applies(tc, im, t)) return ty_proj(t, im->trait, 0);
    }
    if (t->kind == TY_PARAM) {
        for (int i = 0; t->def && i < t->def->bounds.len; i++) {
            TraitDef *tr = t->def->bounds.items[i];
            if (tr->lang == LANG_ITERATOR) return ty_proj(t, tr, 0);
        }
    }
    return NULL;
}

/* Turns the expression node `it` in place into the call `it.method()`: its parents keep
 * pointing at it. */
static void rewrite_as_method_call(Tc *tc, Node *it, const char *method) {
    Node *recv = ast_new(it->kind, it->span);
    *recv = *it;
    ptrvec_push(&tc->typed, recv);
    memset(&it->u, 0, sizeof it->u);
    it->kind = N_METHOD_CALL;
    it->u.call.receiver = recv;
    it->u.call.method = sym_cstr(method);
    it->u.call.method_span = it->span;
}

/* `v.extend(x)` of a Vec or String: rustc's takes any IntoIterator, Patina's an iterator,
 * so x that is not one is made `x.into_iter()` (`x.iter()` of a borrowed array or slice),
 * and an iterator of references to elem, `.copied()` (rustc's Extend<&T> for T: Copy). */
static void extend_argument(Tc *tc, Node *arg, Type *elem) {
    Type *a = shallow(tc, check_expr(tc, arg, NULL));
    Type *item = iterator_item(tc, a);
    Type *seq = a->kind == TY_REF ? shallow(tc, a->elem) : a;
    if (!item && (seq->kind == TY_ARRAY || seq->kind == TY_SLICE)) {
        rewrite_as_method_call(tc, arg, a->kind != TY_REF ? "into_iter" : a->is_mut ? "iter_mut" : "iter");
        item = iterator_item(tc, check_expr(tc, arg, NULL));
    } else if (!item) {
        item = into_iterator_item(tc, arg, zonk(tc, a));
    }
    if (!item || shallow(tc, item)->kind != TY_REF || shallow(tc, elem)->kind == TY_REF) return;
    rewrite_as_method_call(tc, arg, "copied");
    check_expr(tc, arg, NULL);
}

/* A `for` over a value of a type implementing IntoIterator: the node becomes the call
 * `it.into_iter()`; the Item of that iterator, or NULL when t has no such impl. */
static Type *into_iterator_item(Tc *tc, Node *it, Type *t) {
    ImplDef *found = NULL;
    for (int i = 0; i < trait_impls.len && !found; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_INTO_ITERATOR && impl_applies(tc, im, t)) found = im;
    }
    Def *m = found ? method_of_trait(found->trait, sym_cstr("into_iter")) : NULL;
    if (!m) return NULL;
    Type *iter = zonk(tc, ty_proj(t, found->trait, 1));
    Type *item = iterator_item(tc, iter);
    if (!item) return NULL;
    rewrite_as_method_call(tc, it, "into_iter");
    it->u.call.method_def = m;                  /* the trait's: the impl's for t when lowered */
    it->targs = arena_alloc(sizeof(Type *));
    it->targs[0] = t;
    it->ntargs = 1;
    ptrvec_push(&tc->generic_calls, it);        /* its type argument is zonked with the others' */
    ptrvec_push(&tc->generic_call_fns, tc->fn);
    set_ty(tc, it, iter);
    return item;
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
                Diag *d = diag_error("E0277", it->span, "the trait bound `%s: Step` is not satisfied", ty_str_of(zonk(tc, s)));
                diag_label(d, "the trait `Step` is not implemented for `%s`", ty_str_of(zonk(tc, s)));
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
            } else if ((elem = into_iterator_item(tc, it, zonk(tc, t))) != NULL) {
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
        check_expr(tc, v, ctx && n->u.jump.target->kind != N_WHILE && n->u.jump.target->kind != N_FOR ? ctx->ty : NULL);
    } else if (ctx && n->u.jump.target->kind != N_WHILE && n->u.jump.target->kind != N_FOR) {
        if (!unify(tc, ctx->ty, ty_unit)) mismatch(tc, n->span, ctx->ty, ty_unit);
    }
    return ty_never;
}

static Type *check_return(Tc *tc, Node *n) {
    if (n->u.jump.value) {
        check_expr(tc, n->u.jump.value, tc->ret_ty);
    } else if (!unify(tc, tc->ret_ty, ty_unit)) {
        Diag *d = diag_error("E0069", n->span, "`return;` in a function whose return type is not `()`");
        diag_label(d, "return type is not `()`");
        diag_emit(d);
    }
    return ty_never;
}

/* ── assignment ── */

static bool is_place_expr(Node *n) {
    switch (n->kind) {
    case N_PATH: return n->u.path.binding != NULL || (n->u.path.def && n->u.path.def->kind == DEF_STATIC_MUT);
    case N_FIELD:   /* through a reference any expression yields (`pick(&mut v).n = 1`) */
        return is_place_expr(n->u.field.base) || n->u.field.base->kind == N_UNARY ||
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

/* ── macros after expansion ── */

static bool implements_fmt(Tc *tc, Type *t, FmtTrait trait) {
    t = shallow(tc, t);
    while (t->kind == TY_REF) t = shallow(tc, t->elem);
    switch (t->kind) {
    case TY_INT: case TY_INFER: case TY_ERROR: case TY_NEVER:
        return true;
    case TY_BOOL: case TY_CHAR: case TY_STR:
        return trait == FMT_DISPLAY || trait == FMT_DEBUG;
    case TY_FLOAT:
        return trait == FMT_DISPLAY || trait == FMT_DEBUG || trait == FMT_LOWER_EXP || trait == FMT_UPPER_EXP;
    case TY_TUPLE:
        if (trait != FMT_DEBUG) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!implements_fmt(tc, t->elems[i], trait)) return false;
        return true;
    case TY_ADT:
        if (trait == FMT_DISPLAY && has_fmt_impl(t, LANG_DISPLAY)) return true;
        if (trait == FMT_DEBUG && has_fmt_impl(t, LANG_DEBUG)) return true;
        if (trait != FMT_DEBUG || !t->adt->derive_debug) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!implements_fmt(tc, t->elems[i], trait)) return false;
        return true;
    case TY_ARRAY: case TY_SLICE:
        return trait == FMT_DEBUG && implements_fmt(tc, t->elem, trait);
    case TY_PARAM: case TY_PROJ:
        return (trait == FMT_DEBUG && param_bound(tc, t, NULL, LANG_DEBUG)) || (trait == FMT_DISPLAY && param_bound(tc, t, NULL, LANG_DISPLAY));
    case TY_DYN:                                /* `dyn Display`, or a trait with it as a supertrait */
        return (trait == FMT_DEBUG && trait_implies(t->trait, NULL, LANG_DEBUG)) ||
               (trait == FMT_DISPLAY && trait_implies(t->trait, NULL, LANG_DISPLAY));
    default:
        return false;
    }
}

static const char *fmt_trait_name(FmtTrait t) {
    static const char *const names[] = {"std::fmt::Display", "Debug", "LowerHex", "UpperHex", "Octal", "Binary", "LowerExp", "UpperExp"};
    return names[t];
}

static void check_format_traits(Tc *tc, Node *n, bool final);
static bool has_infer(const Type *t) { return ty_contains(t, TY_INFER); }

static void check_format(Tc *tc, Node *n) {
    NodeList *args = &n->u.format.args;
    Type **tys = arena_alloc(sizeof(Type *) * (size_t)(args->len ? args->len : 1));
    for (int i = 0; i < args->len; i++) tys[i] = check_expr(tc, args->items[i], NULL);
    for (int p = 0; p < n->u.format.npieces; p++) {
        FmtPiece *piece = &n->u.format.pieces[p];
        if (piece->spec.width_arg >= 0) unify(tc, tys[piece->spec.width_arg], ty_int(IK_USIZE));
        if (piece->spec.precision_arg >= 0) unify(tc, tys[piece->spec.precision_arg], ty_int(IK_USIZE));
    }
    check_format_traits(tc, n, false);
}

/* Each placeholder's argument implements its trait. An argument whose type is not known
 * yet (`parse().map_err(|e| format!("{:?}", e))` before parse's type is) is checked at
 * the end of the crate (final), once inference is done. */
static void check_format_traits(Tc *tc, Node *n, bool final) {
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
            d = diag_error("E0277", arg->span, "the trait bound `%s: %s` is not satisfied", ty, fmt_trait_name(trait));
            diag_label(d, "the trait `%s` is not implemented for `%s`", fmt_trait_name(trait), ty);
        }
        diag_emit(d);
    }
}

static bool is_prelude_adt(Type *t, const char *name) {
    return t->kind == TY_ADT && t->adt->is_prelude && strcmp(sym_str(t->adt->name), name) == 0;
}

/* `e?` on a Result or an Option, in a fn returning the same kind: the Ok/Some value, else
 * an early return of the Err (the same error type: no From conversion yet) or None. */
/* The binding a place expression is rooted in (`a.b[i].c`, `*r`), or NULL. */
static Binding *place_root(Node *e) {
    for (;;) {
        switch (e->kind) {
        case N_PAREN: e = e->u.unary.operand; break;
        case N_FIELD: e = e->u.field.base; break;
        case N_INDEX: e = e->u.binary.lhs; break;
        case N_UNARY: if (e->u.unary.op != UN_DEREF) return NULL; e = e->u.unary.operand; break;
        case N_PATH: return e->u.path.binding;
        default: return NULL;
        }
    }
}

/* A write through place expression e: a closure capturing its root captures it mutably. */
static void note_mutation(Tc *tc, Node *e) {
    Binding *b = place_root(e);
    if (!b) return;
    for (int i = 0; i < tc->closures.len; i++) {
        Def *c = tc->closures.items[i];
        for (int k = 0; k < c->captures.len; k++) {
            if (c->captures.items[k] != b) continue;
            if (c->closure_must_be_fn) {
                Diag *d = diag_error("E0594", e->span, "cannot assign to `%s`, as it is a captured variable in a `Fn` closure", sym_str(b->name));
                diag_label(d, "cannot assign");
                diag_emit(d);
                c->closure_must_be_fn = false;  /* once */
                continue;
            }
            c->closure_mutates = true;
            if ((intptr_t)c->capture_modes.items[k] == CAPTURE_REF) c->capture_modes.items[k] = (void *)(intptr_t)CAPTURE_MUT;
        }
    }
}

/* The variables a closure body moves: used by value (an argument, a `self` receiver, an
 * initializer, a literal's field, a result) with a type that is not Copy. rustc captures
 * those by value even without `move` (and the closure is then FnOnce). */
typedef struct MoveScan {
    Tc *tc;
    PtrVec moved;                               /* Binding* */
} MoveScan;

static void scan_moves(MoveScan *ms, Node *e, bool value);
static void scan_moves_in(Node *n, const char *role, void *ctx) {
    (void)role;
    scan_moves(ctx, n, false);
}

static void scan_move_list(MoveScan *ms, NodeList *l) {
    for (int i = 0; i < l->len; i++) scan_moves(ms, l->items[i], true);
}

static void scan_moves(MoveScan *ms, Node *e, bool value) {
    if (!e) return;
    switch (e->kind) {
    case N_PATH: case N_FIELD: {
        Binding *b = place_root(e);
        if (value && b && e->ty && !ty_is_copy(zonk(ms->tc, e->ty))) ptrvec_push(&ms->moved, b);
        if (e->kind == N_FIELD) scan_moves(ms, e->u.field.base, false);
        return;
    }
    case N_PAREN: scan_moves(ms, e->u.unary.operand, value); return;
    case N_CALL:
        scan_moves(ms, e->u.call.callee, false);
        scan_move_list(ms, &e->u.call.args);
        return;
    case N_METHOD_CALL:
        scan_moves(ms, e->u.call.receiver, e->u.call.method_def && e->u.call.method_def->self_kind == SELF_VALUE);
        scan_move_list(ms, &e->u.call.args);
        return;
    case N_LET: scan_moves(ms, e->u.let.init, true); scan_moves(ms, e->u.let.else_block, false); return;
    case N_EXPR_STMT: scan_moves(ms, e->u.expr_stmt.expr, true); return;
    case N_BLOCK:
        for (int i = 0; i < e->u.block.stmts.len; i++) scan_moves(ms, e->u.block.stmts.items[i], false);
        scan_moves(ms, e->u.block.tail, value);
        return;
    case N_IF:
        scan_moves(ms, e->u.if_.cond, false);
        scan_moves(ms, e->u.if_.then_block, value);
        scan_moves(ms, e->u.if_.else_branch, value);
        return;
    case N_MATCH:
        scan_moves(ms, e->u.match.scrutinee, false);
        for (int i = 0; i < e->u.match.arms.len; i++) {
            Node *arm = e->u.match.arms.items[i];
            scan_moves(ms, arm->u.arm.guard, false);
            scan_moves(ms, arm->u.arm.body, value);
        }
        return;
    case N_RETURN: case N_BREAK: scan_moves(ms, e->u.jump.value, true); return;
    case N_TUPLE: case N_ARRAY: scan_move_list(ms, &e->u.list.elems); return;
    case N_STRUCT_LIT:
        for (int i = 0; i < e->u.struct_lit.fields.len; i++) scan_moves(ms, ((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr, true);
        scan_moves(ms, e->u.struct_lit.base, true);
        return;
    case N_ASSIGN: scan_moves(ms, e->u.binary.lhs, false); scan_moves(ms, e->u.binary.rhs, true); return;
    case N_CLOSURE: return;                     /* its own captures */
    default: ast_visit_children(e, scan_moves_in, ms); return;
    }
}

/* `|params| body`: parameter types from annotations, else from the expected `Fn(A) -> B`
 * signature, else inferred; the body is checked with the closure's return type; captured
 * variables are borrowed (mutably if the body writes them) or, for `move`, moved. */
static Type *check_closure(Tc *tc, Node *n, Type *expected) {
    Def *d = n->u.closure.def;
    int np = n->u.closure.params.len;
    Type **sig = tc->closure_params, *sig_ret = tc->closure_ret;
    int nsig = sig ? tc->closure_nparams : 0;
    Type *fn_ptr = expected ? shallow(tc, expected) : NULL;
    Node *opaque = sig ? NULL : opaque_fn_bound(tc, expected);
    if (opaque) fn_path_sig(tc, opaque, NULL, 0, &sig, &nsig, &sig_ret);   /* `-> impl Fn(A) -> B` */
    if (!sig && fn_ptr && fn_ptr->kind == TY_FN_PTR) {
        /* written where a `fn(A) -> B` is expected: its signature */
        sig = fn_ptr->elems;
        nsig = fn_ptr->nelems;
        sig_ret = fn_ptr->ret;
    }
    d->closure_must_be_fn = sig && tc->closure_fn;
    tc->closure_params = NULL;
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(np + 2));
    for (int i = 0; i < np; i++) {
        Node *p = n->u.closure.params.items[i];
        params[i + 1] = p->u.param.ty ? lower_type(tc, p->u.param.ty, true) : i < nsig ? sig[i] : fresh(tc, INFER_GENERAL);
        if (p->u.param.ty && i < nsig) unify(tc, params[i + 1], sig[i]);
        check_pattern(tc, p->u.param.pat, params[i + 1]);
    }
    Type *ret = n->u.closure.ret ? lower_type(tc, n->u.closure.ret, true) : sig ? sig_ret : fresh(tc, INFER_GENERAL);
    if (n->u.closure.ret && sig) unify(tc, ret, sig_ret);
    for (int k = 0; k < d->captures.len; k++) ptrvec_push(&d->capture_modes, (void *)(intptr_t)(n->u.closure.is_move ? CAPTURE_MOVE : CAPTURE_REF));
    Type *saved_ret = tc->ret_ty;
    PtrVec saved_loops = tc->loops;
    tc->ret_ty = ret;
    tc->loops = (PtrVec){0};
    ptrvec_push(&tc->closures, d);
    check_expr(tc, n->u.closure.body, ret);
    tc->closures.len--;
    if (!n->u.closure.is_move) {
        MoveScan ms = {.tc = tc};
        scan_moves(&ms, n->u.closure.body, true);
        for (int k = 0; k < d->captures.len; k++)
            for (int i = 0; i < ms.moved.len; i++)
                if (ms.moved.items[i] == d->captures.items[k]) d->capture_modes.items[k] = (void *)(intptr_t)CAPTURE_MOVE;
    }
    tc->ret_ty = saved_ret;
    tc->loops = saved_loops;
    Type **caps = arena_alloc(sizeof(Type *) * (size_t)(d->captures.len + 1));
    for (int k = 0; k < d->captures.len; k++) {
        Binding *b = d->captures.items[k];
        intptr_t mode = (intptr_t)d->capture_modes.items[k];
        caps[k] = mode == CAPTURE_MOVE ? b->ty : ty_ref(b->ty, mode == CAPTURE_MUT);
    }
    Def *outer = tc->fn ? tc->fn->u.fn.def : NULL;
    Type *parent = NULL;
    if (outer && outer->ngenerics) {
        Type **args = arena_alloc(sizeof(Type *) * (size_t)outer->ngenerics);
        for (int i = 0; i < outer->ngenerics; i++) args[i] = ty_param(outer->generic_defs[i]);
        parent = ty_tuple(args, outer->ngenerics);
    }
    Type *ct = ty_closure_in(d, caps, d->captures.len, parent);
    params[0] = ty_ref(ct, d->closure_mutates);
    /* what the body fixed, put in now: an impl matched against the closure's type later in
     * the statement (`map(|x| x).copied()`'s `I: Iterator<Item = &T>`) reads its result */
    for (int i = 1; i <= np; i++) params[i] = zonk(tc, params[i]);
    d->param_tys = params;
    d->nparams = np + 1;
    d->ret_ty = zonk(tc, ret);
    ptrvec_push(&tc->all_closures, d);
    return ct;
}

static Type *check_try(Tc *tc, Node *n, Type *expected) {
    Node *e = n->u.unary.operand;
    Type *t = shallow(tc, check_expr(tc, e, NULL));
    if (t->kind == TY_ERROR) return ty_error;
    bool result = is_prelude_adt(t, "Result"), option = is_prelude_adt(t, "Option");
    /* `let n: i64 = s.parse()?;`: the value's type, still open, is the one expected, which
     * settles the error type to convert from */
    if ((result || option) && expected && shallow(tc, t->elems[0])->kind == TY_INFER && shallow(tc, t->elems[0])->infer == INFER_GENERAL)
        unify(tc, t->elems[0], expected);
    if (!result && !option) {
        Diag *d = diag_error("E0277", n->span, "the `?` operator can only be applied to values that implement `Try`");
        diag_label(d, "the `?` operator cannot be applied to type `%s`", ty_str_of(zonk(tc, t)));
        diag_emit(d);
        return ty_error;
    }
    Type *ret = tc->ret_ty ? shallow(tc, tc->ret_ty) : ty_unit;
    Span question = {n->span.file, n->span.hi ? n->span.hi - 1 : 0, n->span.hi};   /* rustc points at the `?` */
    if (!is_prelude_adt(ret, result ? "Result" : "Option")) {
        Diag *d;
        if (is_prelude_adt(ret, option ? "Result" : "Option"))
            d = diag_error("E0277", question, "the `?` operator can only be used on `%s`s, not `%s`s, in a function that returns `%s`",
                           option ? "Result" : "Option", option ? "Option" : "Result", option ? "Result" : "Option");
        else
            d = diag_error("E0277", question, "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)");
        diag_label(d, "cannot use the `?` operator in a function that returns `%s`", ty_str_of(zonk(tc, ret)));
        diag_emit(d);
        return t->elems[0];
    }
    Def *convert = result && !could_unify(tc, ret->elems[1], t->elems[1]) ? from_impl(tc, ret->elems[1], t->elems[1]) : NULL;
    if (convert) {
        n->u.unary.method = convert;            /* `Err(e)?` returns `Err(From::from(e))` */
        unify(tc, convert->param_tys[0], t->elems[1]);
    } else if (result && !unify(tc, t->elems[1], ret->elems[1])) {
        Diag *d = diag_error("E0277", question, "`?` couldn't convert the error to `%s`", ty_str_of(zonk(tc, ret->elems[1])));
        diag_label(d, "the trait `From<%s>` is not implemented for `%s`", ty_str_of(zonk(tc, t->elems[1])), ty_str_of(zonk(tc, ret->elems[1])));
        diag_note(d, "the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait");
        diag_emit(d);
    }
    return t->elems[0];
}

static Node *prelude_node;

/* A struct or enum of the prelude by name (Range, ...), or NULL. */
AdtDef *prelude_adt(const char *name) {
    for (int i = 0; prelude_node && i < prelude_node->u.crate.items.len; i++) {
        Node *item = prelude_node->u.crate.items.items[i];
        if ((item->kind == N_STRUCT || item->kind == N_ENUM) && item->u.adt.def && strcmp(sym_str(item->u.adt.name), name) == 0)
            return item->u.adt.def;
    }
    return NULL;
}

/* The prelude's stand-ins for std::fmt: Formatter and fmt::Result. */
static Type *fmt_formatter_ty, *fmt_result_ty;

void typeck_reset(void) {
    current_ref_mode = 0;
    prelude_node = NULL;
    fmt_formatter_ty = fmt_result_ty = NULL;
}

static void find_fmt_types(Tc *tc, Node *prelude) {
    for (int i = 0; prelude && i < prelude->u.crate.items.len; i++) {
        Node *item = prelude->u.crate.items.items[i];
        if (item->kind == N_STRUCT && item->u.adt.def && item->u.adt.name == sym_cstr("Formatter")) fmt_formatter_ty = ty_adt(item->u.adt.def);
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.name == sym_cstr("FmtResult"))
            fmt_result_ty = lower_type(tc, item->u.type_alias.ty, false);
    }
}

/* `write!(f, ...)`: f is a `&mut Formatter` (or a Formatter place); the value is fmt::Result. */
static Type *check_write_dest(Tc *tc, Node *n) {
    Node *dest = n->u.format.dest;
    Type *t = shallow(tc, check_expr(tc, dest, NULL));
    Type *target = t->kind == TY_REF ? shallow(tc, t->elem) : t;
    if (target->kind == TY_ADT && target->adt == prelude_adt("String")) {
        /* `write!(s, ...)` appends to a String (std::fmt::Write) */
        if (t->kind != TY_REF) note_mutation(tc, dest);
        return fmt_result_ty ? fmt_result_ty : ty_error;
    }
    if (!fmt_formatter_ty || target != fmt_formatter_ty) {
        if (t->kind != TY_ERROR) {
            Diag *d = diag_error("E0599", dest->span, "cannot write into `%s`", ty_str_of(zonk(tc, t)));
            diag_note(d, "`write!` writes into a `&mut std::fmt::Formatter` in Patina");
            diag_emit(d);
        }
        return ty_error;
    }
    return fmt_result_ty ? fmt_result_ty : ty_error;
}

/* A hand-written `impl Display for T` / `impl Debug for T`. */
static bool has_fmt_impl(Type *t, LangTrait lang) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == lang && impl_matches(im, t, NULL)) return true;
    }
    return false;
}

/* Whether lt has an impl of PartialEq for the other type rt (`String == &str`). */
static bool compared_by_impl(Tc *tc, Type *lt, Type *rt) {
    Type *ls = zonk(tc, lt);
    if (ls->kind != TY_ADT || could_unify(tc, lt, rt)) return false;
    Def *cands[8];
    int n = ty_operator_methods(ls, LANG_PARTIAL_EQ, cands, 8);
    for (int i = 0; i < n && i < 8; i++)
        if (cands[i]->nparams > 1 && takes_arg(tc, cands[i]->param_tys[1], rt, true)) return true;
    return false;
}

static void check_assert(Tc *tc, Node *n) {
    if (n->u.assert.kind == ASSERT_TRUE) {
        check_expr(tc, n->u.assert.lhs, ty_bool);
    } else {
        Type *lt = check_expr(tc, n->u.assert.lhs, NULL);
        Type *rt = check_expr(tc, n->u.assert.rhs, NULL);
        if (compared_by_impl(tc, lt, rt)) {
            /* `assert_eq!(s, "ab")` of a String: its impl of PartialEq<&str> */
        } else if (!unify(tc, lt, rt)) mismatch(tc, n->u.assert.rhs->span, lt, rt);
        else if (!comparable(tc, lt, false) || !implements_fmt(tc, lt, FMT_DEBUG)) {
            Diag *d = diag_error("E0369", n->span, "binary operation `%s` cannot be applied to type `%s`",
                                 n->u.assert.kind == ASSERT_EQ ? "==" : "!=", ty_str_of(zonk(tc, lt)));
            diag_emit(d);
        }
    }
    if (n->u.assert.message) check_format(tc, n->u.assert.message);
}

/* ── expressions ── */

static Type *int_lit_type(Tc *tc, Node *n) {
    Sym suf = n->u.lit.suffix;
    ptrvec_push(&tc->int_lits, n);
    if (!suf) return fresh(tc, INFER_INT);
    const char *s = sym_str(suf);
    for (int k = 0; k <= IK_USIZE; k++)
        if (strcmp(s, ty_int_name((IntKind)k)) == 0) return ty_int((IntKind)k);
    if (strcmp(s, "f32") == 0 || strcmp(s, "f64") == 0) return ty_float(s[1] == '3' ? FK_F32 : FK_F64);
    Diag *d = diag_error(NULL, n->span, "invalid suffix `%s` for number literal", s);
    diag_label(d, "invalid suffix `%s`", s);
    diag_help(d, "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
    diag_emit(d);
    return ty_error;
}

static Type *path_type(Tc *tc, Node *n);

/* `static mut` may be touched only in unsafe code (E0133). */
static void check_static_mut_use(Tc *tc, Node *n) {
    if (n->kind != N_PATH || !n->u.path.def || n->u.path.def->kind != DEF_STATIC_MUT || tc->unsafe_depth) return;
    Diag *d = diag_error("E0133", n->span, "use of mutable static is unsafe and requires unsafe function or block");
    diag_label(d, "use of mutable static");
    diag_note(d, "mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior");
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
        n->targs[0] = n->u.path.self_param ? ty_param(n->u.path.self_param) : lower_type(tc, n->u.path.qself, true);
        n->ntargs = 1;
    }
    if (d->kind == DEF_CONST) return d->node->ty ? d->node->ty : ty_error;
    if (d->kind == DEF_STATIC_MUT) return d->node->ty ? d->node->ty : ty_error;
    if (d->kind == DEF_FN) return ty_fn_def(d);
    if (d->kind == DEF_ADT && d->adt->shape == SHAPE_UNIT) return instantiate(tc, d->adt);
    if (d->kind == DEF_VARIANT && d->adt->variants[d->variant].shape == SHAPE_UNIT) return with_given_args(tc, n, instantiate(tc, d->adt));
    if (d->kind == DEF_VARIANT) {
        Diag *dg = diag_error("E0533", n->span, "expected value, found %s variant `%s::%s`",
                              d->adt->variants[d->variant].shape == SHAPE_TUPLE ? "tuple" : "struct", sym_str(d->adt->name), sym_str(d->name));
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
        Type *elem = exp && (exp->kind == TY_ARRAY || exp->kind == TY_SLICE) ? exp->elem : fresh(tc, INFER_GENERAL);
        for (int i = 0; i < n->u.list.elems.len; i++) check_expr(tc, n->u.list.elems.items[i], elem);
        return ty_array(elem, (uint64_t)n->u.list.elems.len);
    }
    case N_ARRAY_REPEAT: {
        Type *exp = expected ? shallow(tc, expected) : NULL;
        Type *elem = check_expr(tc, n->u.repeat.value, exp && exp->kind == TY_ARRAY ? exp->elem : NULL);
        uint64_t len = array_len(tc, n->u.repeat.count);
        Type *z = zonk(tc, elem);
        if (!ty_is_copy(z) && !param_bound(tc, z, NULL, LANG_COPY) && shallow(tc, elem)->kind != TY_ERROR) {
            Diag *d = diag_error("E0277", n->u.repeat.value->span, "the trait bound `%s: Copy` is not satisfied", ty_str_of(zonk(tc, elem)));
            diag_label(d, "the trait `Copy` is not implemented for `%s`", ty_str_of(zonk(tc, elem)));
            diag_note(d, "the `Copy` trait is required because this value will be copied for each element of the array");
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
        if (n->u.range.hi) t = t ? (check_expr(tc, n->u.range.hi, t), t) : check_expr(tc, n->u.range.hi, NULL);
        AdtDef *range = n->u.range.lo && n->u.range.hi ? prelude_adt(n->u.range.inclusive ? "RangeInclusive" : "Range") : NULL;
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
        if (n->u.format.kind == FMTK_STRING) return prelude_adt("String") ? ty_adt(prelude_adt("String")) : ty_error;
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
static Type *check_expr(Tc *tc, Node *n, Type *expected) {
    Type *t = infer_expr(tc, n, expected);
    set_ty(tc, n, t);
    if (!expected) return t;
    if (n->kind == N_IF || n->kind == N_BLOCK || n->kind == N_PAREN) {
        /* the branches and tail were checked against expected already, and reported */
        return is_never(tc, t) ? t : expected;
    }
    coerce(tc, n, t, expected);
    if (n->kind == N_UNSIZE) {
        n->ty = expected;                       /* the wrapper has the slice type */
        return expected;
    }
    return t;
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
            Diag *d = diag_error("E0308", s->u.let.else_block->span, "`else` clause of `let...else` does not diverge");
            diag_label(d, "expected `!`, found %s", show(tc, et));
            diag_help(d, "try adding a diverging expression, such as `return` or `panic!(..)`");
            diag_emit(d);
        }
    }
    check_pattern(tc, s->u.let.pat, declared);
    s->ty = declared;
    if (!s->u.let.else_block) ptrvec_push(&tc->coverage, s);
}

/* rustc's list of uncovered patterns: "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`,
 * `C` and 2 more". */
static const char *joined_patterns(const Uncovered *u) {
    enum { LISTED = 3 };
    const char *s = "";
    int shown = u->count > LISTED ? LISTED : u->count;
    for (int i = 0; i < shown; i++) {
        const char *sep = i == 0 ? "" : (i == shown - 1 && u->count <= LISTED) ? " and " : ", ";
        s = arena_printf("%s%s`%s`", s, sep, u->patterns[i]);
    }
    if (u->count > LISTED) s = arena_printf("%s and %d more", s, u->count - LISTED);
    return s;
}

static void label_uncovered(Diag *d, const Uncovered *u) {
    diag_label(d, "pattern%s %s not covered", u->count == 1 ? "" : "s", joined_patterns(u));
}

/* Resolves the scrutinee's type and asks exhaustive.c which values no pattern covers. */
static bool uncovered(Tc *tc, Node **pats, int n, Type *ty, Uncovered *u) {
    return find_uncovered(pats, n, zonk(tc, ty), u);
}

static void find_binding(Node *n, const char *role, void *found) {
    (void)role;
    if (n->kind == P_IDENT && n->u.pat_ident.binding) *(bool *)found = true;
    else ast_visit_children(n, find_binding, found);
}

static void check_let_coverage(Tc *tc, Node *s) {
    Node *pats[1] = {s->u.let.pat};
    Uncovered u;
    if (uncovered(tc, pats, 1, s->ty, &u)) {
        Diag *d = diag_error("E0005", s->u.let.pat->span, "refutable pattern in local binding");
        label_uncovered(d, &u);
        diag_note(d, "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
        /* rustc suggests `if let` when the pattern binds nothing, else `let else` */
        bool binds = false;
        find_binding(s->u.let.pat, NULL, &binds);
        diag_help(d, "you might want to use `%s` to %s the variant%s that %s matched", binds ? "let...else" : "if let", binds ? "handle" : "ignore",
                  u.count == 1 ? "" : "s", u.count == 1 ? "isn't" : "aren't");
        diag_emit(d);
    }
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

static void check_match_coverage(Tc *tc, Node *n) {
    NodeList *arms = &n->u.match.arms;
    Type *st = n->u.match.scrutinee->ty;
    if (!st || shallow(tc, st)->kind == TY_ERROR) return;
    Node **pats = arena_alloc(sizeof(Node *) * (size_t)(arms->len + 1));
    for (int i = 0; i < arms->len; i++) {
        Node *arm = arms->items[i];
        pats[i] = arm->u.arm.guard ? NULL : arm->u.arm.pat;
    }
    Uncovered u;
    if (!uncovered(tc, pats, arms->len, st, &u)) return;
    Diag *d = arms->len ? diag_error("E0004", n->u.match.scrutinee->span, "non-exhaustive patterns: %s not covered", joined_patterns(&u))
                        : diag_error("E0004", n->u.match.scrutinee->span, "non-exhaustive patterns: type `%s` is non-empty",
                                     ty_str_of(zonk(tc, st)));
    label_uncovered(d, &u);
    diag_note(d, "the matched value is of type `%s`", ty_str_of(zonk(tc, st)));
    if (u.usize_not_exhaustive)
        diag_note(d, "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
    if (u.isize_not_exhaustive)
        diag_note(d, "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
    diag_help(d, "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern%s",
              u.count == 1 ? " or an explicit pattern as shown"
              : u.count <= 3 ? ", a match arm with multiple or-patterns as shown, or multiple match arms"
                             : " as shown, or multiple match arms");
    diag_emit(d);
}

/* Coverage (E0004, E0005) is checked once a body has type-checked cleanly, as rustc checks
 * patterns only in bodies without type errors. */
static void check_coverage(Tc *tc, int errors_before) {
    if (diag_error_count() == errors_before)
        for (int i = 0; i < tc->coverage.len; i++) {
            Node *n = tc->coverage.items[i];
            if (n->kind == N_MATCH) check_match_coverage(tc, n);
            else check_let_coverage(tc, n);
        }
    tc->coverage.len = 0;
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
    return s->kind == N_LET && s->u.let.pat->kind == P_IDENT && s->u.let.pat->u.pat_ident.name == sym_cstr("vec!");
}

static Type *infer_block(Tc *tc, Node *block, Type *expected) {
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
    if (expected && !unify(tc, expected, ty_unit) && shallow(tc, expected)->kind != TY_ERROR && block != tc->fn->u.fn.body)
        mismatch(tc, block->span, expected, ty_unit);
    return ty_unit;
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
    d->nparams = n;
    d->param_tys = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Node *p = fn->u.fn.params.items[i];
        d->param_tys[i] = lower_type(tc, p->u.param.ty, false);
    }
    /* `-> impl Trait` is the body's type, inferred when the body is checked (first) */
    d->ret_ty = fn->u.fn.ret && fn->u.fn.ret->kind == T_IMPL ? fresh(tc, INFER_GENERAL) : lower_type(tc, fn->u.fn.ret, false);
    if (fn->u.fn.ret && fn->u.fn.ret->kind == T_IMPL) ptrvec_push(&tc->opaque_fns, d);
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
    if ((n->kind == N_CONST_ITEM && n->u.value_item.ty) || (n->kind == N_STATIC && n->u.value_item.value)) ptrvec_push(&out->consts, n);
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
        diag_secondary(dg, fn->u.fn.name_span, "implicitly returns `()` as its body has no tail or `return` expression");
        diag_emit(dg);
    }
    check_coverage(tc, errors_before);
}

static void lint_int_literal(Node *n) {
    Type *t = n->ty;
    if (t->kind != TY_INT || n->u.lit.too_large) {
        if (n->u.lit.too_large) {
            /* the limit is written in the literal's own radix, as rustc does */
            size_t len;
            const char *text = span_text(n->span, &len);
            const char *limit = "340282366920938463463374607431768211455";
            if (len > 2 && text[0] == '0' && text[1] == 'x') limit = "0xffffffffffffffffffffffffffffffff";
            else if (len > 2 && text[0] == '0' && text[1] == 'o') limit = "0o3777777777777777777777777777777777777777777";
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
    /* a literal directly under unary minus may reach MIN; resolved by the caller's flag */
    IntBits max = ty_int_max(t->ik);
    IntBits limit = n->u.lit.bool_value && ty_int_signed(t->ik) ? max + 1 : max;  /* bool_value marks "negated" */
    if (v <= limit) return;
    size_t len;
    const char *text = span_text(n->span, &len);
    Diag *d = diag_error(NULL, n->span, "literal out of range for `%s`", ty_int_name(t->ik));
    diag_note(d, "the literal `%.*s` does not fit into the type `%s` whose range is `%s..=%s`", (int)len, text,
              ty_int_name(t->ik), intbits_str(ty_int_min(t->ik), true), intbits_str(max, false));
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
    diag_note(d, "the literal `%.*s` does not fit into the type `%s` and will be converted to `%s::INFINITY`", (int)len, text,
              ty, ty);
    if (!*noted) diag_note(d, "`#[deny(overflowing_literals)]` on by default");
    *noted = true;
    diag_emit(d);
}

/* Marks integer literals negated by a unary minus so that `-128i8` is in range. */
static void mark_negated_literals(PtrVec *typed) {
    for (int i = 0; i < typed->len; i++) {
        Node *n = typed->items[i];
        if (n->kind != N_UNARY || n->u.unary.op != UN_NEG) continue;
        Node *e = n->u.unary.operand;
        while (e->kind == N_PAREN) e = e->u.unary.operand;
        if (e->kind == N_LIT_INT) e->u.lit.bool_value = true;
    }
}


/* Whether a (zonked) type still contains an inference variable. */

/* Replaces every variable by its solution; integer variables left free become i32. */
static void finish(Tc *tc) {
    for (int i = 0; i < tc->vars.len; i++) {
        Type *t = shallow(tc, tc->var_types.items[i]);
        if (t->kind == TY_INFER && t->infer == INFER_INT) tc->vars.items[t->var] = ty_int(IK_I32);
        if (t->kind == TY_INFER && t->infer == INFER_FLOAT) tc->vars.items[t->var] = ty_float(FK_F64);
    }
    /* E0282 once, at the first binding whose type is still unknown (else the first expression) */
    Node *unknown = NULL;
    for (int i = 0; i < tc->typed.len; i++) {
        Node *n = tc->typed.items[i];
        n->ty = zonk(tc, n->ty);
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
        Def *c = d->ret_ty->kind == TY_CLOSURE ? d->ret_ty->def : NULL;
        for (int k = 0; c && k < c->captures.len; k++) {
            /* a returned closure may not borrow the fn's own variables */
            if ((intptr_t)c->capture_modes.items[k] == CAPTURE_MOVE) continue;
            Binding *b = c->captures.items[k];
            Diag *dg = diag_error("E0373", c->node->span, "closure may outlive the current function, but it borrows `%s`, which is owned by the current function",
                                  sym_str(b->name));
            diag_label(dg, "may outlive borrowed value `%s`", sym_str(b->name));
            diag_help(dg, "to force the closure to take ownership of `%s`, use the `move` keyword", sym_str(b->name));
            diag_emit(dg);
            break;
        }
    }
    for (int i = 0; i < tc->all_closures.len; i++) {
        Def *c = tc->all_closures.items[i];
        for (int k = 0; k < c->nparams; k++) c->param_tys[k] = zonk(tc, c->param_tys[k]);
        c->ret_ty = zonk(tc, c->ret_ty);
    }
    for (int i = 0; i < tc->open_formats.len; i++) check_format_traits(tc, tc->open_formats.items[i], true);
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
        mark_negated_literals(&tc->typed);
        for (int i = 0; i < tc->int_lits.len; i++) lint_int_literal(tc->int_lits.items[i]);
        bool noted = false;
        for (int i = 0; i < tc->float_lits.len; i++) lint_float_literal(tc->float_lits.items[i], &noted);
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
            Node *args = param->fn_bound ? param->fn_bound->u.path.seg_args[param->fn_bound->u.path.nsegs - 1] : NULL;
            if (args && args->u.generic_args.ret) param->fn_ret_type = lower_type(tc, args->u.generic_args.ret, false);
        }
        im->self_ty = lower_type(tc, im->node->u.impl.self_ty, false);
        bool binary_op = im->trait->lang >= LANG_ADD && im->trait->lang <= LANG_REM_ASSIGN && im->trait->lang != LANG_NEG;
        binary_op |= im->trait->lang == LANG_PARTIAL_EQ || im->trait->lang == LANG_PARTIAL_ORD;
        im->trait_arg = im->trait_arg_node ? lower_type(tc, im->trait_arg_node, false) : binary_op ? im->self_ty : NULL;
    }
    /* associated types after every self type: `type Item = Self::Other;` may look them up */
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        int n = im->trait->assoc_names.len;
        Type **types = arena_alloc(sizeof(Type *) * (size_t)(n + 1));
        for (int k = 0; k < n; k++) types[k] = im->assoc_nodes && im->assoc_nodes[k] ? lower_type(tc, im->assoc_nodes[k]->u.type_alias.ty, false) : ty_error;
        im->assoc_types = types;
    }
}

/* `#[derive(Clone)]` and `impl Clone` both: E0119 at the derive. */
static void derived_conflict(ImplDef *im) {
    Type *t = im->self_ty;
    if (t->kind != TY_ADT || im->trait->lang == LANG_NONE || (im->trait_arg && im->trait_arg != t)) return;
    AdtDef *a = t->adt;
    bool derived = (im->trait->lang == LANG_CLONE && a->derive_clone) || (im->trait->lang == LANG_PARTIAL_EQ && a->derive_partial_eq) ||
                   (im->trait->lang == LANG_DEBUG && a->derive_debug) || (im->trait->lang == LANG_DEFAULT && a->derive_default) ||
                   (im->trait->lang == LANG_PARTIAL_ORD && a->derive_partial_ord) || (im->trait->lang == LANG_ORD && a->derive_ord) ||
                   (im->trait->lang == LANG_COPY && a->derive_copy) || (im->trait->lang == LANG_EQ && a->derive_eq);
    if (!derived) return;
    Span at = a->node->span;
    for (int i = 0; i < a->node->attrs.len; i++) {
        Node *attr = a->node->attrs.items[i];
        for (int k = 0; k < attr->u.attr.ntoks; k++)
            if (attr->u.attr.toks[k].sym == im->trait->name) at = attr->u.attr.toks[k].span;
    }
    Diag *d = diag_error("E0119", at, "conflicting implementations of trait `%s` for type `%s`", sym_str(im->trait->name), ty_str_of(t));
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
            if (other->trait != im->trait || other->trait_arg != im->trait_arg || other->self_ty != im->self_ty || im->self_ty->kind == TY_ERROR) continue;
            Diag *d = diag_error("E0119", head, "conflicting implementations of trait `%s` for type `%s`", sym_str(im->trait->name),
                                 ty_str_of(im->self_ty));
            diag_label(d, "conflicting implementation for `%s`", ty_str_of(im->self_ty));
            diag_secondary(d, (Span){other->node->span.file, other->node->span.lo, other->node->u.impl.self_ty->span.hi},
                           "first implementation here");
            diag_emit(d);
        }
        for (int j = 0; j < i; j++) {
            /* a generic impl overlapping a specific one (`impl<T> D for W<T>`, `impl D for W<u8>`) */
            ImplDef *other = trait_impls.items[j];
            if (other->trait != im->trait || other->trait_arg != im->trait_arg || other->self_ty == im->self_ty || im->self_ty->kind == TY_ERROR) continue;
            if (!impl_matches(other, im->self_ty, NULL) && !impl_matches(im, other->self_ty, NULL)) continue;
            Diag *d = diag_error("E0119", head, "conflicting implementations of trait `%s` for type `%s`", sym_str(im->trait->name),
                                 ty_str_of(im->ngenerics ? other->self_ty : im->self_ty));
            diag_label(d, "conflicting implementation");
            diag_emit(d);
        }
        derived_conflict(im);
        for (int k = 0; k < im->trait->supertraits.len; k++) {
            /* `impl Named for T` needs T: Base when `trait Named: Base` */
            TraitDef *super = im->trait->supertraits.items[k];
            if (im->ngenerics || im->self_ty->kind == TY_ERROR || implements(tc, im->self_ty, super)) continue;
            const char *ty = ty_str_of(im->self_ty);
            Diag *d = diag_error("E0277", node->u.impl.self_ty->span, "the trait bound `%s: %s` is not satisfied", ty, sym_str(super->name));
            diag_label(d, "the trait `%s` is not implemented for `%s`", sym_str(super->name), ty);
            diag_emit(d);
        }
        char *missing = "";
        int count = 0;
        for (int k = 0; k < im->trait->assoc_names.len; k++)
            if (!im->assoc_nodes || !im->assoc_nodes[k])
                missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "", sym_str((Sym)(uintptr_t)im->trait->assoc_names.items[k]));
        NodeList *items = &im->trait->node->u.trait.items;
        for (int k = 0; k < items->len; k++) {
            /* required consts and methods, in the trait's order */
            Node *item = items->items[k];
            bool required = item->kind == N_CONST_ITEM ? !item->u.value_item.value : item->kind == N_FN && !item->u.fn.body;
            if (!required) continue;
            Sym name = item->kind == N_CONST_ITEM ? item->u.value_item.name : item->u.fn.name;
            PtrVec *given = item->kind == N_CONST_ITEM ? &im->consts : &im->methods;
            bool found = false;
            for (int j = 0; j < given->len; j++) found |= ((Def *)given->items[j])->name == name;
            if (!found) missing = arena_printf("%s%s`%s`", missing, count++ ? ", " : "", sym_str(name));
        }
        if (count) {
            Diag *d = diag_error("E0046", head, "not all trait items implemented, missing: %s", missing);
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
    if (a->derive_partial_eq && !comparable(tc, t, false) && !ty_operator_method(t, LANG_PARTIAL_EQ)) {
        Diag *d = diag_error("E0369", f->span, "binary operation `==` cannot be applied to type `&%s`", ty);
        diag_emit(d);
    }
}

/* E0204: Copy (derived, or `impl Copy for T {}`) for a type with a field that is not. */
static void report_not_copy(Span at, PtrVec *fields) {
    if (!fields->len) return;
    Diag *d = diag_error("E0204", at, "the trait `Copy` cannot be implemented for this type");
    for (int i = 0; i < fields->len; i++) diag_secondary(d, ((AdtField *)fields->items[i])->span, "this field does not implement `Copy`");
    diag_emit(d);
}

static void check_derives(Tc *tc, PtrVec *adt_nodes) {
    for (int i = 0; i < trait_impls.len; i++) {
        /* `impl Copy for T {}` makes T Copy as a derive does */
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_COPY && im->self_ty->kind == TY_ADT && !im->self_ty->adt->derive_copy) {
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
            for (int k = 0; k < a->variants[v].nfields; k++) check_derived_field(tc, a, &a->variants[v].fields[k], &not_copy);
        report_not_copy(a->copy_by_hand ? a->copy_by_hand->span : a->node->u.adt.name_span, &not_copy);
    }
}

void typeck_crate(Node *crate) {
    Tc tc = {0};
    ItemLists items = {0};
    if (crate->u.crate.prelude) ast_visit_children(crate->u.crate.prelude, collect_items, &items);
    ast_visit_children(crate, collect_items, &items);
    PtrVec fns = items.fns;
    for (int i = 0; i < items.structs.len; i++) {
        AdtDef *a = ((Node *)items.structs.items[i])->u.adt.def;
        for (int k = 0; k < a->nfields; k++) a->fields[k].ty = lower_type(&tc, a->fields[k].ty_node, false);
        uint64_t next = 0;
        for (int v = 0; v < a->nvariants; v++) {
            AdtVariant *var = &a->variants[v];
            for (int k = 0; k < var->nfields; k++) var->fields[k].ty = lower_type(&tc, var->fields[k].ty_node, false);
            if (var->discr_expr) {
                Node *e = var->discr_expr;
                bool neg = e->kind == N_UNARY && e->u.unary.op == UN_NEG;
                uint64_t value;
                check_expr(&tc, e, ty_int(IK_ISIZE));
                if (eval_const_usize(neg ? e->u.unary.operand : e, &value)) next = neg ? 0 - value : value;
                else diag_unsupported(e->span, "discriminants that are not integer constants");
            }
            var->discr = next++;
        }
    }
    check_representability(&items.structs);
    prepare_trait_impls(&tc);
    for (int i = 0; i < fns.len; i++) collect_signature(&tc, fns.items[i]);
    find_fmt_types(&tc, crate->u.crate.prelude);
    prelude_node = crate->u.crate.prelude;
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
            Diag *d = diag_error("E0080", head, "values of the type `%s` are too big for the target architecture",
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
        if (strcmp(sym_str(d->name), "main") == 0 && fn->u.fn.ret && !ty_is_unit(d->ret_ty) && d->ret_ty->kind != TY_NEVER &&
            d->ret_ty->kind != TY_ERROR) {
            /* rustc also rejects `fn main() -> i32` (E0277: `main` has invalid return type) */
            Diag *dg = diag_error("E0277", fn->u.fn.ret->span, "`main` has invalid return type `%s`", ty_str_of(d->ret_ty));
            diag_label(dg, "`main` can only return types that implement `Termination`");
            diag_emit(dg);
        }
    }
    finish(&tc);
}
