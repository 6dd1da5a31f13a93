/* instances.c — monomorphization: instances, vtables, generated bodies, pruning.
 *
 * Takes: generic Defs with type arguments, (type, trait) pairs, the lowered bodies.
 * Gives: one Def per instance of a generic fn (queued in the LowerCtx for lowering, within
 * rustc's recursion limit), the impl method a trait method resolves to for a Self, the
 * program's vtables, the Defs of generated bodies (derived impls, the compiler's fmt),
 * and the pruning of the library fns nothing reaches; in a generic body, the uses of
 * generic fns with its type parameters (generic_use), the facts of a parameter type
 * (type_fact_fn), its operators (operator_fn), calls of its `F: Fn` parameters
 * (fn_param_call) and its `T::CONST`s (assoc_const_use), which each instance resolves.
 * Instance bodies are made by substitute.c, generated ones by lower/derive.c. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* ── monomorphization ── */

/* `f::<A, B>`, `S::<A>::m`, `<S<A> as Tr>::m` for generic fn d with type arguments args
 * (the impl's first), as rustc shows an instance; without its own arguments, `f`. */
static const char *instance_path(Def *d, Type **args, int nargs, bool with_own_args) {
    int own = with_own_args ? nargs - d->nimpl_generics : 0;
    const char *owner = "";
    if (d->impl && d->impl->trait) {
        Type *self = ty_subst(d->impl->self_ty, args, d->nimpl_generics);
        owner = arena_printf("<%s as %s>::", ty_str_of(self), sym_str(d->impl->trait->name));
    } else if (d->adt) {
        owner = sym_str(d->adt->name);
        if (d->nimpl_generics) {
            owner = arena_printf("%s::<%s", owner, ty_str_of(args[0]));
            for (int i = 1; i < d->nimpl_generics; i++)
                owner = arena_printf("%s, %s", owner, ty_str_of(args[i]));
            owner = arena_printf("%s>", owner);
        }
        owner = arena_printf("%s::", owner);
    }
    const char *s = arena_printf("%s%s", owner, sym_str(d->name));
    for (int i = 0; i < own; i++)
        s = arena_printf("%s%s%s", s, i ? ", " : "::<", ty_str_of(args[d->nimpl_generics + i]));
    return own > 0 ? arena_printf("%s>", s) : s;
}

/* rustc's short form of a long instance name: the longest one that fits half of its
 * 140-column diagnostic width, made by lowering the type length limit. */
static const char *short_instance_path(Def *d, Type **args, int nargs) {
    enum { WIDTH = 140 };
    /* each printed type is at least a char: past this, too long */
    ty_print_limit_begin(WIDTH * 2 / 3);
    const char *s = instance_path(d, args, nargs, true);
    if (!ty_print_limit_end() && strlen(s) <= WIDTH * 2 / 3) return s;
    for (int limit = 50; limit >= 0; limit--) {
        ty_print_limit_begin(limit);
        s = instance_path(d, args, nargs, true);
        ty_print_limit_end();
        if (strlen(s) <= WIDTH / 2) break;
    }
    return s;
}

/* rustc's monomorphization gives up on a fn instantiated inside itself more than
 * recursion_limit times (polymorphic recursion, `f::<Option<T>>` inside `f::<T>`), which
 * would otherwise make instances without end: a fatal error, reported once, after which
 * no instance is made (the lowering ends, and nothing after it runs). False then. */
static bool within_recursion_limit(LowerCtx *ctx, Def *d, Type **args, int nargs) {
    enum { RECURSION_LIMIT = 128 };             /* rustc's default `#![recursion_limit]` */
    if (ctx->recursion_limit_reached) return false;
    int depth = 0;
    for (Instance *in = ctx->lowering_instance; in; in = in->parent) depth += in->generic == d;
    if (depth <= RECURSION_LIMIT) return true;
    ctx->recursion_limit_reached = true;
    Diag *dg = diag_error(NULL, ctx->call_site,
                          "reached the recursion limit while instantiating `%s`",
                          short_instance_path(d, args, nargs));
    Type **params = arena_alloc(sizeof(Type *) * (size_t)(d->ngenerics + 1));
    for (int i = 0; i < d->ngenerics; i++) params[i] = ty_param(d->generic_defs[i]);
    Node *fn = d->node;
    Span header = fn->span;
    if (fn->u.fn.body) header.hi = fn->u.fn.body->span.lo - 1;
    diag_secondary(dg, header, "`%s` defined here", instance_path(d, params, d->ngenerics, false));
    diag_emit(dg);
    return false;
}

static bool names_type_params(Type **args, int nargs) {
    for (int k = 0; k < nargs; k++)
        if (ty_contains(args[k], TY_PARAM)) return true;
    return false;
}

/* d applied to args that name the type parameters of the generic body being lowered for
 * the checks (`Vec::<T>::push`, `<T as Clone>::clone`): a Def of no body, one per (d, args),
 * whose signature is d's with those args. A CONST_FN of it keeps what an instance of that
 * body must call; mono/substitute.c resolves it once the args are concrete. */
static Def *generic_use(LowerCtx *ctx, Def *d, Type **args, int nargs) {
    for (int i = 0; i < ctx->generic_uses.len; i++) {
        Def *u = ctx->generic_uses.items[i];
        if (u->generic != d) continue;
        bool same = true;
        for (int k = 0; k < nargs && same; k++) same = u->inst_args[k] == args[k];
        if (same) return u;
    }
    Def *u = arena_alloc(sizeof *u);
    *u = *d;
    u->generic = d;
    u->inst_args = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    memcpy(u->inst_args, args, sizeof(Type *) * (size_t)nargs);
    u->param_tys = arena_alloc(sizeof(Type *) * (size_t)(d->nparams + 1));
    for (int i = 0; i < d->nparams; i++) u->param_tys[i] = ty_subst(d->param_tys[i], args, nargs);
    u->ret_ty = ty_subst(d->ret_ty, args, nargs);
    ptrvec_push(&ctx->generic_uses, u);
    return u;
}

bool is_generic_use(const Def *d) {
    return d && d->generic && names_type_params(d->inst_args, d->generic->ngenerics);
}

/* The Def of generic fn d instantiated with args (queued for lowering on first request). */
Def *instance_of(LowerCtx *ctx, Def *d, Type **args, int nargs) {
    /* a generic body lowered for the checks asks with its own parameters: no instance */
    if (names_type_params(args, nargs)) return generic_use(ctx, d, args, nargs);
    for (int i = 0; i < ctx->instances.len; i++) {
        Instance *in = ctx->instances.items[i];
        if (in->generic != d) continue;
        bool same = true;
        for (int k = 0; k < nargs && same; k++) same = in->args[k] == args[k];
        if (same) return in->def;
    }
    if (!within_recursion_limit(ctx, d, args, nargs)) return d;
    Instance *in = arena_alloc(sizeof *in);
    in->generic = d;
    in->parent = ctx->lowering_instance;
    in->nargs = nargs;
    in->args = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    memcpy(in->args, args, sizeof(Type *) * (size_t)nargs);
    Def *c = arena_alloc(sizeof *c);
    *c = *d;
    c->generic = d;
    c->inst_args = in->args;
    c->param_tys = arena_alloc(sizeof(Type *) * (size_t)(d->nparams + 1));
    for (int i = 0; i < d->nparams; i++) c->param_tys[i] = ty_subst(d->param_tys[i], args, nargs);
    c->ret_ty = ty_subst(d->ret_ty, args, nargs);
    c->symbol = arena_printf("%s__%d", d->symbol, ctx->instances.len);
    in->def = c;
    ptrvec_push(&ctx->instances, in);
    return c;
}

/* The concrete fn a call reaches: itself, or the instance its type arguments name. */
Def *callee_instance(LowerCtx *ctx, Def *d, Node *call) {
    return callee_instance_of(ctx, d, call->targs, call->ntargs, call->span);
}

/* callee_instance's, for a call made by lowering (at: where it stands in the source). */
Def *callee_instance_of(LowerCtx *ctx, Def *d, Type **targs, int ntargs, Span at) {
    if (!d || d->ngenerics == 0 || ntargs != d->ngenerics) return d;
    ctx->call_site = at;
    /* a generic body lowered for the checks: resolved in each instance */
    if (names_type_params(targs, ntargs)) return generic_use(ctx, d, targs, ntargs);
    if (d->trait) return trait_method_instance(ctx, d, targs, ntargs);
    return instance_of(ctx, d, targs, ntargs);
}

/* A trait method for the Self in targs[0]: the impl's (an instance when generic), else
 * the trait's default body for that Self. An impl for Self's own type goes before a blanket
 * impl (`impl<T: Number> Sum for T`), whose bounds, not checked here, the checked program
 * meets only where no other impl is for Self. */
Def *trait_method_instance(LowerCtx *ctx, Def *d, Type **targs, int ntargs) {
    Type *self = targs[0];
    for (int i = 0; i < 2 * trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i % trait_impls.len];
        Type **impl_args;
        bool blanket = im->self_ty && im->self_ty->kind == TY_PARAM;
        if (blanket != (i >= trait_impls.len)) continue;
        /* a generic trait's impl for the trait argument in targs[1] (`Sum<&i32> for i32`) */
        Type *arg = d->trait->ngenerics && ntargs > 1 ? targs[1] : NULL;
        if (im->trait != d->trait || !impl_matches_arg(im, self, arg, &impl_args)) continue;
        if (arg && ty_subst(im->trait_arg, impl_args, im->ngenerics) != arg) continue;
        for (int k = 0; k < im->methods.len; k++) {
            Def *m = im->methods.items[k];
            if (m->name != d->name) continue;
            if (!m->ngenerics) return m;
            /* the impl's type arguments, then the method's own (after Self and the trait's) */
            Type **args = arena_alloc(sizeof(Type *) * (size_t)(m->ngenerics + 1));
            for (int j = 0; j < im->ngenerics; j++) args[j] = impl_args[j];
            for (int j = im->ngenerics; j < m->ngenerics; j++)
                args[j] = targs[d->nimpl_generics + j - im->ngenerics];
            return instance_of(ctx, m, args, m->ngenerics);
        }
    }
    if (!d->node->u.fn.body) return d;          /* typeck reported the missing impl */
    return instance_of(ctx, d, targs, ntargs);
}

/* A trait's methods in vtable order: its own, then each supertrait's (depth first). */
void vtable_methods(TraitDef *trait, PtrVec *out) {
    for (int i = 0; i < trait->methods.len; i++) ptrvec_push(out, trait->methods.items[i]);
    for (int i = 0; i < trait->supertraits.len; i++)
        vtable_methods(trait->supertraits.items[i], out);
}

/* The signature of a generated body for ty: (&T, &mut Formatter) -> fmt::Result as decl
 * has it, (&T, &T) -> bool, (&T, &T) -> Option<Ordering> or Ordering, or (&T) -> T. */
static void generated_signature(LowerCtx *ctx, Def *d, Type *ty, GeneratedKind kind, Def *decl) {
    Type *ref = ty_ref(ty, false);
    d->nparams = kind == GEN_CLONE ? 1 : 2;
    d->param_tys = arena_alloc(sizeof(Type *) * 2);
    d->param_tys[0] = d->param_tys[1] = ref;
    switch (kind) {
    case GEN_FMT:
        d->param_tys[1] = decl->param_tys[1];
        d->ret_ty = decl->ret_ty;
        break;
    case GEN_EQ: d->ret_ty = ty_bool; break;
    case GEN_PARTIAL_CMP:
    case GEN_CMP: {
        Type *ordering = ty_adt_args(prelude_adt(ctx->prelude, "Ordering"), NULL, 0);
        AdtDef *option = prelude_adt(ctx->prelude, "Option");
        d->ret_ty = kind == GEN_CMP ? ordering : ty_adt_args(option, &ordering, 1);
        break;
    }
    case GEN_CLONE: d->ret_ty = ty; break;
    }
}

/* The Def of the body generated for ty of the given kind (decl: the fmt method a GEN_FMT
 * stands for), queued for lowering on first request and named as rustc shows the impl's
 * method: `<Point as PartialEq>::eq`. */
Def *generated_method(LowerCtx *ctx, Type *ty, GeneratedKind kind, Def *decl) {
    for (int i = 0; i < ctx->generated.len; i++) {
        GeneratedBody *g = ctx->generated.items[i];
        if (g->ty == ty && g->kind == kind && g->decl == decl) return g->def;
    }
    static const char *const impl_method[] = {
        [GEN_EQ] = "PartialEq>::eq",
        [GEN_PARTIAL_CMP] = "PartialOrd>::partial_cmp",
        [GEN_CMP] = "Ord>::cmp",
        [GEN_CLONE] = "Clone>::clone",
    };
    const char *method = kind == GEN_FMT
        ? arena_printf("%s>::fmt", sym_str(decl->trait->name))
        : impl_method[kind];
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr(arena_printf("<%s as %s", ty_str_of(ty), method));
    d->symbol = arena_printf("_ptgen%d", ctx->generated.len);
    generated_signature(ctx, d, ty, kind, decl);
    GeneratedBody *g = arena_alloc(sizeof *g);
    *g = (GeneratedBody){d, ty, kind, decl, ty_contains(ty, TY_PARAM)};
    ptrvec_push(&ctx->generated, g);
    return d;
}

/* The vtable of concrete type ty for trait (made on first use): its methods' instances. */
int vtable_of(LowerCtx *ctx, Type *ty, TraitDef *trait) {
    IrProgram *prog = ctx->program;
    for (int i = 0; i < prog->nvtables; i++)
        if (prog->vtables[i].ty == ty && prog->vtables[i].trait == trait) return i;
    PtrVec decls = {0};
    vtable_methods(trait, &decls);
    IrVtable vt = {arena_printf("_ptvtable%d", prog->nvtables), ty, trait, NULL, decls.len};
    if (ty_needs_drop(ty)) request_drop_glue(ctx, ty);
    vt.methods = arena_alloc(sizeof(Def *) * (size_t)(vt.nmethods + 1));
    Type *self[1] = {ty};
    for (int i = 0; i < vt.nmethods; i++) {
        vt.methods[i] = trait_method_instance(ctx, decls.items[i], self, 1);
        if (is_builtin_fmt(vt.methods[i]))
            vt.methods[i] = generated_method(ctx, ty, GEN_FMT, decls.items[i]);
    }
    prog->vtables = arena_realloc(prog->vtables, sizeof(IrVtable) * (size_t)prog->nvtables,
                                  sizeof(IrVtable) * (size_t)(prog->nvtables + 1));
    prog->vtables[prog->nvtables] = vt;
    return prog->nvtables++;
}

/* The method called name of the lang trait lang (the trait's declaration: instance_of it
 * with Self as type argument), or NULL. */
Def *lang_trait_method(LangTrait lang, const char *name) {
    for (int i = 0; i < trait_impls.len; i++) {
        TraitDef *trait = ((ImplDef *)trait_impls.items[i])->trait;
        if (trait->lang != lang) continue;
        for (int k = 0; k < trait->methods.len; k++) {
            Def *m = trait->methods.items[k];
            if (m->name == sym_cstr(name)) return m;
        }
    }
    return NULL;
}

/* ── facts of a type ── */

/* The value of std's size_of, align_of, needs_drop or the prelude's is_scalar for concrete
 * type t. */
IntBits type_fact_value(Builtin fact, Type *t) {
    switch (fact) {
    case BUILTIN_SIZE_OF: return layout_of(t)->size;
    case BUILTIN_ALIGN_OF: return layout_of(t)->align;
    case BUILTIN_NEEDS_DROP: return ty_needs_drop(t);
    default:                                    /* BUILTIN_IS_SCALAR */
        return t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL ||
            t->kind == TY_CHAR;
    }
}

Type *type_fact_type(Builtin fact) {
    return fact == BUILTIN_NEEDS_DROP || fact == BUILTIN_IS_SCALAR ? ty_bool : ty_int(IK_USIZE);
}

/* The fact of a type named by a generic body's type parameter: a call of `size_of::<T>()`
 * (a builtin Def of one type parameter and no body) that each instance makes a constant. */
Def *type_fact_fn(LowerCtx *ctx, Builtin fact) {
    for (int i = 0; i < ctx->type_fact_fns.len; i++)
        if (((Def *)ctx->type_fact_fns.items[i])->builtin == fact)
            return ctx->type_fact_fns.items[i];
    static const char *const names[] = {
        [BUILTIN_SIZE_OF] = "size_of", [BUILTIN_ALIGN_OF] = "align_of",
        [BUILTIN_NEEDS_DROP] = "needs_drop", [BUILTIN_IS_SCALAR] = "is_scalar"};
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_BUILTIN_FN;
    d->builtin = fact;
    d->name = sym_cstr(names[fact]);
    d->ngenerics = 1;
    d->ret_ty = type_fact_type(fact);
    ptrvec_push(&ctx->type_fact_fns, d);
    return d;
}

/* An operator applied to a generic body's type parameter, as rustc's MIR calls the trait's
 * method with the parameter as a type argument: `<Self as Add<Rhs>>::add(a, b)`,
 * `<Self as PartialOrd<Rhs>>::lt(&a, &b)`, `<Self as Neg>::neg(a)`,
 * `<Self as AddAssign<Rhs>>::add_assign(&mut a, b)`. A Def of no body with the type
 * parameters Self and Rhs (Neg: Self alone), one per shape and operator, that each instance
 * makes the impl's method or the built-in operation (mono/substitute.c). Its value holds
 * the shape and the operator. (The prelude's operator traits declare no methods: the
 * operators are built in.) */
/* rustc's name of the trait method an operator_fn stands for: `Add::add`, `PartialOrd::lt`,
 * `Neg::neg`, `AddAssign::add_assign`. */
static const char *operator_fn_name(OperatorShape shape, BinOp op) {
    static const char *const traits[] = {"Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr",
                                         "BitXor", "Shl", "Shr"};
    static const char *const methods[] = {"add", "sub", "mul", "div", "rem", "bitand", "bitor",
                                          "bitxor", "shl", "shr"};
    static const char *const orders[] = {"lt", "le", "gt", "ge"};
    switch (shape) {
    case OPERATOR_ORDER: return arena_printf("PartialOrd::%s", orders[op - BIN_LT]);
    case OPERATOR_NEG: return "Neg::neg";
    case OPERATOR_ASSIGN: return arena_printf("%sAssign::%s_assign", traits[op], methods[op]);
    case OPERATOR_ARITH: break;
    }
    return arena_printf("%s::%s", traits[op], methods[op]);
}

Def *operator_fn(LowerCtx *ctx, OperatorShape shape, BinOp op) {
    OperatorShape have_shape;
    BinOp have;
    for (int i = 0; i < ctx->operator_fns.len; i++)
        if (operator_fn_of(ctx, ctx->operator_fns.items[i], &have_shape, &have) &&
            have_shape == shape && have == op)
            return ctx->operator_fns.items[i];
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr(operator_fn_name(shape, op));
    d->value = (IntBits)shape << 8 | (IntBits)op;
    d->ngenerics = shape == OPERATOR_NEG ? 1 : 2;
    d->nparams = d->ngenerics;
    d->param_tys = arena_alloc(sizeof(Type *) * 2);
    Type *sides[2] = {NULL, NULL};
    for (int i = 0; i < d->ngenerics; i++) {
        Def *param = arena_alloc(sizeof *param);
        param->kind = DEF_TYPE_PARAM;
        param->name = sym_cstr(i ? "Rhs" : "Self");
        param->variant = i;                     /* its TY_PARAM index */
        sides[i] = d->param_tys[i] = ty_param(param);
    }
    d->ret_ty = sides[0];
    switch (shape) {
    case OPERATOR_ORDER:
        for (int i = 0; i < 2; i++) d->param_tys[i] = ty_ref(sides[i], false);
        d->ret_ty = ty_bool;
        break;
    case OPERATOR_ASSIGN:
        d->param_tys[0] = ty_ref(sides[0], true);
        d->ret_ty = ty_unit;
        break;
    case OPERATOR_ARITH:
    case OPERATOR_NEG: break;
    }
    ptrvec_push(&ctx->operator_fns, d);
    return d;
}

/* Whether d is an operator_fn, and of which shape and operator. */
Def *operator_fn_of(LowerCtx *ctx, const Def *d, OperatorShape *shape, BinOp *op) {
    for (int i = 0; d && i < ctx->operator_fns.len; i++)
        if (ctx->operator_fns.items[i] == d) {
            *shape = (OperatorShape)(d->value >> 8);
            *op = (BinOp)(d->value & 0xff);
            return (Def *)d;
        }
    return NULL;
}

/* The lang trait whose impl an operator_fn of shape and op calls. */
LangTrait operator_fn_lang(OperatorShape shape, BinOp op) {
    switch (shape) {
    case OPERATOR_ORDER: return LANG_PARTIAL_ORD;
    case OPERATOR_NEG: return LANG_NEG;
    case OPERATOR_ASSIGN: return ty_operator_lang(op, true);
    case OPERATOR_ARITH: break;
    }
    return ty_operator_lang(op, false);
}

/* The call of a value of type parameter F in a generic body, `<F as Fn<Args>>::call(&f,
 * args)` (kind LANG_FN; LANG_FN_MUT: call_mut(&mut f, args), LANG_FN_ONCE: call_once(f,
 * args)): a Def of no body, one per call, with F in inst_args[0] and the signature the call
 * site gives (params[0] is f's, by reference or by value), which the checks instantiate as
 * any callee's, and each instance makes the call of the closure's body, fn item or fn
 * pointer that F is (mono/substitute.c). */
static const char *const fn_call_names[] = {"Fn::call", "FnMut::call_mut", "FnOnce::call_once"};

Def *fn_param_call(LowerCtx *ctx, LangTrait kind, Type *f, Type **params, int nparams,
                   Type *ret) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr(fn_call_names[kind - LANG_FN]);
    d->value = kind;
    d->inst_args = arena_alloc(sizeof(Type *));
    d->inst_args[0] = f;
    d->nparams = nparams;
    d->param_tys = params;
    d->ret_ty = ret;
    ptrvec_push(&ctx->fn_param_calls, d);
    return d;
}

/* Whether d is a fn_param_call, and of which Fn trait. */
bool fn_param_call_of(LowerCtx *ctx, const Def *d, LangTrait *kind) {
    if (!d || d->kind != DEF_FN || d->value < LANG_FN || d->value > LANG_FN_ONCE ||
        d->name != sym_cstr(fn_call_names[d->value - LANG_FN]))
        return false;
    for (int i = 0; i < ctx->fn_param_calls.len; i++)
        if (ctx->fn_param_calls.items[i] == d) {
            *kind = (LangTrait)d->value;
            return true;
        }
    return false;
}

/* `<T as Tr>::N` of trait const c in a generic body (targs: its type arguments, Self first;
 * ty: its type): a Def of no body and no parameters, one per use, that each instance
 * replaces with the value of the impl for its Self (mono/substitute.c). */
Def *assoc_const_use(LowerCtx *ctx, Def *c, Type **targs, int ntargs, Type *ty) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr(arena_printf("<%s as %s>::%s", ty_str_of(targs[0]),
                                    sym_str(c->trait->name), sym_str(c->name)));
    d->inst_args = arena_alloc(sizeof(Type *) * (size_t)ntargs);
    memcpy(d->inst_args, targs, sizeof(Type *) * (size_t)ntargs);
    d->ret_ty = ty;
    d->assoc_base = c;
    ptrvec_push(&ctx->assoc_const_uses, d);
    return d;
}

/* The trait const an assoc_const_use stands for, or NULL. */
Def *assoc_const_of(LowerCtx *ctx, const Def *d) {
    if (!d || !d->assoc_base || d->kind != DEF_FN) return NULL;
    for (int i = 0; i < ctx->assoc_const_uses.len; i++)
        if (ctx->assoc_const_uses.items[i] == d) return d->assoc_base;
    return NULL;
}

/* ── pruning ── */

static int compare_body_defs(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)(*(Body *const *)a)->def, y = (uintptr_t)(*(Body *const *)b)->def;
    return x < y ? -1 : x > y;
}

typedef struct Reach {
    Body **sorted;                              /* the bodies that may go, by Def */
    bool *reached;
    int n;
    PtrVec work;
} Reach;

static void reach_def(Reach *r, Def *d) {
    Body key = {.def = d}, *kp = &key;
    Body **hit =
        d ? bsearch(&kp, r->sorted, (size_t)r->n, sizeof(Body *), compare_body_defs) : NULL;
    if (!hit || r->reached[hit - r->sorted]) return;
    r->reached[hit - r->sorted] = true;
    ptrvec_push(&r->work, *hit);
}

static void reach_constant(void *ctx, const Const *c, Location at) {
    (void)at;
    if (c->kind == CONST_FN) reach_def(ctx, c->fn);
}

static void reach_from(Reach *r, Body *b) {
    ir_visit_body(&(IrVisitor){.ctx = r, .constant = reach_constant}, b);
}

/* The prelude's plain fns that nothing calls are dropped before the checks and codegen:
 * a program pays for the library it uses. Reached are those called or taken as values
 * from the program's own bodies, instances, closures and drop glue, and vtables' methods. */
void drop_uncalled_bodies(IrProgram *prog, PtrVec *bodies) {
    Reach r = {0};
    r.sorted = arena_alloc(sizeof(Body *) * (size_t)(bodies->len + 1));
    for (int i = 0; i < bodies->len; i++)
        if (((Body *)bodies->items[i])->unused_unless_called) r.sorted[r.n++] = bodies->items[i];
    qsort(r.sorted, (size_t)r.n, sizeof(Body *), compare_body_defs);
    r.reached = arena_alloc(sizeof(bool) * (size_t)(r.n + 1));
    for (int i = 0; i < bodies->len; i++)
        if (!((Body *)bodies->items[i])->unused_unless_called)
            ptrvec_push(&r.work, bodies->items[i]);
    for (int v = 0; v < prog->nvtables; v++)
        for (int m = 0; m < prog->vtables[v].nmethods; m++)
            reach_def(&r, prog->vtables[v].methods[m]);
    while (r.work.len) reach_from(&r, r.work.items[--r.work.len]);
    int kept = 0;
    for (int i = 0; i < bodies->len; i++) {
        Body *b = bodies->items[i];
        Body **hit = b->unused_unless_called
            ? bsearch(&b, r.sorted, (size_t)r.n, sizeof(Body *), compare_body_defs)
            : NULL;
        if (!hit || r.reached[hit - r.sorted]) bodies->items[kept++] = b;
    }
    bodies->len = kept;
}
