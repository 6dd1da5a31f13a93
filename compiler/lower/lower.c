/* lower.c — from the typed AST to the IR: fn bodies and the crate.
 *
 * Takes: the type-checked AST (every expression has a concrete Type).
 * Gives: an IrProgram: one control-flow graph per fn body, with explicit copies and
 * moves, StorageLive/StorageDead for user variables, overflow and division checks as
 * assert terminators (their presence follows LowerOptions.overflow_checks, as rustc's
 * debug and release builds do), and printing/panicking as calls to runtime intrinsics.
 *
 * The shape follows rustc's MIR building: an expression is lowered `into` a destination
 * place, `as_operand`, or `as_place`; control flow creates blocks; code after a
 * diverging expression goes into a fresh block that nothing jumps to. The files of this
 * folder and what each does are listed in lower.h. This one lowers each fn (parameters,
 * statics' initialisation in main, return), generic fns per instance, drop glue, and
 * drives the crate: lower_crate lowers what bodies ask for until nothing is left. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* ── bodies ── */

static const char *symbol_for(Def *d, int index) {
    if (strcmp(sym_str(d->name), "main") == 0 && index == 0) return "patina_user_main";
    if (d->adt) return arena_printf("_pt%d_%s_%s", index, sym_str(d->adt->name), sym_str(d->name));
    return arena_printf("_pt%d_%s", index, sym_str(d->name));
}

/* A body for d: local 0 holds the result, then comes a local per parameter, as the
 * variable of a plain-name pattern (the others are bound by bind_params). */
Body *begin_body(Lower *lw, Def *d, Span span, Span ret_span) {
    Body *b = arena_alloc(sizeof *b);
    b->def = d;
    b->symbol = d->symbol;
    b->span = span;
    b->program = lw->ctx->program;
    lw->body = b;
    lw->cur = new_block(lw);
    new_local(lw, d->ret_ty, 0, ret_span, true, false);
    return b;
}

/* The body of d the compiler writes for type t (drop glue, a generated body): lw set up
 * afresh, d's parameters plain locals from 1, the type's declaration as the span. */
Body *begin_type_body(Lower *lw, LowerCtx *ctx, Def *d, Type *t) {
    *lw = (Lower){.ctx = ctx, .opts = ctx->opts, .caller_location = -1};
    Span span = t->kind == TY_ADT && t->adt->node ? t->adt->node->span : (Span){0};
    Body *b = begin_body(lw, d, span, span);
    for (int i = 0; i < d->nparams; i++) new_local(lw, d->param_tys[i], 0, span, false, false);
    b->nargs = d->nparams;
    return b;
}

void declare_params(Lower *lw, NodeList *params, Type **types) {
    for (int i = 0; i < params->len; i++) {
        Node *pat = ((Node *)params->items[i])->u.param.pat;
        if (is_plain_binding(pat)) {
            Binding *bd = pat->u.pat_ident.binding;
            int local = new_local(lw, types[i], bd->name, bd->span, bd->is_mut, true);
            set_binding_local(lw, bd, local);
        } else {
            new_local(lw, types[i], 0, pat->span, false, false);
        }
    }
}

/* The parameters with other patterns (`(a, b): (i32, i32)`), from their locals from `first`. */
void bind_params(Lower *lw, NodeList *params, int first) {
    lw->param_entries = arena_alloc(sizeof(int) * (size_t)(params->len + 1));
    for (int i = 0; i < params->len; i++) {
        Node *pat = ((Node *)params->items[i])->u.param.pat;
        lw->param_entries[i] = lw->scope_locals.len;
        if (!is_plain_binding(pat))
            bind_pattern_typed(lw, pat, local_place(first + i), lw->body->locals[first + i].ty,
                               pat->span);
    }
    lw->param_entries[params->len] = lw->params_mark = lw->scope_locals.len;
    lw->return_bb = new_block(lw);
    lw->body->blocks[lw->return_bb].term =
        (Term){.kind = TM_RETURN, .span = lw->body->span, .target = -1};
}

/* The return block: the parameters (locals first..first+n-1) die after the body's
 * variables, the last first, as in rustc. */
void finish_return(Lower *lw, int first, int n) {
    lw->cur = lw->return_bb;
    Span end = {lw->body->span.file, lw->body->span.hi ? lw->body->span.hi - 1 : 0,
                lw->body->span.hi};
    for (int i = n - 1; i >= 0; i--) {
        /* a parameter's pattern variables, then what is left of the parameter itself */
        for (int k = lw->param_entries[i + 1] - 1; k >= lw->param_entries[i]; k--)
            end_scope_entry(lw, lw->scope_locals.items[k], end);
        drop_local(lw, first + i, end);
    }
    lw->body->blocks[lw->cur].term =
        (Term){.kind = TM_RETURN, .span = lw->body->span, .target = -1};
}

/* main's prologue stores each static's value; a static whose initializer reads another
 * (`static B: i32 = A[0] + 1;`, A declared anywhere) is stored after that one. */
typedef struct StaticInit {
    Lower *lw;
    bool *started;                              /* per static's global */
    int nstatics;
} StaticInit;

static void init_global(StaticInit *init, int index);

static void init_statics_read_by(Node *n, const char *role, void *init_ptr) {
    (void)role;
    StaticInit *init = init_ptr;
    Def *d = n->kind == N_PATH && !n->u.path.binding ? n->u.path.def : NULL;
    int global =
        d && (d->kind == DEF_CONST || d->kind == DEF_STATIC_MUT) && d->node && d->node->kind != N_FN
        ? item_global(init->lw->ctx, d->node)
        : 0;
    if (global) init_global(init, ~global);
    ast_visit_children(n, init_statics_read_by, init);
}

static void init_global(StaticInit *init, int index) {
    Node *value = index < init->nstatics ? init->lw->ctx->program->globals[index].init : NULL;
    if (!value || init->started[index]) return;
    init->started[index] = true;
    init_statics_read_by(value, NULL, init);
    lower_into(init->lw, local_place(~index), value);
}

/* CFG: entry → statics (main) → body → scope end → return block (parameters' drops) */
static Body *lower_fn(LowerCtx *ctx, Node *fn) {
    ice_at(fn->span);
    Def *d = fn->u.fn.def;
    Lower lw = {.ctx = ctx, .opts = ctx->opts, .caller_location = -1};
    Body *b = begin_body(&lw, d, fn->span, fn->u.fn.ret ? fn->u.fn.ret->span : fn->u.fn.name_span);
    b->nargs = fn->u.fn.params.len;
    declare_params(&lw, &fn->u.fn.params, d->param_tys);
    if (d->track_caller) {
        /* the hidden (file, line, col) of the call, after the declared parameters */
        lw.caller_location = b->nargs + 1;
        for (int i = 0; i < 3; i++)
            new_local(&lw, ir_fn_param(d, b->nargs + i), 0, fn->span, false, false);
        b->nargs += 3;
    }
    bind_params(&lw, &fn->u.fn.params, 1);
    /* Initializers are constant expressions, so running them before main's first statement
     * is indistinguishable from rustc's compile-time evaluation. */
    if (strcmp(b->symbol, "patina_user_main") == 0) {
        /* the statics' globals, all made before any body (promoted constants follow them) */
        int nstatics = ctx->program->nglobals;
        StaticInit init = {&lw, arena_alloc(sizeof(bool) * (size_t)(nstatics + 1)), nstatics};
        for (int i = 0; i < nstatics; i++) init_global(&init, i);
    }
    lower_block_into(&lw, local_place(0), fn->u.fn.body);
    Span end = {fn->span.file, fn->span.hi ? fn->span.hi - 1 : 0, fn->span.hi};
    close_scope(&lw, lw.params_mark, end);      /* the body's tail temporaries */
    goto_block(&lw, lw.return_bb, fn->span, -1);
    finish_return(&lw, 1, fn->u.fn.params.len);
    return b;
}

/* Whether `&e` is promoted to a static, as rustc's rvalue static promotion does: e is a
 * constant expression (literals, consts, unit and tuple constructors, tuples, arrays and
 * struct literals of such, arithmetic other than division) of a type without Drop, so
 * `&(2 + 3)` or `&[1, 2, 3]` may be returned as a `&'static`. */
static bool promotable(Node *e) {
    e = strip_parens(e);
    if (!e->ty || ty_contains(e->ty, TY_PARAM) || ty_contains(e->ty, TY_INFER) ||
        ty_needs_drop(e->ty))
        return false;
    if (e->conversion)                          /* a cast is, a call of `from` is not */
        return e->conversion->kind == CONVERSION_PRIM_CAST && promotable(e->conversion->operand);
    switch (e->kind) {
    case N_LIT_INT: case N_LIT_FLOAT: case N_LIT_BOOL: case N_LIT_CHAR: case N_LIT_STR: return true;
    case N_PATH: {
        Def *d = e->u.path.def;
        if (e->u.path.binding || !d) return false;
        if (d->kind == DEF_CONST) return !is_static_item(d) && !d->trait;
        return d->kind == DEF_VARIANT || d->kind == DEF_ADT || d->kind == DEF_INT_CONST ||
            d->kind == DEF_FLOAT_CONST;
    }
    case N_TUPLE: case N_ARRAY:
        for (int i = 0; i < e->u.list.elems.len; i++)
            if (!promotable(e->u.list.elems.items[i])) return false;
        return true;
    case N_ARRAY_REPEAT: return promotable(e->u.repeat.value);
    case N_STRUCT_LIT:
        if (e->u.struct_lit.base) return false;
        for (int i = 0; i < e->u.struct_lit.fields.len; i++)
            if (!promotable(((Node *)e->u.struct_lit.fields.items[i])->u.field_init.expr))
                return false;
        return true;
    case N_CALL: {
        /* a tuple struct's or variant's constructor (`Some(3)`), not a fn */
        Node *callee = strip_parens(e->u.call.callee);
        Def *d = callee->kind == N_PATH ? callee->u.path.def : NULL;
        if (!d || (d->kind != DEF_VARIANT && d->kind != DEF_ADT)) return false;
        for (int i = 0; i < e->u.call.args.len; i++)
            if (!promotable(e->u.call.args.items[i])) return false;
        return true;
    }
    case N_UNARY:
        return (e->u.unary.op == UN_NEG || e->u.unary.op == UN_NOT) && !e->u.unary.method &&
            promotable(e->u.unary.operand);
    case N_BINARY:
        return e->u.binary.op != BIN_DIV && e->u.binary.op != BIN_REM && !e->u.binary.method &&
            promotable(e->u.binary.lhs) && promotable(e->u.binary.rhs);
    case N_CAST: return promotable(e->u.cast.expr);
    default: return false;
    }
}

int promoted_global(LowerCtx *ctx, Node *ref) {
    for (int i = 0; i < ctx->promoted_refs.len; i++)
        if (ctx->promoted_refs.items[i] == ref)
            return (int)(intptr_t)ctx->promoted_globals.items[i];
    return 0;
}

/* Every `static` item with a value, and every promoted `&e`, gets its global before any
 * body is lowered, so that main can initialise them all. */
typedef struct StaticsScan {
    LowerCtx *ctx;
    bool in_trait_or_impl;
} StaticsScan;

static void collect_statics(Node *n, const char *role, void *scan_ptr) {
    (void)role;
    StaticsScan *scan = scan_ptr;
    if (n->kind == N_STATIC && n->u.value_item.value && n->ty) static_local(scan->ctx, n);
    if (n->kind == N_CONST_ITEM && !scan->in_trait_or_impl && n->u.value_item.value && n->ty &&
        !ty_contains(n->ty, TY_PARAM) && !ty_needs_drop(n->ty))
        static_local(scan->ctx, n);             /* for its uses as a place (const_place_global) */
    if (n->kind == N_TRAIT || n->kind == N_IMPL) {
        StaticsScan inside = {scan->ctx, true};
        ast_visit_children(n, collect_statics, &inside);
        return;
    }
    if (n->kind == N_UNARY && n->u.unary.op == UN_REF && promotable(n->u.unary.operand)) {
        Node *value = strip_parens(n->u.unary.operand);
        bool literal = value->kind == N_LIT_INT || value->kind == N_LIT_FLOAT ||
            value->kind == N_LIT_BOOL || value->kind == N_LIT_CHAR;
        if (!literal) {
            IrProgram *prog = scan->ctx->program;
            prog->globals = arena_realloc(prog->globals, sizeof(IrGlobal) * (size_t)prog->nglobals,
                                          sizeof(IrGlobal) * (size_t)(prog->nglobals + 1));
            prog->globals[prog->nglobals] =
                (IrGlobal){.symbol = arena_printf("_ptpromoted%d", prog->nglobals),
                           .ty = value->ty,
                           .init = value};
            ptrvec_push(&scan->ctx->promoted_refs, n);
            ptrvec_push(&scan->ctx->promoted_globals, (void *)(intptr_t)~prog->nglobals++);
        }
    }
    ast_visit_children(n, collect_statics, scan);
}

/* Every fn item, nested ones and methods included (they are ordinary items). */
static void collect_fn_nodes(Node *n, const char *role, void *ctx) {
    (void)role;
    if (n->kind == N_FN && n->u.fn.def && n->u.fn.body) ptrvec_push(ctx, n);
    ast_visit_children(n, collect_fn_nodes, ctx);
}

/* The body d's generic fn or closure was lowered to for the checks, or NULL. */
Body *checked_generic_body(LowerCtx *ctx, Def *d) {
    for (int i = 0; i < ctx->generic_bodies.len; i++)
        if (((Body *)ctx->generic_bodies.items[i])->def == d)
            return ctx->generic_bodies.items[i];
    return NULL;
}

/* The body of a generic fn for one instance: the checked generic body with the instance's
 * types (mono/substitute.c). */
static Body *lower_instance(LowerCtx *ctx, Instance *in) {
    ctx->lowering_instance = in;
    Body *b = mono_instance_body(ctx, checked_generic_body(ctx, in->generic), in->def, in->args,
                                 in->nargs);
    ctx->lowering_instance = NULL;
    return b;
}

/* `drop_in_place::<T>(&mut T)`: T's own Drop::drop first, then its fields (the variant's
 * for an enum, the elements for an array) in order, each through its own glue.
 * CFG: Drop::drop → [enum: switch → fields' drops → join | fields | array loop] → return */
static Body *lower_drop_glue(LowerCtx *ctx, Type *t) {
    Def *d = ir_drop_glue(ctx->program, t);
    Lower lw;
    Body *b = begin_type_body(&lw, ctx, d, t);
    Span span = b->span;
    Place self = project_deref(local_place(1), t);
    Type **impl_args;
    ImplDef *im = ty_drop_impl(t, &impl_args);
    for (int k = 0; im && k < im->methods.len; k++) {
        Def *m = im->methods.items[k];
        if (m->name != sym_cstr("drop")) continue;
        if (im->ngenerics) m = instance_of(ctx, m, impl_args, im->ngenerics);
        Operand arg = borrow_arg(&lw, d->param_tys[0], self, BORROW_MUT, span);
        call(&lw, fn_operand(m), &arg, 1, temp(&lw, ty_unit, span), false, span);
    }
    if (t->kind == TY_ADT && t->adt->is_enum) {
        int join;
        int *blocks = switch_on_variant(&lw, self, t, &join, span);
        for (int v = 0; v < t->adt->nvariants; v++) {
            lw.cur = blocks[v];
            for (int i = 0; i < t->adt->variants[v].nfields; i++) {
                Type *ft;
                Place fp = debug_field_place(self, t, v, i, &ft);
                if (ty_needs_drop(ft)) emit_drop(&lw, fp, ft, span);
            }
            goto_block(&lw, join, span, join);
        }
        lw.cur = join;
    } else if (t->kind == TY_ADT || t->kind == TY_TUPLE || t->kind == TY_CLOSURE) {
        for (int i = 0; i < field_count_of(t); i++) {
            Type *ft = t->kind == TY_CLOSURE ? t->elems[i] : field_type_of(t, i);
            if (ty_needs_drop(ft)) emit_drop(&lw, project_field(self, i, ft), ft, span);
        }
    } else if (t->kind == TY_ARRAY && ty_needs_drop(t->elem)) {
        Type *usize = ty_int(IK_USIZE);
        Place i = temp(&lw, usize, span);
        assign(&lw, i, rv_use(const_int(usize, 0), usize), span);
        int head = new_block(&lw), body = new_block(&lw), exit = new_block(&lw);
        goto_block(&lw, head, span, head);
        Operand more = compare(&lw, BIN_LT, use_place(i, usize), const_int(usize, t->len), span);
        branch_on_bool(&lw, more, exit, body, body, span);
        emit_drop(&lw, project_index(self, i.local, t->elem), t->elem, span);
        assign(&lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
        goto_block(&lw, head, span, exit);
    }
    close_scope(&lw, 0, span);                  /* its temporaries' storage */
    b->blocks[lw.cur].term = (Term){.kind = TM_RETURN, .span = span, .target = -1};
    return b;
}

IrProgram *lower_crate(Node *crate, const LowerOptions *opts) {
    IrProgram *prog = arena_alloc(sizeof *prog);
    LowerCtx context = {.opts = opts, .prelude = crate->u.crate.prelude, .program = prog};
    LowerCtx *ctx = &context;
    StaticsScan at_top = {ctx, false};
    ast_visit_children(crate, collect_statics, &at_top);
    PtrVec fns = {0};
    ast_visit_children(crate, collect_fn_nodes, &fns);
    int first_prelude_fn = fns.len;
    if (crate->u.crate.prelude) ast_visit_children(crate->u.crate.prelude, collect_fn_nodes, &fns);
    /* top-level main first so that it alone gets the runtime's entry symbol */
    for (int i = 0; i < fns.len; i++) {
        Node *fn = fns.items[i];
        bool top_main = false;
        for (int j = 0; j < crate->u.crate.items.len; j++)
            top_main |= crate->u.crate.items.items[j] == fn;
        top_main &= strcmp(sym_str(fn->u.fn.name), "main") == 0;
        fn->u.fn.def->symbol =
            top_main ? symbol_for(fn->u.fn.def, 0) : symbol_for(fn->u.fn.def, i + 1);
    }
    PtrVec bodies = {0}, generic_bodies = {0};
    for (int i = 0; i < fns.len; i++) {
        Node *fn = fns.items[i];
        if (fn->u.fn.def->ngenerics) {
            /* once as it is, for the ownership checks; its instances as calls ask */
            Body *b = lower_fn(ctx, fn);
            ptrvec_push(&generic_bodies, b);
            ptrvec_push(&ctx->generic_bodies, b);
            continue;
        }
        Body *b = lower_fn(ctx, fn);
        b->unused_unless_called = i >= first_prelude_fn;
        ptrvec_push(&bodies, b);
        if (strcmp(b->symbol, "patina_user_main") == 0) prog->main = b;
    }
    /* instances and closure bodies ask for more of each other as they are lowered */
    PtrVec closures = {0};
    int i = 0, k = 0, g = 0, f = 0, scanned = 0;
    do {
        while (i < ctx->instances.len || k < ctx->closure_bodies.len ||
               g < ctx->glue_types.len || f < ctx->generated.len) {
            if (i < ctx->instances.len) {
                ptrvec_push(&bodies, lower_instance(ctx, ctx->instances.items[i++]));
            } else if (f < ctx->generated.len) {
                GeneratedBody *gb = ctx->generated.items[f++];
                /* a type parameter's (`<T as Clone>::clone`) stands for its instances' */
                if (gb->ty->kind == TY_PARAM || gb->ty->kind == TY_PROJ) continue;
                ptrvec_push(gb->generic ? &generic_bodies : &bodies,
                            lower_generated_body(ctx, gb));
            } else if (k < ctx->closure_bodies.len) {
                ClosureBody *cb = ctx->closure_bodies.items[k++];
                Body *b = lower_closure_body(ctx, cb);
                ptrvec_push(cb->generic ? &generic_bodies : &bodies, b);
                if (cb->generic) ptrvec_push(&ctx->generic_bodies, b);
                if (!cb->generic) ptrvec_push(&closures, b);
            } else {
                ptrvec_push(&bodies, lower_drop_glue(ctx, ctx->glue_types.items[g++]));
            }
        }
        for (; scanned < closures.len; scanned++) {
            Body *b = closures.items[scanned];
            if (!body_moves_capture(b)) continue;
            b->def->closure_consumes = true;
            take_over_environment(ctx, b);            /* may ask for the environment's drop glue */
        }
    } while (g < ctx->glue_types.len);
    for (int n = 0; n < bodies.len; n++) use_up_consumed_closures(bodies.items[n]);
    drop_uncalled_bodies(prog, &bodies);
    prog->bodies = (Body **)bodies.items;
    prog->nbodies = bodies.len;
    prog->generic_bodies = (Body **)generic_bodies.items;
    prog->ngeneric_bodies = generic_bodies.len;
    return prog;
}
