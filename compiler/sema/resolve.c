/* resolve.c — name resolution: scopes, paths, patterns, types, expressions and bodies.
 *
 * Takes: the expanded AST of a crate.
 * Gives: every path bound to a local Binding, an item Def, a builtin or a primitive type;
 * every break/continue/return bound to its target; bindings created for patterns.
 * Reports E0425, E0412, E0433, E0428, E0268, E0426, E0434, E0571, E0601 and rejects
 * items and expressions outside the supported subset by name. The items of a module or
 * block are declared first, by items.c; resolve_crate drives both, then has lifetimes.c
 * resolve the lifetimes of the bound signatures. */
#include "patina.h"
#include "resolve_internal.h"

#include <string.h>

static void begin_pattern(Resolver *r, bool params);
static void resolve_pattern(Resolver *r, Node *pat);
static void resolve_block(Resolver *r, Node *block);

void push_scope(Resolver *r, bool fn_boundary) {
    Scope *s = arena_alloc(sizeof *s);
    s->parent = r->scope;
    s->fn_boundary = fn_boundary;
    r->scope = s;
}

void pop_scope(Resolver *r) { r->scope = r->scope->parent; }

Entry *scope_find(Scope *s, Sym name) {
    for (int i = s->entries.len - 1; i >= 0; i--) {
        Entry *e = s->entries.items[i];
        if (e->name == name) return e;
    }
    return NULL;
}

void declare(Resolver *r, Sym name, Binding *b, Def *d) {
    Entry *e = arena_alloc(sizeof *e);
    e->name = name;
    e->binding = b;
    e->def = d;
    ptrvec_push(&r->scope->entries, e);
}

void declare_type(Resolver *r, Sym name, Def *d) {
    Entry *e = arena_alloc(sizeof *e);
    e->name = name;
    e->type_def = d;
    ptrvec_push(&r->scope->entries, e);
}

/* A type name innermost-first (items are visible across fn boundaries). */
Def *lookup_type(Resolver *r, Sym name) {
    for (Scope *s = r->scope; s; s = s->parent)
        for (int i = s->entries.len - 1; i >= 0; i--) {
            Entry *e = s->entries.items[i];
            if (e->name == name && e->type_def) return e->type_def;
        }
    return NULL;
}

/* The struct a one-segment type path names (`Point`, `Self`), or NULL. */
AdtDef *lookup_struct(Resolver *r, Sym name) {
    if (name == sym_cstr("Self")) return r->current_impl;
    Def *d = lookup_type(r, name);
    return d && d->kind == DEF_ADT ? d->adt : NULL;
}

/* The value/pattern Def of variant v of enum a. */
Def *variant_def(AdtDef *a, int v) {
    Def *d = arena_alloc(sizeof *d);
    d->kind = DEF_VARIANT;
    d->name = a->variants[v].name;
    d->adt = a;
    d->variant = v;
    return d;
}

Def *adt_value_def(AdtDef *a) {
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

static const struct {
    const char *name;
    TypeKind kind;
    IntKind ik;
} prim_types[] = {
    { "i8", TY_INT, IK_I8 },   { "i16", TY_INT, IK_I16 },   { "i32", TY_INT, IK_I32 },
    { "i64", TY_INT, IK_I64 }, { "i128", TY_INT, IK_I128 }, { "isize", TY_INT, IK_ISIZE },
    { "u8", TY_INT, IK_U8 },   { "u16", TY_INT, IK_U16 },   { "u32", TY_INT, IK_U32 },
    { "u64", TY_INT, IK_U64 }, { "u128", TY_INT, IK_U128 }, { "usize", TY_INT, IK_USIZE },
    { "bool", TY_BOOL, 0 },    { "char", TY_CHAR, 0 },      { "str", TY_STR, 0 },
    { "f32", TY_FLOAT, 0 },    { "f64", TY_FLOAT, 0 },
};

Type *prim_type(Sym name) {
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
    static const struct {
        const char *name;
        double f64, f32;
        bool is_const_mod;
    } table[] = {
        { "MAX", 1.7976931348623157e308, 3.40282347e+38, false },
        { "MIN", -1.7976931348623157e308, -3.40282347e+38, false },
        { "MIN_POSITIVE", 2.2250738585072014e-308, 1.17549435e-38, false },
        { "EPSILON", 2.220446049250313e-16, 1.1920929e-7, false },
        { "INFINITY", 1.0 / 0.0, 1.0 / 0.0, false },
        { "NEG_INFINITY", -1.0 / 0.0, -1.0 / 0.0, false },
        { "NAN", 0.0 / 0.0, 0.0 / 0.0, false },
        { "PI", 3.14159265358979323846264338327950288, 3.14159265358979323846264338327950288,
          true },
        { "TAU", 6.28318530717958647692528676655900577, 6.28318530717958647692528676655900577,
          true },
        { "E", 2.71828182845904523536028747135266250, 2.71828182845904523536028747135266250, true },
        { "SQRT_2", 1.41421356237309504880168872420969808, 1.41421356237309504880168872420969808,
          true },
        { "LN_2", 0.693147180559945309417232121458176568, 0.693147180559945309417232121458176568,
          true },
        { "LN_10", 2.30258509299404568401799145468436421, 2.30258509299404568401799145468436421,
          true },
        { "FRAC_PI_2", 1.57079632679489661923132169163975144, 1.57079632679489661923132169163975144,
          true },
        { "FRAC_PI_4", 0.785398163397448309615660845819875721,
          0.785398163397448309615660845819875721, true },
        { "FRAC_1_SQRT_2", 0.707106781186547524400844362104849039,
          0.707106781186547524400844362104849039, true },
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
    if (strcmp(s, "BITS") == 0)
        return int_const_def(ty_int(IK_U32), s, (uint64_t)ty_int_bits(prim->ik));
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
    static const char *const std_mem[] = { "std", "mem" }, *const core_mem[] = { "core", "mem" },
                             *const mem[] = { "mem" };
    static const char *const intrinsics[] = {"intrinsics"};
    bool prefix_ok =
        !type_query_fns[k].in_mem
            ? n == 2 && path_is(p, 0, intrinsics, 1)
            : (n == 1 && type_query_fns[k].alone) || (n == 2 && path_is(p, 0, mem, 1)) ||
                  (n == 3 && (path_is(p, 0, std_mem, 2) || path_is(p, 0, core_mem, 2)));
    if (!prefix_ok) return NULL;
    Node *args = p->u.path.seg_args ? p->u.path.seg_args[n - 1] : NULL;
    if (!args || args->u.generic_args.parenthesized || args->u.generic_args.args.len != 1)
        return NULL;
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
        Diag *d =
            diag_error("E0433", p->u.path.seg_spans[failed_seg],
                       "failed to resolve: use of undeclared crate or module `%s`", sym_str(seg));
        diag_label(d, "use of undeclared crate or module `%s`", sym_str(seg));
        diag_emit(d);
        return;
    }
    Diag *d = diag_error("E0425", p->u.path.seg_spans[failed_seg],
                         "cannot find value `%s` in this scope", sym_str(seg));
    diag_label(d, "not found in this scope");
    diag_emit(d);
}

/* `Point::new`, `Self::origin`: an associated function of a struct. */
static bool resolve_assoc_path(Resolver *r, Node *p) {
    int n = p->u.path.nsegs;
    /* `fmt::Display::fmt` */
    Def *std_trait = n == 3 || n == 4 ? std_trait_path(r, p, n - 1) : NULL;
    if (n != 2 && !std_trait) return false;
    Sym name = p->u.path.segs[n - 1];
    Def *td = std_trait ? std_trait : lookup_type(r, p->u.path.segs[0]);
    if (td && td->kind == DEF_TYPE_PARAM) {
        /* `T::default()`: a method of one of T's bounds, with T as Self */
        for (int i = 0; i < td->bounds.len && !p->u.path.def; i++)
            p->u.path.def = trait_method(td->bounds.items[i], name);
        for (int i = 0; i < td->bounds.len && !p->u.path.def; i++)
            p->u.path.def = trait_const(td->bounds.items[i], name);
        p->u.path.self_param = td;
        if (!p->u.path.def) {
            Diag *d = diag_error("E0599", p->u.path.seg_spans[1],
                                 "no function or associated item named `%s` found for type "
                                 "parameter `%s` in the current scope",
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
            Diag *d = diag_error("E0576", p->u.path.seg_spans[n - 1],
                                 "cannot find method or associated constant `%s` in trait `%s`",
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
        bool generic_self = !im->adt && self_ty && self_ty->kind == T_PATH &&
                            self_ty->u.path.nsegs == 1 &&
                            /* `impl<T> Default for W<T>` */
                            lookup_struct(r, self_ty->u.path.segs[0]) == a;
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
    Diag *d = diag_error(
        "E0599", p->u.path.seg_spans[1],
        "no function or associated item named `%s` found for struct `%s` in the current scope",
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
static const struct {
    const char *module, *name;
    Builtin builtin;
    const char *prelude;
} std_fns[] = {
    { "mem", "swap", BUILTIN_MEM_SWAP, NULL },
    { "mem", "forget", BUILTIN_MEM_FORGET, NULL },
    { "mem", "size_of_val", BUILTIN_SIZE_OF_VAL, NULL },
    { "mem", "align_of_val", BUILTIN_ALIGN_OF_VAL, NULL },
    { "mem", "replace", BUILTIN_NONE, "mem_replace" },
    { "mem", "take", BUILTIN_NONE, "mem_take" },
    { "mem", "drop", BUILTIN_NONE, "drop" },
    { "alloc", "alloc", BUILTIN_ALLOC, NULL },
    { "alloc", "alloc_zeroed", BUILTIN_ALLOC_ZEROED, NULL },
    { "alloc", "dealloc", BUILTIN_DEALLOC, NULL },
    { "alloc", "realloc", BUILTIN_REALLOC, NULL },
    { "ptr", "null", BUILTIN_PTR_NULL, NULL },
    { "ptr", "null_mut", BUILTIN_PTR_NULL_MUT, NULL },
    { "ptr", "read", BUILTIN_PTR_READ, NULL },
    { "ptr", "write", BUILTIN_PTR_WRITE, NULL },
    { "ptr", "drop_in_place", BUILTIN_PTR_DROP_IN_PLACE, NULL },
    { "ptr", "copy", BUILTIN_PTR_COPY, NULL },
    { "ptr", "copy_nonoverlapping", BUILTIN_PTR_COPY_NONOVERLAPPING, NULL },
    { "slice", "from_raw_parts", BUILTIN_SLICE_FROM_RAW_PARTS, NULL },
    { "slice", "from_raw_parts_mut", BUILTIN_SLICE_FROM_RAW_PARTS_MUT, NULL },
    { "str", "from_utf8_unchecked", BUILTIN_STR_FROM_UTF8_UNCHECKED, NULL },
    { "intrinsics", "sink_take", BUILTIN_SINK_TAKE, NULL }, /* the prelude's String::from_sink */
    { "char", "from_u32_unchecked", BUILTIN_CHAR_FROM_U32_UNCHECKED, NULL },
    { "char", "from_u32", BUILTIN_NONE, "char_from_u32" },
    { "char", "from_digit", BUILTIN_NONE, "char_from_digit" },
    /* the prelude's Args */
    { "intrinsics", "arg_count", BUILTIN_ARG_COUNT, NULL },
    { "intrinsics", "arg", BUILTIN_ARG, NULL },
    { "intrinsics", "parse_f64", BUILTIN_PARSE_F64, NULL }, /* the prelude's f64::from_str */
    /* the prelude's char::is_alphabetic... */
    { "intrinsics", "char_property", BUILTIN_CHAR_PROPERTY, NULL },
    { "env", "args", BUILTIN_NONE, "env_args" },
    { "process", "exit", BUILTIN_PROCESS_EXIT, NULL },
    { "process", "abort", BUILTIN_PROCESS_ABORT, NULL },
};

static Def *std_fn_def(Resolver *r, const Node *p, bool imported) {
    int n = p->u.path.nsegs;
    int first = n == 3 && (strcmp(sym_str(p->u.path.segs[0]), "std") == 0 ||
                           strcmp(sym_str(p->u.path.segs[0]), "core") == 0);
    if (!(n - first == 2 || (n == 1 && imported))) return NULL;
    const char *module = n == 1 ? NULL : sym_str(p->u.path.segs[first]),
               *last = sym_str(p->u.path.segs[n - 1]);
    for (size_t i = 0; i < sizeof std_fns / sizeof *std_fns; i++) {
        if ((module && strcmp(module, std_fns[i].module) != 0) ||
            strcmp(last, std_fns[i].name) != 0)
            continue;
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
            Diag *d =
                diag_error("E0434", p->span, "can't capture dynamic environment in a fn item");
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
    if (n == 3 && (strcmp(sym_str(first), "std") == 0 || strcmp(sym_str(first), "core") == 0) &&
        prim_type(p->u.path.segs[1]))
        type_seg = 1;
    Type *prim = prim_type(p->u.path.segs[type_seg]);
    if (prim && type_seg + 2 == n) {
        Def *d = prim_assoc_const(prim, p->u.path.segs[n - 1]);
        bool from = p->u.path.segs[n - 1] == sym_cstr("from");
        for (int i = 0; !d && prim == ty_str && i < trait_impls.len; i++) {
            /* `str::len`: a method of the prelude's impls for str (rustc's are inherent) */
            ImplDef *im = trait_impls.items[i];
            Node *self_ty = im->node ? im->node->u.impl.self_ty : NULL;
            if (!self_ty || self_ty->kind != T_PATH || self_ty->u.path.nsegs != 1 ||
                prim_type(self_ty->u.path.segs[0]) != ty_str)
                continue;
            for (int k = 0; k < im->methods.len && !d; k++)
                if (((Def *)im->methods.items[k])->name == p->u.path.segs[n - 1])
                    d = im->methods.items[k];
        }
        bool method = prim->kind == TY_INT || prim->kind == TY_FLOAT || prim->kind == TY_CHAR ||
                      prim->kind == TY_BOOL;
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
        Diag *dg =
            diag_error("E0599", p->u.path.seg_spans[n - 1],
                       "no associated item named `%s` found for type `%s` in the current scope",
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
        diag_unsupported(p->span, arena_printf("the standard library path `%.*s`",
                                               (int)(p->span.hi - p->span.lo),
                                               source_get(p->span.file)->text + p->span.lo));
        return;
    }
    report_unresolved_path(p, 0);
}

/* A construct outside the subset: reported once, by the name of its feature. */
void report_unsupported(Node *n, Span sp) {
    const char *feature = ast_feature_name(n);
    if (n->kind == N_UNSUPPORTED_EXPR && !feature) return;  /* expand already reported it */
    diag_unsupported(sp, feature ? feature : "this construct");
}

/* The head of an item (keyword through name) is where rustc points for item errors. */
Span item_head_span(Node *item) {
    Span sp = item->span;
    if (item->attrs.len) sp.lo = ((Node *)item->attrs.items[item->attrs.len - 1])->span.hi + 1;
    Span name = sp;
    switch (item->kind) {
    case N_STRUCT: case N_UNION: case N_ENUM: name = item->u.adt.name_span; break;
    case N_TRAIT: name = item->u.trait.name_span; break;
    case N_CONST_ITEM:
    case N_STATIC:
    case N_EXTERN_CRATE: name = item->u.value_item.name_span; break;
    case N_TYPE_ALIAS: name = item->u.type_alias.name_span; break;
    case N_MOD: name = item->u.mod_.name_span; break;
    case N_IMPL: name = item->u.impl.self_ty->span; break;
    default: return sp;
    }
    /* skip whitespace the attribute left before the keyword */
    SourceFile *f = source_get(sp.file);
    while (f && sp.lo < name.lo &&
           (f->text[sp.lo] == ' ' || f->text[sp.lo] == '\n' || f->text[sp.lo] == '\t' ||
            f->text[sp.lo] == '\r'))
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
            Diag *dg = diag_error(
                "E0599", p->u.path.seg_spans[1],
                "no variant or associated item named `%s` found for enum `%s` in the current scope",
                sym_str(p->u.path.segs[1]), sym_str(a->name));
            diag_label(dg, "variant or associated item not found in `%s`", sym_str(a->name));
            diag_emit(dg);
            return NULL;
        }
    }
    if (n == 1) {
        if (p->u.path.segs[0] == sym_cstr("Self") && r->current_impl)
            return adt_value_def(r->current_impl);
        AdtDef *a = lookup_struct(r, p->u.path.segs[0]);
        if (a && !a->is_enum) return adt_value_def(a);
        bool crossed;
        Entry *e = lookup(r, p->u.path.segs[0], &crossed);
        if (e && e->def &&
            (e->def->kind == DEF_CONST || e->def->kind == DEF_ADT || e->def->kind == DEF_VARIANT))
            return e->def;
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
        Diag *d = diag_error("E0408", pat->span, "variable `%s` is not bound in all patterns",
                             sym_str(name));
        diag_label(d, "pattern doesn't bind `%s`", sym_str(name));
        diag_emit(d);
        return;
    }
    for (int i = 0; i < r->pattern_names.len; i++) {
        if (((Binding *)r->pattern_names.items[i])->name != name) continue;
        Diag *d = r->in_params
                      ? diag_error("E0415", pat->span,
                                   "identifier `%s` is bound more than once in this parameter list",
                                   sym_str(name))
                      : diag_error("E0416", pat->span,
                                   "identifier `%s` is bound more than once in the same pattern",
                                   sym_str(name));
        diag_label(d, r->in_params ? "used as parameter more than once"
                                   : "used in a pattern more than once");
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
        Entry *e = pat->u.pat_ident.subpat || pat->u.pat_ident.is_mut || pat->u.pat_ident.by_ref
                       ? NULL
                       : lookup(r, pat->u.pat_ident.name, &crossed);
        bool unit_variant = e && e->def && e->def->kind == DEF_VARIANT &&
                            e->def->adt->variants[e->def->variant].shape == SHAPE_UNIT;
        if (e && e->def &&
            (unit_variant || e->def->kind == DEF_CONST ||
             (e->def->kind == DEF_ADT && e->def->adt->shape == SHAPE_UNIT))) {
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
        for (int i = 0; i < pat->u.list.elems.len; i++)
            resolve_pattern(r, pat->u.list.elems.items[i]);
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
                for (int u = used_before; u < r->alt_used.len && !bound; u++)
                    bound = r->alt_used.items[u] == b;
                if (bound) continue;
                Diag *d =
                    diag_error("E0408", alt->span, "variable `%s` is not bound in all patterns",
                               sym_str(b->name));
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
bool resolve_assoc_type(Resolver *r, Node *t) {
    Sym first = t->u.path.segs[0], name = t->u.path.segs[1];
    Def *base = lookup_type(r, first);
    TraitDef *trait = NULL;
    int idx = -1;
    if (base && base->kind == DEF_TYPE_PARAM) {
        for (int i = 0; i < base->bounds.len && idx < 0; i++)
            idx = trait_assoc_index(base->bounds.items[i], name, &trait);
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
static const struct {
    const char *module, *name, *prelude;
} std_types[] = {
    { "fmt", "Result", "FmtResult" },
    { "fmt", "Formatter", NULL },
    { "fmt", "Error", NULL },
    { "alloc", "Layout", NULL },
    { "rc", "Rc", NULL },
    { "rc", "Weak", NULL },
    { "cell", "RefCell", NULL },
    { "cell", "Cell", NULL },
    { "cell", "Ref", NULL },
    { "cell", "RefMut", NULL },
    { "num", "ParseIntError", NULL },
    { "num", "ParseFloatError", NULL },
    { "num", "IntErrorKind", NULL },
    { "string", "String", NULL },
    { "vec", "Vec", NULL },
    { "boxed", "Box", NULL },
};

/* `fmt::Formatter`, `std::rc::Rc`, `core::fmt::Error`: the prelude's stand-ins. */
static Def *std_fmt_type(Resolver *r, Node *t) {
    int n = t->u.path.nsegs, first = n == 3 && (strcmp(sym_str(t->u.path.segs[0]), "std") == 0 ||
                                                strcmp(sym_str(t->u.path.segs[0]), "core") == 0);
    if (n - first != 2) return NULL;
    const char *module = sym_str(t->u.path.segs[first]), *last = sym_str(t->u.path.segs[n - 1]);
    for (size_t i = 0; i < sizeof std_types / sizeof *std_types; i++)
        if (strcmp(module, std_types[i].module) == 0 && strcmp(last, std_types[i].name) == 0)
            return lookup_type(r, sym_cstr(std_types[i].prelude ? std_types[i].prelude : last));
    return NULL;
}

void resolve_type(Resolver *r, Node *t) {
    if (!t) return;
    switch (t->kind) {
    case T_PATH: {
        /* an `impl Trait` argument */
        if (t->u.path.def && t->u.path.def->kind == DEF_TYPE_PARAM) break;
        if (t->u.path.nsegs == 2 && !t->u.path.seg_args && resolve_assoc_type(r, t)) break;
        Node *args = t->u.path.seg_args ? t->u.path.seg_args[t->u.path.nsegs - 1] : NULL;
        bool args_ok = (t->u.path.nsegs == 1 || std_fmt_type(r, t)) &&
                       (!args || !args->u.generic_args.parenthesized);
        for (int i = 0; args_ok && args && i < args->u.generic_args.args.len; i++) {
            Node *a = args->u.generic_args.args.items[i];
            args_ok = a->kind == N_BOUND ? a->u.bound.kind == BOUND_LIFETIME
                                         : a->kind >= T_PATH && a->kind <= T_INFER;
        }
        if (!args_ok) {
            report_unsupported(t, t->span);
            break;
        }
        Type *prim = t->u.path.nsegs == 1 ? prim_type(t->u.path.segs[0]) : NULL;
        Def *named = t->u.path.nsegs == 1 ? lookup_type(r, t->u.path.segs[0]) : std_fmt_type(r, t);
        AdtDef *adt = t->u.path.nsegs == 1 ? lookup_struct(r, t->u.path.segs[0]) : NULL;
        for (int i = 0; args && i < args->u.generic_args.args.len; i++)
            if (((Node *)args->u.generic_args.args.items[i])->kind != N_BOUND)
                resolve_type(r, args->u.generic_args.args.items[i]);
        if (prim) {
            t->u.path.prim = prim;
        } else if (adt) {
            t->u.path.def = adt_value_def(adt);
        } else if (named && (named->kind == DEF_TYPE_PARAM || named->kind == DEF_TYPE_ALIAS ||
                             named->kind == DEF_ADT)) {
            t->u.path.def = named;
        } else {
            Sym last = t->u.path.segs[t->u.path.nsegs - 1];
            Diag *d =
                diag_error("E0412", t->span, "cannot find type `%s` in this scope", sym_str(last));
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
        for (int i = 0; i < t->u.fn_type.params.len; i++)
            resolve_type(r, t->u.fn_type.params.items[i]);
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
        Diag *d = diag_error("E0426", jump->u.jump.label_span, "use of undeclared label `'%s`",
                             sym_str(label));
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
    if (n->u.qpath.nsegs != 1 ||
        (!trait_ref &&
         (self_ty->kind != T_PATH || self_ty->u.path.nsegs != 1 || self_ty->u.path.seg_args))) {
        report_unsupported(n, n->span);
        return;
    }
    resolve_type(r, self_ty);
    TraitDef *t = trait_ref ? resolve_trait_path(r, trait_ref) : NULL;
    if (trait_ref && !t) return;
    Def *param = self_ty->kind == T_PATH && self_ty->u.path.def &&
                         self_ty->u.path.def->kind == DEF_TYPE_PARAM
                     ? self_ty->u.path.def
                     : NULL;
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
        Diag *d = diag_error("E0576", name_span,
                             "cannot find method or associated constant `%s` in trait `%s`",
                             sym_str(name), sym_str(t->name));
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
    if (p->kind != N_PATH || p->u.path.nsegs != 2 || p->u.path.segs[1] != sym_cstr("clone"))
        return false;
    Def *td = lookup_type(r, p->u.path.segs[0]);
    return td && td->kind == DEF_TRAIT && td->trait->lang == LANG_CLONE &&
           !trait_method(td->trait, p->u.path.segs[1]);
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

void resolve_expr(Resolver *r, Node *n) {
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
            for (int i = 0; i < n->u.path.nsegs - 1; i++)
                types_only &= n->u.path.seg_args[i] == NULL;
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
                for (int i = 0; i < last->u.generic_args.args.len; i++)
                    resolve_type(r, last->u.generic_args.args.items[i]);
            } else {
                report_unsupported(n, n->span);
            }
        } else if (n != r->callee && is_clone_method_path(r, n)) {
            method_path_to_closure(r, n, 1, true);
        } else {
            resolve_value_path(r, n);
            Def *d = n->u.path.def;
            if (n != r->callee && d && d->kind == DEF_FN && d->trait &&
                trait_method(d->trait, d->name) == d)
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
        AdtDef *a = p->u.path.nsegs == 1 && !p->u.path.seg_args
                        ? lookup_struct(r, p->u.path.segs[0])
                        : NULL;
        if (a && !a->is_enum) {
            p->u.path.def = adt_value_def(a);
        } else if (p->u.path.nsegs == 2 && resolve_assoc_path(r, p)) {
            /* Enum::Variant { .. } */
        } else {
            size_t len;
            const char *text = span_text(p->span, &len);
            Diag *d = diag_error("E0422", p->span,
                                 "cannot find struct, variant or union type `%.*s` in this scope",
                                 (int)len, text);
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
        for (int i = 0; n->u.call.turbofish && i < n->u.call.turbofish->u.generic_args.args.len;
             i++) {
            Node *a = n->u.call.turbofish->u.generic_args.args.items[i];
            /* `.collect::<Vec<String>>()` */
            if (a->kind >= T_PATH && a->kind <= T_INFER) resolve_type(r, a);
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

/* The standard-library items a `use` may bring in today: the ones the compiler knows by
 * name anyway (size_of, align_of, process::exit, float constants, fmt). */
/* Whether a use path (`std::a::b`) names std module `module` or its item `name`. */
static bool names_std_item(const char *text, const char *module, const char *name) {
    return strcmp(text, arena_printf("std::%s", module)) == 0 ||
           strcmp(text, arena_printf("std::%s::%s", module, name)) == 0;
}

bool known_std_use(Node *tree, Sym *prefix, int nprefix) {
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
        "std::mem::size_of",
        "std::mem::align_of",
        "std::ops::Drop",
        "std::str::FromStr",
        "std::process",
        "std::process::exit",
        "std::f64::consts",
        "std::f32::consts",
        "std::f64",
        "std::f32",
        "std::fmt::Display",
        "std::fmt::Debug",
        "std::fmt::Write",
        "std::cmp::PartialOrd",
        "std::cmp::PartialEq",
        "std::cmp::Ord",
        "std::cmp::Eq",
        "std::cmp::Ordering",
        "std::ops",
        "std::ops::Add",
        "std::ops::Sub",
        "std::ops::Mul",
        "std::ops::Div",
        "std::ops::Rem",
        "std::ops::Neg",
        "std::ops::AddAssign",
        "std::ops::SubAssign",
        "std::ops::MulAssign",
        "std::ops::DivAssign",
        "std::ops::RemAssign",
        "std::ops::Index",
        "std::ops::IndexMut",
        "std::convert::From",
        "std::convert::Into",
        "std::convert",
        "std::ops::Deref",
        "std::ops::DerefMut",
        "std::iter::IntoIterator",
        "std::iter::Iterator",
        "std::iter::Sum",
        "std::iter::Product",
        "std::iter::FromIterator",
        "std::iter::Extend",
        "std::iter",
    };
    char *text = "";
    for (int i = 0; i < n; i++) {
        const char *seg = sym_str(path[i]);
        if (strcmp(seg, "self") == 0 && i == n - 1) break;
        text = arena_printf("%s%s%s", text, i ? "::" : "", strcmp(seg, "core") == 0 ? "std" : seg);
    }
    if (tree->u.use_tree.is_glob)
        return strcmp(text, "std::f64::consts") == 0 || strcmp(text, "std::f32::consts") == 0;
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(text, known[i]) == 0) return true;
    for (size_t i = 0; i < sizeof std_types / sizeof *std_types; i++)
        if (names_std_item(text, std_types[i].module, std_types[i].name)) return true;
    for (size_t i = 0; i < sizeof std_fns / sizeof *std_fns; i++)
        if (strcmp(std_fns[i].module, "intrinsics") != 0 &&
            names_std_item(text, std_fns[i].module, std_fns[i].name))
            return true;
    return false;
}

void resolve_fn(Resolver *r, Node *fn) {
    ice_at(fn->span);
    if (fn->u.fn.is_async) diag_unsupported(fn->span, "`async fn`");
    if (fn->u.fn.abi && fn->u.fn.body) diag_unsupported(fn->span, "`extern` functions");
    /* a `self` parameter outside an impl is rustc's E0424-style error; drop it so that the
     * later stages see ordinary parameters only */
    NodeList *params = &fn->u.fn.params;
    for (int i = 0; i < params->len; i++) {
        Node *p = params->items[i];
        if (p->kind != N_SELF_PARAM) continue;
        Diag *d =
            diag_error(NULL, p->span, "`self` parameter is only allowed in associated functions");
        diag_label(d, "not semantically valid as function parameter");
        diag_note(d, "associated functions are those in `impl` or `trait` definitions");
        diag_emit(d);
        memmove(&params->items[i], &params->items[i + 1],
                sizeof(Node *) * (size_t)(params->len - i - 1));
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
            d->generic_defs[k] = d->trait  ? (k ? d->trait->generic_defs[k - 1]
                                                  : d->trait->self_param)
                                 : d->impl ? d->impl->generic_defs[k]
                                 : r->impl_params && d->adt == r->current_impl
                                     ? r->impl_params[k]
                                     : d->adt->generic_defs[k];
            d->generic_names[k] = d->generic_defs[k]->name;
        }
        for (int k = 0; k < n; k++) {
            d->generic_defs[d->nimpl_generics + k] = own[k];
            d->generic_names[d->nimpl_generics + k] = own_names[k];
        }
        Node *g = fn->u.fn.generics;
        for (int i = 0; g && r->impl_params && d->adt == r->current_impl && !d->impl && !d->trait &&
                        i < g->u.generics.where.len;
             i++) {
            Node *ty = ((Node *)g->u.generics.where.items[i])->u.where_pred.ty;
            for (int k = 0;
                 ty && ty->kind == T_PATH && ty->u.path.nsegs == 1 && k < d->nimpl_generics; k++)
                if (ty->u.path.segs[0] == d->generic_names[k] &&
                    d->generic_defs[k] == r->impl_params[k]) {
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
        for (int v = 0; v < a->nvariants; v++)
            declare(r, a->variants[v].name, NULL, variant_def(a, v));
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
        Diag *d =
            diag_error("E0601", end, "`main` function not found in crate `%.*s`", (int)len, base);
        diag_label(d, "consider adding a `main` function to `%s`", path);
        diag_emit(d);
    }
}
