/* types.c — hash-consed types.
 *
 * Takes: type constructors' arguments from typeck, lowering and the IR's renumbering.
 * Gives: one Type pointer per distinct type, so equality is pointer equality, plus the
 * facts about primitive types (widths, ranges, names) the later stages need. Inference
 * variables are the exception: each is fresh, and typeck resolves them. Regions are part
 * of a type's identity: `&'static str` and typeck's `&str` (erased) are two pointers, and
 * ty_erase_regions maps the first to the second. */
#include "patina.h"

#include <string.h>

Type *ty_bool, *ty_char, *ty_str, *ty_never, *ty_unit, *ty_error;
const Region region_erased = {REGION_ERASED, 0}, region_static = {REGION_STATIC, 0};

static Type *int_types[IK_USIZE + 1];
static Type *float_types[FK_F64 + 1];
static uint32_t next_type_id = 1;

/* Interning table for composite types. */
static Type **table;
static size_t table_cap, table_len;

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ull; }

static uint64_t type_hash(const Type *t) {
    uint64_t h = mix(1469598103934665603ull, (uint64_t)t->kind);
    h = mix(h, t->is_mut);
    h = mix(h, (uint64_t)(uintptr_t)t->elem);
    h = mix(h, t->len);
    h = mix(h, (uint64_t)(uintptr_t)t->ret);
    h = mix(h, (uint64_t)(uintptr_t)t->def);
    h = mix(h, (uint64_t)(uintptr_t)t->adt);
    h = mix(h, (uint64_t)(uintptr_t)t->trait);
    h = mix(h, (uint64_t)t->var);
    for (int i = 0; i < t->nelems; i++) h = mix(h, (uint64_t)(uintptr_t)t->elems[i]);
    for (int i = 0; i < t->nregions; i++)
        h = mix(mix(h, t->regions[i].kind), (uint64_t)t->regions[i].index);
    return h;
}

static bool type_equal(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->is_mut != b->is_mut || a->elem != b->elem || a->len != b->len ||
        a->ret != b->ret || a->def != b->def || a->adt != b->adt || a->trait != b->trait ||
        a->var != b->var || a->nelems != b->nelems || a->nregions != b->nregions)
        return false;
    for (int i = 0; i < a->nelems; i++)
        if (a->elems[i] != b->elems[i]) return false;
    for (int i = 0; i < a->nregions; i++)
        if (a->regions[i].kind != b->regions[i].kind || a->regions[i].index != b->regions[i].index)
            return false;
    return true;
}

/* The region flags of t, from its own regions and those of the types inside it. */
static uint8_t region_flags_of(const Type *t) {
    uint8_t flags = t->nregions ? TYPE_REGION_SLOT : 0;
    for (int i = 0; i < t->nregions; i++)
        if (t->regions[i].kind != REGION_ERASED) flags |= TYPE_REGION_KNOWN;
    if (t->elem) flags |= t->elem->region_flags;
    if (t->ret) flags |= t->ret->region_flags;
    for (int i = 0; i < t->nelems; i++) flags |= t->elems[i]->region_flags;
    return flags;
}

static void table_grow(void) {
    size_t cap = table_cap ? table_cap * 2 : 256;
    Type **t = arena_alloc(sizeof(Type *) * cap);
    for (size_t i = 0; i < table_cap; i++) {
        if (!table[i]) continue;
        size_t j = type_hash(table[i]) & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = table[i];
    }
    table = t;
    table_cap = cap;
}

/* Returns the canonical copy of the type described by key. */
static Type *intern(const Type *key) {
    if ((table_len + 1) * 2 > table_cap) table_grow();
    size_t j = type_hash(key) & (table_cap - 1);
    for (; table[j]; j = (j + 1) & (table_cap - 1))
        if (type_equal(table[j], key)) return table[j];
    Type *t = arena_alloc(sizeof *t);
    *t = *key;
    t->id = next_type_id++;
    if (key->nelems) {
        t->elems = arena_alloc(sizeof(Type *) * (size_t)key->nelems);
        memcpy(t->elems, key->elems, sizeof(Type *) * (size_t)key->nelems);
    }
    if (key->nregions) {
        t->regions = arena_alloc(sizeof(Region) * (size_t)key->nregions);
        memcpy(t->regions, key->regions, sizeof(Region) * (size_t)key->nregions);
    }
    t->region_flags = region_flags_of(t);
    /* what a type contains, once: types nest as a DAG (`((T, T), (T, T))`) whose walk as a
     * tree is exponential */
    t->kinds = 1u << t->kind;
    if (t->elem) t->kinds |= t->elem->kinds;
    if (t->ret) t->kinds |= t->ret->kinds;
    for (int i = 0; i < t->nelems; i++) t->kinds |= t->elems[i]->kinds;
    table[j] = t;
    table_len++;
    return t;
}

static Type *new_leaf(TypeKind kind) {
    Type *t = arena_alloc(sizeof *t);
    t->kind = kind;
    t->kinds = 1u << kind;
    t->id = next_type_id++;
    return t;
}

void types_reset(void) {
    ty_bool = ty_char = ty_str = ty_never = ty_unit = ty_error = NULL;
    memset(int_types, 0, sizeof int_types);
    memset(float_types, 0, sizeof float_types);
    next_type_id = 1;
    table = NULL;
    table_cap = table_len = 0;
}

void types_init(void) {
    ty_bool = new_leaf(TY_BOOL);
    ty_char = new_leaf(TY_CHAR);
    ty_str = new_leaf(TY_STR);
    ty_never = new_leaf(TY_NEVER);
    ty_error = new_leaf(TY_ERROR);
    for (int k = 0; k <= IK_USIZE; k++) {
        int_types[k] = new_leaf(TY_INT);
        int_types[k]->ik = (IntKind)k;
    }
    for (int k = 0; k <= FK_F64; k++) {
        float_types[k] = new_leaf(TY_FLOAT);
        float_types[k]->fk = (FloatKind)k;
    }
    ty_unit = ty_tuple(NULL, 0);
}

Type *ty_int(IntKind ik) { return int_types[ik]; }
Type *ty_float(FloatKind fk) { return float_types[fk]; }

Type *ty_tuple(Type **elems, int n) {
    Type key = {.kind = TY_TUPLE, .elems = elems, .nelems = n};
    return intern(&key);
}

Type *ty_ref_in(Type *elem, bool is_mut, Region r) {
    Type key = {.kind = TY_REF, .elem = elem, .is_mut = is_mut, .regions = &r, .nregions = 1};
    return intern(&key);
}

Type *ty_ref(Type *elem, bool is_mut) { return ty_ref_in(elem, is_mut, region_erased); }

Type *ty_static_str(void) { return ty_ref_in(ty_str, false, region_static); }

Type *ty_ptr(Type *elem, bool is_mut) {
    Type key = {.kind = TY_PTR, .elem = elem, .is_mut = is_mut};
    return intern(&key);
}

Type *ty_array(Type *elem, uint64_t len) {
    Type key = {.kind = TY_ARRAY, .elem = elem, .len = len};
    return intern(&key);
}

Type *ty_slice(Type *elem) {
    Type key = {.kind = TY_SLICE, .elem = elem};
    return intern(&key);
}

Type *ty_fn_def(Def *def) {
    Type key = {.kind = TY_FN_DEF, .def = def};
    return intern(&key);
}

Type *ty_fn_ptr(Type **params, int n, Type *ret) {
    Type key = {.kind = TY_FN_PTR, .elems = params, .nelems = n, .ret = ret};
    return intern(&key);
}

Type *ty_infer(InferKind kind, int var) {
    Type *t = new_leaf(TY_INFER);
    t->infer = kind;
    t->var = var;
    return t;
}

bool ty_is_unit(const Type *t) { return t->kind == TY_TUPLE && t->nelems == 0; }
bool ty_is_int(const Type *t) { return t->kind == TY_INT; }
bool ty_is_signed(const Type *t) { return t->kind == TY_INT && ty_int_signed(t->ik); }
bool ty_is_integral(const Type *t) {
    return t->kind == TY_INT || (t->kind == TY_INFER && t->infer == INFER_INT);
}

static const struct { const char *name; int bits; bool is_signed; } int_info[] = {
    [IK_I8] = {"i8", 8, true},         [IK_I16] = {"i16", 16, true},
    [IK_I32] = {"i32", 32, true},      [IK_I64] = {"i64", 64, true},
    [IK_I128] = {"i128", 128, true},   [IK_ISIZE] = {"isize", 64, true},
    [IK_U8] = {"u8", 8, false},        [IK_U16] = {"u16", 16, false},
    [IK_U32] = {"u32", 32, false},     [IK_U64] = {"u64", 64, false},
    [IK_U128] = {"u128", 128, false},  [IK_USIZE] = {"usize", 64, false},
};

int ty_int_bits(IntKind ik) { return int_info[ik].bits; }
bool ty_int_signed(IntKind ik) { return int_info[ik].is_signed; }
const char *ty_int_name(IntKind ik) { return int_info[ik].name; }

IntBits ty_int_max(IntKind ik) {
    int bits = ty_int_bits(ik);
    IntBits all = bits == 128 ? ~(IntBits)0 : ((IntBits)1 << bits) - 1;
    return ty_int_signed(ik) ? all >> 1 : all;
}

IntBits ty_int_min(IntKind ik) {
    return ty_int_signed(ik) ? ~(IntBits)0 << (ty_int_bits(ik) - 1) : 0;
}

IntBits ty_int_wrap(IntKind ik, IntBits v) {
    int bits = ty_int_bits(ik);
    if (bits >= 128) return v;
    IntBits mask = ((IntBits)1 << bits) - 1;
    v &= mask;
    if (ty_int_signed(ik) && (v >> (bits - 1)) & 1) v |= ~mask;
    return v;
}

const char *intbits_str(IntBits v, bool is_signed) {
    char buf[48], *p = buf + sizeof buf;
    bool negative = is_signed && (v >> 127);
    IntBits mag = negative ? 0 - v : v;
    *--p = 0;
    do {
        *--p = (char)('0' + (int)(mag % 10));
        mag /= 10;
    } while (mag);
    if (negative) *--p = '-';
    return arena_strndup(p, strlen(p));
}

Type *ty_adt_in(AdtDef *adt, Type **args, int n, const Region *regions) {
    Type key = {.kind = TY_ADT, .adt = adt, .elems = args, .nelems = n,
                .regions = (Region *)regions, .nregions = adt->nlifetimes};
    return intern(&key);
}

Type *ty_adt_args(AdtDef *adt, Type **args, int n) {
    /* the erased region arguments: few ADTs take more than a handful of lifetimes */
    static const Region erased[8];
    if (adt->nlifetimes <= 8) return ty_adt_in(adt, args, n, erased);
    Region *many = arena_alloc(sizeof(Region) * (size_t)adt->nlifetimes);
    return ty_adt_in(adt, args, n, many);
}

Type *ty_adt(AdtDef *adt) {
    if (!adt->ty) {
        size_t cap = (size_t)(adt->ngenerics ? adt->ngenerics : 1);
        Type **params = arena_alloc(sizeof(Type *) * cap);
        for (int i = 0; i < adt->ngenerics; i++) params[i] = ty_param(adt->generic_defs[i]);
        adt->ty = ty_adt_args(adt, params, adt->ngenerics);
    }
    return adt->ty;
}

/* What self (with regions) gives the parameters of impl im, against its self type as
 * declared: `IterMut<'?3, i32>` against `IterMut<'a, T>` gives 'a = '?3 and T = i32. */
typedef struct DeclaredArgs {
    ImplDef *im;
    Type **types;
    Region *regions;
    int nregions;
} DeclaredArgs;

static void bind_declared(DeclaredArgs *a, Type *pattern, Type *t) {
    ImplDef *im = a->im;
    if (pattern->kind == TY_PARAM && pattern->var < im->ngenerics &&
        im->generic_defs[pattern->var] == pattern->def) {
        if (!a->types[pattern->var]) a->types[pattern->var] = t;
        return;
    }
    if (pattern->kind != t->kind) return;
    for (int i = 0; i < pattern->nregions && i < t->nregions; i++) {
        Region r = pattern->regions[i];
        if (r.kind == REGION_PARAM && r.index < a->nregions) a->regions[r.index] = t->regions[i];
    }
    if (pattern->elem && t->elem) bind_declared(a, pattern->elem, t->elem);
    for (int i = 0; i < pattern->nelems && i < t->nelems; i++)
        bind_declared(a, pattern->elems[i], t->elems[i]);
}

static Region declared_region(void *ctx, Region r) {
    DeclaredArgs *a = ctx;
    if (r.kind != REGION_PARAM) return r;
    return r.index < a->nregions ? a->regions[r.index] : region_erased;
}

/* Impl im's associated type assoc for self, which carries regions the projection keeps;
 * args: im's type parameters matched on the erased self. */
static Type *declared_assoc_type(ImplDef *im, int assoc, Type *self, Type **args) {
    DeclaredArgs a = {.im = im, .nregions = im->regions->nparams};
    a.types = arena_alloc(sizeof(Type *) * (size_t)(im->ngenerics + 1));
    a.regions = arena_alloc(sizeof(Region) * (size_t)(a.nregions + 1));
    bind_declared(&a, im->sig_self_ty, self);
    for (int i = 0; i < im->ngenerics; i++)
        if (!a.types[i]) a.types[i] = args[i];
    Type *t = ty_map_regions(im->sig_assoc_types[assoc], declared_region, &a);
    return im->ngenerics ? ty_subst(t, a.types, im->ngenerics) : t;
}

Type *ty_proj(Type *self, TraitDef *trait, int assoc) {
    Type *with_regions = self;
    self = ty_erase_regions(self);              /* impls are matched on erased types */
    if (self->kind == TY_PARAM && self->def) {
        for (int i = 0; i < self->def->assoc_eq.len; i++) {
            Node *b = self->def->assoc_eq.items[i];
            if (self->def->assoc_eq_traits.items[i] == trait && self->def->assoc_eq_types.len > i &&
                b->u.assoc_binding.name == (Sym)(uintptr_t)trait->assoc_names.items[assoc])
                return self->def->assoc_eq_types.items[i];
        }
    }
    if (self->kind != TY_PARAM && self->kind != TY_INFER && self->kind != TY_PROJ) {
        /* an impl for self's own type before a blanket one (`impl<I: Iterator> IntoIterator
         * for I`), whose bounds are not checked here */
        for (int i = 0; i < 2 * trait_impls.len; i++) {
            ImplDef *im = trait_impls.items[i % trait_impls.len];
            Type **args;
            bool blanket = im->self_ty && im->self_ty->kind == TY_PARAM;
            if (blanket != (i >= trait_impls.len)) continue;
            if (im->trait != trait || !im->assoc_types || !impl_matches(im, self, &args)) continue;
            Type *t = im->assoc_types[assoc];
            if (t && (with_regions->region_flags & TYPE_REGION_KNOWN) && im->sig_assoc_types)
                return declared_assoc_type(im, assoc, with_regions, args);
            return t && im->ngenerics ? ty_subst(t, args, im->ngenerics) : t ? t : ty_error;
        }
    }
    Type key = {.kind = TY_PROJ, .elem = self, .trait = trait, .var = assoc};
    return intern(&key);
}

Type *ty_dyn_in(TraitDef *trait, Region r) {
    Type key = {.kind = TY_DYN, .trait = trait, .regions = &r, .nregions = 1};
    return intern(&key);
}

Type *ty_dyn(TraitDef *trait) { return ty_dyn_in(trait, region_erased); }

Type *ty_closure(Def *body, Type **captures, int n) {
    return ty_closure_in(body, captures, n, NULL);
}

Type *ty_closure_in(Def *body, Type **captures, int n, Type *parent) {
    Type key = {.kind = TY_CLOSURE, .def = body, .elems = captures, .nelems = n, .elem = parent};
    return intern(&key);
}

Type *ty_closure_sig(const Type *closure, Type *t) {
    return closure->elem ? ty_subst(t, closure->elem->elems, closure->elem->nelems) : t;
}

Type *ty_param(Def *param) {
    Type key = {.kind = TY_PARAM, .var = param->variant, .pname = param->name, .def = param};
    return intern(&key);
}

bool ty_contains(const Type *t, TypeKind kind) {
    if (t->kinds) return (t->kinds >> kind) & 1;
    if (t->kind == kind) return true;
    if (t->elem && ty_contains(t->elem, kind)) return true;
    if (t->ret && ty_contains(t->ret, kind)) return true;
    for (int i = 0; i < t->nelems; i++)
        if (ty_contains(t->elems[i], kind)) return true;
    return false;
}

Type *ty_subst(Type *t, Type **args, int n) {
    if (!n || !ty_contains(t, TY_PARAM)) return t;
    switch (t->kind) {
    case TY_PARAM: return t->var < n ? args[t->var] : t;
    case TY_REF: return ty_ref_in(ty_subst(t->elem, args, n), t->is_mut, t->regions[0]);
    case TY_PROJ: return ty_proj(ty_subst(t->elem, args, n), t->trait, t->var);
    case TY_PTR: return ty_ptr(ty_subst(t->elem, args, n), t->is_mut);
    case TY_ARRAY: return ty_array(ty_subst(t->elem, args, n), t->len);
    case TY_SLICE: return ty_slice(ty_subst(t->elem, args, n));
    case TY_TUPLE: case TY_ADT: case TY_FN_PTR: case TY_CLOSURE: {
        Type **elems = arena_alloc(sizeof(Type *) * (size_t)(t->nelems + 1));
        for (int i = 0; i < t->nelems; i++) elems[i] = ty_subst(t->elems[i], args, n);
        if (t->kind == TY_TUPLE) return ty_tuple(elems, t->nelems);
        if (t->kind == TY_CLOSURE) {
            Type *parent = t->elem ? ty_subst(t->elem, args, n) : NULL;
            return ty_closure_in(t->def, elems, t->nelems, parent);
        }
        if (t->kind == TY_ADT) return ty_adt_in(t->adt, elems, t->nelems, t->regions);
        return ty_fn_ptr(elems, t->nelems, ty_subst(t->ret, args, n));
    }
    default: return t;
    }
}

/* ── regions ── */

static Region erase_region(void *ctx, Region r) {
    (void)ctx, (void)r;
    return region_erased;
}

/* A type inside t, mapped as t is (erasure goes through its memo: types nest as a DAG). */
static Type *map_inner(Type *t, Region (*map)(void *, Region), void *ctx) {
    return map == erase_region ? ty_erase_regions(t) : ty_map_regions(t, map, ctx);
}

Type *ty_map_regions(Type *t, Region (*map)(void *ctx, Region r), void *ctx) {
    if (!(t->region_flags & TYPE_REGION_SLOT)) return t;
    /* the structure of t; the memos (ids, drop glue, ...) belong to the new type */
    Type key = {.kind = t->kind, .is_mut = t->is_mut, .len = t->len, .nelems = t->nelems,
                .def = t->def, .adt = t->adt, .var = t->var, .pname = t->pname,
                .trait = t->trait, .nregions = t->nregions};
    /* in printing order: a type's own regions come before the types inside it; the key's
     * arrays are copied by intern, so small ones live on the stack */
    Region region_buf[8];
    Type *elem_buf[8];
    Region *regions = t->nregions <= 8 ? region_buf
                    : arena_alloc(sizeof(Region) * (size_t)t->nregions);
    for (int i = 0; i < t->nregions; i++) regions[i] = map(ctx, t->regions[i]);
    key.regions = regions;
    key.elem = t->elem ? map_inner(t->elem, map, ctx) : NULL;
    Type **elems = t->nelems <= 8 ? elem_buf : arena_alloc(sizeof(Type *) * (size_t)t->nelems);
    for (int i = 0; i < t->nelems; i++) elems[i] = map_inner(t->elems[i], map, ctx);
    key.elems = elems;
    key.ret = t->ret ? map_inner(t->ret, map, ctx) : NULL;
    return intern(&key);
}

Type *ty_erase_regions(Type *t) {
    if (!(t->region_flags & TYPE_REGION_KNOWN)) return t;
    if (!t->erased) t->erased = ty_map_regions(t, erase_region, NULL);
    return t->erased;
}

bool trait_implies(TraitDef *have, TraitDef *want, LangTrait lang) {
    if (have == want || (lang != LANG_NONE && have->lang == lang)) return true;
    for (int i = 0; i < have->supertraits.len; i++)
        if (trait_implies(have->supertraits.items[i], want, lang)) return true;
    return false;
}

bool ty_param_bound(const Type *t, TraitDef *trait, LangTrait lang) {
    if (t->kind != TY_PARAM || !t->def) return false;
    for (int i = 0; i < t->def->bounds.len; i++)
        if (trait_implies(t->def->bounds.items[i], trait, lang)) return true;
    return false;
}

Type *ty_field(Type *adt_ty, const AdtField *f) {
    Type *ft = f->ty ? f->ty : ty_error;
    return adt_ty->kind == TY_ADT ? ty_subst(ft, adt_ty->elems, adt_ty->nelems) : ft;
}

static bool is_copy(const Type *t);

bool ty_is_copy(const Type *t) {
    if (ty_contains(t, TY_INFER)) return is_copy(t);
    Type *m = (Type *)t;                        /* the memo is not part of the type's value */
    if (!m->copy_memo) m->copy_memo = is_copy(t) ? 2 : 1;
    return m->copy_memo == 2;
}

static bool is_copy(const Type *t) {
    switch (t->kind) {
    case TY_ADT:
        if (!t->adt->derive_copy) return false;
        for (int i = 0; i < t->nelems; i++)
            if (!ty_is_copy(t->elems[i])) return false;
        return true;
    case TY_PARAM:
        return ty_param_bound(t, NULL, LANG_COPY);
    case TY_BOOL: case TY_CHAR: case TY_INT: case TY_FLOAT: case TY_NEVER: case TY_PTR:
    case TY_FN_DEF: case TY_FN_PTR: case TY_ERROR: case TY_INFER:
        return true;
    case TY_REF:
        return !t->is_mut;
    case TY_ARRAY:
        return ty_is_copy(t->elem);
    case TY_TUPLE: case TY_CLOSURE:             /* a closure is Copy when its captures are */
        for (int i = 0; i < t->nelems; i++)
            if (!ty_is_copy(t->elems[i])) return false;
        return true;
    case TY_STR: case TY_SLICE: case TY_DYN: case TY_PROJ:
        return false;
    }
    return false;
}

ImplDef *ty_drop_impl(Type *t, Type ***args) {
    if (t->kind != TY_ADT) return NULL;
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang == LANG_DROP && impl_matches(im, t, args)) return im;
    }
    return NULL;
}

bool ty_is_box(Type *t) {
    return t->kind == TY_ADT && t->adt->is_prelude && t->adt->name == sym_cstr("Box");
}

/* A value needs dropping when its type has an `impl Drop` or holds (by value) one that
 * does. A type being asked about counts as not needing it, which ends the recursion. */
bool ty_needs_drop(Type *t) {
    if (t->drop_memo) return t->drop_memo == 2;
    t->drop_memo = 1;
    bool needs = false;
    switch (t->kind) {
    case TY_ADT:
        needs = ty_drop_impl(t, NULL) != NULL;
        for (int i = 0; !needs && !t->adt->is_enum && i < t->adt->nfields; i++)
            needs = ty_needs_drop(ty_field(t, &t->adt->fields[i]));
        for (int v = 0; !needs && t->adt->is_enum && v < t->adt->nvariants; v++)
            for (int i = 0; !needs && i < t->adt->variants[v].nfields; i++)
                needs = ty_needs_drop(ty_field(t, &t->adt->variants[v].fields[i]));
        break;
    case TY_TUPLE: case TY_CLOSURE:
        for (int i = 0; !needs && i < t->nelems; i++) needs = ty_needs_drop(t->elems[i]);
        break;
    case TY_ARRAY: needs = t->len > 0 && ty_needs_drop(t->elem); break;
    case TY_DYN: needs = true; break;          /* whatever is behind it may: its vtable says */
    default: break;
    }
    t->drop_memo = needs ? 2 : 1;
    return needs;
}

/* A type being printed into a growing string; sig names REGION_PARAM regions. */
typedef struct TypePrinter {
    char *buf;
    size_t len, cap;
    const RegionSig *sig;
} TypePrinter;

static void put(TypePrinter *p, const char *s) {
    size_t n = strlen(s);
    if (p->len + n + 1 > p->cap) {
        size_t ncap = (p->len + n + 1) * 2;
        p->buf = arena_realloc(p->buf, p->cap, ncap);
        p->cap = ncap;
    }
    memcpy(p->buf + p->len, s, n + 1);
    p->len += n;
}

/* rustc's type length limit for long names in diagnostics: once more than print_limit
 * types are printed, a type that is not a primitive prints as `...` (negative: no limit). */
static int print_limit = -1, printed_types;
static bool print_truncated;

static void print_type(TypePrinter *p, const Type *t);

static void print_list(TypePrinter *p, Type **elems, int n) {
    for (int i = 0; i < n; i++) {
        if (i) put(p, ", ");
        print_type(p, elems[i]);
    }
}

/* `fn(A, B) -> R` (no arrow for a unit result) */
static void print_signature(TypePrinter *p, Type **params, int n, const Type *ret) {
    put(p, "fn(");
    print_list(p, params, n);
    put(p, ")");
    if (ret && !ty_is_unit(ret)) {
        put(p, " -> ");
        print_type(p, ret);
    }
}

static bool region_known(const Type *t, int i) {
    return i < t->nregions && t->regions[i].kind != REGION_ERASED;
}

/* `Name<'a, A, B>`: an ADT's regions print when one of them is known (erased: `'_`). */
static void print_adt(TypePrinter *p, const Type *t) {
    bool regions = false;
    for (int i = 0; i < t->nregions; i++) regions |= region_known(t, i);
    put(p, sym_str(t->adt->name));
    int shown = 0;
    for (int i = 0; regions && i < t->nregions; i++) {
        put(p, shown++ ? ", " : "<");
        put(p, region_known(t, i) ? region_str(p->sig, t->regions[i]) : "'_");
    }
    for (int i = 0; i < t->nelems; i++) {
        put(p, shown++ ? ", " : "<");
        print_type(p, t->elems[i]);
    }
    if (shown) put(p, ">");
}

/* `&'a mut T`, `*const T`; a trait object with its region in parentheses, as rustc
 * prints it: `&'a (dyn Tr + 'b)` */
static void print_pointer(TypePrinter *p, const Type *t) {
    if (t->kind == TY_PTR) {
        put(p, t->is_mut ? "*mut " : "*const ");
    } else {
        put(p, "&");
        if (region_known(t, 0)) {
            put(p, region_str(p->sig, t->regions[0]));
            put(p, " ");
        }
        if (t->is_mut) put(p, "mut ");
    }
    bool parens = t->elem->kind == TY_DYN && region_known(t->elem, 0);
    if (parens) put(p, "(");
    print_type(p, t->elem);
    if (parens) put(p, ")");
}

static void print_type(TypePrinter *p, const Type *t) {
    if (print_limit >= 0) {
        bool primitive = t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL ||
                         t->kind == TY_CHAR || (t->kind == TY_TUPLE && t->nelems == 0);
        if (printed_types > print_limit && !primitive) {
            print_truncated = true;
            put(p, "...");
            return;
        }
        printed_types++;
    }
    switch (t->kind) {
    case TY_BOOL: put(p, "bool"); break;
    case TY_ADT: print_adt(p, t); break;
    case TY_PARAM: put(p, sym_str(t->pname)); break;
    case TY_DYN:
        put(p, "dyn ");
        put(p, sym_str(t->trait->name));
        if (region_known(t, 0)) {
            put(p, " + ");
            put(p, region_str(p->sig, t->regions[0]));
        }
        break;
    case TY_PROJ:
        put(p, "<");
        print_type(p, t->elem);
        put(p, " as ");
        put(p, sym_str(t->trait->name));
        put(p, ">::");
        put(p, sym_str((Sym)(uintptr_t)t->trait->assoc_names.items[t->var]));
        break;
    case TY_CLOSURE: {
        int line, col;
        source_line_col(t->def->node->span, &line, &col);
        put(p, arena_printf("{closure@%d:%d}", line, col));
        break;
    }
    case TY_CHAR: put(p, "char"); break;
    case TY_STR: put(p, "str"); break;
    case TY_NEVER: put(p, "!"); break;
    case TY_ERROR: put(p, "{type error}"); break;
    case TY_INT: put(p, ty_int_name(t->ik)); break;
    case TY_FLOAT: put(p, t->fk == FK_F32 ? "f32" : "f64"); break;
    case TY_INFER:
        put(p, t->infer == INFER_INT ? "{integer}" : t->infer == INFER_FLOAT ? "{float}" : "_");
        break;
    case TY_TUPLE:
        put(p, "(");
        print_list(p, t->elems, t->nelems);
        put(p, t->nelems == 1 ? ",)" : ")");
        break;
    case TY_ARRAY:
        put(p, "[");
        print_type(p, t->elem);
        put(p, arena_printf("; %llu]", (unsigned long long)t->len));
        break;
    case TY_SLICE:
        put(p, "[");
        print_type(p, t->elem);
        put(p, "]");
        break;
    case TY_REF: case TY_PTR: print_pointer(p, t); break;
    case TY_FN_DEF:
        if (t->def) print_signature(p, t->def->param_tys, t->def->nparams, t->def->ret_ty);
        else put(p, "fn()");
        put(p, " {");
        put(p, t->def ? sym_str(t->def->name) : "?");
        put(p, "}");
        break;
    case TY_FN_PTR: print_signature(p, t->elems, t->nelems, t->ret); break;
    }
}

void ty_print_limit_begin(int limit) {
    print_limit = limit;
    printed_types = 0;
    print_truncated = false;
}

bool ty_print_limit_end(void) {
    print_limit = -1;
    return print_truncated;
}

char *ty_str_in(const Type *t, const RegionSig *sig) {
    TypePrinter p = {.buf = arena_alloc(32), .cap = 32, .sig = sig};
    print_type(&p, t);
    return p.buf;
}

char *ty_str_of(const Type *t) { return ty_str_in(t, NULL); }

/* ── primitive methods ── */

bool prim_method_lookup(Type *recv, Sym name, PrimMethod *out) {
    static const struct { const char *name; PrimOp op; int nargs; } float_methods[] = {
        {"sqrt", PRIM_SQRT, 0}, {"abs", PRIM_FABS, 0}, {"floor", PRIM_FLOOR, 0},
        {"ceil", PRIM_CEIL, 0}, {"round", PRIM_ROUND, 0}, {"trunc", PRIM_TRUNC, 0},
        {"sin", PRIM_SIN, 0}, {"cos", PRIM_COS, 0}, {"tan", PRIM_TAN, 0}, {"exp", PRIM_EXP, 0},
        {"ln", PRIM_LN, 0}, {"log10", PRIM_LOG10, 0}, {"log2", PRIM_LOG2, 0},
        {"signum", PRIM_FSIGNUM, 0}, {"to_degrees", PRIM_TO_DEGREES, 0},
        {"to_radians", PRIM_TO_RADIANS, 0}, {"is_nan", PRIM_IS_NAN, 0}, {"asin", PRIM_ASIN, 0},
        {"acos", PRIM_ACOS, 0}, {"atan", PRIM_ATAN, 0}, {"cbrt", PRIM_CBRT, 0},
        {"fract", PRIM_FRACT, 0}, {"recip", PRIM_RECIP, 0}, {"powi", PRIM_POWI, 1},
        {"powf", PRIM_POWF, 1}, {"min", PRIM_FMIN, 1}, {"max", PRIM_FMAX, 1},
        {"hypot", PRIM_HYPOT, 1}, {"atan2", PRIM_ATAN2, 1},
    };
    static const struct {
        const char *name;
        PrimOp op;
        int nargs;
        bool signed_only;
    } int_methods[] = {
        {"abs", PRIM_IABS, 0, true}, {"min", PRIM_IMIN, 1, false}, {"max", PRIM_IMAX, 1, false},
        {"pow", PRIM_IPOW, 1, false}, {"wrapping_add", PRIM_WRAPPING_ADD, 1, false},
        {"wrapping_sub", PRIM_WRAPPING_SUB, 1, false},
        {"wrapping_mul", PRIM_WRAPPING_MUL, 1, false}, {"count_ones", PRIM_COUNT_ONES, 0, false},
        {"leading_zeros", PRIM_LEADING_ZEROS, 0, false},
        {"trailing_zeros", PRIM_TRAILING_ZEROS, 0, false}, {"signum", PRIM_ISIGNUM, 0, true},
        {"is_positive", PRIM_IS_POSITIVE, 0, true}, {"is_negative", PRIM_IS_NEGATIVE, 0, true},
        {"rem_euclid", PRIM_REM_EUCLID, 1, false}, {"abs_diff", PRIM_ABS_DIFF, 1, false},
        {"is_power_of_two", PRIM_IS_POWER_OF_TWO, 0, false},
        {"saturating_add", PRIM_SATURATING_ADD, 1, false},
        {"saturating_sub", PRIM_SATURATING_SUB, 1, false},
        {"saturating_mul", PRIM_SATURATING_MUL, 1, false},
        {"count_zeros", PRIM_COUNT_ZEROS, 0, false}, {"rotate_left", PRIM_ROTATE_LEFT, 1, false},
        {"rotate_right", PRIM_ROTATE_RIGHT, 1, false}, {"swap_bytes", PRIM_SWAP_BYTES, 0, false},
        {"reverse_bits", PRIM_REVERSE_BITS, 0, false},
        {"wrapping_neg", PRIM_WRAPPING_NEG, 0, false}, {"checked_add", PRIM_CHECKED_ADD, 1, false},
        {"checked_sub", PRIM_CHECKED_SUB, 1, false}, {"checked_mul", PRIM_CHECKED_MUL, 1, false},
        {"checked_div", PRIM_CHECKED_DIV, 1, false}, {"checked_rem", PRIM_CHECKED_REM, 1, false},
        {"to_le_bytes", PRIM_TO_LE_BYTES, 0, false}, {"to_ne_bytes", PRIM_TO_LE_BYTES, 0, false},
        {"to_be_bytes", PRIM_TO_BE_BYTES, 0, false}, {"wrapping_div", PRIM_WRAPPING_DIV, 1, false},
        {"wrapping_rem", PRIM_WRAPPING_REM, 1, false},
        {"wrapping_shl", PRIM_WRAPPING_SHL, 1, false},
        {"wrapping_shr", PRIM_WRAPPING_SHR, 1, false}, {"wrapping_abs", PRIM_WRAPPING_ABS, 0, true},
        {"wrapping_pow", PRIM_WRAPPING_POW, 1, false}, {"checked_pow", PRIM_CHECKED_POW, 1, false},
    };
    const char *s = sym_str(name);
    if (recv->kind == TY_FLOAT) {
        for (size_t i = 0; i < sizeof float_methods / sizeof *float_methods; i++) {
            if (strcmp(s, float_methods[i].name) != 0) continue;
            PrimOp op = float_methods[i].op;
            out->op = op;
            out->nargs = float_methods[i].nargs;
            out->arg = op == PRIM_POWI ? ty_int(IK_I32) : recv;
            out->ret = op == PRIM_IS_NAN ? ty_bool : recv;
            return true;
        }
        return false;
    }
    if (recv->kind == TY_PTR) {
        /* add/offset/wrapping_add (and sub) step by elements; offset takes an isize */
        bool sub = strcmp(s, "sub") == 0 || strcmp(s, "wrapping_sub") == 0;
        bool add = strcmp(s, "add") == 0 || strcmp(s, "wrapping_add") == 0;
        bool offset = strcmp(s, "offset") == 0 || strcmp(s, "wrapping_offset") == 0;
        if (!(add || sub || offset || strcmp(s, "is_null") == 0)) return false;
        out->op = add || offset ? PRIM_PTR_ADD : sub ? PRIM_PTR_SUB : PRIM_PTR_IS_NULL;
        out->nargs = out->op != PRIM_PTR_IS_NULL;
        out->arg = ty_int(offset ? IK_ISIZE : IK_USIZE);
        out->ret = out->op == PRIM_PTR_IS_NULL ? ty_bool : recv;
        return true;
    }
    if (recv->kind != TY_INT) return false;
    for (size_t i = 0; i < sizeof int_methods / sizeof *int_methods; i++) {
        if (strcmp(s, int_methods[i].name) != 0) continue;
        if (int_methods[i].signed_only && !ty_int_signed(recv->ik)) return false;
        PrimOp op = int_methods[i].op;
        out->op = op;
        out->nargs = int_methods[i].nargs;
        bool u32_arg = op == PRIM_IPOW || op == PRIM_WRAPPING_POW || op == PRIM_CHECKED_POW ||
                       op == PRIM_ROTATE_LEFT || op == PRIM_ROTATE_RIGHT ||
                       op == PRIM_WRAPPING_SHL || op == PRIM_WRAPPING_SHR;
        out->arg = u32_arg ? ty_int(IK_U32) : recv;
        switch (op) {
        case PRIM_COUNT_ONES: case PRIM_COUNT_ZEROS: case PRIM_LEADING_ZEROS:
        case PRIM_TRAILING_ZEROS:
            out->ret = ty_int(IK_U32);
            break;
        case PRIM_IS_POSITIVE: case PRIM_IS_NEGATIVE: case PRIM_IS_POWER_OF_TWO:
            out->ret = ty_bool;
            break;
        case PRIM_TO_LE_BYTES: case PRIM_TO_BE_BYTES:
            out->ret = ty_array(ty_int(IK_U8), (uint64_t)ty_int_bits(recv->ik) / 8);
            break;
        case PRIM_ABS_DIFF: {
            static const IntKind unsigned_of[] = {
                [IK_I8] = IK_U8, [IK_I16] = IK_U16, [IK_I32] = IK_U32, [IK_I64] = IK_U64,
                [IK_I128] = IK_U128, [IK_ISIZE] = IK_USIZE};
            out->ret = ty_int_signed(recv->ik) ? ty_int(unsigned_of[recv->ik]) : recv;
            break;
        }
        default: out->ret = recv; break;
        }
        return true;
    }
    return false;
}

/* The method of a hand-written operator impl (`impl Add for Point`'s `add`) for type t. */
int ty_operator_methods(Type *t, LangTrait lang, Def **out, int max) {
    static const char *const names[] = {
        [LANG_PARTIAL_EQ] = "eq", [LANG_ADD] = "add", [LANG_SUB] = "sub", [LANG_MUL] = "mul",
        [LANG_DIV] = "div", [LANG_REM] = "rem", [LANG_NEG] = "neg",
        [LANG_ADD_ASSIGN] = "add_assign", [LANG_SUB_ASSIGN] = "sub_assign",
        [LANG_MUL_ASSIGN] = "mul_assign", [LANG_DIV_ASSIGN] = "div_assign",
        [LANG_REM_ASSIGN] = "rem_assign", [LANG_CLONE] = "clone", [LANG_DEFAULT] = "default",
        [LANG_PARTIAL_ORD] = "partial_cmp", [LANG_ORD] = "cmp", [LANG_INDEX] = "index",
        [LANG_INDEX_MUT] = "index_mut", [LANG_FROM] = "from", [LANG_INTO] = "into",
        [LANG_DEREF] = "deref", [LANG_DEREF_MUT] = "deref_mut",
    };
    int n = 0;
    if (t->kind != TY_ADT || (size_t)lang >= sizeof names / sizeof *names || !names[lang]) return 0;
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        if (im->trait->lang != lang || !impl_matches(im, t, NULL)) continue;
        for (int k = 0; k < im->methods.len; k++) {
            Def *m = im->methods.items[k];
            bool unary = lang == LANG_NEG || lang == LANG_CLONE || lang == LANG_FROM ||
                         lang == LANG_INTO || lang == LANG_DEREF || lang == LANG_DEREF_MUT;
            int arity = unary ? 1 : lang == LANG_DEFAULT ? 0 : 2;
            if (strcmp(sym_str(m->name), names[lang]) != 0 || m->nparams != arity) continue;
            if (n < max) out[n] = m;
            n++;
            break;
        }
    }
    return n;
}

Def *ty_operator_method(Type *t, LangTrait lang) {
    Def *m = NULL;
    return ty_operator_methods(t, lang, &m, 1) ? m : NULL;
}

LangTrait ty_operator_lang(BinOp op, bool compound) {
    switch (op) {
    case BIN_ADD: return compound ? LANG_ADD_ASSIGN : LANG_ADD;
    case BIN_SUB: return compound ? LANG_SUB_ASSIGN : LANG_SUB;
    case BIN_MUL: return compound ? LANG_MUL_ASSIGN : LANG_MUL;
    case BIN_DIV: return compound ? LANG_DIV_ASSIGN : LANG_DIV;
    case BIN_REM: return compound ? LANG_REM_ASSIGN : LANG_REM;
    case BIN_EQ: case BIN_NE: return compound ? LANG_NONE : LANG_PARTIAL_EQ;
    case BIN_LT: case BIN_LE: case BIN_GT: case BIN_GE:
        return compound ? LANG_NONE : LANG_PARTIAL_ORD;
    default: return LANG_NONE;
    }
}

static bool match_into(ImplDef *im, Type *pattern, Type *t, Type **bind) {
    if (pattern->kind == TY_PARAM && pattern->var < im->ngenerics &&
        im->generic_defs[pattern->var] == pattern->def) {
        if (bind[pattern->var]) return bind[pattern->var] == t;
        bind[pattern->var] = t;
        return true;
    }
    /* the impl's own parameters still get bound */
    if (pattern == t && (pattern->kind == TY_PARAM || !ty_contains(pattern, TY_PARAM))) return true;
    /* not known yet: may match (typeck unifies) */
    if (pattern->kind == TY_INFER || t->kind == TY_INFER) return true;
    if (pattern->kind != t->kind || pattern->nelems != t->nelems || pattern->adt != t->adt ||
        pattern->is_mut != t->is_mut || pattern->len != t->len)
        return false;
    if (pattern->elem && !(t->elem && match_into(im, pattern->elem, t->elem, bind))) return false;
    for (int i = 0; i < pattern->nelems; i++)
        if (!match_into(im, pattern->elems[i], t->elems[i], bind)) return false;
    return pattern->elem || pattern->nelems;    /* distinct leaves never match */
}

bool impl_matches(ImplDef *im, Type *t, Type ***args) {
    return impl_matches_arg(im, t, NULL, args);
}

bool impl_matches_arg(ImplDef *im, Type *t, Type *arg, Type ***args) {
    if (!im->self_ty) return false;
    t = ty_erase_regions(t);                    /* impls are for erased types */
    if (!im->ngenerics) {
        if (args) *args = NULL;
        return im->self_ty == t;
    }
    Type **bind = arena_alloc(sizeof(Type *) * (size_t)im->ngenerics);
    if (!match_into(im, im->self_ty, t, bind)) return false;
    if (arg && im->trait_arg) {
        /* parameters only in the trait's argument (`impl<P: StringPiece> FromIterator<P> for
         * String`) come from arg; the others' agreement is for the caller to judge */
        Type **from_arg = arena_alloc(sizeof(Type *) * (size_t)im->ngenerics);
        if (match_into(im, im->trait_arg, arg, from_arg))
            for (int i = 0; i < im->ngenerics; i++)
                if (!bind[i]) bind[i] = from_arg[i];
    }
    /* parameters only in a bound (`B` of `F: FnMut(A) -> Option<B>`) come from the
     * closure's result */
    for (int i = 0; i < im->ngenerics; i++) {
        Type *ret = im->generic_defs[i]->fn_ret_type, *f = bind[i];
        if (ret && f && (f->kind == TY_CLOSURE || f->kind == TY_FN_DEF) &&
            !match_into(im, ret, ty_closure_sig(f, f->def->ret_ty), bind))
            return false;
    }
    /* parameters only in another's `I: Iterator<Item = &'a T>`: from I's item type */
    for (int i = 0; i < im->ngenerics; i++) {
        Def *p = im->generic_defs[i];
        for (int k = 0; bind[i] && k < p->assoc_eq.len && k < p->assoc_eq_types.len; k++) {
            TraitDef *tr = p->assoc_eq_traits.items[k];
            Node *b = p->assoc_eq.items[k];
            int idx = -1;
            for (int j = 0; j < tr->assoc_names.len; j++)
                if ((Sym)(uintptr_t)tr->assoc_names.items[j] == b->u.assoc_binding.name) idx = j;
            Type *actual = idx >= 0 ? ty_proj(bind[i], tr, idx) : NULL;
            if (!actual || actual->kind == TY_PROJ) continue;
            /* the binding with what is known so far put in (`B: Iterator<Item = A::Item>`) */
            Type **known = arena_alloc(sizeof(Type *) * (size_t)im->ngenerics);
            for (int j = 0; j < im->ngenerics; j++)
                known[j] = bind[j] ? bind[j] : ty_param(im->generic_defs[j]);
            Type *pattern = ty_subst(p->assoc_eq_types.items[k], known, im->ngenerics);
            if (!match_into(im, pattern, actual, bind)) return false;
        }
    }
    for (int i = 0; i < im->ngenerics; i++) {
        if (!bind[i]) return false;
        /* `impl<F: Fn(char) -> bool> Tr for F` is for closures and fns only */
        TypeKind k = bind[i]->kind;
        bool callable = k == TY_CLOSURE || k == TY_FN_DEF || k == TY_FN_PTR || k == TY_PARAM ||
                        k == TY_INFER || k == TY_ERROR || k == TY_DYN;
        if (im->generic_defs[i]->fn_bound && !callable) return false;
    }
    if (args) *args = bind;
    return true;
}
