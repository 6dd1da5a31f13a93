/* region_infer.c — region inference for one body, as rustc's NLL does it.
 *
 * Takes: a Body whose region positions are renumbered (ir_renumber_regions: every
 * reference, trait object and ADT region argument in a local's type, and every borrow,
 * has its own variable), its fn's signature with declared regions, and its liveness.
 * Gives: the locations each region variable contains (RegionValues) and the "later use"
 * that keeps a loan's region alive at a location, for the reports; and the outlives
 * constraints with their categories (RegionGraph), which region_errors.c reports from.
 *
 * The regions of the signature are universal: they contain every location of the body
 * and an end point of their own (end('a)); 'static contains its own end. A region
 * contains the locations where a local whose type holds it is live (liveness
 * constraints), and outlives constraints `'a: 'b` (value('a) ⊇ value('b)) come from
 * every assignment, borrow (with reborrow constraints through `*r`), aggregate, call
 * (each call instantiates the callee's signature with fresh variables) and the
 * signature itself, related with variance (`&'a T` covariant in 'a and T, `&'a mut T`
 * invariant in T). The values are the least fixed point of the constraints, which
 * region_values.c finds over the constraint graph's SCCs. Each constraint keeps why it
 * exists (its category and statement): region_errors.c reports a universal region whose
 * value reaches the end of another without a declared bound, and blames the constraints
 * that made it so. */
#include "patina.h"
#include "borrowck/borrows.h"

#include <string.h>

typedef enum Variance { COVARIANT, CONTRAVARIANT, INVARIANT } Variance;

struct RegionCx {
    Body *body;
    BorrowckMode mode;                          /* the lexical rule's liveness is storage's */
    const Cfg *cfg;
    const RegionSig *sig;
    int nvars;
    /* universal regions: the signature's parameters, then 'static (var universal[i]) */
    int nuniversal, *universal;
    Outlives *edges;
    int nedges, cap_edges;
    Location at;                                /* the statement constraints come from, */
    ConstraintCategory category;                /* why, */
    ConstraintCategory write_category;          /* (a cast's statement: its write) */
    Span span;                                  /* its span, */
    Type *invariant_in;                         /* and the `&mut T` relating them invariantly */
    ConstraintCategory return_category;         /* of a write of the return place */
    RegionGraph graph;
    int nlocations;
    RegionValues *values;                       /* region_values.c: solved over the SCCs */
    /* between universal regions: known[a * nuniversal + b] when 'a: 'b is declared,
     * implied by the inputs' types (`&'b Foo<'a>` implies 'a: 'b) or follows from those */
    bool *known;
};

static Variance compose(Variance outer, Variance inner) {
    if (outer == INVARIANT || inner == INVARIANT) return INVARIANT;
    return outer == inner ? COVARIANT : CONTRAVARIANT;
}

static int fresh_var(RegionCx *cx) { return cx->nvars++; }

void type_each_region(Type *t, void (*fn)(void *ctx, Region r), void *ctx) {
    if (!t || !(t->region_flags & TYPE_REGION_SLOT)) return;
    for (int i = 0; i < t->nregions; i++) fn(ctx, t->regions[i]);
    switch (t->kind) {
    case TY_REF: case TY_PTR: case TY_ARRAY: case TY_SLICE:
        type_each_region(t->elem, fn, ctx);
        break;
    case TY_FN_PTR:
        type_each_region(t->ret, fn, ctx);
        /* fall through */
    case TY_TUPLE: case TY_ADT: case TY_CLOSURE:
        for (int i = 0; i < t->nelems; i++) type_each_region(t->elems[i], fn, ctx);
        break;
    default:
        break;
    }
}

static void outlives(RegionCx *cx, int longer, int shorter) {
    if (longer < 0 || shorter < 0 || longer == shorter) return;
    if (cx->nedges == cx->cap_edges) {
        int cap = cx->cap_edges ? 2 * cx->cap_edges : 64;
        Outlives *grown = scratch_alloc(sizeof(Outlives) * (size_t)cap);
        if (cx->nedges) memcpy(grown, cx->edges, sizeof(Outlives) * (size_t)cx->nedges);
        cx->edges = grown;
        cx->cap_edges = cap;
    }
    cx->edges[cx->nedges++] = (Outlives){longer, shorter, cx->at, cx->category,
                                         cx->write_category, cx->span, cx->invariant_in};
}

/* The variable a region stands for in this body: its own, or a universal one. */
static int var_of(RegionCx *cx, Region r) {
    switch (r.kind) {
    case REGION_VAR: return r.index;
    case REGION_PARAM: return r.index < cx->nuniversal - 1 ? cx->universal[r.index] : -1;
    case REGION_STATIC: return cx->universal[cx->nuniversal - 1];
    case REGION_ERASED: case REGION_BOUND: return -1;
    }
    return -1;
}

static void relate_regions(RegionCx *cx, Region sub, Region sup, Variance v) {
    int a = var_of(cx, sub), b = var_of(cx, sup);
    if (v != CONTRAVARIANT) outlives(cx, a, b);     /* &'a T <: &'b T needs 'a: 'b */
    if (v != COVARIANT) outlives(cx, b, a);
}

typedef struct OutlivesRegion {
    RegionCx *cx;
    int shorter;
} OutlivesRegion;

static void region_outlives(void *ctx, Region r) {
    OutlivesRegion *o = ctx;
    outlives(o->cx, var_of(o->cx, r), o->shorter);
}

/* sub <: sup under variance v: the region constraints that makes true. Types of different
 * shapes (a coercion: unsizing, `&mut` to `&`) relate what they have in common. */
static void relate(RegionCx *cx, Type *sub, Type *sup, Variance v) {
    if (!sub || !sup || sub == sup) return;
    if (!(sub->region_flags & TYPE_REGION_SLOT) || !(sup->region_flags & TYPE_REGION_SLOT))
        return;
    if (sub->kind != sup->kind) {
        if (sub->kind == TY_ARRAY && sup->kind == TY_SLICE) relate(cx, sub->elem, sup->elem, v);
        /* unsizing to `dyn Trait + 'r`: whatever the value borrows outlives 'r */
        if (sup->kind == TY_DYN && sup->nregions && v != CONTRAVARIANT) {
            OutlivesRegion o = {cx, var_of(cx, sup->regions[0])};
            type_each_region(sub, region_outlives, &o);
        }
        return;
    }
    int nr = sub->nregions < sup->nregions ? sub->nregions : sup->nregions;
    for (int i = 0; i < nr; i++) relate_regions(cx, sub->regions[i], sup->regions[i], v);
    switch (sub->kind) {
    case TY_REF: {
        bool invariant = sub->is_mut && sup->is_mut;
        Type *outer = cx->invariant_in;
        if (invariant && !outer) cx->invariant_in = sub->elem;
        relate(cx, sub->elem, sup->elem, compose(v, invariant ? INVARIANT : COVARIANT));
        cx->invariant_in = outer;
        break;
    }
    case TY_PTR:
        relate(cx, sub->elem, sup->elem, compose(v, sub->is_mut ? INVARIANT : COVARIANT));
        break;
    case TY_ARRAY: case TY_SLICE:
        relate(cx, sub->elem, sup->elem, v);
        break;
    case TY_FN_PTR:
        for (int i = 0; i < sub->nelems && i < sup->nelems; i++)
            relate(cx, sub->elems[i], sup->elems[i], compose(v, CONTRAVARIANT));
        relate(cx, sub->ret, sup->ret, v);
        break;
    case TY_ADT: case TY_TUPLE: case TY_CLOSURE:
        for (int i = 0; i < sub->nelems && i < sup->nelems; i++)
            relate(cx, sub->elems[i], sup->elems[i], v);
        break;
    default:
        break;
    }
}

/* ── the types of places, with their regions ── */

typedef struct RegionArgs {
    const Region *regions;
    int n;
} RegionArgs;

/* An ADT's declared region parameter i becomes the type's region argument i. */
static Region adt_region_arg(void *ctx, Region r) {
    RegionArgs *a = ctx;
    if (r.kind == REGION_PARAM && r.index < a->n) return a->regions[r.index];
    return r;
}

/* Field f of variant v (-1: a struct) of ADT type t, with t's regions and type
 * arguments in it. */
static Type *adt_field_type(Type *t, int v, int f) {
    AdtDef *adt = t->adt;
    AdtField *field = v >= 0 ? &adt->variants[v].fields[f] : &adt->fields[f];
    Type *declared = field->sig_ty ? field->sig_ty : field->ty;
    RegionArgs args = {t->regions, t->nregions};
    if (t->nregions) declared = ty_map_regions(declared, adt_region_arg, &args);
    return ty_subst(declared, t->elems, t->nelems);
}

/* A local's type with its region variables (a static's: erased). */
static Type *local_type(Body *body, int local) {
    if (local < 0) return ir_global(body->program, local)->ty;
    const Local *l = &body->locals[local];
    return l->renumbered_ty ? l->renumbered_ty : l->ty;
}

/* Place p's type with the regions of its local's (renumbered) type carried through its
 * projections; where they cannot be followed, the projection's erased type. */
static Type *place_type(Body *body, const Place *p) {
    Type *t = local_type(body, p->local);
    int variant = -1;
    for (int i = 0; i < p->nproj; i++) {
        const Proj *pr = &p->proj[i];
        Type *next = pr->ty;
        switch (pr->kind) {
        case PROJ_DEREF:
            if (t->kind == TY_REF || t->kind == TY_PTR) next = t->elem;
            break;
        case PROJ_INDEX: case PROJ_CONST_INDEX:
            if (t->kind == TY_ARRAY || t->kind == TY_SLICE) next = t->elem;
            break;
        case PROJ_SUBSLICE:
            if (t->kind == TY_SLICE) next = t;
            else if (t->kind == TY_ARRAY) next = ty_array(t->elem, pr->ty->len);
            break;
        case PROJ_DOWNCAST:
            variant = pr->field;
            next = t;
            break;
        case PROJ_FIELD:
            if (t->kind == TY_ARRAY) next = t->elem;     /* a constant index */
            else if (t->kind == TY_TUPLE || t->kind == TY_CLOSURE) next = t->elems[pr->field];
            else if (t->kind == TY_ADT) next = adt_field_type(t, variant, pr->field);
            variant = -1;
            break;
        }
        t = next;
    }
    return t;
}

static Type *operand_type(RegionCx *cx, const Operand *op) {
    if (op->kind != OP_CONST) return place_type(cx->body, &op->place);
    return op->c.ty;
}

/* ── constraints from statements ── */

/* `&'r place`: the reference's region is outlived by every `&mut` it reborrows through,
 * up to the first shared reference (rustc's add_reborrow_constraint). */
static void reborrow_constraints(RegionCx *cx, const Place *p, int region) {
    for (int i = p->nproj - 1; i >= 0; i--) {
        if (p->proj[i].kind != PROJ_DEREF) continue;
        Place base = {.local = p->local, .nproj = i, .proj = p->proj};
        Type *t = place_type(cx->body, &base);
        if (t->kind != TY_REF) {
            /* a Box's contents, `*b.0` (its pointer field): owned, go on */
            Place boxed = {.local = p->local, .nproj = i - 1, .proj = p->proj};
            if (t->kind == TY_PTR && i > 0 && p->proj[i - 1].kind == PROJ_FIELD &&
                p->proj[i - 1].field == 0 && ty_is_box(place_type(cx->body, &boxed)))
                continue;
            if (t->kind == TY_PTR) return;
            continue;
        }
        if (t->nregions) outlives(cx, var_of(cx, t->regions[0]), region);
        if (!t->is_mut) return;
    }
}

static void assign_constraints(RegionCx *cx, const Stmt *st) {
    const Rvalue *rv = &st->rv;
    Type *dest = place_type(cx->body, &st->place);
    switch (rv->kind) {
    case RV_USE:
        relate(cx, operand_type(cx, &rv->a), dest, COVARIANT);
        break;
    case RV_CAST: case RV_UNSIZE: {
        ConstraintCategory outer = cx->category;
        cx->category = rv->kind == RV_CAST ? CAT_CAST : CAT_COERCION;
        relate(cx, operand_type(cx, &rv->a), dest, COVARIANT);
        cx->category = outer;
        break;
    }
    case RV_REPEAT:
        if (dest->kind == TY_ARRAY) relate(cx, operand_type(cx, &rv->a), dest->elem, COVARIANT);
        break;
    case RV_REF: {
        if (dest->kind != TY_REF) break;
        if (dest->nregions) outlives(cx, var_of(cx, rv->region), var_of(cx, dest->regions[0]));
        bool shared = rv->borrow == BORROW_SHARED || rv->borrow == BORROW_SHALLOW;
        relate(cx, place_type(cx->body, &rv->place), dest->elem, shared ? COVARIANT : INVARIANT);
        reborrow_constraints(cx, &rv->place, var_of(cx, rv->region));
        break;
    }
    case RV_AGGREGATE:
        for (int i = 0; i < rv->nelems; i++) {
            Type *field = NULL;
            if (dest->kind == TY_TUPLE || dest->kind == TY_CLOSURE)
                field = i < dest->nelems ? dest->elems[i] : NULL;
            else if (dest->kind == TY_ARRAY)
                field = dest->elem;
            else if (dest->kind == TY_ADT)
                field = adt_field_type(dest, dest->adt->is_enum ? rv->variant : -1, i);
            relate(cx, operand_type(cx, &rv->elems[i]), field, COVARIANT);
        }
        break;
    default:
        break;
    }
}

/* A callee's region parameters and the erased regions inside its type arguments become
 * fresh variables of this call. */
typedef struct Instantiate {
    RegionCx *cx;
    int *params;                                /* per callee region parameter */
    int nparams;
} Instantiate;

static Region instantiate_region(void *ctx, Region r) {
    Instantiate *in = ctx;
    if (r.kind == REGION_PARAM && r.index < in->nparams)
        return (Region){REGION_VAR, in->params[r.index]};
    if (r.kind == REGION_ERASED) return (Region){REGION_VAR, fresh_var(in->cx)};
    return r;
}

/* The type parameter of decl a `T: 'a` bound names (its generic parameter or a path to
 * it), or -1. */
static int bound_type_param(const Def *decl, const Node *ty) {
    for (int i = 0; i < decl->ngenerics; i++) {
        if (ty->kind == N_GENERIC_PARAM && decl->generic_names &&
            ty->u.generic_param.name == decl->generic_names[i])
            return i;
        if (ty->kind == T_PATH && ty->u.path.def && ty->u.path.def == decl->generic_defs[i])
            return i;
    }
    return -1;
}

/* Which writes of `dest` are: rustc's categories for an assignment's destination. */
static ConstraintCategory write_category(const RegionCx *cx, const Place *dest) {
    if (dest->local == 0 && !dest->nproj) return cx->return_category;
    if (dest->nproj || dest->local < 0 || dest->local <= cx->body->nargs) return CAT_ASSIGNMENT;
    return cx->body->locals[dest->local].is_user_var ? CAT_ASSIGNMENT : CAT_BORING;
}

static void call_constraints(RegionCx *cx, const Term *t) {
    if (t->func.kind != OP_CONST || t->func.c.kind != CONST_FN || !t->func.c.fn) return;
    Def *fn = t->func.c.fn;
    Def *decl = fn->generic ? fn->generic : fn;
    const RegionSig *sig = lifetimes_of_def(decl);
    Instantiate in = {.cx = cx, .nparams = sig ? sig->nparams : 0};
    in.params = scratch_alloc(sizeof(int) * (size_t)(in.nparams + 1));
    for (int i = 0; i < in.nparams; i++) in.params[i] = fresh_var(cx);
    cx->category = cx->write_category = CAT_PREDICATE;
    for (int i = 0; sig && i < sig->noutlives; i++) {
        Region longer = instantiate_region(&in, sig->outlives[i].longer);
        Region shorter = instantiate_region(&in, sig->outlives[i].shorter);
        relate_regions(cx, longer, shorter, COVARIANT);
    }
    /* one set of fresh variables per type argument, shared by all its occurrences */
    Type **args = NULL;
    int nargs = fn->generic ? fn->generic->ngenerics : 0;
    if (nargs) {
        args = scratch_alloc(sizeof(Type *) * (size_t)nargs);
        for (int i = 0; i < nargs; i++) args[i] = ty_map_regions(fn->inst_args[i],
                                                               instantiate_region, &in);
    }
    /* `T: 'a`: every region of T's argument outlives 'a */
    for (int i = 0; sig && nargs && i < sig->ntype_outlives; i++) {
        int param = bound_type_param(decl, sig->type_outlives[i].ty);
        if (param < 0 || param >= nargs) continue;
        OutlivesRegion o = {cx, var_of(cx, instantiate_region(&in, sig->type_outlives[i].region))};
        type_each_region(args[param], region_outlives, &o);
    }
    cx->category = cx->write_category = CAT_CALL_ARGUMENT;
    for (int i = 0; i < t->nargs && i < decl->nparams; i++) {
        Type *param = ty_map_regions(def_sig_param_ty(decl, i), instantiate_region, &in);
        if (nargs) param = ty_subst(param, args, nargs);
        relate(cx, operand_type(cx, &t->args[i]), param, COVARIANT);
    }
    cx->category = cx->write_category = write_category(cx, &t->dest);
    Type *ret = ty_map_regions(def_sig_ret_ty(decl), instantiate_region, &in);
    if (nargs) ret = ty_subst(ret, args, nargs);
    relate(cx, ret, place_type(cx->body, &t->dest), COVARIANT);
}

/* A closure's annotated reference parameters and result (`|a: &i32| -> &i32`): each `&`
 * is a universal region of its body of its own, as rustc's late-bound anonymous regions.
 * Makes cx->sig for them and gives the local whose type's outermost region each is. */
static int *closure_signature(RegionCx *cx) {
    const Node *c = cx->body->def ? cx->body->def->node : NULL;
    if (!c || c->kind != N_CLOSURE) return NULL;
    int n = c->u.closure.params.len + 1;
    RegionSig *sig = scratch_alloc(sizeof *sig);
    sig->params = scratch_alloc(sizeof(RegionParam) * (size_t)n);
    int *locals = scratch_alloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        const Node *ty = i + 1 < n ? c->u.closure.params.items[i]->u.param.ty : c->u.closure.ret;
        int local = i + 1 < n ? i + 2 : 0;          /* after the environment */
        if (!ty || ty->kind != T_REF || ty->u.ty_ref.lifetime || local >= cx->body->nlocals)
            continue;
        Type *t = local_type(cx->body, local);
        if (t->kind != TY_REF || !t->nregions || t->regions[0].kind != REGION_VAR) continue;
        sig->params[sig->nparams] = (RegionParam){0, {ty->span.file, ty->span.lo, ty->span.lo + 1}};
        locals[sig->nparams++] = local;
    }
    if (!sig->nparams) return NULL;
    cx->sig = sig;
    return locals;
}

/* `-> impl Trait` with no lifetime in its bounds: its hidden type may hold no borrow of
 * the body's, and rustc blames what put one there, not the return (CAT_OPAQUE). */
static bool returns_opaque_capturing_nothing(const Body *body) {
    const Node *fn = body->def ? body->def->node : NULL;
    if (!fn || fn->kind != N_FN || !fn->u.fn.ret || fn->u.fn.ret->kind != T_IMPL) return false;
    const RegionSig *sig = lifetimes_of_def(body->def);
    return !sig || lifetimes_region_at(sig, fn->u.fn.ret, 0).kind == REGION_ERASED;
}

static void signature_constraints(RegionCx *cx) {
    Def *def = cx->body->def;
    if (!def) return;
    cx->category = cx->write_category = CAT_SIGNATURE;
    cx->span = cx->body->span;
    for (int i = 0; i < cx->body->nargs && i < def->nparams; i++)
        relate(cx, def_sig_param_ty(def, i), local_type(cx->body, i + 1), INVARIANT);
    relate(cx, local_type(cx->body, 0), def_sig_ret_ty(def), INVARIANT);
    for (int i = 0; cx->sig && i < cx->sig->noutlives; i++)
        relate_regions(cx, cx->sig->outlives[i].longer, cx->sig->outlives[i].shorter,
                       COVARIANT);
}

/* ── liveness constraints ── */

/* Locations lo..hi, where a local whose type holds the regions is live: given to the sink
 * (region values, or polonius.c's per-region liveness). */
typedef struct AddLive {
    RegionLiveSink sink;
    void *ctx;
    int lo, hi;
} AddLive;

static void add_live(void *ctx, Region r) {
    AddLive *a = ctx;
    if (r.kind == REGION_VAR) a->sink(a->ctx, r.index, a->lo, a->hi);
}

/* The regions a drop of a value of type t may touch: all of them when t has a Drop impl
 * of the user's; through the library's containers (Vec, Box, Rc ...), whose Drop impls
 * rustc marks #[may_dangle], only those of the elements' own drops. */
void regions_each_drop_region(Type *t, void (*fn)(void *ctx, Region r), void *ctx) {
    if (!t || !ty_needs_drop(t)) return;
    if (t->kind == TY_ADT && ty_drop_impl(t, NULL) && !t->adt->is_prelude) {
        type_each_region(t, fn, ctx);
        return;
    }
    if (t->kind == TY_ADT || t->kind == TY_TUPLE || t->kind == TY_CLOSURE)
        for (int i = 0; i < t->nelems; i++) regions_each_drop_region(t->elems[i], fn, ctx);
    else if (t->kind == TY_ARRAY || t->kind == TY_SLICE)
        regions_each_drop_region(t->elem, fn, ctx);
}

/* Per local: whether some drop of it may find it initialized. A drop where it was moved
 * out on every path does nothing (drop elaboration removes it), so it keeps no region
 * alive: rustc's drop-liveness counts only drops of maybe-initialized values. */
static bool *drops_that_run(Body *body) {
    bool *runs = scratch_alloc(sizeof(bool) * (size_t)(body->nlocals + 1));
    MoveData *md = move_data_of(body);
    Cursor init = cursor_new(md->facts);
    for (int b = 0; b < body->nblocks; b++) {
        const Term *t = &body->blocks[b].term;
        if (t->kind != TM_DROP || t->place.local < 0) continue;
        int l = t->place.local, path = md->mp.root[l];
        if (path < 0 || !ir_cfg(body)->reachable[b]) {
            runs[l] |= path < 0;
            continue;
        }
        const BitSet *state = cursor_before(&init, b, body->blocks[b].nstmts);
        if (md_fact(md, state, MD_INIT, path)) runs[l] = true;
    }
    return runs;
}

static void liveness_constraints(const RegionCx *cx, RegionLiveSink sink, void *sink_ctx) {
    Body *body = cx->body;
    bool *drop_runs = drops_that_run(body);
    /* only locals whose types hold regions constrain them (rustc's relevant live locals) */
    int *index = scratch_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    int *local_of = scratch_alloc(sizeof(int) * (size_t)(body->nlocals + 1));
    int ntracked = 0;
    for (int l = 0; l < body->nlocals; l++) {
        Type *t = local_type(body, l);
        index[l] = t->region_flags & TYPE_REGION_SLOT ? ntracked : -1;
        if (index[l] >= 0) local_of[ntracked++] = l;
    }
    LocalLiveness *live = region_liveness_of(body, index, ntracked, cx->mode);
    for (int i = 0; i < ntracked; i++) {
        Type *t = local_type(body, local_of[i]);
        AddLive a = {.sink = sink, .ctx = sink_ctx};
        for (int k = 0; k < live[i].nuse; k++) {
            a.lo = live[i].use[2 * k], a.hi = live[i].use[2 * k + 1];
            type_each_region(t, add_live, &a);
        }
        /* a drop keeps regions alive only where it may find the value */
        for (int k = 0; drop_runs[local_of[i]] && k < live[i].ndrop; k++) {
            a.lo = live[i].drop[2 * k], a.hi = live[i].drop[2 * k + 1];
            regions_each_drop_region(t, add_live, &a);
        }
    }
}

/* ── relations between universal regions ── */

typedef struct Implied {
    RegionCx *cx;
    int shorter;                                /* the reference's region being entered */
} Implied;

static void note_implied(void *ctx, Region r) {
    Implied *im = ctx;
    if (r.kind == REGION_PARAM && im->shorter >= 0)
        im->cx->known[r.index * im->cx->nuniversal + im->shorter] = true;
}

/* In an input type, whatever a reference `&'b T` points to outlives 'b (it is well
 * formed only then): each region of T outlives 'b. */
static void implied_bounds(RegionCx *cx, Type *t) {
    if (!t || !(t->region_flags & TYPE_REGION_SLOT)) return;
    if (t->kind == TY_REF && t->nregions && t->regions[0].kind == REGION_PARAM) {
        Implied im = {cx, t->regions[0].index};
        type_each_region(t->elem, note_implied, &im);
    }
    switch (t->kind) {
    case TY_REF: case TY_PTR: case TY_ARRAY: case TY_SLICE: implied_bounds(cx, t->elem); break;
    case TY_TUPLE: case TY_ADT:
        for (int i = 0; i < t->nelems; i++) implied_bounds(cx, t->elems[i]);
        break;
    default: break;
    }
}

static void relate_universals(RegionCx *cx) {
    int n = cx->nuniversal, st = n - 1;
    cx->known = scratch_alloc(sizeof(bool) * (size_t)(n * n));
    for (int a = 0; a < n; a++) cx->known[a * n + a] = cx->known[st * n + a] = true;
    for (int i = 0; cx->sig && i < cx->sig->noutlives; i++) {
        const RegionOutlives *o = &cx->sig->outlives[i];
        int a = o->longer.kind == REGION_STATIC ? st : o->longer.index;
        int b = o->shorter.kind == REGION_STATIC ? st : o->shorter.index;
        if (o->longer.kind != REGION_PARAM && o->longer.kind != REGION_STATIC) continue;
        if (o->shorter.kind != REGION_PARAM && o->shorter.kind != REGION_STATIC) continue;
        cx->known[a * n + b] = true;
    }
    Def *def = cx->body->def;
    for (int i = 0; def && i < def->nparams; i++) implied_bounds(cx, def_sig_param_ty(def, i));
    for (int k = 0; k < n; k++)
        for (int a = 0; a < n; a++)
            for (int b = 0; a != k && cx->known[a * n + k] && b < n; b++)
                if (cx->known[k * n + b]) cx->known[a * n + b] = true;
}

/* ── public ── */

static void add_to_values(void *values, int var, int lo, int hi) {
    region_values_add_range(values, var, lo, hi);
}

void regions_each_live_range(const RegionCx *cx, RegionLiveSink sink, void *ctx) {
    liveness_constraints(cx, sink, ctx);
}

RegionCx *regions_infer(Body *body, BorrowckMode mode) {
    RegionCx *cx = scratch_alloc(sizeof *cx);
    *cx = (RegionCx){.body = body, .cfg = ir_cfg(body), .nvars = body->nregions,
                   .mode = mode};
    cx->sig = body->def ? lifetimes_of_def(body->def) : NULL;
    int *closure_locals = cx->sig ? NULL : closure_signature(cx);
    cx->nuniversal = (cx->sig ? cx->sig->nparams : 0) + 1;
    cx->universal = scratch_alloc(sizeof(int) * (size_t)cx->nuniversal);
    for (int i = 0; i < cx->nuniversal; i++) cx->universal[i] = fresh_var(cx);
    cx->category = cx->write_category = CAT_SIGNATURE;
    for (int u = 0; closure_locals && u + 1 < cx->nuniversal; u++) {
        Type *t = local_type(body, closure_locals[u]);
        relate_regions(cx, t->regions[0], (Region){REGION_PARAM, u}, INVARIANT);
    }

    cx->return_category = returns_opaque_capturing_nothing(body) ? CAT_OPAQUE : CAT_RETURN;
    signature_constraints(cx);
    relate_universals(cx);
    for (int b = 0; b < body->nblocks; b++) {
        Block *bb = &body->blocks[b];
        for (int s = 0; s < bb->nstmts; s++) {
            if (bb->stmts[s].kind != ST_ASSIGN) continue;
            cx->at = (Location){b, s};
            cx->span = bb->stmts[s].span;
            cx->category = cx->write_category = write_category(cx, &bb->stmts[s].place);
            assign_constraints(cx, &bb->stmts[s]);
        }
        cx->at = (Location){b, bb->nstmts};
        cx->span = bb->term.span;
        if (bb->term.kind == TM_CALL) call_constraints(cx, &bb->term);
    }

    cx->nlocations = cx->cfg->nlocations;
    cx->values = region_values_new(cx->nvars, cx->nlocations, cx->nuniversal, cx->edges,
                                   cx->nedges);
    /* a universal region holds the whole body and its own end */
    for (int u = 0; u < cx->nuniversal; u++) {
        region_values_add_range(cx->values, cx->universal[u], 0, cx->nlocations - 1);
        region_values_add_end(cx->values, cx->universal[u], u);
    }
    liveness_constraints(cx, add_to_values, cx->values);
    region_values_solve(cx->values);
    cx->graph = (RegionGraph){.body = body, .sig = cx->sig, .nvars = cx->nvars,
                              .nuniversal = cx->nuniversal, .universal = cx->universal,
                              .edges = cx->edges, .nedges = cx->nedges, .known = cx->known,
                              .names = scratch_alloc(sizeof(char *) * (size_t)cx->nuniversal),
                              .nnamed = scratch_alloc(sizeof(int))};
    return cx;
}

const RegionValues *regions_values(const RegionCx *cx) { return cx->values; }

/* Whether region r must outlive the end of the function (it reaches a universal region's
 * end): a loan in it escapes the body. */
bool regions_escape(const RegionCx *cx, int r) {
    if (r < 0 || r >= cx->nvars) return false;
    for (int u = 0; u < cx->nuniversal; u++)
        if (region_contains_end(cx->values, r, u)) return true;
    return false;
}


const RegionGraph *regions_graph(const RegionCx *cx) { return &cx->graph; }

bool regions_reach_end(const RegionCx *cx, int r, int u) {
    return r >= 0 && r < cx->nvars && region_contains_end(cx->values, r, u);
}

/* ── the later use ── */

typedef struct FindUse {
    const RegionCx *cx;
    BitSet reach;                               /* the variables the loan's region outlives */
    bool hit;
    LaterUse found;
} FindUse;

static void mark_found(void *ctx, Region r) {
    FindUse *f = ctx;
    if (r.kind == REGION_VAR && r.index < f->cx->nvars && bitset_get(&f->reach, r.index))
        f->hit = true;
}

static void look_at_use(void *ctx, const PlaceUse *use) {
    FindUse *f = ctx;
    if (f->found.at.block >= 0) return;
    if (use->kind == USE_STORE || use->kind == USE_STORAGE_LIVE ||
        use->kind == USE_STORAGE_DEAD || use->kind == USE_CALL_DEST)
        return;
    int l = use->place->local;
    if (l <= 0) return;                         /* the return place: a returned loan is
                                                   explained by the return (loan_returned) */
    f->hit = false;
    type_each_region(local_type(f->cx->body, l), mark_found, f);
    if (!f->hit) return;
    f->found = (LaterUse){.at = use->at, .span = use->span, .kind = use->kind, .local = l};
}

/* The variables region r outlives, transitively, r included; not past a universal region
 * (a loan that reaches `'a` does not flow into every other value typed with `'a`). */
static BitSet outlived_by(const RegionCx *cx, int r) {
    BitSet reach = bitset_scratch(cx->nvars);
    bitset_set(&reach, r);
    BitSet universal = bitset_scratch(cx->nvars);
    for (int u = 0; u < cx->nuniversal; u++) bitset_set(&universal, cx->universal[u]);
    for (bool changed = true; changed;) {
        changed = false;
        for (int e = 0; e < cx->nedges; e++)
            if (bitset_get(&reach, cx->edges[e].longer) &&
                !bitset_get(&universal, cx->edges[e].longer) &&
                !bitset_get(&reach, cx->edges[e].shorter)) {
                bitset_set(&reach, cx->edges[e].shorter);
                changed = true;
            }
    }
    return reach;
}

bool regions_returned(const RegionCx *cx, int r) {
    if (r < 0 || r >= cx->nvars) return false;
    FindUse f = {.cx = cx, .reach = outlived_by(cx, r)};
    type_each_region(local_type(cx->body, 0), mark_found, &f);
    return f.hit;
}

/* A write of the return place that stores a value whose type holds a region of reach. */
static bool writes_reached_return(FindUse *f, const Block *bb, int i) {
    bool is_stmt = i < bb->nstmts;
    const Place *dest = is_stmt ? &bb->stmts[i].place : &bb->term.dest;
    bool writes = is_stmt ? bb->stmts[i].kind == ST_ASSIGN : bb->term.kind == TM_CALL;
    if (!writes || dest->local != 0 || dest->nproj) return false;
    f->hit = false;
    IrVisitor v = {.ctx = f, .place = look_at_use};
    f->found.at.block = -1;
    if (is_stmt) ir_visit_stmt(&v, &bb->stmts[i], (Location){0, i});
    else ir_visit_term(&v, &bb->term, (Location){0, i});
    return f->found.at.block >= 0;
}

ReturnBlame regions_return_blame(const RegionCx *cx, int r) {
    ReturnBlame blame = {.found = false};
    if (r < 0 || r >= cx->nvars || !regions_returned(cx, r)) return blame;
    FindUse f = {.cx = cx, .reach = outlived_by(cx, r)};
    for (int b = 0; b < cx->body->nblocks && !blame.found; b++) {
        const Block *bb = &cx->body->blocks[b];
        for (int i = 0; i <= bb->nstmts && !blame.found; i++)
            if (writes_reached_return(&f, bb, i)) {
                blame.found = true;
                blame.span = i < bb->nstmts ? bb->stmts[i].span : bb->term.span;
            }
    }
    /* the universal region of the return type's first reference ('static when none) */
    Def *def = cx->body->def;
    Type *ret = def ? def_sig_ret_ty(def) : NULL;
    Region r0 = ret && ret->nregions ? ret->regions[0] : region_static;
    blame.universal = r0.kind == REGION_PARAM && r0.index < cx->nuniversal - 1
                          ? r0.index : cx->nuniversal - 1;
    return blame;
}

LaterUse regions_later_use(const RegionCx *cx, int region, Location from) {
    Body *body = cx->body;
    FindUse f = {.cx = cx, .reach = outlived_by(cx, region), .found = {.at = {-1, 0}}};
    BitSet seen = bitset_scratch(body->nblocks);
    int *stack = scratch_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    int top = 0, block = from.block, first = from.stmt;
    IrVisitor v = {.ctx = &f, .place = look_at_use};
    for (;;) {
        Block *bb = &body->blocks[block];
        bool left = false;
        for (int s = first; s <= bb->nstmts && f.found.at.block < 0; s++) {
            if (!region_contains(cx->values, region, cfg_location(cx->cfg, block, s))) {
                left = true;
                break;
            }
            if (s < bb->nstmts) ir_visit_stmt(&v, &bb->stmts[s], (Location){block, s});
            else ir_visit_term(&v, &bb->term, (Location){block, s});
        }
        if (f.found.at.block >= 0) return f.found;
        if (!left)
            for (int i = 0; i < cx->cfg->nsucc[block]; i++) {
                int next = cx->cfg->succ[block][i];
                if (bitset_get(&seen, next)) continue;
                bitset_set(&seen, next);
                stack[top++] = next;
            }
        if (!top) return f.found;
        block = stack[--top];
        first = 0;
    }
}
