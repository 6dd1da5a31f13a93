/* resolve.c — name resolution.
 *
 * Takes: the expanded AST of a crate.
 * Gives: every path bound to a local Binding, an item Def, a builtin or a primitive type;
 * every break/continue/return bound to its target; bindings created for patterns.
 * Reports E0425, E0412, E0433, E0428, E0268, E0426, E0434, E0571, E0601 and rejects
 * items and expressions outside the supported subset by name. */
#include "patina.h"
#include "parser.h"

#include <string.h>

typedef struct Entry {
    Sym name;
    Binding *binding;
    Def *def;                                   /* value namespace */
    Def *type_def;                              /* type namespace (structs) */
} Entry;

typedef struct Scope {
    struct Scope *parent;
    PtrVec entries;                             /* Entry* */
    bool fn_boundary;                           /* locals above this scope are not visible */
} Scope;

typedef struct Resolver {
    Scope *scope;
    PtrVec loops;                               /* Node*: loops and labelled blocks, innermost last */
    Node *current_fn;
    AdtDef *current_impl;                       /* `Self` inside an impl block */
    Def **impl_params;                          /* ... an inherent one's own type parameters */
    bool in_prelude;                            /* resolving stdlib/prelude.rs */
    ImplDef *current_trait_impl;                /* inside `impl Trait for T`: for `Self::Item` */
    PtrVec closures;                            /* Def*: the closures being resolved, innermost last */
    PtrVec alt_bindings;                        /* Binding*: those of an or-pattern's first alternative */
    bool in_later_alt;                          /* resolving the 2nd+ alternative of an or-pattern */
    PtrVec alt_used;                            /* Binding*: those of the first alternative a later one binds */
    PtrVec pattern_names;                       /* Binding*: those of the pattern (or parameter list) being resolved */
    bool in_params;                             /* ... which is a parameter list (E0415, not E0416) */
    int next_binding_id;
    Node *callee;                               /* the path a call is about to resolve as its callee */
} Resolver;

static void resolve_expr(Resolver *r, Node *n);
static void resolve_block(Resolver *r, Node *block);
static void resolve_type(Resolver *r, Node *t);
static void resolve_fn(Resolver *r, Node *fn);
static SelfKind desugar_self_param(Node *fn);
static void resolve_pattern(Resolver *r, Node *pat);
static void begin_pattern(Resolver *r, bool params);
static bool is_fn_trait(const TraitDef *t);
static TraitDef *resolve_trait_path(Resolver *r, Node *path);
static bool resolve_assoc_type(Resolver *r, Node *t);

static void push_scope(Resolver *r, bool fn_boundary) {
    Scope *s = arena_alloc(sizeof *s);
    s->parent = r->scope;
    s->fn_boundary = fn_boundary;
    r->scope = s;
}

static void pop_scope(Resolver *r) { r->scope = r->scope->parent; }

static Entry *scope_find(Scope *s, Sym name) {
    for (int i = s->entries.len - 1; i >= 0; i--) {
        Entry *e = s->entries.items[i];
        if (e->name == name) return e;
    }
    return NULL;
}

static void declare(Resolver *r, Sym name, Binding *b, Def *d) {
    Entry *e = arena_alloc(sizeof *e);
    e->name = name;
    e->binding = b;
    e->def = d;
    ptrvec_push(&r->scope->entries, e);
}

static void declare_type(Resolver *r, Sym name, Def *d) {
    Entry *e = arena_alloc(sizeof *e);
    e->name = name;
    e->type_def = d;
    ptrvec_push(&r->scope->entries, e);
}

/* A type name innermost-first (items are visible across fn boundaries). */
static Def *lookup_type(Resolver *r, Sym name) {
    for (Scope *s = r->scope; s; s = s->parent)
        for (int i = s->entries.len - 1; i >= 0; i--) {
            Entry *e = s->entries.items[i];
            if (e->name == name && e->type_def) return e->type_def;
        }
    return NULL;
}

/* The struct a one-segment type path names (`Point`, `Self`), or NULL. */
static AdtDef *lookup_struct(Resolver *r, Sym name) {
    if (name == sym_cstr("Self")) return r->current_impl;
    Def *d = lookup_type(r, name);
    return d && d->kind == DEF_ADT ? d->adt : NULL;
}

/* The value/pattern Def of variant v of enum a. */
static Def *variant_def(AdtDef *a, int v) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_VARIANT;
    d->name = a->variants[v].name;
    d->adt = a;
    d->variant = v;
    return d;
}

static Def *adt_value_def(AdtDef *a) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_ADT;
    d->name = a->name;
    d->node = a->node;
    d->adt = a;
    return d;
}

/* Finds name innermost-first. Locals of an enclosing fn are reported through *crossed so
 * the caller can give E0434 instead of resolving to them. */
static Entry *lookup(Resolver *r, Sym name, bool *crossed) {
    bool boundary = false;
    *crossed = false;
    for (Scope *s = r->scope; s; s = s->parent) {
        Entry *e = scope_find(s, name);
        if (e && e->type_def && !e->def && !e->binding) e = NULL;  /* a type, not a value */
        if (e && (!e->binding || !boundary)) return e;
        if (e && e->binding && boundary) {
            *crossed = true;
            return e;
        }
        if (s->fn_boundary) boundary = true;
    }
    return NULL;
}

/* ── primitive types and the builtin paths of the slice ── */

static const struct { const char *name; TypeKind kind; IntKind ik; } prim_types[] = {
    {"i8", TY_INT, IK_I8},     {"i16", TY_INT, IK_I16},     {"i32", TY_INT, IK_I32},   {"i64", TY_INT, IK_I64},
    {"i128", TY_INT, IK_I128}, {"isize", TY_INT, IK_ISIZE}, {"u8", TY_INT, IK_U8},     {"u16", TY_INT, IK_U16},
    {"u32", TY_INT, IK_U32},   {"u64", TY_INT, IK_U64},     {"u128", TY_INT, IK_U128}, {"usize", TY_INT, IK_USIZE},
    {"bool", TY_BOOL, 0},      {"char", TY_CHAR, 0},        {"str", TY_STR, 0},        {"f32", TY_FLOAT, 0},
    {"f64", TY_FLOAT, 0},
};

static Type *prim_type(Sym name) {
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof prim_types / sizeof prim_types[0]; i++) {
        if (strcmp(prim_types[i].name, s) != 0) continue;
        switch (prim_types[i].kind) {
        case TY_INT: return ty_int(prim_types[i].ik);
        case TY_BOOL: return ty_bool;
        case TY_CHAR: return ty_char;
        case TY_STR: return ty_str;
        default: return strcmp(s, "f32") == 0 ? ty_float(FK_F32) : ty_float(FK_F64);
        }
    }
    return NULL;
}

static Def *int_const_def(Type *ty, const char *name, IntBits value) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_INT_CONST;
    d->name = sym_cstr(name);
    d->const_ty = ty;
    d->value = value;
    return d;
}

static Def *float_const_def(Type *ty, const char *name, double value) {
    Def *d = int_const_def(ty, name, 0);
    d->kind = DEF_FLOAT_CONST;
    d->fvalue = value;
    return d;
}

/* `f64::MAX`, `f32::EPSILON`, and (consts) `std::f64::consts::PI`. */
static Def *float_assoc_const(Type *prim, Sym name, bool consts) {
    bool f32 = prim->fk == FK_F32;
    static const struct { const char *name; double f64, f32; bool is_const_mod; } table[] = {
        {"MAX", 1.7976931348623157e308, 3.40282347e+38, false},
        {"MIN", -1.7976931348623157e308, -3.40282347e+38, false},
        {"MIN_POSITIVE", 2.2250738585072014e-308, 1.17549435e-38, false},
        {"EPSILON", 2.220446049250313e-16, 1.1920929e-7, false},
        {"INFINITY", 1.0 / 0.0, 1.0 / 0.0, false},
        {"NEG_INFINITY", -1.0 / 0.0, -1.0 / 0.0, false},
        {"NAN", 0.0 / 0.0, 0.0 / 0.0, false},
        {"PI", 3.14159265358979323846264338327950288, 3.14159265358979323846264338327950288, true},
        {"TAU", 6.28318530717958647692528676655900577, 6.28318530717958647692528676655900577, true},
        {"E", 2.71828182845904523536028747135266250, 2.71828182845904523536028747135266250, true},
        {"SQRT_2", 1.41421356237309504880168872420969808, 1.41421356237309504880168872420969808, true},
        {"LN_2", 0.693147180559945309417232121458176568, 0.693147180559945309417232121458176568, true},
        {"LN_10", 2.30258509299404568401799145468436421, 2.30258509299404568401799145468436421, true},
        {"FRAC_PI_2", 1.57079632679489661923132169163975144, 1.57079632679489661923132169163975144, true},
        {"FRAC_PI_4", 0.785398163397448309615660845819875721, 0.785398163397448309615660845819875721, true},
        {"FRAC_1_SQRT_2", 0.707106781186547524400844362104849039, 0.707106781186547524400844362104849039, true},
    };
    const char *s = sym_str(name);
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (table[i].is_const_mod == consts && strcmp(s, table[i].name) == 0)
            return float_const_def(prim, s, f32 ? (double)(float)table[i].f32 : table[i].f64);
    return NULL;
}

/* `i32::MAX`, `u8::MIN`, `u64::BITS`, `f64::EPSILON`. */
static Def *prim_assoc_const(Type *prim, Sym name) {
    if (prim->kind == TY_FLOAT) return float_assoc_const(prim, name, false);
    if (prim->kind != TY_INT) return NULL;
    const char *s = sym_str(name);
    if (strcmp(s, "MAX") == 0) return int_const_def(prim, s, ty_int_max(prim->ik));
    if (strcmp(s, "MIN") == 0) return int_const_def(prim, s, ty_int_min(prim->ik));
    if (strcmp(s, "BITS") == 0) return int_const_def(ty_int(IK_U32), s, (uint64_t)ty_int_bits(prim->ik));
    return NULL;
}

static bool path_is(const Node *p, int first, const char *const *names, int n) {
    if (p->u.path.nsegs - first < n) return false;
    for (int i = 0; i < n; i++)
        if (strcmp(sym_str(p->u.path.segs[first + i]), names[i]) != 0) return false;
    return true;
}

/* The fns of one type argument and no value argument: mem's `size_of::<T>()`,
 * `align_of::<T>()` (as `std::mem::`, `mem::` or alone: they are in Rust's prelude) and
 * `needs_drop::<T>()` (not alone: a program may have its own), and the prelude's
 * `intrinsics::is_scalar::<T>()`. */
static const struct { const char *name; Builtin builtin; bool in_mem, alone; } type_query_fns[] = {
    {"size_of", BUILTIN_SIZE_OF, true, true}, {"align_of", BUILTIN_ALIGN_OF, true, true},
    {"needs_drop", BUILTIN_NEEDS_DROP, true, false}, {"is_scalar", BUILTIN_IS_SCALAR, false, false},
};

static Def *mem_builtin_def(const Node *p) {
    int n = p->u.path.nsegs;
    const char *last = sym_str(p->u.path.segs[n - 1]);
    size_t k = 0, nfns = sizeof type_query_fns / sizeof type_query_fns[0];
    while (k < nfns && strcmp(last, type_query_fns[k].name) != 0) k++;
    if (k == nfns) return NULL;
    static const char *const std_mem[] = {"std", "mem"}, *const core_mem[] = {"core", "mem"}, *const mem[] = {"mem"};
    static const char *const intrinsics[] = {"intrinsics"};
    bool prefix_ok = !type_query_fns[k].in_mem ? n == 2 && path_is(p, 0, intrinsics, 1)
                                               : (n == 1 && type_query_fns[k].alone) || (n == 2 && path_is(p, 0, mem, 1)) ||
                                                     (n == 3 && (path_is(p, 0, std_mem, 2) || path_is(p, 0, core_mem, 2)));
    if (!prefix_ok) return NULL;
    Node *args = p->u.path.seg_args ? p->u.path.seg_args[n - 1] : NULL;
    if (!args || args->u.generic_args.parenthesized || args->u.generic_args.args.len != 1) return NULL;
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_BUILTIN_FN;
    d->name = p->u.path.segs[n - 1];
    d->builtin = type_query_fns[k].builtin;
    d->type_arg = args->u.generic_args.args.items[0];
    return d;
}

static void report_unresolved_path(Node *p, int failed_seg) {
    Sym seg = p->u.path.segs[failed_seg];
    if (failed_seg < p->u.path.nsegs - 1) {
        Diag *d = diag_error("E0433", p->u.path.seg_spans[failed_seg], "failed to resolve: use of undeclared crate or module `%s`",
                             sym_str(seg));
        diag_label(d, "use of undeclared crate or module `%s`", sym_str(seg));
        diag_emit(d);
        return;
    }
    Diag *d = diag_error("E0425", p->u.path.seg_spans[failed_seg], "cannot find value `%s` in this scope", sym_str(seg));
    diag_label(d, "not found in this scope");
    diag_emit(d);
}

/* `Point::new`, `Self::origin`: an associated function of a struct. */
static Def *trait_method(TraitDef *t, Sym name);
static Def *trait_const(TraitDef *t, Sym name);
static Def *find_const(PtrVec *consts, Sym name);

static Def *std_trait_path(Resolver *r, Node *path, int n);

static bool resolve_assoc_path(Resolver *r, Node *p) {
    int n = p->u.path.nsegs;
    Def *std_trait = n == 3 || n == 4 ? std_trait_path(r, p, n - 1) : NULL;   /* `fmt::Display::fmt` */
    if (n != 2 && !std_trait) return false;
    Sym name = p->u.path.segs[n - 1];
    Def *td = std_trait ? std_trait : lookup_type(r, p->u.path.segs[0]);
    if (td && td->kind == DEF_TYPE_PARAM) {
        /* `T::default()`: a method of one of T's bounds, with T as Self */
        for (int i = 0; i < td->bounds.len && !p->u.path.def; i++) p->u.path.def = trait_method(td->bounds.items[i], name);
        for (int i = 0; i < td->bounds.len && !p->u.path.def; i++) p->u.path.def = trait_const(td->bounds.items[i], name);
        p->u.path.self_param = td;
        if (!p->u.path.def) {
            Diag *d = diag_error("E0599", p->u.path.seg_spans[1], "no function or associated item named `%s` found for type parameter `%s` in the current scope",
                                 sym_str(name), sym_str(td->name));
            diag_label(d, "function or associated item not found in `%s`", sym_str(td->name));
            diag_emit(d);
        }
        return true;
    }
    if (td && td->kind == DEF_TRAIT) {
        /* `Trait::method(x)`: Self comes from the arguments */
        p->u.path.def = trait_method(td->trait, name);
        if (!p->u.path.def) {
            Diag *d = diag_error("E0576", p->u.path.seg_spans[n - 1], "cannot find method or associated constant `%s` in trait `%s`",
                                 sym_str(name), sym_str(td->trait->name));
            diag_label(d, "not found in `%s`", sym_str(td->trait->name));
            diag_emit(d);
        }
        return true;
    }
    AdtDef *a = lookup_struct(r, p->u.path.segs[0]);
    if (!a) return false;
    for (int i = 0; i < trait_impls.len; i++) {
        /* `Type::method` of a trait it implements */
        ImplDef *im = trait_impls.items[i];
        Node *self_ty = im->node ? im->node->u.impl.self_ty : NULL;
        bool generic_self = !im->adt && self_ty && self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1 &&
                            lookup_struct(r, self_ty->u.path.segs[0]) == a;   /* `impl<T> Default for W<T>` */
        for (int k = 0; k < im->methods.len; k++) {
            Def *m = im->methods.items[k];
            if ((m->adt == a || generic_self) && m->name == name) {
                p->u.path.def = m;
                return true;
            }
        }
    }
    if ((p->u.path.def = find_const(&a->consts, name))) return true;
    for (int i = 0; i < trait_impls.len; i++) {
        /* `Type::N` of a trait it implements: the impl's value, else the trait's default */
        ImplDef *im = trait_impls.items[i];
        Def *c = find_const(&im->consts, name), *dflt = c ? NULL : trait_const(im->trait, name);
        if (im->adt == a && (c || (dflt && dflt->node->u.value_item.value))) {
            p->u.path.def = c ? c : dflt;
            return true;
        }
    }
    for (int v = 0; a->is_enum && v < a->nvariants; v++)
        if (a->variants[v].name == name) {
            p->u.path.def = variant_def(a, v);
            return true;
        }
    for (int i = 0; i < a->methods.len; i++) {
        Def *m = a->methods.items[i];
        if (m->name == name) {
            p->u.path.def = m;
            return true;
        }
    }
    if (name == sym_cstr("default") && a->derive_default) {
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_BUILTIN_FN;
        d->name = name;
        d->builtin = BUILTIN_DEFAULT;
        d->adt = a;
        p->u.path.def = d;
        return true;
    }
    if (a->has_unsupported_impl) return true;       /* already reported; its items are unknown */
    Diag *d = diag_error("E0599", p->u.path.seg_spans[1], "no function or associated item named `%s` found for struct `%s` in the current scope",
                         sym_str(name), sym_str(a->name));
    diag_label(d, "function or associated item not found in `%s`", sym_str(a->name));
    diag_emit(d);
    return true;
}

/* A binding used inside closures declared after it is captured by each of them. */
static void note_capture(Resolver *r, Binding *b) {
    for (int i = b->closure_depth; i < r->closures.len; i++) {
        Def *c = r->closures.items[i];
        bool seen = false;
        for (int k = 0; k < c->captures.len && !seen; k++) seen = c->captures.items[k] == b;
        if (!seen) ptrvec_push(&c->captures, b);
    }
}

/* `|a, b: T| -> R body`: its own scope, parameters and captures. */
static void resolve_closure(Resolver *r, Node *n) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = sym_cstr("{closure}");
    d->node = n;
    d->adt = r->current_impl;
    n->u.closure.def = d;
    PtrVec saved_loops = r->loops;
    r->loops = (PtrVec){0};
    ptrvec_push(&r->closures, d);
    push_scope(r, false);
    begin_pattern(r, true);
    for (int i = 0; i < n->u.closure.params.len; i++) {
        Node *p = n->u.closure.params.items[i];
        resolve_type(r, p->u.param.ty);
        resolve_pattern(r, p->u.param.pat);
    }
    resolve_type(r, n->u.closure.ret);
    resolve_expr(r, n->u.closure.body);
    pop_scope(r);
    r->closures.len--;
    r->loops = saved_loops;
}

/* The functions of std::mem, std::ptr and std::alloc, by their std path, their module's
 * (`ptr::write` after `use std::ptr;`) or, imported, their last name alone: most are
 * built in; mem's replace, take and drop are the prelude's fns (`mem_replace`,
 * `mem_take`, `drop`), written in the subset over swap. NULL for other paths. */
static const struct { const char *module, *name; Builtin builtin; const char *prelude; } std_fns[] = {
    {"mem", "swap", BUILTIN_MEM_SWAP, NULL}, {"mem", "forget", BUILTIN_MEM_FORGET, NULL},
    {"mem", "size_of_val", BUILTIN_SIZE_OF_VAL, NULL}, {"mem", "align_of_val", BUILTIN_ALIGN_OF_VAL, NULL},
    {"mem", "replace", BUILTIN_NONE, "mem_replace"}, {"mem", "take", BUILTIN_NONE, "mem_take"}, {"mem", "drop", BUILTIN_NONE, "drop"},
    {"alloc", "alloc", BUILTIN_ALLOC, NULL}, {"alloc", "alloc_zeroed", BUILTIN_ALLOC_ZEROED, NULL},
    {"alloc", "dealloc", BUILTIN_DEALLOC, NULL}, {"alloc", "realloc", BUILTIN_REALLOC, NULL},
    {"ptr", "null", BUILTIN_PTR_NULL, NULL}, {"ptr", "null_mut", BUILTIN_PTR_NULL_MUT, NULL},
    {"ptr", "read", BUILTIN_PTR_READ, NULL}, {"ptr", "write", BUILTIN_PTR_WRITE, NULL},
    {"ptr", "drop_in_place", BUILTIN_PTR_DROP_IN_PLACE, NULL}, {"ptr", "copy", BUILTIN_PTR_COPY, NULL},
    {"ptr", "copy_nonoverlapping", BUILTIN_PTR_COPY_NONOVERLAPPING, NULL},
    {"slice", "from_raw_parts", BUILTIN_SLICE_FROM_RAW_PARTS, NULL}, {"slice", "from_raw_parts_mut", BUILTIN_SLICE_FROM_RAW_PARTS_MUT, NULL},
    {"str", "from_utf8_unchecked", BUILTIN_STR_FROM_UTF8_UNCHECKED, NULL},
    {"intrinsics", "sink_take", BUILTIN_SINK_TAKE, NULL},     /* the prelude's String::from_sink */
    {"char", "from_u32_unchecked", BUILTIN_CHAR_FROM_U32_UNCHECKED, NULL},
    {"char", "from_u32", BUILTIN_NONE, "char_from_u32"}, {"char", "from_digit", BUILTIN_NONE, "char_from_digit"},
    {"intrinsics", "arg_count", BUILTIN_ARG_COUNT, NULL}, {"intrinsics", "arg", BUILTIN_ARG, NULL},   /* the prelude's Args */
    {"intrinsics", "parse_f64", BUILTIN_PARSE_F64, NULL},   /* the prelude's f64::from_str */
    {"intrinsics", "char_property", BUILTIN_CHAR_PROPERTY, NULL},   /* the prelude's char::is_alphabetic... */
    {"env", "args", BUILTIN_NONE, "env_args"}, {"process", "exit", BUILTIN_PROCESS_EXIT, NULL},
    {"process", "abort", BUILTIN_PROCESS_ABORT, NULL},
};

static Def *std_fn_def(Resolver *r, const Node *p, bool imported) {
    int n = p->u.path.nsegs;
    int first = n == 3 && (strcmp(sym_str(p->u.path.segs[0]), "std") == 0 || strcmp(sym_str(p->u.path.segs[0]), "core") == 0);
    if (!(n - first == 2 || (n == 1 && imported))) return NULL;
    const char *module = n == 1 ? NULL : sym_str(p->u.path.segs[first]), *last = sym_str(p->u.path.segs[n - 1]);
    for (size_t i = 0; i < sizeof std_fns / sizeof *std_fns; i++) {
        if ((module && strcmp(module, std_fns[i].module) != 0) || strcmp(last, std_fns[i].name) != 0) continue;
        if (std_fns[i].prelude) {
            bool crossed;
            Entry *e = lookup(r, sym_cstr(std_fns[i].prelude), &crossed);
            return e ? e->def : NULL;
        }
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_BUILTIN_FN;
        d->name = p->u.path.segs[n - 1];
        d->builtin = std_fns[i].builtin;
        d->std_path = arena_printf("std::%s::%s", std_fns[i].module, std_fns[i].name);
        return d;
    }
    return NULL;
}

static void resolve_value_path(Resolver *r, Node *p) {
    int n = p->u.path.nsegs;
    Sym first = p->u.path.segs[0];
    Def *mem_fn = n > 1 ? std_fn_def(r, p, false) : NULL;
    if (mem_fn) {
        p->u.path.def = mem_fn;
        return;
    }
    if (n == 1 && first == sym_cstr("Self") && r->current_impl) {
        p->u.path.def = adt_value_def(r->current_impl);
        return;
    }
    if (resolve_assoc_path(r, p)) return;
    if (n == 1) {
        bool crossed;
        Entry *e = lookup(r, first, &crossed);
        if (e && crossed) {
            Diag *d = diag_error("E0434", p->span, "can't capture dynamic environment in a fn item");
            diag_help(d, "use the `|| { ... }` closure form instead");
            diag_emit(d);
        } else if (e) {
            p->u.path.binding = e->binding;
            p->u.path.def = e->def;
            if (e->binding) note_capture(r, e->binding);
        } else if ((mem_fn = std_fn_def(r, p, true))) {
            p->u.path.def = mem_fn;              /* `use std::ptr::write;` then `write(p, v)` */
        } else {
            report_unresolved_path(p, 0);
        }
        return;
    }
    /* `std::i32::MAX` and `core::i32::MAX` are the legacy spellings of `i32::MAX`. */
    int type_seg = 0;
    if (n == 3 && (strcmp(sym_str(first), "std") == 0 || strcmp(sym_str(first), "core") == 0) && prim_type(p->u.path.segs[1]))
        type_seg = 1;
    Type *prim = prim_type(p->u.path.segs[type_seg]);
    if (prim && type_seg + 2 == n) {
        Def *d = prim_assoc_const(prim, p->u.path.segs[n - 1]);
        bool from = p->u.path.segs[n - 1] == sym_cstr("from");
        for (int i = 0; !d && prim == ty_str && i < trait_impls.len; i++) {
            /* `str::len`: a method of the prelude's impls for str (rustc's are inherent) */
            ImplDef *im = trait_impls.items[i];
            Node *self_ty = im->node ? im->node->u.impl.self_ty : NULL;
            if (!self_ty || self_ty->kind != T_PATH || self_ty->u.path.nsegs != 1 || prim_type(self_ty->u.path.segs[0]) != ty_str) continue;
            for (int k = 0; k < im->methods.len && !d; k++)
                if (((Def *)im->methods.items[k])->name == p->u.path.segs[n - 1]) d = im->methods.items[k];
        }
        bool method = prim->kind == TY_INT || prim->kind == TY_FLOAT || prim->kind == TY_CHAR || prim->kind == TY_BOOL;
        if (!d && (from || method)) {
            /* `i64::from(x)`: core's lossless conversions between primitives; `f64::max(a, b)`:
             * a method called as a function (typeck knows which exist) */
            d = arena_alloc(sizeof *d);
            d->kind = DEF_BUILTIN_FN;
            d->name = p->u.path.segs[n - 1];
            d->builtin = from ? BUILTIN_PRIM_FROM : BUILTIN_PRIM_METHOD;
            d->const_ty = prim;
        }
        if (d) {
            p->u.path.def = d;
            return;
        }
        Diag *dg = diag_error("E0599", p->u.path.seg_spans[n - 1], "no associated item named `%s` found for type `%s` in the current scope",
                              sym_str(p->u.path.segs[n - 1]), ty_str_of(prim));
        diag_label(dg, "associated item not found in `%s`", ty_str_of(prim));
        diag_emit(dg);
        return;
    }
    /* std::f64::consts::PI */
    if (n == 4 && (strcmp(sym_str(first), "std") == 0 || strcmp(sym_str(first), "core") == 0) &&
        strcmp(sym_str(p->u.path.segs[2]), "consts") == 0) {
        Type *ft = prim_type(p->u.path.segs[1]);
        Def *d = ft && ft->kind == TY_FLOAT ? float_assoc_const(ft, p->u.path.segs[3], true) : NULL;
        if (d) {
            p->u.path.def = d;
            return;
        }
    }
    if (strcmp(sym_str(first), "std") == 0 || strcmp(sym_str(first), "core") == 0) {
        diag_unsupported(p->span, arena_printf("the standard library path `%.*s`", (int)(p->span.hi - p->span.lo),
                                               source_get(p->span.file)->text + p->span.lo));
        return;
    }
    report_unresolved_path(p, 0);
}

/* A construct outside the subset: reported once, by the name of its feature. */
static void report_unsupported(Node *n, Span sp) {
    const char *feature = ast_feature_name(n);
    if (n->kind == N_UNSUPPORTED_EXPR && !feature) return;  /* expand already reported it */
    diag_unsupported(sp, feature ? feature : "this construct");
}

/* The head of an item (keyword through name) is where rustc points for item errors. */
static Span item_head_span(Node *item) {
    Span sp = item->span;
    if (item->attrs.len) sp.lo = ((Node *)item->attrs.items[item->attrs.len - 1])->span.hi + 1;
    Span name = sp;
    switch (item->kind) {
    case N_STRUCT: case N_UNION: case N_ENUM: name = item->u.adt.name_span; break;
    case N_TRAIT: name = item->u.trait.name_span; break;
    case N_CONST_ITEM: case N_STATIC: case N_EXTERN_CRATE: name = item->u.value_item.name_span; break;
    case N_TYPE_ALIAS: name = item->u.type_alias.name_span; break;
    case N_MOD: name = item->u.mod_.name_span; break;
    case N_IMPL: name = item->u.impl.self_ty->span; break;
    default: return sp;
    }
    /* skip whitespace the attribute left before the keyword */
    SourceFile *f = source_get(sp.file);
    while (f && sp.lo < name.lo && (f->text[sp.lo] == ' ' || f->text[sp.lo] == '\n' || f->text[sp.lo] == '\t' || f->text[sp.lo] == '\r'))
        sp.lo++;
    sp.hi = name.hi;
    return sp;
}

/* ── patterns ── */

/* The value a path names in a pattern: an enum variant, a unit struct or a const. */
static Def *pattern_path_def(Resolver *r, Node *p) {
    int n = p->u.path.nsegs;
    if (n == 2) {
        AdtDef *a = lookup_struct(r, p->u.path.segs[0]);
        if (a && a->is_enum)
            for (int v = 0; v < a->nvariants; v++)
                if (a->variants[v].name == p->u.path.segs[1]) return variant_def(a, v);
        if (a && a->is_enum) {
            Diag *dg = diag_error("E0599", p->u.path.seg_spans[1], "no variant or associated item named `%s` found for enum `%s` in the current scope",
                                  sym_str(p->u.path.segs[1]), sym_str(a->name));
            diag_label(dg, "variant or associated item not found in `%s`", sym_str(a->name));
            diag_emit(dg);
            return NULL;
        }
    }
    if (n == 1) {
        if (p->u.path.segs[0] == sym_cstr("Self") && r->current_impl) return adt_value_def(r->current_impl);
        AdtDef *a = lookup_struct(r, p->u.path.segs[0]);
        if (a && !a->is_enum) return adt_value_def(a);
        bool crossed;
        Entry *e = lookup(r, p->u.path.segs[0], &crossed);
        if (e && e->def && (e->def->kind == DEF_CONST || e->def->kind == DEF_ADT || e->def->kind == DEF_VARIANT)) return e->def;
    }
    resolve_value_path(r, p);
    return p->u.path.def;
}

static void declare_pattern_binding(Resolver *r, Node *pat) {
    Sym name = pat->u.pat_ident.name;
    if (r->in_later_alt) {
        /* the other alternatives bind the same variables as the first */
        for (int i = 0; i < r->alt_bindings.len; i++) {
            Binding *b = r->alt_bindings.items[i];
            if (b->name == name) {
                pat->u.pat_ident.binding = b;
                ptrvec_push(&r->alt_used, b);
                return;
            }
        }
        Diag *d = diag_error("E0408", pat->span, "variable `%s` is not bound in all patterns", sym_str(name));
        diag_label(d, "pattern doesn't bind `%s`", sym_str(name));
        diag_emit(d);
        return;
    }
    for (int i = 0; i < r->pattern_names.len; i++) {
        if (((Binding *)r->pattern_names.items[i])->name != name) continue;
        Diag *d = r->in_params ? diag_error("E0415", pat->span, "identifier `%s` is bound more than once in this parameter list", sym_str(name))
                               : diag_error("E0416", pat->span, "identifier `%s` is bound more than once in the same pattern", sym_str(name));
        diag_label(d, r->in_params ? "used as parameter more than once" : "used in a pattern more than once");
        diag_emit(d);
        break;
    }
    Binding *b = arena_alloc(sizeof *b);
    b->name = name;
    b->span = pat->span;
    b->is_mut = pat->u.pat_ident.is_mut;
    b->by_ref = pat->u.pat_ident.by_ref;
    b->ref_mut = pat->u.pat_ident.by_ref && pat->u.pat_ident.is_mut;
    if (b->ref_mut) b->is_mut = false;              /* `ref mut x`: x itself is not mut */
    b->id = r->next_binding_id++;
    b->closure_depth = r->closures.len;
    pat->u.pat_ident.binding = b;
    ptrvec_push(&r->alt_bindings, b);
    ptrvec_push(&r->pattern_names, b);
    declare(r, b->name, b, NULL);
}

/* A new pattern, or parameter list, whose names must differ (E0416, E0415). */
static void begin_pattern(Resolver *r, bool params) {
    r->pattern_names.len = 0;
    r->in_params = params;
}

static void resolve_top_pattern(Resolver *r, Node *pat) {
    begin_pattern(r, false);
    resolve_pattern(r, pat);
}

static void resolve_pattern(Resolver *r, Node *pat) {
    if (!pat) return;
    switch (pat->kind) {
    case P_IDENT: {
        /* a lone name that is a unit variant, unit struct or const is a path pattern */
        bool crossed;
        Entry *e = pat->u.pat_ident.subpat || pat->u.pat_ident.is_mut || pat->u.pat_ident.by_ref ? NULL
                   : lookup(r, pat->u.pat_ident.name, &crossed);
        bool unit_variant = e && e->def && e->def->kind == DEF_VARIANT && e->def->adt->variants[e->def->variant].shape == SHAPE_UNIT;
        if (e && e->def && (unit_variant || e->def->kind == DEF_CONST || (e->def->kind == DEF_ADT && e->def->adt->shape == SHAPE_UNIT))) {
            Node *path = ast_new(N_PATH, pat->span);
            path->u.path.segs = arena_alloc(sizeof(Sym));
            path->u.path.seg_spans = arena_alloc(sizeof(Span));
            path->u.path.segs[0] = pat->u.pat_ident.name;
            path->u.path.seg_spans[0] = pat->span;
            path->u.path.nsegs = 1;
            path->u.path.def = e->def;
            pat->kind = P_PATH;
            pat->u.unary.operand = path;
            break;
        }
        if (pat->u.pat_ident.subpat) resolve_pattern(r, pat->u.pat_ident.subpat);
        declare_pattern_binding(r, pat);
        break;
    }
    case P_TUPLE: case P_SLICE:
        for (int i = 0; i < pat->u.list.elems.len; i++) resolve_pattern(r, pat->u.list.elems.items[i]);
        break;
    case P_LIT:
        resolve_expr(r, pat->u.unary.operand);
        break;
    case P_RANGE:
        if (pat->u.range.lo) resolve_expr(r, pat->u.range.lo);
        if (pat->u.range.hi) resolve_expr(r, pat->u.range.hi);
        break;
    case P_WILD: case P_REST:
        break;
    case P_REF:
        resolve_pattern(r, pat->u.unary.operand);
        break;
    case P_PATH: {
        Node *p = pat->u.unary.operand;
        p->u.path.def = pattern_path_def(r, p);
        break;
    }
    case P_TUPLE_STRUCT: case P_STRUCT: {
        Node *p = pat->u.pat_struct.path;
        p->u.path.def = pattern_path_def(r, p);
        for (int i = 0; i < pat->u.pat_struct.elems.len; i++) {
            Node *el = pat->u.pat_struct.elems.items[i];
            resolve_pattern(r, pat->kind == P_STRUCT ? el->u.field_init.expr : el);
        }
        break;
    }
    case P_OR: {
        PtrVec saved = r->alt_bindings;
        bool saved_later = r->in_later_alt;
        r->alt_bindings = (PtrVec){0};
        resolve_pattern(r, pat->u.list.elems.items[0]);
        PtrVec first = r->alt_bindings;
        r->in_later_alt = true;
        for (int i = 1; i < pat->u.list.elems.len; i++) {
            Node *alt = pat->u.list.elems.items[i];
            r->alt_bindings = first;
            int used_before = r->alt_used.len;
            resolve_pattern(r, alt);
            /* each alternative binds every name of the first (else the arm could read it unset) */
            for (int k = 0; k < first.len; k++) {
                Binding *b = first.items[k];
                bool bound = false;
                for (int u = used_before; u < r->alt_used.len && !bound; u++) bound = r->alt_used.items[u] == b;
                if (bound) continue;
                Diag *d = diag_error("E0408", alt->span, "variable `%s` is not bound in all patterns", sym_str(b->name));
                diag_label(d, "pattern doesn't bind `%s`", sym_str(b->name));
                diag_secondary(d, b->span, "variable not in all patterns");
                diag_emit(d);
            }
            r->alt_used.len = used_before;
        }
        r->in_later_alt = saved_later;
        r->alt_bindings = saved;
        for (int i = 0; i < first.len; i++) ptrvec_push(&r->alt_bindings, first.items[i]);
        break;
    }
    default:
        report_unsupported(pat, pat->span);
        break;
    }
}

/* ── types ── */

static int trait_assoc_index(TraitDef *t, Sym name, TraitDef **found) {
    for (int i = 0; i < t->assoc_names.len; i++)
        if ((Sym)(uintptr_t)t->assoc_names.items[i] == name) {
            *found = t;
            return i;
        }
    for (int i = 0; i < t->supertraits.len; i++) {
        int k = trait_assoc_index(t->supertraits.items[i], name, found);
        if (k >= 0) return k;
    }
    return -1;
}

/* `T::Item` (T a type parameter with a bound declaring Item) and `Self::Item` (in a trait,
 * or in an impl of one): an associated type. */
static bool resolve_assoc_type(Resolver *r, Node *t) {
    Sym first = t->u.path.segs[0], name = t->u.path.segs[1];
    Def *base = lookup_type(r, first);
    TraitDef *trait = NULL;
    int idx = -1;
    if (base && base->kind == DEF_TYPE_PARAM) {
        for (int i = 0; i < base->bounds.len && idx < 0; i++) idx = trait_assoc_index(base->bounds.items[i], name, &trait);
    } else if (first == sym_cstr("Self") && r->current_trait_impl) {
        idx = trait_assoc_index(r->current_trait_impl->trait, name, &trait);
        if (!base) {
            AdtDef *a = r->current_impl;
            base = a ? adt_value_def(a) : NULL;
        }
    }
    if (idx < 0 || !base) return false;
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_ASSOC_TYPE;
    d->name = name;
    d->trait = trait;
    d->variant = idx;
    d->assoc_base = base;
    t->u.path.def = d;
    return true;
}

/* The std types the prelude stands in for, by module and name (`fmt::Result` is the
 * prelude's FmtResult). */
static const struct { const char *module, *name, *prelude; } std_types[] = {
    {"fmt", "Result", "FmtResult"}, {"fmt", "Formatter", NULL}, {"fmt", "Error", NULL}, {"alloc", "Layout", NULL},
    {"rc", "Rc", NULL}, {"rc", "Weak", NULL}, {"cell", "RefCell", NULL}, {"cell", "Cell", NULL}, {"cell", "Ref", NULL},
    {"cell", "RefMut", NULL}, {"num", "ParseIntError", NULL}, {"num", "ParseFloatError", NULL}, {"num", "IntErrorKind", NULL},
    {"string", "String", NULL}, {"vec", "Vec", NULL}, {"boxed", "Box", NULL},
};

/* `fmt::Formatter`, `std::rc::Rc`, `core::fmt::Error`: the prelude's stand-ins. */
static Def *std_fmt_type(Resolver *r, Node *t) {
    int n = t->u.path.nsegs, first = n == 3 && (strcmp(sym_str(t->u.path.segs[0]), "std") == 0 || strcmp(sym_str(t->u.path.segs[0]), "core") == 0);
    if (n - first != 2) return NULL;
    const char *module = sym_str(t->u.path.segs[first]), *last = sym_str(t->u.path.segs[n - 1]);
    for (size_t i = 0; i < sizeof std_types / sizeof *std_types; i++)
        if (strcmp(module, std_types[i].module) == 0 && strcmp(last, std_types[i].name) == 0)
            return lookup_type(r, sym_cstr(std_types[i].prelude ? std_types[i].prelude : last));
    return NULL;
}

static void resolve_type(Resolver *r, Node *t) {
    if (!t) return;
    switch (t->kind) {
    case T_PATH: {
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_PARAM) break;   /* an `impl Trait` argument */
        if (t->u.path.nsegs == 2 && !t->u.path.seg_args && resolve_assoc_type(r, t)) break;
        Node *args = t->u.path.seg_args ? t->u.path.seg_args[t->u.path.nsegs - 1] : NULL;
        bool args_ok = (t->u.path.nsegs == 1 || std_fmt_type(r, t)) && (!args || !args->u.generic_args.parenthesized);
        for (int i = 0; args_ok && args && i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            args_ok = a->kind == N_BOUND ? a->u.bound.kind == BOUND_LIFETIME : a->kind >= T_PATH && a->kind <= T_INFER;
        }
        if (!args_ok) {
            report_unsupported(t, t->span);
            break;
        }
        Type *prim = t->u.path.nsegs == 1 ? prim_type(t->u.path.segs[0]) : NULL;
        Def *named = t->u.path.nsegs == 1 ? lookup_type(r, t->u.path.segs[0]) : std_fmt_type(r, t);
        AdtDef *adt = t->u.path.nsegs == 1 ? lookup_struct(r, t->u.path.segs[0]) : NULL;
        for (int i = 0; args && i < args->u.generic_args.args.len; i++)
            if (((Node *)args->u.generic_args.args.items[i])->kind != N_BOUND) resolve_type(r, args->u.generic_args.args.items[i]);
        if (prim) {
            t->u.path.prim = prim;
        } else if (adt) {
            t->u.path.def = adt_value_def(adt);
        } else if (named && (named->kind == DEF_TYPE_PARAM || named->kind == DEF_TYPE_ALIAS || named->kind == DEF_ADT)) {
            t->u.path.def = named;
        } else {
            Sym last = t->u.path.segs[t->u.path.nsegs - 1];
            Diag *d = diag_error("E0412", t->span, "cannot find type `%s` in this scope", sym_str(last));
            diag_label(d, "not found in this scope");
            diag_emit(d);
        }
        break;
    }
    case T_TUPLE:
        for (int i = 0; i < t->u.list.elems.len; i++) resolve_type(r, t->u.list.elems.items[i]);
        break;
    case T_REF: case T_SLICE: case T_PTR:
        resolve_type(r, t->u.ty_ref.inner);
        break;
    case T_ARRAY:
        resolve_type(r, t->u.repeat.value);
        resolve_expr(r, t->u.repeat.count);
        break;
    case T_NEVER: case T_INFER:
        break;
    case T_FN:
        if (t->u.fn_type.abi || t->u.fn_type.is_unsafe) {
            diag_unsupported(t->span, "`unsafe` and `extern` function pointer types");
            break;
        }
        for (int i = 0; i < t->u.fn_type.params.len; i++) resolve_type(r, t->u.fn_type.params.items[i]);
        if (t->u.fn_type.ret) resolve_type(r, t->u.fn_type.ret);
        break;
    case T_DYN:
        for (int i = 0; i < t->u.list.elems.len; i++) {
            Node *bound = t->u.list.elems.items[i];
            if (bound->u.bound.kind == BOUND_TRAIT) resolve_trait_path(r, bound->u.bound.path);
        }
        break;
    default:
        report_unsupported(t, t->span);
        break;
    }
}

/* ── loops and jumps ── */

static Node *find_jump_target(Resolver *r, Node *jump, bool is_continue) {
    Sym label = jump->u.jump.label;
    for (int i = r->loops.len - 1; i >= 0; i--) {
        Node *l = r->loops.items[i];
        bool is_block = l->kind == N_BLOCK;
        Sym l_label = is_block ? l->u.block.label : l->u.loop.label;
        if (label ? l_label == label : !is_block) {
            if (is_block && is_continue) {
                Diag *d = diag_error("E0696", jump->span, "`continue` pointing to a labeled block");
                diag_label(d, "labeled blocks cannot be `continue`'d");
                diag_emit(d);
                return NULL;
            }
            return l;
        }
    }
    if (label) {
        Diag *d = diag_error("E0426", jump->u.jump.label_span, "use of undeclared label `'%s`", sym_str(label));
        diag_label(d, "undeclared label `'%s`", sym_str(label));
        diag_emit(d);
    } else {
        const char *what = is_continue ? "continue" : "break";
        Diag *d = diag_error("E0268", jump->span, "`%s` outside of a loop", what);
        diag_label(d, "cannot `%s` outside of a loop", what);
        diag_emit(d);
    }
    return NULL;
}

static void resolve_break(Resolver *r, Node *n) {
    Node *target = find_jump_target(r, n, false);
    n->u.jump.target = target;
    if (n->u.jump.value) resolve_expr(r, n->u.jump.value);
    if (target && n->u.jump.value && (target->kind == N_WHILE || target->kind == N_FOR)) {
        const char *kind = target->kind == N_WHILE ? "while" : "for";
        Diag *d = diag_error("E0571", n->span, "`break` with value from a `%s` loop", kind);
        diag_label(d, "can only break with a value inside `loop` or breakable block");
        diag_emit(d);
    }
}

static void resolve_loop(Resolver *r, Node *n) {
    Node *let = n->kind == N_WHILE && n->u.loop.cond->kind == N_LET_COND ? n->u.loop.cond : NULL;
    if (let) resolve_expr(r, let->u.let_cond.expr);
    else if (n->kind == N_WHILE) resolve_expr(r, n->u.loop.cond);
    if (n->kind == N_FOR) resolve_expr(r, n->u.loop.iter);
    ptrvec_push(&r->loops, n);
    push_scope(r, false);
    if (n->kind == N_FOR) resolve_top_pattern(r, n->u.loop.pat);
    if (let) resolve_top_pattern(r, let->u.let_cond.pat);
    resolve_expr(r, n->u.loop.body);
    pop_scope(r);
    r->loops.len--;
}

/* ── expressions ── */

static void resolve_list(Resolver *r, NodeList *l) {
    for (int i = 0; i < l->len; i++) resolve_expr(r, l->items[i]);
}

/* `<T as Trait>::item` in an expression becomes the path `Trait::item` with its Self type
 * given (self_param for a type parameter, else qself); `<T>::item` becomes `T::item`. */
static void resolve_qpath_expr(Resolver *r, Node *n) {
    Node *self_ty = n->u.qpath.self_ty, *trait_ref = n->u.qpath.trait_ref;
    Sym name = n->u.qpath.segs[0];
    Span name_span = n->u.qpath.seg_spans[0];
    if (n->u.qpath.nsegs != 1 || (!trait_ref && (self_ty->kind != T_PATH || self_ty->u.path.nsegs != 1 || self_ty->u.path.seg_args))) {
        report_unsupported(n, n->span);
        return;
    }
    resolve_type(r, self_ty);
    TraitDef *t = trait_ref ? resolve_trait_path(r, trait_ref) : NULL;
    if (trait_ref && !t) return;
    Def *param = self_ty->kind == T_PATH && self_ty->u.path.def && self_ty->u.path.def->kind == DEF_TYPE_PARAM ? self_ty->u.path.def : NULL;
    n->kind = N_PATH;
    memset(&n->u.path, 0, sizeof n->u.path);
    n->u.path.nsegs = 2;
    n->u.path.segs = arena_alloc(sizeof(Sym) * 2);
    n->u.path.seg_spans = arena_alloc(sizeof(Span) * 2);
    n->u.path.segs[0] = t ? t->name : self_ty->u.path.segs[0];
    n->u.path.seg_spans[0] = t ? trait_ref->span : self_ty->span;
    n->u.path.segs[1] = name;
    n->u.path.seg_spans[1] = name_span;
    if (!t) {
        resolve_expr(r, n);                     /* `<T>::item` is `T::item` */
        return;
    }
    n->u.path.def = trait_method(t, name);
    if (!n->u.path.def) n->u.path.def = trait_const(t, name);
    if (!n->u.path.def) {
        Diag *d = diag_error("E0576", name_span, "cannot find method or associated constant `%s` in trait `%s`", sym_str(name), sym_str(t->name));
        diag_label(d, "not found in `%s`", sym_str(t->name));
        diag_emit(d);
        return;
    }
    if (param) n->u.path.self_param = param;
    else n->u.path.qself = self_ty;
}

/* `Type::<Args>::item`: two segments, type arguments on the first only. */
static bool type_args_on_type_segment(Node *path) {
    Node *args = path->u.path.nsegs == 2 ? path->u.path.seg_args[0] : NULL;
    if (!args || args->u.generic_args.parenthesized || path->u.path.seg_args[1]) return false;
    for (int i = 0; i < args->u.generic_args.args.len; i++) {
        Node *a = args->u.generic_args.args.items[i];
        if (a->kind < T_PATH || a->kind > T_INFER) return false;
    }
    return true;
}

/* A single-segment path naming `name` (a desugared closure's parameter). */
static Node *name_path(Sym name, Span span) {
    Node *p = ast_new(N_PATH, span);
    p->u.path.nsegs = 1;
    p->u.path.segs = arena_alloc(sizeof(Sym));
    p->u.path.segs[0] = name;
    p->u.path.seg_spans = arena_alloc(sizeof(Span));
    p->u.path.seg_spans[0] = span;
    return p;
}

/* `Clone::clone`: the trait's clone is built in (the prelude declares no method), so a
 * path to it is read as the method. */
static bool is_clone_method_path(Resolver *r, Node *p) {
    if (p->kind != N_PATH || p->u.path.nsegs != 2 || p->u.path.segs[1] != sym_cstr("clone")) return false;
    Def *td = lookup_type(r, p->u.path.segs[0]);
    return td && td->kind == DEF_TRAIT && td->trait->lang == LANG_CLONE && !trait_method(td->trait, p->u.path.segs[1]);
}

/* A path to a trait's method used as a value (`map(ToString::to_string)`) is rustc's fn
 * item of the method, its Self inferred from the arguments. Node n becomes the closure
 * `|a0, .., an| Trait::method(a0, .., an)`, which infers Self the same way and coerces to
 * a fn pointer alike (for Clone, `|a0| a0.clone()`). */
static void method_path_to_closure(Resolver *r, Node *n, int arity, bool clone) {
    Node *path = ast_new(N_PATH, n->span);
    *path = *n;
    Node *call = ast_new(clone ? N_METHOD_CALL : N_CALL, n->span);
    NodeList params = {0};
    for (int i = 0; i < arity; i++) {
        Sym name = sym_cstr(arena_printf("{arg%d}", i));
        Node *pat = ast_new(P_IDENT, n->span), *param = ast_new(N_PARAM, n->span);
        pat->u.pat_ident.name = name;
        param->u.param.pat = pat;
        nodelist_push(&params, param);
        if (clone && i == 0) call->u.call.receiver = name_path(name, n->span);
        else nodelist_push(&call->u.call.args, name_path(name, n->span));
    }
    if (clone) {
        call->u.call.method = sym_cstr("clone");
        call->u.call.method_span = n->span;
    } else {
        call->u.call.callee = path;
    }
    n->kind = N_CLOSURE;
    memset(&n->u, 0, sizeof n->u);
    n->u.closure.params = params;
    n->u.closure.body = call;
    resolve_closure(r, n);
}

static void resolve_expr(Resolver *r, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_LIT_INT: case N_LIT_FLOAT: case N_LIT_BOOL: case N_LIT_CHAR: case N_LIT_STR:
        break;
    case N_QPATH:
        resolve_qpath_expr(r, n);
        break;
    case N_PATH:
        if (n->u.path.seg_args && type_args_on_type_segment(n)) {
            /* `Vec::<u8>::new`: `Vec::new` with its Self type given, as `<Vec<u8>>::new` */
            Node *self_ty = ast_new(T_PATH, n->u.path.seg_spans[0]);
            self_ty->u.path.nsegs = 1;
            self_ty->u.path.segs = n->u.path.segs;
            self_ty->u.path.seg_spans = n->u.path.seg_spans;
            self_ty->u.path.seg_args = n->u.path.seg_args;
            self_ty->span.hi = n->u.path.seg_args[0]->span.hi;
            n->u.path.seg_args = NULL;
            resolve_type(r, self_ty);
            resolve_value_path(r, n);
            n->u.path.qself = self_ty;
        } else if (n->u.path.seg_args) {
            Def *b = mem_builtin_def(n);
            Node *last = n->u.path.seg_args[n->u.path.nsegs - 1];
            bool types_only = last && !last->u.generic_args.parenthesized;
            for (int i = 0; i < n->u.path.nsegs - 1; i++) types_only &= n->u.path.seg_args[i] == NULL;
            for (int i = 0; types_only && i < last->u.generic_args.args.len; i++) {
                Node *a = last->u.generic_args.args.items[i];
                types_only = a->kind >= T_PATH && a->kind <= T_INFER;
            }
            if (b) {
                n->u.path.def = b;
                resolve_type(r, b->type_arg);
            } else if (types_only) {
                /* `f::<T>(..)`: the path, then its type arguments */
                Node **args = n->u.path.seg_args;
                n->u.path.seg_args = NULL;
                resolve_value_path(r, n);
                n->u.path.seg_args = args;
                for (int i = 0; i < last->u.generic_args.args.len; i++) resolve_type(r, last->u.generic_args.args.items[i]);
            } else {
                report_unsupported(n, n->span);
            }
        } else if (n != r->callee && is_clone_method_path(r, n)) {
            method_path_to_closure(r, n, 1, true);
        } else {
            resolve_value_path(r, n);
            Def *d = n->u.path.def;
            if (n != r->callee && d && d->kind == DEF_FN && d->trait && trait_method(d->trait, d->name) == d)
                method_path_to_closure(r, n, d->node->u.fn.params.len, false);
        }
        break;
    case N_ARRAY: resolve_list(r, &n->u.list.elems); break;
    case N_ARRAY_REPEAT:
        resolve_expr(r, n->u.repeat.value);
        resolve_expr(r, n->u.repeat.count);
        break;
    case N_STRUCT_LIT: {
        Node *p = n->u.struct_lit.path;
        AdtDef *a = p->u.path.nsegs == 1 && !p->u.path.seg_args ? lookup_struct(r, p->u.path.segs[0]) : NULL;
        if (a && !a->is_enum) {
            p->u.path.def = adt_value_def(a);
        } else if (p->u.path.nsegs == 2 && resolve_assoc_path(r, p)) {
            /* Enum::Variant { .. } */
        } else {
            size_t len;
            const char *text = span_text(p->span, &len);
            Diag *d = diag_error("E0422", p->span, "cannot find struct, variant or union type `%.*s` in this scope", (int)len, text);
            diag_label(d, "not found in this scope");
            diag_emit(d);
        }
        for (int i = 0; i < n->u.struct_lit.fields.len; i++)
            resolve_expr(r, ((Node *)n->u.struct_lit.fields.items[i])->u.field_init.expr);
        resolve_expr(r, n->u.struct_lit.base);
        break;
    }
    case N_TUPLE: resolve_list(r, &n->u.list.elems); break;
    case N_PAREN: case N_TRY: resolve_expr(r, n->u.unary.operand); break;
    case N_CLOSURE: resolve_closure(r, n); break;
    case N_BINARY: case N_ASSIGN: case N_COMPOUND_ASSIGN: case N_INDEX:
        resolve_expr(r, n->u.binary.lhs);
        resolve_expr(r, n->u.binary.rhs);
        break;
    case N_CAST:
        resolve_expr(r, n->u.cast.expr);
        resolve_type(r, n->u.cast.ty);
        break;
    case N_CALL:
        if (is_clone_method_path(r, n->u.call.callee) && n->u.call.args.len == 1) {
            /* `Clone::clone(&x)` is `(&x).clone()`: Self is what the argument points to */
            Node *recv = n->u.call.args.items[0];
            Span at = n->u.call.callee->span;
            n->kind = N_METHOD_CALL;
            memset(&n->u, 0, sizeof n->u);
            n->u.call.receiver = recv;
            n->u.call.method = sym_cstr("clone");
            n->u.call.method_span = at;
            resolve_expr(r, n);
            break;
        }
        r->callee = n->u.call.callee;
        resolve_expr(r, n->u.call.callee);
        r->callee = NULL;
        resolve_list(r, &n->u.call.args);
        break;
    case N_METHOD_CALL:
        resolve_expr(r, n->u.call.receiver);
        resolve_list(r, &n->u.call.args);
        for (int i = 0; n->u.call.turbofish && i < n->u.call.turbofish->u.generic_args.args.len; i++) {
            Node *a = n->u.call.turbofish->u.generic_args.args.items[i];
            if (a->kind >= T_PATH && a->kind <= T_INFER) resolve_type(r, a);   /* `.collect::<Vec<String>>()` */
        }
        break;
    case N_FIELD: resolve_expr(r, n->u.field.base); break;
    case N_BLOCK:
        if (n->u.block.label) ptrvec_push(&r->loops, n);
        resolve_block(r, n);
        if (n->u.block.label) r->loops.len--;
        break;
    case N_IF:
        if (n->u.if_.cond->kind == N_LET_COND) {
            resolve_expr(r, n->u.if_.cond->u.let_cond.expr);
            push_scope(r, false);
            resolve_top_pattern(r, n->u.if_.cond->u.let_cond.pat);
            resolve_expr(r, n->u.if_.then_block);
            pop_scope(r);
        } else {
            resolve_expr(r, n->u.if_.cond);
            resolve_expr(r, n->u.if_.then_block);
        }
        resolve_expr(r, n->u.if_.else_branch);
        break;
    case N_MATCH:
        resolve_expr(r, n->u.match.scrutinee);
        for (int i = 0; i < n->u.match.arms.len; i++) {
            Node *arm = n->u.match.arms.items[i];
            push_scope(r, false);
            resolve_top_pattern(r, arm->u.arm.pat);
            resolve_expr(r, arm->u.arm.guard);
            resolve_expr(r, arm->u.arm.body);
            pop_scope(r);
        }
        break;
    case N_WHILE: case N_LOOP: case N_FOR: resolve_loop(r, n); break;
    case N_BREAK: resolve_break(r, n); break;
    case N_CONTINUE: n->u.jump.target = find_jump_target(r, n, true); break;
    case N_RETURN:
        n->u.jump.target = r->current_fn;
        resolve_expr(r, n->u.jump.value);
        break;
    case N_RANGE:
        resolve_expr(r, n->u.range.lo);
        resolve_expr(r, n->u.range.hi);
        break;
    case N_ASSERT:
        resolve_expr(r, n->u.assert.lhs);
        resolve_expr(r, n->u.assert.rhs);
        resolve_expr(r, n->u.assert.message);
        break;
    case N_UNARY:
        resolve_expr(r, n->u.unary.operand);
        break;
    case N_FORMAT:
        if (n->u.format.kind == FMTK_WRITE) resolve_expr(r, n->u.format.dest);
        resolve_list(r, &n->u.format.args);
        break;
    case N_MACRO_CALL:                          /* expand has already reported it */
    case N_ERROR:
        break;
    default:
        report_unsupported(n, n->span);
        break;
    }
}

/* ── items and blocks ── */

static Def *new_fn_def(Node *fn) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_FN;
    d->name = fn->u.fn.name;
    d->node = fn;
    for (int i = 0; i < fn->attrs.len; i++) {
        Node *attr = fn->attrs.items[i];
        if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "track_caller") == 0) d->track_caller = true;
    }
    fn->u.fn.def = d;
    return d;
}

/* A fn among an impl's or a trait's items (others are not supported yet): its Def, with
 * its `self` parameter made an ordinary one. */
/* An associated `const N: T = v;` of an impl or trait (v may be absent in a trait). */
static Def *assoc_const_def(Node *m) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_CONST;
    d->name = m->u.value_item.name;
    d->node = m;
    return d;
}

static Def *find_const(PtrVec *consts, Sym name) {
    for (int i = 0; i < consts->len; i++)
        if (((Def *)consts->items[i])->name == name) return consts->items[i];
    return NULL;
}

static Def *method_def(Node *m) {
    if (m->kind != N_FN) {
        report_unsupported(m, item_head_span(m));
        return NULL;
    }
    Def *d = new_fn_def(m);
    d->self_kind = desugar_self_param(m);
    return d;
}

/* An ADT's type parameters, in order (lifetime parameters are accepted and ignored until
 * the borrow checker uses them). Bounds need traits, which are not supported yet. */
/* The type parameters of generics g (lifetimes are skipped), as DEF_TYPE_PARAMs numbered
 * from first; their bounds are resolved later, by resolve_bounds, in their scope. */
static int read_type_params(Node *g, int first, Def ***defs, Sym **names) {
    int n = 0, cap = (g ? g->u.generics.params.len : 0) + 1;
    *defs = arena_alloc(sizeof(Def *) * (size_t)cap);
    *names = arena_alloc(sizeof(Sym) * (size_t)cap);
    if (!g) return 0;
    for (int i = 0; i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind == GP_LIFETIME) continue;
        if (p->u.generic_param.kind != GP_TYPE) {
            diag_unsupported(p->span, "const generics");
            continue;
        }
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_TYPE_PARAM;
        d->name = p->u.generic_param.name;
        d->node = p;
        d->variant = first + n;
        (*names)[n] = d->name;
        (*defs)[n++] = d;
    }
    return n;
}

/* Whether a bound list is lifetimes only (`T: 'a + 'b`), which lifetimes.c resolves. */
static bool only_lifetime_bounds(const NodeList *bounds) {
    for (int i = 0; i < bounds->len; i++)
        if (((Node *)bounds->items[i])->u.bound.kind != BOUND_LIFETIME) return false;
    return true;
}

static void read_generics(AdtDef *a, Node *item) {
    a->ngenerics = read_type_params(item->u.adt.generics, 0, &a->generic_defs, &a->generic_names);
    Node *g = item->u.adt.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind == GP_TYPE && !only_lifetime_bounds(&p->u.generic_param.bounds))
            diag_unsupported(p->span, "trait bounds on the type parameters of structs and enums");
    }
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        if (only_lifetime_bounds(&w->u.where_pred.bounds)) continue;   /* `where T: 'a` */
        diag_unsupported(w->span, "`where` clauses on structs and enums");
        break;
    }
}

/* `x: impl Trait` parameters are anonymous type parameters: each gets one (after the
 * declared ones, numbered from first), and the parameter's type becomes a path to it. */
static int impl_trait_params(Resolver *r, Node *fn, int first, Def ***defs, Sym **names, int have) {
    (void)r;
    int extra = 0;
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *ty = ((Node *)fn->u.fn.params.items[i])->u.param.ty;
        if (ty && ty->kind == T_IMPL) extra++;
    }
    if (!extra) return 0;
    Def **all = arena_alloc(sizeof(Def *) * (size_t)(have + extra + 1));
    Sym *all_names = arena_alloc(sizeof(Sym) * (size_t)(have + extra + 1));
    memcpy(all, *defs, sizeof(Def *) * (size_t)have);
    memcpy(all_names, *names, sizeof(Sym) * (size_t)have);
    int k = have;
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *ty = ((Node *)fn->u.fn.params.items[i])->u.param.ty;
        if (!ty || ty->kind != T_IMPL) continue;
        Def *d = arena_alloc(sizeof *d);
        d->kind = DEF_TYPE_PARAM;
        size_t len;
        const char *text = span_text(ty->span, &len);
        d->name = sym_intern(text, len);        /* printed as written: `impl Fn(i32) -> i32` */
        d->variant = first + (k - have);
        Node *bounds = ast_new(T_IMPL, ty->span);
        *bounds = *ty;
        d->node = bounds;                       /* until its bounds are resolved */
        ty->kind = T_PATH;
        memset(&ty->u.path, 0, sizeof ty->u.path);
        ty->u.path.nsegs = 1;
        ty->u.path.segs = arena_alloc(sizeof(Sym));
        ty->u.path.segs[0] = d->name;
        ty->u.path.seg_spans = arena_alloc(sizeof(Span));
        ty->u.path.seg_spans[0] = ty->span;
        ty->u.path.def = d;                     /* by identity: two `impl Display` are two types */
        all_names[k] = d->name;
        all[k++] = d;
    }
    *defs = all;
    *names = all_names;
    return extra;
}

static void declare_type_params(Resolver *r, Def **defs, int n) {
    for (int k = 0; k < n; k++) declare_type(r, defs[k]->name, defs[k]);
}

static TraitDef *resolve_trait_path(Resolver *r, Node *path);

/* `T: Iterator<Item = u32>`: inside the item, `T::Item` is u32. */
static void record_assoc_bindings(Def *param, TraitDef *t, Node *path) {
    Node *args = path->u.path.seg_args ? path->u.path.seg_args[path->u.path.nsegs - 1] : NULL;
    for (int i = 0; args && !args->u.generic_args.parenthesized && i < args->u.generic_args.args.len; i++) {
        Node *a = args->u.generic_args.args.items[i];
        if (a->kind != N_ASSOC_BINDING || !a->u.assoc_binding.ty) continue;
        for (int k = 0; k < t->assoc_names.len; k++)
            if ((Sym)(uintptr_t)t->assoc_names.items[k] == a->u.assoc_binding.name) {
                ptrvec_push(&param->assoc_eq, a);
                ptrvec_push(&param->assoc_eq_traits, t);
            }
    }
}

/* `T: A + B` and `where T: C`: the traits each parameter of generics g must implement. */
/* The traits of bound list `A + B + 'a` (lifetimes skipped), resolved, with their paths. */
static int resolve_bound_list(Resolver *r, NodeList *bounds, TraitDef ***traits, Node ***paths) {
    int n = 0;
    *traits = arena_alloc(sizeof(TraitDef *) * (size_t)(bounds->len + 1));
    *paths = arena_alloc(sizeof(Node *) * (size_t)(bounds->len + 1));
    for (int b = 0; b < bounds->len; b++) {
        Node *bound = bounds->items[b];
        if (bound->u.bound.kind != BOUND_TRAIT) continue;
        TraitDef *t = resolve_trait_path(r, bound->u.bound.path);
        if (!t) continue;
        (*paths)[n] = bound->u.bound.path;
        (*traits)[n++] = t;
    }
    return n;
}

/* `param: A + B`: its bounds, with an `Fn(..)` signature or `Item = X` bindings noted. */
static void add_bounds(Resolver *r, Def *param, NodeList *bounds) {
    TraitDef **traits;
    Node **paths;
    int n = resolve_bound_list(r, bounds, &traits, &paths);
    for (int i = 0; i < n; i++) {
        ptrvec_push(&param->bounds, traits[i]);
        if (is_fn_trait(traits[i])) param->fn_bound = paths[i];
        record_assoc_bindings(param, traits[i], paths[i]);
    }
}

/* `where X: A + B` on something other than the item's own parameter: (X, A), (X, B) pairs. */
static void add_where_pairs(Resolver *r, NodeList *bounds, void *subject, PtrVec *subjects, PtrVec *traits_out) {
    TraitDef **traits;
    Node **paths;
    int n = resolve_bound_list(r, bounds, &traits, &paths);
    for (int i = 0; i < n; i++) {
        ptrvec_push(subjects, subject);
        ptrvec_push(traits_out, traits[i]);
    }
}

/* A copy of type parameter p, for one method's `where` on its impl's parameter: the
 * method's bodies see the extra bounds, its impl's other methods do not. */
static Def *method_param_copy(Def *p) {
    Def *c = arena_alloc(sizeof *c);
    *c = *p;
    c->bounds = (PtrVec){0};
    c->assoc_eq = c->assoc_eq_traits = c->assoc_eq_types = (PtrVec){0};
    for (int i = 0; i < p->bounds.len; i++) ptrvec_push(&c->bounds, p->bounds.items[i]);
    for (int i = 0; i < p->assoc_eq.len; i++) {
        ptrvec_push(&c->assoc_eq, p->assoc_eq.items[i]);
        ptrvec_push(&c->assoc_eq_traits, p->assoc_eq_traits.items[i]);
    }
    return c;
}

static void resolve_bounds(Resolver *r, Node *g, Def **defs, int n, Def *fn) {
    if (!g) return;
    for (int i = 0; i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        for (int k = 0; k < n; k++)
            if (defs[k]->node == p) add_bounds(r, defs[k], &p->u.generic_param.bounds);
    }
    for (int i = 0; i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        if (!ty) continue;                              /* `'a: 'b`: lifetimes.c's */
        bool simple = ty && ty->kind == T_PATH && ty->u.path.nsegs == 1;
        Def *param = NULL, *outer = NULL;
        for (int k = 0; simple && k < n; k++)
            if (ty->u.path.segs[0] == defs[k]->name) param = defs[k];
        for (int k = 0; simple && fn && !param && k < fn->nimpl_generics; k++)
            if (ty->u.path.segs[0] == fn->generic_defs[k]->name) outer = fn->generic_defs[k];
        if (param) {
            add_bounds(r, param, &w->u.where_pred.bounds);
        } else if (outer) {
            /* a method's extra requirement on its impl's parameter (of an inherent impl: the
             * method's own copy of it carries the bounds too) */
            add_where_pairs(r, &w->u.where_pred.bounds, outer, &fn->where_params, &fn->where_traits);
            if (r->impl_params && fn->adt == r->current_impl && !fn->impl && !fn->trait && outer != r->impl_params[outer->variant])
                add_bounds(r, outer, &w->u.where_pred.bounds);
        } else if (fn && ty && ty->kind == T_PATH && ty->u.path.nsegs == 2 && resolve_assoc_type(r, ty)) {
            /* `where Self::Item: Add`: a requirement on an associated type */
            add_where_pairs(r, &w->u.where_pred.bounds, ty, &fn->where_projs, &fn->where_proj_traits);
        } else if (!only_lifetime_bounds(&w->u.where_pred.bounds)) {
            diag_unsupported(w->span, "`where` clauses on types other than the item's own parameters");
        }
    }
}

/* An `impl` of a generic type must be `impl<A, B> Name<A, B>`: its parameters are the
 * type's, in order (impls for particular instances are not supported yet). */
static bool impl_is_identity(Node *impl, AdtDef *a) {
    Node *self_ty = impl->u.impl.self_ty;
    Sym *names;
    Def **defs;
    int n = read_type_params(impl->u.impl.generics, 0, &defs, &names);
    Node *args = self_ty->u.path.seg_args ? self_ty->u.path.seg_args[self_ty->u.path.nsegs - 1] : NULL;
    int k = 0;
    for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
        Node *arg = args->u.generic_args.args.items[i];
        if (arg->kind == N_BOUND) continue;
        if (arg->kind != T_PATH || arg->u.path.nsegs != 1 || arg->u.path.seg_args || k >= n || arg->u.path.segs[0] != names[k]) return false;
        k++;
    }
    return k == n && n == a->ngenerics;
}

/* `#[derive(Debug, Clone, ...)]` and `#[repr(C)]` on a struct. */
static bool has_default_variant(Node *item) {
    for (int v = 0; v < item->u.adt.variants.len; v++) {
        Node *vn = item->u.adt.variants.items[v];
        for (int i = 0; i < vn->attrs.len; i++) {
            Node *attr = vn->attrs.items[i];
            if (attr->u.attr.path && strcmp(sym_str(attr->u.attr.path), "default") == 0) return true;
        }
    }
    return false;
}

static void read_struct_attrs(AdtDef *a, Node *item) {
    for (int i = 0; i < item->attrs.len; i++) {
        Node *attr = item->attrs.items[i];
        const char *name = attr->u.attr.path ? sym_str(attr->u.attr.path) : "";
        bool derive = strcmp(name, "derive") == 0, repr = strcmp(name, "repr") == 0;
        if (!derive && !repr) continue;
        for (int k = 0; k < attr->u.attr.ntoks; k++) {
            const Token *t = &attr->u.attr.toks[k];
            if (t->kind != TK_IDENT || !t->sym) continue;
            const char *w = sym_str(t->sym);
            if (repr && strcmp(w, "C") == 0) a->repr_c = true;
            if (!derive) continue;
            if (strcmp(w, "Debug") == 0) a->derive_debug = true;
            else if (strcmp(w, "Clone") == 0) a->derive_clone = true;
            else if (strcmp(w, "Copy") == 0) a->derive_copy = true;
            else if (strcmp(w, "PartialEq") == 0) a->derive_partial_eq = true;
            else if (strcmp(w, "Eq") == 0) a->derive_eq = true;
            else if (strcmp(w, "Default") == 0) {
                a->derive_default = true;
                if (item->kind == N_ENUM && !has_default_variant(item)) {
                    Diag *d = diag_error("E0665", t->span, "`#[derive(Default)]` on enum with no `#[default]`");
                    diag_secondary(d, item->u.adt.name_span, "this enum needs a unit variant marked with `#[default]`");
                    diag_emit(d);
                }
            }
            else if (strcmp(w, "PartialOrd") == 0) a->derive_partial_ord = true;
            else if (strcmp(w, "Ord") == 0) a->derive_ord = true;
        }
    }
}

static Def *declare_enum(Resolver *r, Node *item) {
    AdtDef *a = arena_alloc(sizeof *a);
    a->name = item->u.adt.name;
    a->node = item;
    a->is_enum = true;
    a->nvariants = item->u.adt.variants.len;
    a->variants = arena_alloc(sizeof(AdtVariant) * (size_t)(a->nvariants ? a->nvariants : 1));
    uint64_t next = 0;
    for (int v = 0; v < a->nvariants; v++) {
        Node *vn = item->u.adt.variants.items[v];
        AdtVariant *var = &a->variants[v];
        var->name = vn->u.adt.name;
        var->span = vn->u.adt.name_span;
        var->shape = vn->u.adt.shape;
        var->nfields = vn->u.adt.fields.len;
        var->fields = arena_alloc(sizeof(AdtField) * (size_t)(var->nfields ? var->nfields : 1));
        for (int i = 0; i < var->nfields; i++) {
            Node *f = vn->u.adt.fields.items[i];
            var->fields[i] = (AdtField){f->u.field_def.name, f->u.field_def.name_span, f->u.field_def.ty, NULL};
        }
        var->discr_expr = vn->u.adt.discriminant;
        var->discr = next;                       /* explicit values are evaluated by typeck */
        next++;
        for (int j = 0; j < v; j++)
            if (a->variants[j].name == var->name) {
                Diag *d = diag_error("E0428", var->span, "the name `%s` is defined multiple times", sym_str(var->name));
                diag_label(d, "`%s` redefined here", sym_str(var->name));
                diag_emit(d);
            }
    }
    read_struct_attrs(a, item);
    read_generics(a, item);
    item->u.adt.def = a;
    Def *d = adt_value_def(a);
    declare_type(r, a->name, d);
    return d;
}

static Def *declare_struct(Resolver *r, Node *item) {
    AdtDef *a = arena_alloc(sizeof *a);
    a->name = item->u.adt.name;
    a->node = item;
    a->shape = item->u.adt.shape;
    a->nfields = item->u.adt.fields.len;
    a->fields = arena_alloc(sizeof(AdtField) * (size_t)(a->nfields ? a->nfields : 1));
    for (int i = 0; i < a->nfields; i++) {
        Node *f = item->u.adt.fields.items[i];
        a->fields[i] = (AdtField){f->u.field_def.name, f->u.field_def.name_span, f->u.field_def.ty, NULL};
        for (int j = 0; j < i && f->u.field_def.name; j++)
            if (a->fields[j].name == f->u.field_def.name) {
                Diag *d = diag_error("E0124", f->u.field_def.name_span, "field `%s` is already declared", sym_str(f->u.field_def.name));
                diag_label(d, "field already declared");
                diag_secondary(d, a->fields[j].span, "`%s` first declared here", sym_str(f->u.field_def.name));
                diag_emit(d);
            }
    }
    read_struct_attrs(a, item);
    read_generics(a, item);
    item->u.adt.def = a;
    Def *d = adt_value_def(a);
    declare_type(r, a->name, d);
    /* unit and tuple structs are also values: the unit value and the constructor */
    if (a->shape != SHAPE_NAMED) declare(r, a->name, NULL, d);
    return d;
}

static void report_redefinition(Sym name, Span here, Span first, const char *ns, bool in_block) {
    Diag *d = diag_error("E0428", here, "the name `%s` is defined multiple times", sym_str(name));
    diag_label(d, "`%s` redefined here", sym_str(name));
    diag_secondary(d, first, "previous definition of the %s `%s` here", ns, sym_str(name));
    diag_note(d, "`%s` must be defined only once in the %s namespace of this %s", sym_str(name), ns, in_block ? "block" : "module");
    diag_emit(d);
}

static bool known_std_use(Node *tree, Sym *prefix, int nprefix);

PtrVec trait_impls;

void resolve_reset(void) { trait_impls = (PtrVec){0}; }

static const struct { const char *name; LangTrait lang; } lang_traits[] = {
    {"Copy", LANG_COPY}, {"Clone", LANG_CLONE}, {"Debug", LANG_DEBUG}, {"Display", LANG_DISPLAY},
    {"PartialEq", LANG_PARTIAL_EQ}, {"Eq", LANG_EQ}, {"PartialOrd", LANG_PARTIAL_ORD}, {"Ord", LANG_ORD},
    {"Default", LANG_DEFAULT}, {"Add", LANG_ADD}, {"Sub", LANG_SUB}, {"Mul", LANG_MUL}, {"Div", LANG_DIV},
    {"Rem", LANG_REM}, {"Neg", LANG_NEG}, {"AddAssign", LANG_ADD_ASSIGN}, {"SubAssign", LANG_SUB_ASSIGN},
    {"MulAssign", LANG_MUL_ASSIGN}, {"DivAssign", LANG_DIV_ASSIGN}, {"RemAssign", LANG_REM_ASSIGN},
    {"Index", LANG_INDEX}, {"IndexMut", LANG_INDEX_MUT}, {"From", LANG_FROM}, {"Into", LANG_INTO},
    {"Deref", LANG_DEREF}, {"DerefMut", LANG_DEREF_MUT},
    {"Fn", LANG_FN}, {"FnMut", LANG_FN_MUT}, {"FnOnce", LANG_FN_ONCE}, {"Iterator", LANG_ITERATOR}, {"IntoIterator", LANG_INTO_ITERATOR}, {"Step", LANG_STEP},
    {"Drop", LANG_DROP},
};

/* The operator traits (and PartialEq by hand) declare no methods in the prelude: their one
 * method (`add`, `add_assign`, `eq`...) and `type Output` are the impl's. */
static bool is_operator_trait(const TraitDef *t) {
    return (t->lang >= LANG_ADD && t->lang < LANG_FN) || t->lang == LANG_PARTIAL_EQ || t->lang == LANG_CLONE || t->lang == LANG_DEFAULT ||
           t->lang == LANG_PARTIAL_ORD || t->lang == LANG_ORD;
}
static bool is_fn_trait(const TraitDef *t) { return t->lang >= LANG_FN && t->lang <= LANG_FN_ONCE; }

/* A trait and its methods; the prelude's traits of the lang_traits names are the lang items. */
static void declare_trait(Resolver *r, Node *item) {
    TraitDef *t = arena_alloc(sizeof *t);
    t->name = item->u.trait.name;
    t->node = item;
    item->u.trait.def = t;
    for (size_t i = 0; r->in_prelude && i < sizeof lang_traits / sizeof *lang_traits; i++)
        if (strcmp(sym_str(t->name), lang_traits[i].name) == 0) t->lang = lang_traits[i].lang;
    Def *self = arena_alloc(sizeof *self);
    self->kind = DEF_TYPE_PARAM;
    self->name = sym_cstr("Self");
    ptrvec_push(&self->bounds, t);
    t->self_param = self;
    Node *g = item->u.trait.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++)
        if (((Node *)g->u.generics.params.items[i])->u.generic_param.kind != GP_LIFETIME) {
            diag_unsupported(item->u.trait.name_span, "generic traits");   /* lifetimes only, for now */
            break;
        }
    for (int i = 0; i < item->u.trait.items.len; i++) {
        Node *m = item->u.trait.items.items[i];
        if (m->kind == N_TYPE_ALIAS && !m->u.type_alias.ty && !m->u.type_alias.generics) {
            ptrvec_push(&t->assoc_names, (void *)(uintptr_t)m->u.type_alias.name);   /* `type Item;` */
            continue;
        }
        if (m->kind == N_CONST_ITEM) {
            Def *c = assoc_const_def(m);
            c->trait = t;
            ptrvec_push(&t->consts, c);
            continue;
        }
        Def *d = method_def(m);
        if (!d) continue;
        d->trait = t;
        d->nimpl_generics = 1;
        ptrvec_push(&t->methods, d);
    }
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_TRAIT;
    d->name = t->name;
    d->node = item;
    d->trait = t;
    declare_type(r, t->name, d);
}

static Def *trait_method(TraitDef *t, Sym name) {
    for (int i = 0; i < t->methods.len; i++)
        if (((Def *)t->methods.items[i])->name == name) return t->methods.items[i];
    return NULL;
}

/* A trait's associated const, also one of its supertraits'. */
static Def *trait_const(TraitDef *t, Sym name) {
    Def *c = find_const(&t->consts, name);
    for (int i = 0; !c && i < t->supertraits.len; i++) c = trait_const(t->supertraits.items[i], name);
    return c;
}

/* The lang trait the first n segments of path name through its std module (`fmt::Display`,
 * `std::ops::Add`, `core::cmp::Ord`), or NULL. */
static Def *std_trait_path(Resolver *r, Node *path, int n) {
    static const char *const modules[] = {"fmt", "cmp", "clone", "marker", "default", "ops", "convert", "iter"};
    int first = strcmp(sym_str(path->u.path.segs[0]), "std") == 0 || strcmp(sym_str(path->u.path.segs[0]), "core") == 0;
    if (n - first != 2) return NULL;
    bool known = false;
    for (size_t i = 0; !known && i < sizeof modules / sizeof *modules; i++) known = strcmp(sym_str(path->u.path.segs[first]), modules[i]) == 0;
    Def *d = known ? lookup_type(r, path->u.path.segs[n - 1]) : NULL;
    return d && d->kind == DEF_TRAIT && d->trait->lang ? d : NULL;
}

/* The trait a bound or an `impl Trait for` names: one in scope, or the prelude's through
 * its std path (`fmt::Display`, `std::cmp::PartialOrd`). E0405 otherwise. */
static TraitDef *resolve_trait_path(Resolver *r, Node *path) {
    int n = path->u.path.nsegs;
    Sym last = path->u.path.segs[n - 1];
    Def *d = lookup_type(r, last);
    if (n > 1) d = std_trait_path(r, path, n);
    bool only_bindings = path->u.path.seg_args && path->u.path.seg_args[n - 1] && !path->u.path.seg_args[n - 1]->u.generic_args.parenthesized;
    for (int i = 0; only_bindings && i < path->u.path.seg_args[n - 1]->u.generic_args.args.len; i++) {
        Node *a = path->u.path.seg_args[n - 1]->u.generic_args.args.items[i];
        if (a->kind == N_BOUND && a->u.bound.kind == BOUND_LIFETIME) continue;   /* lifetimes.c's */
        only_bindings = a->kind == N_ASSOC_BINDING && a->u.assoc_binding.ty;
        if (only_bindings) resolve_type(r, a->u.assoc_binding.ty);
    }
    if (path->u.path.seg_args && !only_bindings && !(d && d->kind == DEF_TRAIT && (is_operator_trait(d->trait) || is_fn_trait(d->trait)))) {
        diag_unsupported(path->span, "generic traits");
        return NULL;
    }
    if (d && d->kind == DEF_TRAIT && is_fn_trait(d->trait)) {
        /* `Fn(A, B) -> R`: the signature's types */
        Node *args = path->u.path.seg_args ? path->u.path.seg_args[n - 1] : NULL;
        if ((!args || !args->u.generic_args.parenthesized) && !r->in_prelude) {
            diag_unsupported(path->span, "`Fn` bounds without a `(A) -> B` signature");
            return NULL;
        }
        for (int i = 0; args && i < args->u.generic_args.args.len; i++) resolve_type(r, args->u.generic_args.args.items[i]);
        if (args) resolve_type(r, args->u.generic_args.ret);
    }
    if (d && d->kind == DEF_TRAIT) {
        path->u.path.def = d;
        return d->trait;
    }
    static const char *const later[] = {
        "Not", "TryFrom", "TryInto",
        "Hash", "Sized", "Send", "Sync", "AsRef", "AsMut", "Borrow", "ToString", "FromStr", "Error",
        "Write", "Read", "Any",
    };
    for (size_t i = 0; i < sizeof later / sizeof *later; i++)
        if (strcmp(sym_str(last), later[i]) == 0) {
            diag_unsupported(path->span, arena_printf("the `%s` trait", later[i]));
            return NULL;
        }
    Diag *dg = diag_error("E0405", path->span, "cannot find trait `%s` in this scope", sym_str(last));
    diag_label(dg, "not found in this scope");
    diag_emit(dg);
    return NULL;
}

/* `impl Trait for Type { fn ... }`: its methods must be the trait's (E0407). */
static void collect_trait_impl(Resolver *r, Node *item, AdtDef *a) {
    TraitDef *t = resolve_trait_path(r, item->u.impl.trait_ref);
    if (!t) {
        if (a) a->has_unsupported_impl = true;
        return;
    }
    ImplDef *im = arena_alloc(sizeof *im);
    im->trait = t;
    im->node = item;
    im->adt = a;
    Node *tref = item->u.impl.trait_ref;
    Node *targs = tref->u.path.seg_args ? tref->u.path.seg_args[tref->u.path.nsegs - 1] : NULL;
    for (int k = 0; targs && !targs->u.generic_args.parenthesized && k < targs->u.generic_args.args.len; k++) {
        Node *arg = targs->u.generic_args.args.items[k];
        if (arg->kind >= T_PATH && arg->kind <= T_INFER && !im->trait_arg_node) im->trait_arg_node = arg;
    }
    item->u.impl.def = im;
    im->assoc_nodes = arena_alloc(sizeof(Node *) * (size_t)(t->assoc_names.len + 1));
    Sym *names;
    im->ngenerics = read_type_params(item->u.impl.generics, 0, &im->generic_defs, &names);
    for (int k = 0; k < item->u.impl.items.len; k++) {
        Node *m = item->u.impl.items.items[k];
        if (m->kind == N_TYPE_ALIAS && is_operator_trait(t)) continue;   /* `type Output = T;`: the method says it */
        if (m->kind == N_TYPE_ALIAS && m->u.type_alias.ty) {
            int idx = -1;
            for (int j = 0; j < t->assoc_names.len; j++)
                if ((Sym)(uintptr_t)t->assoc_names.items[j] == m->u.type_alias.name) idx = j;
            if (idx < 0) {
                Diag *dg = diag_error("E0437", m->u.type_alias.name_span, "type `%s` is not a member of trait `%s`",
                                      sym_str(m->u.type_alias.name), sym_str(t->name));
                diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
                diag_emit(dg);
                continue;
            }
            im->assoc_nodes[idx] = m;
            continue;
        }
        if (m->kind == N_CONST_ITEM) {
            if (!find_const(&t->consts, m->u.value_item.name)) {
                Diag *dg = diag_error("E0438", m->span, "const `%s` is not a member of trait `%s`",
                                      sym_str(m->u.value_item.name), sym_str(t->name));
                diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
                diag_emit(dg);
                continue;
            }
            Def *c = assoc_const_def(m);
            c->adt = a;
            c->impl = im;
            ptrvec_push(&im->consts, c);
            continue;
        }
        Def *d = method_def(m);
        if (!d) continue;
        d->adt = a;
        d->impl = im;
        d->nimpl_generics = im->ngenerics;
        if (!trait_method(t, d->name) && !is_operator_trait(t)) {
            Diag *dg = diag_error("E0407", m->u.fn.name_span, "method `%s` is not a member of trait `%s`", sym_str(d->name), sym_str(t->name));
            diag_label(dg, "not a member of trait `%s`", sym_str(t->name));
            diag_emit(dg);
            continue;
        }
        ptrvec_push(&im->methods, d);
    }
    ptrvec_push(&trait_impls, im);
}

/* The item a scope's entry declares: the entry itself at the top level, an item statement's
 * item in a block (NULL for a block's other statements). */
static Node *scope_item(Node *entry, bool in_block) {
    if (!in_block) return entry;
    return entry->kind == N_ITEM_STMT ? entry->u.item_stmt.item : NULL;
}

/* Items are visible in their whole scope, before and after their definition. */
static void declare_items(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_ERROR || item->kind == N_IMPL) continue;
        if (item->kind == N_TRAIT) {
            declare_trait(r, item);
            continue;
        }
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.generics) {
            diag_unsupported(item_head_span(item), "generic `type` aliases");
            continue;
        }
        if (item->kind == N_TYPE_ALIAS && item->u.type_alias.ty) {
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_TYPE_ALIAS;
            d->name = item->u.type_alias.name;
            d->node = item->u.type_alias.ty;
            declare_type(r, d->name, d);
            continue;
        }
        if (item->kind == N_USE) continue;      /* once the scope's enums are declared */
        if (item->kind == N_STRUCT || item->kind == N_ENUM) {
            Entry *prev = scope_find(r->scope, item->u.adt.name);
            if (prev && prev->type_def) {
                report_redefinition(item->u.adt.name, item->u.adt.name_span, prev->type_def->adt->node->u.adt.name_span, "type", in_block);
                continue;
            }
            if (item->kind == N_ENUM) declare_enum(r, item);
            else declare_struct(r, item);
            continue;
        }
        if (item->kind == N_CONST_ITEM || (item->kind == N_STATIC && !item->u.value_item.is_mut && item->u.value_item.value)) {
            Sym name = item->u.value_item.name;
            if (name == sym_cstr("_")) continue;
            Entry *prev = scope_find(r->scope, name);
            if (prev && prev->def && prev->def->kind == DEF_CONST) {
                report_redefinition(name, item->u.value_item.name_span, prev->def->node->u.value_item.name_span, "value", in_block);
                continue;
            }
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_CONST;
            d->name = name;
            d->node = item;
            declare(r, name, NULL, d);
            continue;
        }
        if (item->kind == N_STATIC && item->u.value_item.is_mut && item->u.value_item.value) {
            Def *d = arena_alloc(sizeof *d);
            d->kind = DEF_STATIC_MUT;
            d->name = item->u.value_item.name;
            d->node = item;
            declare(r, d->name, NULL, d);
            continue;
        }
        if (item->kind != N_FN) {
            report_unsupported(item, item_head_span(item));
            continue;
        }
        Entry *prev = scope_find(r->scope, item->u.fn.name);
        if (prev && prev->def && prev->def->kind == DEF_FN) {
            report_redefinition(item->u.fn.name, item->u.fn.name_span, prev->def->node->u.fn.name_span, "value", in_block);
            continue;
        }
        declare(r, item->u.fn.name, NULL, new_fn_def(item));
    }
}

/* A method's `self` becomes an ordinary parameter `self: Self` / `&Self` / `&mut Self`,
 * so that the later stages need not know about receivers. */
static SelfKind desugar_self_param(Node *fn) {
    if (!fn->u.fn.params.len) return SELF_NONE;
    Node *p = fn->u.fn.params.items[0];
    if (p->kind != N_SELF_PARAM) return SELF_NONE;
    SelfKind kind = p->u.self_param.by_ref ? (p->u.self_param.is_mut ? SELF_REF_MUT : SELF_REF) : SELF_VALUE;
    Node *pat = ast_new(P_IDENT, p->span);
    pat->u.pat_ident.name = sym_cstr("self");
    pat->u.pat_ident.is_mut = kind == SELF_VALUE && p->u.self_param.is_mut;
    Node *self_ty = ast_new(T_PATH, p->span);
    self_ty->u.path.segs = arena_alloc(sizeof(Sym));
    self_ty->u.path.seg_spans = arena_alloc(sizeof(Span));
    self_ty->u.path.segs[0] = sym_cstr("Self");
    self_ty->u.path.seg_spans[0] = p->span;
    self_ty->u.path.nsegs = 1;
    Node *ty = self_ty;
    if (kind != SELF_VALUE) {
        ty = ast_new(T_REF, p->span);
        ty->u.ty_ref.is_mut = kind == SELF_REF_MUT;
        ty->u.ty_ref.lifetime = p->u.self_param.lifetime;      /* `&'a self` */
        ty->u.ty_ref.lifetime_span = p->u.self_param.lifetime_span;
        ty->u.ty_ref.inner = self_ty;
    }
    Node *param = ast_new(N_PARAM, p->span);
    param->u.param.pat = pat;
    param->u.param.ty = ty;
    fn->u.fn.params.items[0] = param;
    return kind;
}

/* Whether a path has type arguments (lifetime arguments do not count). */
static bool has_type_args(const Node *path) {
    for (int s = 0; path->u.path.seg_args && s < path->u.path.nsegs; s++) {
        Node *args = path->u.path.seg_args[s];
        for (int i = 0; args && i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            if (a->kind != N_BOUND || a->u.bound.kind != BOUND_LIFETIME) return true;
        }
    }
    return false;
}

/* Collects the methods of every inherent `impl` among items onto its struct, before any
 * body is resolved, so that `Point::new` and `p.len()` work wherever they are written. */
static void collect_impls(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind != N_IMPL) continue;
        Node *self_ty = item->u.impl.self_ty;
        AdtDef *a = self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1 ? lookup_struct(r, self_ty->u.path.segs[0]) : NULL;
        if (item->u.impl.trait_ref) {
            collect_trait_impl(r, item, a && !a->ngenerics ? a : NULL);
            continue;
        }
        bool generic = a && (a->ngenerics || item->u.impl.generics);
        const char *unsupported = item->u.impl.trait_ref ? "trait implementations (`impl Trait for Type`)"
                                  : generic && !impl_is_identity(item, a) ? "`impl` blocks for particular instances of generic types"
                                  : NULL;
        if (unsupported) {
            diag_unsupported(item_head_span(item), unsupported);
            if (a) a->has_unsupported_impl = true;      /* calls of its methods are not E0599 */
            continue;
        }
        if (self_ty->kind == T_PATH && has_type_args(self_ty) && !generic) a = NULL;
        if (!a) {
            if (self_ty->kind == T_PATH && !prim_type(self_ty->u.path.segs[self_ty->u.path.nsegs - 1])) {
                Diag *d = diag_error("E0412", self_ty->span, "cannot find type `%s` in this scope",
                                     sym_str(self_ty->u.path.segs[self_ty->u.path.nsegs - 1]));
                diag_label(d, "not found in this scope");
                diag_emit(d);
            } else {
                Diag *d = diag_error("E0390", self_ty->span, "cannot define inherent `impl` for primitive types");
                diag_help(d, "consider using an extension trait instead");
                diag_emit(d);
            }
            continue;
        }
        if (a->ngenerics) {
            Sym *names;
            read_type_params(item->u.impl.generics, 0, &item->u.impl.param_defs, &names);
        }
        if (self_ty->kind == T_PATH) self_ty->u.path.def = adt_value_def(a);    /* for its lifetimes */
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_CONST_ITEM && m->u.value_item.value) {
                Def *c = assoc_const_def(m);
                c->adt = a;
                ptrvec_push(&a->consts, c);
                continue;
            }
            Def *d = method_def(m);
            if (!d) continue;
            d->adt = a;
            d->nimpl_generics = a->ngenerics;
            bool dup = false;
            for (int j = 0; j < a->methods.len && !dup; j++) {
                Def *other = a->methods.items[j];
                if (other->name != d->name) continue;
                Diag *dg = diag_error("E0592", m->u.fn.name_span, "duplicate definitions with name `%s`", sym_str(d->name));
                diag_label(dg, "duplicate definitions for `%s`", sym_str(d->name));
                diag_secondary(dg, other->node->u.fn.name_span, "other definition for `%s`", sym_str(d->name));
                diag_emit(dg);
                dup = true;
            }
            if (!dup) ptrvec_push(&a->methods, d);
        }
    }
}

/* `impl<T: PartialOrd> Pair<T>`: the impl's own parameters (ps) carry its bounds, which
 * its bodies rely on; they are also each method's requirements on its callers' type. */
static void impl_param_bounds(Resolver *r, Node *impl, Def **ps, int n) {
    Node *g = impl->u.impl.generics;
    for (int i = 0; g && i < g->u.generics.params.len; i++)
        for (int k = 0; k < n; k++)
            if (ps[k]->node == g->u.generics.params.items[i]) add_bounds(r, ps[k], &((Node *)g->u.generics.params.items[i])->u.generic_param.bounds);
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        for (int k = 0; ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && k < n; k++)
            if (ty->u.path.segs[0] == ps[k]->name) add_bounds(r, ps[k], &w->u.where_pred.bounds);
    }
}

static void inherit_impl_bounds(Resolver *r, Node *impl, AdtDef *a, Def *method) {
    Node *g = impl->u.impl.generics;
    Def **ps = impl->u.impl.param_defs;
    int k = 0;
    for (int i = 0; g && i < g->u.generics.params.len; i++) {
        Node *p = g->u.generics.params.items[i];
        if (p->u.generic_param.kind != GP_TYPE) continue;
        if (k < a->ngenerics) {
            add_where_pairs(r, &p->u.generic_param.bounds, ps[k], &method->where_params, &method->where_traits);
            for (int b = 0; b < p->u.generic_param.bounds.len; b++) {
                /* `impl<F: Fn(i32) -> i32> Machine<F>`: a literal's closure gets the signature */
                Node *bound = p->u.generic_param.bounds.items[b];
                Def *td = bound->u.bound.kind == BOUND_TRAIT ? bound->u.bound.path->u.path.def : NULL;
                if (td && td->kind == DEF_TRAIT && is_fn_trait(td->trait)) a->generic_defs[k]->fn_bound = bound->u.bound.path;
            }
        }
        k++;
    }
    for (int i = 0; g && i < g->u.generics.where.len; i++) {
        Node *w = g->u.generics.where.items[i];
        Node *ty = w->u.where_pred.ty;
        for (int j = 0; ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && j < a->ngenerics; j++)
            if (ty->u.path.segs[0] == ps[j]->name)
                add_where_pairs(r, &w->u.where_pred.bounds, ps[j], &method->where_params, &method->where_traits);
    }
    method->impl_bound_count = method->where_params.len;
}

static void resolve_const_item(Resolver *r, Node *item) {
    Node *saved_fn = r->current_fn;
    r->current_fn = NULL;
    push_scope(r, true);                        /* a const sees items, never locals */
    resolve_type(r, item->u.value_item.ty);
    if (item->u.value_item.value) resolve_expr(r, item->u.value_item.value);
    pop_scope(r);
    r->current_fn = saved_fn;
}

static void resolve_assoc_consts(Resolver *r, PtrVec *consts) {
    for (int i = 0; i < consts->len; i++) resolve_const_item(r, ((Def *)consts->items[i])->node);
}

/* A trait's supertraits, and its methods' signatures and default bodies, with `Self`. */
static void resolve_trait_body(Resolver *r, TraitDef *t) {
    NodeList *supers = &t->node->u.trait.supertraits;
    for (int i = 0; i < supers->len; i++) {
        Node *b = supers->items[i];
        if (b->u.bound.kind != BOUND_TRAIT) continue;
        TraitDef *s = resolve_trait_path(r, b->u.bound.path);
        if (s) ptrvec_push(&t->supertraits, s);
    }
    AdtDef *saved = r->current_impl;
    r->current_impl = NULL;
    push_scope(r, false);
    declare_type(r, t->self_param->name, t->self_param);
    for (int i = 0; i < t->methods.len; i++) resolve_fn(r, ((Def *)t->methods.items[i])->node);
    resolve_assoc_consts(r, &t->consts);
    pop_scope(r);
    r->current_impl = saved;
}

/* An `impl Trait for Type`'s methods; `Self` is Type (for a non-struct type, an alias). */
static void resolve_trait_impl(Resolver *r, Node *item) {
    ImplDef *im = item->u.impl.def;
    Node *self_ty = item->u.impl.self_ty;
    AdtDef *a = im->methods.len ? ((Def *)im->methods.items[0])->adt : NULL;
    if (!a && self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1) a = lookup_struct(r, self_ty->u.path.segs[0]);
    AdtDef *saved = r->current_impl;
    r->current_impl = a && !a->ngenerics && !im->ngenerics ? a : NULL;
    push_scope(r, false);
    declare_type_params(r, im->generic_defs, im->ngenerics);
    resolve_bounds(r, item->u.impl.generics, im->generic_defs, im->ngenerics, NULL);
    resolve_type(r, self_ty);
    if (im->trait_arg_node) resolve_type(r, im->trait_arg_node);
    if (!r->current_impl) {
        Def *alias = arena_alloc(sizeof *alias);
        alias->kind = DEF_TYPE_ALIAS;
        alias->name = sym_cstr("Self");
        alias->node = self_ty;
        declare_type(r, alias->name, alias);
    }
    for (int i = 0; i < im->trait->assoc_names.len; i++)
        if (im->assoc_nodes[i]) resolve_type(r, im->assoc_nodes[i]->u.type_alias.ty);
    ImplDef *saved_trait_impl = r->current_trait_impl;
    r->current_trait_impl = im;
    for (int i = 0; i < im->methods.len; i++) resolve_fn(r, ((Def *)im->methods.items[i])->node);
    resolve_assoc_consts(r, &im->consts);
    r->current_trait_impl = saved_trait_impl;
    pop_scope(r);
    r->current_impl = saved;
}

/* The bodies of the methods of the impls among items, and the values of consts. */
static void resolve_impls(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_CONST_ITEM || item->kind == N_STATIC) {
            resolve_const_item(r, item);
            continue;
        }
        if (item->kind == N_TRAIT && item->u.trait.def) {
            resolve_trait_body(r, item->u.trait.def);
            continue;
        }
        if (item->kind == N_IMPL && item->u.impl.def) {
            resolve_trait_impl(r, item);
            continue;
        }
        if (item->kind != N_IMPL || item->u.impl.trait_ref) continue;
        Node *self_ty = item->u.impl.self_ty;
        AdtDef *a = self_ty->kind == T_PATH && self_ty->u.path.nsegs == 1 ? lookup_struct(r, self_ty->u.path.segs[0]) : NULL;
        if (!a || a->has_unsupported_impl) continue;
        AdtDef *saved = r->current_impl;
        Def **saved_params = r->impl_params;
        r->current_impl = a;
        r->impl_params = item->u.impl.param_defs;
        push_scope(r, false);
        if (r->impl_params) {
            declare_type_params(r, r->impl_params, a->ngenerics);
            impl_param_bounds(r, item, r->impl_params, a->ngenerics);
        }
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_FN && m->u.fn.def) inherit_impl_bounds(r, item, a, m->u.fn.def);
        }
        for (int k = 0; k < item->u.impl.items.len; k++) {
            Node *m = item->u.impl.items.items[k];
            if (m->kind == N_FN && m->u.fn.def) resolve_fn(r, m);
        }
        resolve_assoc_consts(r, &a->consts);
        pop_scope(r);
        r->current_impl = saved;
        r->impl_params = saved_params;
    }
}

/* The standard-library items a `use` may bring in today: the ones the compiler knows by
 * name anyway (size_of, align_of, process::exit, float constants, fmt). */
/* Whether a use path (`std::a::b`) names std module `module` or its item `name`. */
static bool names_std_item(const char *text, const char *module, const char *name) {
    return strcmp(text, arena_printf("std::%s", module)) == 0 || strcmp(text, arena_printf("std::%s::%s", module, name)) == 0;
}

static bool known_std_use(Node *tree, Sym *prefix, int nprefix) {
    int n = nprefix + tree->u.use_tree.nsegs;
    Sym *path = arena_alloc(sizeof(Sym) * (size_t)(n + 1));
    for (int i = 0; i < nprefix; i++) path[i] = prefix[i];
    for (int i = 0; i < tree->u.use_tree.nsegs; i++) path[nprefix + i] = tree->u.use_tree.segs[i];
    if (tree->u.use_tree.is_group) {
        for (int i = 0; i < tree->u.use_tree.children.len; i++)
            if (!known_std_use(tree->u.use_tree.children.items[i], path, n)) return false;
        return true;
    }
    /* besides the std types and functions of std_types and std_fns (and their modules) */
    static const char *const known[] = {
        "std::mem::size_of", "std::mem::align_of", "std::ops::Drop", "std::str::FromStr", "std::process", "std::process::exit",
        "std::f64::consts", "std::f32::consts", "std::f64", "std::f32", "std::fmt::Display", "std::fmt::Debug", "std::fmt::Write",
        "std::cmp::PartialOrd", "std::cmp::PartialEq", "std::cmp::Ord", "std::cmp::Eq", "std::cmp::Ordering", "std::ops",
        "std::ops::Add", "std::ops::Sub", "std::ops::Mul", "std::ops::Div", "std::ops::Rem", "std::ops::Neg", "std::ops::AddAssign",
        "std::ops::SubAssign", "std::ops::MulAssign", "std::ops::DivAssign", "std::ops::RemAssign", "std::ops::Index",
        "std::ops::IndexMut", "std::convert::From", "std::convert::Into", "std::convert", "std::ops::Deref", "std::ops::DerefMut",
        "std::iter::IntoIterator", "std::iter::Iterator", "std::iter",
    };
    char *text = "";
    for (int i = 0; i < n; i++) {
        const char *seg = sym_str(path[i]);
        if (strcmp(seg, "self") == 0 && i == n - 1) break;
        text = arena_printf("%s%s%s", text, i ? "::" : "", strcmp(seg, "core") == 0 ? "std" : seg);
    }
    if (tree->u.use_tree.is_glob) return strcmp(text, "std::f64::consts") == 0 || strcmp(text, "std::f32::consts") == 0;
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(text, known[i]) == 0) return true;
    for (size_t i = 0; i < sizeof std_types / sizeof *std_types; i++)
        if (names_std_item(text, std_types[i].module, std_types[i].name)) return true;
    for (size_t i = 0; i < sizeof std_fns / sizeof *std_fns; i++)
        if (strcmp(std_fns[i].module, "intrinsics") != 0 && names_std_item(text, std_fns[i].module, std_fns[i].name)) return true;
    return false;
}

/* Field types are resolved in the scope that declares the struct. */
static void resolve_struct_fields(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind == N_TYPE_ALIAS && !item->u.type_alias.generics) resolve_type(r, item->u.type_alias.ty);
        if ((item->kind != N_STRUCT && item->kind != N_ENUM) || !item->u.adt.def) continue;
        AdtDef *a = item->u.adt.def;
        push_scope(r, false);
        declare_type_params(r, a->generic_defs, a->ngenerics);
        for (int k = 0; k < item->u.adt.fields.len; k++) resolve_type(r, ((Node *)item->u.adt.fields.items[k])->u.field_def.ty);
        for (int v = 0; v < item->u.adt.variants.len; v++) {
            Node *vn = item->u.adt.variants.items[v];
            for (int k = 0; k < vn->u.adt.fields.len; k++) resolve_type(r, ((Node *)vn->u.adt.fields.items[k])->u.field_def.ty);
            if (vn->u.adt.discriminant) resolve_expr(r, vn->u.adt.discriminant);
        }
        pop_scope(r);
    }
}

/* `use Shape::{Circle, Square};`, `use Shape::*;`, `use self::Shape::Circle as C;`: an
 * enum of this crate's variants, by their own names. False for any other path. */
static bool use_enum_variants(Resolver *r, Node *tree, AdtDef *within) {
    int first = 0;
    while (first < tree->u.use_tree.nsegs && !within &&
           (strcmp(sym_str(tree->u.use_tree.segs[first]), "self") == 0 || strcmp(sym_str(tree->u.use_tree.segs[first]), "crate") == 0))
        first++;
    int n = tree->u.use_tree.nsegs - first;
    AdtDef *a = within;
    if (!a) {
        if (n < 1) return false;
        a = lookup_struct(r, tree->u.use_tree.segs[first]);
        if (!a || !a->is_enum) return false;
        first++, n--;
    }
    if (n == 0 && tree->u.use_tree.is_glob) {
        for (int v = 0; v < a->nvariants; v++) declare(r, a->variants[v].name, NULL, variant_def(a, v));
        return true;
    }
    if (n == 0 && tree->u.use_tree.is_group) {
        for (int i = 0; i < tree->u.use_tree.children.len; i++)
            if (!use_enum_variants(r, tree->u.use_tree.children.items[i], a)) return false;
        return true;
    }
    if (n != 1) return false;
    Sym name = tree->u.use_tree.segs[first];
    for (int v = 0; v < a->nvariants; v++)
        if (a->variants[v].name == name) {
            Sym as = tree->u.use_tree.alias ? tree->u.use_tree.alias : name;
            declare(r, as, NULL, variant_def(a, v));
            return true;
        }
    return false;
}

/* What a `use` names, for the error that it is not supported: "`std::collections::HashMap`". */
static const char *use_path_text(Node *tree) {
    const char *text = "";
    for (int i = 0; i < tree->u.use_tree.nsegs; i++)
        text = arena_printf("%s%s%s", text, i ? "::" : "", sym_str(tree->u.use_tree.segs[i]));
    if (tree->u.use_tree.is_glob) text = arena_printf("%s::*", text);
    if (tree->u.use_tree.is_group) text = arena_printf("%s::{...}", text);
    return arena_printf("`use %s`", text);
}

/* A scope's `use` declarations: std paths Patina knows, and its enums' variants. */
static void declare_uses(Resolver *r, Node **items, int n, bool in_block) {
    for (int i = 0; i < n; i++) {
        Node *item = scope_item(items[i], in_block);
        if (!item) continue;
        if (item->kind != N_USE) continue;
        Node *tree = item->u.use_tree.children.items[0];
        if (!known_std_use(tree, NULL, 0) && !use_enum_variants(r, tree, NULL)) diag_unsupported(item_head_span(item), use_path_text(tree));
    }
}

/* Everything a scope's items need before its statements are resolved. */
static void prepare_items(Resolver *r, Node **items, int n, bool in_block) {
    declare_items(r, items, n, in_block);
    declare_uses(r, items, n, in_block);
    resolve_struct_fields(r, items, n, in_block);
    collect_impls(r, items, n, in_block);
}

static void resolve_fn(Resolver *r, Node *fn) {
    ice_at(fn->span);
    if (fn->u.fn.is_async) diag_unsupported(fn->span, "`async fn`");
    if (fn->u.fn.abi && fn->u.fn.body) diag_unsupported(fn->span, "`extern` functions");
    /* a `self` parameter outside an impl is rustc's E0424-style error; drop it so that the
     * later stages see ordinary parameters only */
    NodeList *params = &fn->u.fn.params;
    for (int i = 0; i < params->len; i++) {
        Node *p = params->items[i];
        if (p->kind != N_SELF_PARAM) continue;
        Diag *d = diag_error(NULL, p->span, "`self` parameter is only allowed in associated functions");
        diag_label(d, "not semantically valid as function parameter");
        diag_note(d, "associated functions are those in `impl` or `trait` definitions");
        diag_emit(d);
        memmove(&params->items[i], &params->items[i + 1], sizeof(Node *) * (size_t)(params->len - i - 1));
        params->len--;
        i--;
    }
    Node *saved_fn = r->current_fn;
    PtrVec saved_loops = r->loops;
    r->current_fn = fn;
    r->loops = (PtrVec){0};
    push_scope(r, true);
    Def *d = fn->u.fn.def;
    if (d) {
        /* the fn's own type parameters follow its impl's (or its trait's `Self`) */
        Sym *own_names;
        Def **own;
        int n = read_type_params(fn->u.fn.generics, d->nimpl_generics, &own, &own_names);
        int explicit_n = n;
        n += impl_trait_params(r, fn, d->nimpl_generics + n, &own, &own_names, n);
        d->ngenerics = d->nimpl_generics + n;
        d->generic_names = arena_alloc(sizeof(Sym) * (size_t)(d->ngenerics + 1));
        d->generic_defs = arena_alloc(sizeof(Def *) * (size_t)(d->ngenerics + 1));
        for (int k = 0; k < d->nimpl_generics; k++) {
            d->generic_defs[k] = d->trait ? d->trait->self_param : d->impl ? d->impl->generic_defs[k]
                               : r->impl_params && d->adt == r->current_impl ? r->impl_params[k] : d->adt->generic_defs[k];
            d->generic_names[k] = d->generic_defs[k]->name;
        }
        for (int k = 0; k < n; k++) {
            d->generic_defs[d->nimpl_generics + k] = own[k];
            d->generic_names[d->nimpl_generics + k] = own_names[k];
        }
        Node *g = fn->u.fn.generics;
        for (int i = 0; g && r->impl_params && d->adt == r->current_impl && !d->impl && !d->trait && i < g->u.generics.where.len; i++) {
            Node *ty = ((Node *)g->u.generics.where.items[i])->u.where_pred.ty;
            for (int k = 0; ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && k < d->nimpl_generics; k++)
                if (ty->u.path.segs[0] == d->generic_names[k] && d->generic_defs[k] == r->impl_params[k]) {
                    d->generic_defs[k] = method_param_copy(r->impl_params[k]);
                    declare_type_params(r, &d->generic_defs[k], 1);
                }
        }
        declare_type_params(r, own, n);
        resolve_bounds(r, fn->u.fn.generics, own, explicit_n, d);
        for (int k = explicit_n; k < n; k++) {
            /* `impl Trait` arguments: their bounds are the impl's */
            add_bounds(r, own[k], &own[k]->node->u.list.elems);
            own[k]->node = NULL;
        }
    }
    begin_pattern(r, true);
    for (int i = 0; i < fn->u.fn.params.len; i++) {
        Node *p = fn->u.fn.params.items[i];
        resolve_type(r, p->u.param.ty);
        resolve_pattern(r, p->u.param.pat);
    }
    if (fn->u.fn.ret && fn->u.fn.ret->kind == T_IMPL) {
        /* `-> impl Trait`: the body's type, which must implement the bounds */
        for (int b = 0; b < fn->u.fn.ret->u.list.elems.len; b++) {
            Node *bound = fn->u.fn.ret->u.list.elems.items[b];
            if (bound->u.bound.kind == BOUND_TRAIT) resolve_trait_path(r, bound->u.bound.path);
        }
    } else {
        resolve_type(r, fn->u.fn.ret);
    }
    if (fn->u.fn.body) resolve_block(r, fn->u.fn.body);
    pop_scope(r);
    r->current_fn = saved_fn;
    r->loops = saved_loops;
}

static void resolve_block(Resolver *r, Node *block) {
    push_scope(r, false);
    prepare_items(r, block->u.block.stmts.items, block->u.block.stmts.len, true);
    resolve_impls(r, block->u.block.stmts.items, block->u.block.stmts.len, true);
    for (int i = 0; i < block->u.block.stmts.len; i++) {
        Node *s = block->u.block.stmts.items[i];
        switch (s->kind) {
        case N_LET:
            resolve_type(r, s->u.let.ty);
            resolve_expr(r, s->u.let.init);
            if (s->u.let.else_block) resolve_expr(r, s->u.let.else_block);
            /* The new bindings are visible from the next statement on. */
            resolve_top_pattern(r, s->u.let.pat);
            break;
        case N_EXPR_STMT:
            resolve_expr(r, s->u.expr_stmt.expr);
            break;
        case N_ITEM_STMT:
            if (s->u.item_stmt.item->kind == N_FN) resolve_fn(r, s->u.item_stmt.item);
            break;
        default:
            break;
        }
    }
    resolve_expr(r, block->u.block.tail);
    pop_scope(r);
}

/* The prelude's items, and its enums' variants as bare names (`Some`, `None`, `Ok`, `Err`). */
static void resolve_prelude(Resolver *r, Node *prelude) {
    NodeList *items = &prelude->u.crate.items;
    r->in_prelude = true;
    prepare_items(r, items->items, items->len, false);
    for (int i = 0; i < items->len; i++) {
        Node *item = items->items[i];
        if ((item->kind != N_ENUM && item->kind != N_STRUCT) || !item->u.adt.def) continue;
        AdtDef *a = item->u.adt.def;
        a->is_prelude = true;
        for (int v = 0; v < a->nvariants; v++) declare(r, a->variants[v].name, NULL, variant_def(a, v));
    }
    resolve_impls(r, items->items, items->len, false);
    for (int i = 0; i < items->len; i++)
        if (((Node *)items->items[i])->kind == N_FN) resolve_fn(r, items->items[i]);
    r->in_prelude = false;
}

void resolve_crate(Node *crate) {
    Resolver r = {0};
    push_scope(&r, true);
    if (crate->u.crate.prelude) {
        resolve_prelude(&r, crate->u.crate.prelude);
        push_scope(&r, true);
    }
    NodeList *items = &crate->u.crate.items;
    prepare_items(&r, items->items, items->len, false);
    resolve_impls(&r, items->items, items->len, false);
    Node *main_fn = NULL;
    for (int i = 0; i < items->len; i++) {
        Node *item = items->items[i];
        if (item->kind != N_FN) continue;
        resolve_fn(&r, item);
        if (strcmp(sym_str(item->u.fn.name), "main") == 0 && item->u.fn.def) main_fn = item;
    }
    lifetimes_check(crate);
    if (!main_fn && diag_error_count() == 0) {
        SourceFile *f = source_get(crate->span.file);
        const char *path = f ? f->path : "main.rs";
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        size_t len = strcspn(base, ".");
        /* rustc points just past the last item */
        uint32_t hi = items->len ? ((Node *)items->items[items->len - 1])->span.hi : 0;
        Span end = {crate->span.file, hi, hi};
        Diag *d = diag_error("E0601", end, "`main` function not found in crate `%.*s`", (int)len, base);
        diag_label(d, "consider adding a `main` function to `%s`", path);
        diag_emit(d);
    }
}
