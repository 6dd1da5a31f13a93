/* format.c — format macros, assert and Debug output.
 *
 * Takes: a format node (print!, format!, panic!, write!), assert! and its kin.
 * Gives: calls of the runtime's writers per piece and argument, calls of user Display and
 * Debug impls through a Formatter, of the generated Debug bodies of derived types (whose
 * fields builtin_fmt_into writes with expand), and the compiler-made Debug of tuples, arrays and
 * slices. Format arguments are `&` borrows, as format_args! takes them.
 *
 * It includes runtime/rt.h (as typeck/exhaustive.c does): the formatter's flag bits and stream
 * numbers it passes are the runtime's ABI, defined once there so both sides agree. */
#include "lower/lower.h"
#include "rt.h"

#include <stdlib.h>
#include <string.h>

static void write_debug_aggregate(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec,
                                  Operand *args, int depth, Span span);
static void write_debug_seq(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec,
                            Operand *args, int depth, Span span);

/* ── format strings ── */

static uint32_t fmt_flags(const FmtSpec *s) {
    uint32_t f = (uint32_t)s->align;
    if (s->sign_plus) f |= RT_FLAG_PLUS;
    if (s->sign_minus) f |= RT_FLAG_MINUS;
    if (s->alternate) f |= RT_FLAG_ALTERNATE;
    if (s->zero_pad) f |= RT_FLAG_ZERO;
    if (s->debug_lower_hex) f |= RT_FLAG_DEBUG_LOWER_HEX;
    if (s->debug_upper_hex) f |= RT_FLAG_DEBUG_UPPER_HEX;
    return f | ((uint32_t)s->trait << RT_TRAIT_SHIFT);
}

/* A width or precision: a literal, an argument (usize, widened to i64), or -1. */
static Operand count_operand(Lower *lw, int literal, int arg, Operand *args, Span span) {
    Type *i64 = ty_int(IK_I64);
    if (arg < 0) return const_int(i64, int_bits(i64, (uint64_t)(int64_t)literal));
    Place t = temp(lw, i64, span);
    Rvalue rv = {.kind = RV_CAST, .ty = i64, .a = args[arg]};
    assign(lw, t, rv, span);
    return (Operand){.kind = OP_MOVE, .place = t};
}

/* The output stream operand of a print to stdout or stderr (write! reads its formatter's). */
static Operand stream_const(int32_t stream) { return const_int(ty_int(IK_I32), (uint64_t)stream); }

static void write_literal(Lower *lw, Operand stream, const char *s, size_t len, Span span) {
    if (!len) return;
    Operand args[2] = {stream, const_str(s, len)};
    call_intrinsic(lw, INTR_WRITE_STR, args, 2, span);
}

/* A place holding operand op of type ty: its own, or a temporary for a constant or a
 * moved `&mut`. */
Place operand_place(Lower *lw, Operand op, Type *ty, Span span) {
    /* a moved `&mut` may be a two-phase borrow, whose one use is its activation: it is
     * moved into the place the expansion reads, as into a callee's parameter */
    bool activates = op.kind == OP_MOVE && ty->kind == TY_REF && ty->is_mut;
    if (op.kind != OP_CONST && !activates) return op.place;
    Place t = temp(lw, ty, span);
    assign(lw, t, rv_use(op, ty), span);
    return t;
}

/* The `fmt` of a hand-written `impl Display` / `impl Debug` for ty, or NULL. */
static Def *fmt_impl_method(LowerCtx *ctx, Type *ty, LangTrait lang) {
    for (int i = 0; i < trait_impls.len; i++) {
        ImplDef *im = trait_impls.items[i];
        Type **args;
        if (im->trait->lang != lang || !impl_matches(im, ty, &args)) continue;
        for (int k = 0; k < im->methods.len; k++) {
            Def *m = im->methods.items[k];
            if (m->name == sym_cstr("fmt"))
                return im->ngenerics ? instance_of(ctx, m, args, im->ngenerics) : m;
        }
    }
    return NULL;
}

/* The options a spec gives the value it formats, as the Formatter's fields hold them:
 * flags (without the trait), fill (a char), width and precision (i64, -1 for none). A
 * forwarded Formatter's (spec->runtime) are its fields, already in args. */
static void spec_options(Lower *lw, const FmtSpec *spec, Operand *args, Operand out[4], Span span) {
    if (spec->runtime) {
        for (int i = 0; i < 4; i++) out[i] = args[i];
        return;
    }
    out[0] = const_int(ty_int(IK_U32), fmt_flags(spec) & ~RT_TRAIT_MASK);
    out[1] =
        (Operand){.kind = OP_CONST, .c = {.kind = CONST_CHAR, .ty = ty_char, .bits = spec->fill}};
    out[2] = count_operand(lw, spec->width, spec->width_arg, args, span);
    out[3] = count_operand(lw, spec->precision, spec->precision_arg, args, span);
}

/* The inherent method `name` of the ADT t (or t points to), or NULL. */
Def *adt_method(Type *t, const char *name) {
    while (t->kind == TY_REF) t = t->elem;
    for (int i = 0; t->kind == TY_ADT && i < t->adt->methods.len; i++)
        if (((Def *)t->adt->methods.items[i])->name == sym_cstr(name))
            return t->adt->methods.items[i];
    return NULL;
}

/* A fresh in-memory stream for format! and `write!` into a String: its id's place. */
static Place open_sink(Lower *lw, Span span) {
    Place stream = temp(lw, ty_int(IK_I32), span);
    call(lw, const_intrinsic(INTR_SINK_OPEN), NULL, 0, stream, false, span);
    return stream;
}

/* `value.fmt(&mut Formatter { stream, options })`: the user's impl writes where the print
 * does, and sees the placeholder's options through f.width(), f.alternate(), f.pad(). */
static Operand formatter_for(Lower *lw, Operand stream, Def *fmt, const FmtSpec *spec,
                             Operand *args, Span span) {
    Type *formatter_ty = fmt->param_tys[1]->elem;
    Place f = temp(lw, formatter_ty, span);
    Rvalue agg = {.kind = RV_AGGREGATE, .ty = formatter_ty, .nelems = 5};
    agg.elems = arena_alloc(sizeof(Operand) * 5);
    agg.elems[0] = stream;
    spec_options(lw, spec, args, agg.elems + 1, span);
    assign(lw, f, agg, span);
    return borrow_arg(lw, fmt->param_tys[1], f, BORROW_MUT, span);
}

static void call_fmt_impl(Lower *lw, Operand stream, Def *fmt, Place value, const FmtSpec *spec,
                          Operand *args, Span span) {
    Operand self_ref = borrow_arg(lw, fmt->param_tys[0], value, BORROW_SHARED, span);
    Operand call_args[2] = {self_ref, formatter_for(lw, stream, fmt, spec, args, span)};
    call(lw, fn_operand(fmt), call_args, 2, temp(lw, fmt->ret_ty, span), false, span);
}

/* The `fmt` of Display or Debug (lang) in the vtable of a `dyn Trait` whose trait is that
 * one or has it as a supertrait, with its slot; NULL when the trait has neither. */
static Def *dyn_fmt_method(TraitDef *trait, LangTrait lang, int *slot) {
    PtrVec decls = {0};
    vtable_methods(trait, &decls);
    for (int i = 0; i < decls.len; i++) {
        Def *m = decls.items[i];
        if (m->trait && m->trait->lang == lang && m->name == sym_cstr("fmt")) {
            *slot = i;
            return m;
        }
    }
    return NULL;
}

/* `{}` / `{:?}` of a `&dyn Trait` (fat, a place holding the pointer): the value's own fmt,
 * through the vtable, with the placeholder's options in its Formatter. */
static bool call_dyn_fmt(Lower *lw, Operand stream, TraitDef *trait, Place fat, const FmtSpec *spec,
                         Operand *args, Span span) {
    int slot;
    Def *fmt = dyn_fmt_method(trait, spec->trait == FMT_DEBUG ? LANG_DEBUG : LANG_DISPLAY, &slot);
    if (!fmt) return false;
    Operand *call_args = arena_alloc(sizeof(Operand) * 2);
    call_args[0] = (Operand){.kind = OP_COPY, .place = fat};
    call_args[1] = formatter_for(lw, stream, fmt, spec, args, span);
    dyn_call(lw, fmt, slot, call_args, 2, temp(lw, fmt->ret_ty, span), span);
    return true;
}

/* The `fmt` method Display or Debug (lang) declares, or NULL if the prelude has no impl of
 * it (the decl is found through an impl: traits are not kept by lang). */
static Def *fmt_decl(LangTrait lang) { return lang_trait_method(lang, "fmt"); }

/* Writes one value with its spec through the runtime's formatter for its type; args
 * holds the format's arguments, for widths and precisions given as arguments. A struct
 * or enum is written by its own impl, or by its generated Debug body, which writes it
 * part by part (expand: this is that body, at the value it formats). */
static void write_value_at(Lower *lw, Operand stream, Type *ty, Operand value, const FmtSpec *spec,
                           Operand *args, int depth, bool expand, Span span) {
    /* print through references: `&&str` and `&i32` format like their referents */
    while (ty->kind == TY_REF && ty->elem->kind != TY_STR && ty->elem->kind != TY_DYN) {
        Place p = project_deref(value.place, ty->elem);
        ty = ty->elem;
        value = use_place(p, ty);
    }
    if (ty->kind == TY_REF && ty->elem->kind == TY_DYN &&
        call_dyn_fmt(lw, stream, ty->elem->trait, operand_place(lw, value, ty, span), spec, args,
                     span))
        return;
    /* (of a type parameter only Display and Debug pass typeck: no other fmt trait can be
     * named as its bound) */
    bool param = ty->kind == TY_PARAM || ty->kind == TY_PROJ;
    if (ty->kind == TY_ADT || (param && (spec->trait == FMT_DISPLAY || spec->trait == FMT_DEBUG))) {
        LangTrait lang = spec->trait == FMT_DISPLAY ? LANG_DISPLAY : LANG_DEBUG;
        /* a type parameter: `<T as Display>::fmt`, resolved in each instance */
        Def *user = param ? instance_of(lw->ctx, fmt_decl(lang), &ty, 1)
                          : fmt_impl_method(lw->ctx, ty, lang);
        Def *debug = user || expand || spec->trait != FMT_DEBUG ? NULL : fmt_decl(LANG_DEBUG);
        if (debug) user = generated_method(lw->ctx, ty, GEN_FMT, debug);
        if (user) {
            /* nested in a `{:#?}` layout: the impl's lines are indented to where it sits */
            bool indented = spec->alternate && depth > 0;
            Operand levels[2] = {stream, const_int(ty_int(IK_I32), (uint64_t)depth)};
            if (indented)
                call(lw, const_intrinsic(INTR_INDENT), levels, 2, temp(lw, ty_unit, span), false,
                     span);
            call_fmt_impl(lw, stream, user,
                          value.kind == OP_CONST ? temp(lw, ty, span) : value.place, spec, args,
                          span);
            levels[1] = const_int(ty_int(IK_I32), (uint64_t)-depth);
            if (indented)
                call(lw, const_intrinsic(INTR_INDENT), levels, 2, temp(lw, ty_unit, span), false,
                     span);
            return;
        }
    }
    if (ty->kind == TY_ADT || (ty->kind == TY_TUPLE && ty->nelems > 0)) {
        Place p = value.kind == OP_CONST ? temp(lw, ty, span) : value.place;
        write_debug_aggregate(lw, stream, ty, p, spec, args, depth, span);
        return;
    }
    if (ty->kind == TY_ARRAY || ty->kind == TY_SLICE) {
        write_debug_seq(lw, stream, ty, value.place, spec, args, depth, span);
        return;
    }
    Operand full[8];
    int n = 0;
    Intrinsic in;
    full[n++] = stream;
    switch (ty->kind) {
    case TY_INT: {
        /* `as u128` sign-extends a signed source, which is what the runtime expects */
        Type *u128 = ty_int(IK_U128);
        Place widened = temp(lw, u128, span);
        assign(lw, widened, (Rvalue){.kind = RV_CAST, .ty = u128, .a = value}, span);
        in = INTR_FMT_INT;
        full[n++] = (Operand){.kind = OP_MOVE, .place = widened};
        full[n++] = const_bool(ty_is_signed(ty));
        break;
    }
    case TY_BOOL: in = INTR_FMT_BOOL; full[n++] = value; break;
    case TY_CHAR: in = INTR_FMT_CHAR; full[n++] = value; break;
    case TY_FLOAT: {
        /* f32 widens exactly to f64; the runtime prints the shortest f32 that round-trips */
        Type *f64 = ty_float(FK_F64);
        Place widened = temp(lw, f64, span);
        assign(lw, widened, (Rvalue){.kind = RV_CAST, .ty = f64, .a = value}, span);
        in = INTR_FMT_FLOAT;
        full[n++] = (Operand){.kind = OP_MOVE, .place = widened};
        full[n++] = const_bool(ty->fk == FK_F32);
        break;
    }
    case TY_REF: in = INTR_FMT_STR; full[n++] = value; break;
    default:                                    /* `()` with {:?} */
        write_literal(lw, stream, "()", 2, span);
        return;
    }
    Operand options[4];
    spec_options(lw, spec, args, options, span);
    Type *u32 = ty_int(IK_U32);
    if (spec->runtime) {
        /* the value's own trait beside the forwarded flags; the fill as the u32 it is */
        Place flags = temp(lw, u32, span), fill = temp(lw, u32, span);
        assign(lw, flags,
               rv_binary(BIN_BITOR, options[0],
                         const_int(u32, (uint32_t)spec->trait << RT_TRAIT_SHIFT), u32),
               span);
        assign(lw, fill, (Rvalue){.kind = RV_CAST, .ty = u32, .a = options[1]}, span);
        options[0] = use_place(flags, u32);
        options[1] = use_place(fill, u32);
    } else {
        options[0] = const_int(u32, fmt_flags(spec));
        options[1] = const_int(u32, spec->fill);
    }
    for (int i = 0; i < 4; i++) full[n++] = options[i];
    if (in == INTR_FMT_INT) full[n++] = const_int(ty_int(IK_U32), (uint64_t)ty_int_bits(ty->ik));
    call_intrinsic(lw, in, full, n, span);
}

/* Whether target is Display::fmt or Debug::fmt with no impl behind it: the compiler
 * formats the primitive, str, derived or sequence value itself. */
bool is_builtin_fmt(Def *target) {
    return target && target->trait &&
        (target->trait->lang == LANG_DISPLAY || target->trait->lang == LANG_DEBUG) &&
        !target->node->u.fn.body;
}

/* `Display::fmt(&x, f)` / `x.fmt(f)` of a built-in impl: x written with f's own flags,
 * fill, width and precision, as the placeholder that reached f asked; derived Debug
 * decides between `{:?}` and `{:#?}` layout on f's alternate flag. A struct or enum is
 * written by a call of its generated body, or, when expand says this is that generated
 * body, part by part. dest = Ok(()). */
void builtin_fmt_into(Lower *lw, Place dest, Def *target, Type *self_ty, Operand self_ref,
                      Operand f_ref, bool expand, Span span) {
    Type *formatter_ty = target->param_tys[1]->elem;
    Place f = project_deref(operand_place(lw, f_ref, target->param_tys[1], span), formatter_ty);
    /* written through the reference, as `{}` of a `&T` is: a `&str` stays whole */
    Type *ref_ty = ty_ref(self_ty, false);
    Operand value = {.kind = OP_COPY, .place = operand_place(lw, self_ref, ref_ty, span)};
    Type *field_tys[5] = {ty_int(IK_I32), ty_int(IK_U32), ty_char, ty_int(IK_I64), ty_int(IK_I64)};
    Operand fields[5];
    for (int i = 0; i < 5; i++) {
        Place copy = temp(lw, field_tys[i], span);
        assign(lw, copy,
               rv_use((Operand){.kind = OP_COPY, .place = project_field(f, i, field_tys[i])},
                      field_tys[i]),
               span);
        fields[i] = (Operand){.kind = OP_COPY, .place = copy};
    }
    FmtSpec spec = {.trait = target->trait->lang == LANG_DEBUG ? FMT_DEBUG : FMT_DISPLAY,
                    .width = -1,
                    .width_arg = -1,
                    .precision = -1,
                    .precision_arg = -1,
                    .fill = ' ',
                    .runtime = true};
    Type *inner = self_ty;
    while (inner->kind == TY_REF && inner->elem->kind != TY_STR) inner = inner->elem;
    bool layout_varies = spec.trait == FMT_DEBUG &&
        ((inner->kind == TY_ADT && expand) || inner->kind == TY_TUPLE || inner->kind == TY_ARRAY ||
         inner->kind == TY_SLICE);
    if (!layout_varies) {
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, expand, span);
    } else {
        Type *u32 = ty_int(IK_U32);
        Place alt = temp(lw, u32, span);
        assign(lw, alt, rv_binary(BIN_BITAND, fields[1], const_int(u32, RT_FLAG_ALTERNATE), u32),
               span);
        int plain = new_block(lw), pretty = new_block(lw), join = new_block(lw);
        switch_on_value(lw, use_place(alt, u32), 0, plain, pretty, plain, span);
        int mark = lw->scope_locals.len;
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, expand, span);
        close_branch(lw, mark, join, pretty, span);
        spec.alternate = true;
        write_value_at(lw, fields[0], ref_ty, value, &spec, fields + 1, 0, expand, span);
        close_branch(lw, mark, join, join, span);
    }
    Rvalue ok = {.kind = RV_AGGREGATE, .ty = target->ret_ty, .nelems = 1, .variant = 0};
    ok.elems = arena_alloc(sizeof(Operand));
    ok.elems[0] = const_unit();
    assign(lw, dest, ok, span);
}

static void write_value(Lower *lw, Operand stream, Type *ty, Operand value, const FmtSpec *spec,
                        Operand *args, Span span) {
    write_value_at(lw, stream, ty, value, spec, args, 0, false, span);
}

/* ── structs: Debug output and equality ── */

Type *field_type_of(Type *t, int i) {
    return t->kind == TY_ADT ? ty_field(t, &t->adt->fields[i]) : t->elems[i];
}
int field_count_of(Type *t) { return t->kind == TY_ADT ? t->adt->nfields : t->nelems; }

static char *indent_text(int depth) {
    char *s = arena_alloc((size_t)depth * 4 + 1);
    memset(s, ' ', (size_t)depth * 4);
    return s;
}

/* The field places of a struct, tuple or enum variant (variant < 0: not an enum). */
Place debug_field_place(Place p, Type *ty, int variant, int i, Type **ft) {
    if (variant >= 0) {
        *ft = ty_field(ty, &ty->adt->variants[variant].fields[i]);
        Place dc = project_field(p, variant, ty);
        dc.proj[dc.nproj - 1].kind = PROJ_DOWNCAST;
        return project_field(dc, i, *ft);
    }
    *ft = field_type_of(ty, i);
    return project_field(p, i, *ft);
}

/* `Name { a: 1, b: 2 }`, `Name(1, 2)`, `Name`, `(1, 2)`: the shape is known statically, so
 * the punctuation (and, for `{:#?}`, the indentation) is emitted as literals and only the
 * leaves are formatted at run time. */
static void write_debug_fields(Lower *lw, Operand stream, Type *ty, Place p, int variant,
                               const FmtSpec *spec, Operand *args, int depth, Span span) {
    bool pretty = spec->alternate;
    AdtShape shape = ty->kind != TY_ADT ? SHAPE_TUPLE
        : variant >= 0                  ? ty->adt->variants[variant].shape
                                        : ty->adt->shape;
    AdtField *names = ty->kind != TY_ADT ? NULL
        : variant >= 0                   ? ty->adt->variants[variant].fields
                                         : ty->adt->fields;
    int n = ty->kind != TY_ADT ? ty->nelems
        : variant >= 0         ? ty->adt->variants[variant].nfields
                               : ty->adt->nfields;
    const char *name = ty->kind != TY_ADT ? ""
        : variant >= 0                    ? sym_str(ty->adt->variants[variant].name)
                                          : sym_str(ty->adt->name);
    bool named = shape == SHAPE_NAMED;
    if (shape == SHAPE_UNIT || (n == 0 && named)) {
        write_literal(lw, stream, name, strlen(name), span);
        return;
    }
    if (n == 0) {
        const char *text = arena_printf("%s()", name);
        write_literal(lw, stream, text, strlen(text), span);
        return;
    }
    const char *open = named ? (pretty ? " {\n" : " { ") : (pretty ? "(\n" : "(");
    char *head = arena_printf("%s%s", name, open);
    write_literal(lw, stream, head, strlen(head), span);
    for (int i = 0; i < n; i++) {
        Type *ft;
        Place fp = debug_field_place(p, ty, variant, i, &ft);
        char *prefix = "";
        if (pretty) prefix = indent_text(depth + 1);
        if (named) prefix = arena_printf("%s%s: ", prefix, sym_str(names[i].name));
        else if (!pretty && i > 0) prefix = ", ";
        if (!pretty && named && i > 0) prefix = arena_printf(", %s", prefix);
        write_literal(lw, stream, prefix, strlen(prefix), span);
        write_value_at(lw, stream, ft, use_place(fp, ft), spec, args, depth + 1, false, span);
        if (pretty) write_literal(lw, stream, ",\n", 2, span);
    }
    if (!pretty && !named && n == 1 && ty->kind == TY_TUPLE)
        write_literal(lw, stream, ",", 1, span);
    char *close = pretty ? arena_printf("%s%s", indent_text(depth), named ? "}" : ")")
                         : (char *)(named ? " }" : ")");
    write_literal(lw, stream, close, strlen(close), span);
}

/* A switch on an enum's discriminant with one block per variant; returns the blocks and
 * the join block, and leaves the current block at the first variant's.
 * CFG: discriminant → switch → one block per variant; all later → join */
int *switch_on_variant(Lower *lw, Place p, Type *ty, int *join, Span span) {
    AdtDef *a = ty->adt;
    int n = a->nvariants;
    int *blocks = arena_alloc(sizeof(int) * (size_t)(n ? n : 1));
    uint64_t *vals = arena_alloc(sizeof(uint64_t) * (size_t)(n ? n : 1));
    for (int v = 0; v < n; v++) {
        blocks[v] = new_block(lw);
        vals[v] = a->variants[v].discr;
    }
    *join = new_block(lw);
    int dead = new_block(lw);
    lw->body->blocks[dead].term = (Term){.kind = TM_UNREACHABLE, .span = span, .target = -1};
    Operand d = discriminant_of(lw, p, span);
    Term t = {.kind = TM_SWITCH,
              .span = span,
              .discr = d,
              .values = vals,
              .targets = blocks,
              .ncases = n,
              .otherwise = dead};
    terminate(lw, t, n ? blocks[0] : *join);
    return blocks;
}

static void write_debug_aggregate(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec,
                                  Operand *args, int depth, Span span) {
    if (ty->kind == TY_ADT && ty->adt->is_enum) {
        int join;
        int *blocks = switch_on_variant(lw, p, ty, &join, span);
        for (int v = 0; v < ty->adt->nvariants; v++) {
            lw->cur = blocks[v];
            int mark = lw->scope_locals.len;
            write_debug_fields(lw, stream, ty, p, v, spec, args, depth, span);
            close_branch(lw, mark, join, join, span);
        }
        lw->cur = join;
        return;
    }
    write_debug_fields(lw, stream, ty, p, -1, spec, args, depth, span);
}

/* `{:?}` of an array or slice: a loop over the elements, `[a, b]` or, for `{:#?}`, one
 * element a line. */
static void write_debug_seq(Lower *lw, Operand stream, Type *ty, Place p, const FmtSpec *spec,
                            Operand *args, int depth, Span span) {
    bool pretty = spec->alternate;
    if (ty->kind == TY_ARRAY && ty->len == 0) {
        write_literal(lw, stream, "[]", 2, span);
        return;
    }
    Type *usize = ty_int(IK_USIZE);
    Place i = temp(lw, usize, span), n = temp(lw, usize, span);
    assign(lw, i, rv_use(const_int(usize, 0), usize), span);
    assign(lw, n, rv_use(seq_len(lw, p, ty, span), usize), span);
    int head = new_block(lw), body = new_block(lw), exit = new_block(lw);
    int done = -1;
    if (pretty) {
        /* an empty slice is `[]` in either layout */
        int empty = new_block(lw), items = new_block(lw);
        done = new_block(lw);
        branch_if_false(lw, compare(lw, BIN_EQ, use_place(n, usize), const_int(usize, 0), span),
                        items, span);
        goto_block(lw, empty, span, empty);
        write_literal(lw, stream, "[]", 2, span);
        goto_block(lw, done, span, items);
    }
    write_literal(lw, stream, pretty ? "[\n" : "[", pretty ? 2 : 1, span);
    goto_block(lw, head, span, head);
    Operand more = compare(lw, BIN_LT, use_place(i, usize), use_place(n, usize), span);
    branch_on_bool(lw, more, exit, body, body, span);
    if (pretty) {
        char *ind = indent_text(depth + 1);
        write_literal(lw, stream, ind, strlen(ind), span);
    } else {
        /* ", " before every element but the first */
        Operand first = compare(lw, BIN_EQ, use_place(i, usize), const_int(usize, 0), span);
        int sep = new_block(lw), elem = new_block(lw);
        branch_on_bool(lw, first, sep, elem, sep, span);
        write_literal(lw, stream, ", ", 2, span);
        goto_block(lw, elem, span, elem);
    }
    Place ep = project_index(p, i.local, ty->elem);
    write_value_at(lw, stream, ty->elem, use_place(ep, ty->elem), spec, args, depth + 1, false,
                   span);
    if (pretty) write_literal(lw, stream, ",\n", 2, span);
    assign(lw, i, rv_binary(BIN_ADD, use_place(i, usize), const_int(usize, 1), usize), span);
    goto_block(lw, head, span, exit);
    if (pretty) {
        char *close = arena_printf("%s]", indent_text(depth));
        write_literal(lw, stream, close, strlen(close), span);
        goto_block(lw, done, span, done);
    } else {
        write_literal(lw, stream, "]", 1, span);
    }
}

/* Evaluates the arguments in order, then writes the pieces; a trailing newline joins
 * the last literal so that println! of plain text is one write. */
static void write_format(Lower *lw, Operand stream, Node *fmt, bool newline) {
    NodeList *argn = &fmt->u.format.args;
    Operand *args = arena_alloc(sizeof(Operand) * (size_t)(argn->len ? argn->len : 1));
    for (int i = 0; i < argn->len; i++) {
        Node *a = argn->items[i];
        /* format_args! borrows its arguments (`&arg`, a value in a temporary first): a
         * place is read where it is, through the borrow, never copied or moved */
        Place p = is_place_node(lw, a) ? as_place(lw, a) : temp_holding(lw, a);
        Type *r = ty_ref(a->ty, false);
        Place borrow = temp(lw, r, a->span);
        assign(lw, borrow, rv_ref(lw, r, p, BORROW_SHARED), a->span);
        args[i] = (Operand){.kind = OP_COPY, .place = project_deref(borrow, a->ty)};
    }
    int np = fmt->u.format.npieces;
    for (int i = 0; i < np; i++) {
        const FmtPiece *piece = &fmt->u.format.pieces[i];
        bool last_lit = newline && i == np - 1 && piece->arg < 0;
        if (piece->arg < 0 && last_lit) {
            char *s = arena_alloc(piece->lit_len + 2);
            if (piece->lit_len) memcpy(s, piece->lit, piece->lit_len);
            s[piece->lit_len] = '\n';
            write_literal(lw, stream, s, piece->lit_len + 1, fmt->span);
            newline = false;
        } else if (piece->arg < 0) {
            write_literal(lw, stream, piece->lit, piece->lit_len, fmt->span);
        } else {
            if (piece->lit_len) write_literal(lw, stream, piece->lit, piece->lit_len, fmt->span);
            Node *arg = fmt->u.format.args.items[piece->arg];
            write_value(lw, stream, value_ty(lw, arg), args[piece->arg], &piece->spec, args,
                        arg->span);
        }
    }
    if (newline) write_literal(lw, stream, "\n", 1, fmt->span);
}

static bool is_plain_literal(Node *fmt) {
    return fmt->u.format.npieces == 1 && fmt->u.format.pieces[0].arg < 0 &&
        fmt->u.format.args.len == 0;
}

static void panic_begin(Lower *lw, Span sp) {
    Operand loc[3];
    location_operands(lw, sp, loc);
    call_intrinsic(lw, INTR_PANIC_BEGIN, loc, 3, sp);
}

static void panic_end(Lower *lw, Span sp) { call_intrinsic(lw, INTR_PANIC_END, NULL, 0, sp); }

void lower_format(Lower *lw, Place dest, Node *fmt) {
    switch (fmt->u.format.kind) {
    case FMTK_PRINT: write_format(lw, stream_const(RT_STDOUT), fmt, fmt->u.format.newline); break;
    case FMTK_EPRINT: write_format(lw, stream_const(RT_STDERR), fmt, fmt->u.format.newline); break;
    case FMTK_PANIC:
        if (is_plain_literal(fmt)) {
            panic_str(lw, fmt->u.format.pieces[0].lit, fmt->u.format.pieces[0].lit_len, fmt->span);
        } else if (fmt->u.format.npieces == 0) {
            panic_str(lw, "", 0, fmt->span);
        } else {
            panic_begin(lw, fmt->span);
            write_format(lw, stream_const(RT_STDERR), fmt, false);
            panic_end(lw, fmt->span);
        }
        break;
    case FMTK_WRITE: {
        /* into the formatter's stream; writing cannot fail, so the value is Ok(()) */
        Node *d = fmt->u.format.dest;
        Type *ft = d->ty;
        Type *i32 = ty_int(IK_I32);
        Def *append = adt_method(ft, "push_sink");
        if (append) {
            /* `write!(s, ...)` on a String: into an in-memory stream, then appended */
            Place stream = open_sink(lw, fmt->span);
            write_format(lw, (Operand){.kind = OP_COPY, .place = stream}, fmt,
                         fmt->u.format.newline);
            Type *sref = append->param_tys[0];
            Place s_ref = temp(lw, sref, fmt->span);
            Place s =
                ft->kind == TY_REF ? project_deref(as_place(lw, d), ft->elem) : as_mut_place(lw, d);
            assign(lw, s_ref, rv_ref(lw, sref, s, BORROW_MUT), fmt->span);
            Operand args[2] = {{.kind = OP_MOVE, .place = s_ref},
                               {.kind = OP_COPY, .place = stream}};
            call(lw, fn_operand(append), args, 2, temp(lw, ty_unit, fmt->span), false, fmt->span);
        } else {
            Place f = as_place(lw, d);
            if (ft->kind == TY_REF) {
                f = project_deref(f, ft->elem);
                ft = ft->elem;
            }
            write_format(lw, (Operand){.kind = OP_COPY, .place = project_field(f, 0, i32)}, fmt,
                         fmt->u.format.newline);
        }
        Rvalue ok = {.kind = RV_AGGREGATE, .ty = fmt->ty, .nelems = 1, .variant = 0};
        ok.elems = arena_alloc(sizeof(Operand));
        ok.elems[0] = const_unit();
        assign(lw, dest, ok, fmt->span);
        break;
    }
    case FMTK_STRING: {
        /* into an in-memory stream, whose bytes String::from_sink takes over */
        Place stream = open_sink(lw, fmt->span);
        write_format(lw, (Operand){.kind = OP_COPY, .place = stream}, fmt, false);
        Def *from_sink = adt_method(fmt->ty, "from_sink");
        if (!from_sink) break;
        Operand arg = {.kind = OP_COPY, .place = stream};
        call(lw, fn_operand(from_sink), &arg, 1, dest, false, fmt->span);
        break;
    }
    }
}

/* assert!(c), assert_eq!(a, b), assert_ne!(a, b), with rustc's messages.
 * CFG: cond → switch → [true: next | false: message → panic (no return)] */
void lower_assert(Lower *lw, Node *n) {
    Node *msg = n->u.assert.message;
    Span sp = n->span;
    if (n->u.assert.kind == ASSERT_TRUE) {
        Operand c = as_operand(lw, n->u.assert.lhs);
        int ok = new_block(lw), fail = new_block(lw);
        branch_on_bool(lw, c, fail, ok, fail, sp);
        if (msg) {
            lower_format(lw, local_place(0), msg);   /* a panic: no value */
        } else {
            const char *text = arena_printf("assertion failed: %s",
                                            n->u.assert.cond_text ? n->u.assert.cond_text : "");
            panic_str(lw, text, strlen(text), sp);
        }
        lw->cur = ok;
        return;
    }
    Node *l = n->u.assert.lhs, *r = n->u.assert.rhs;
    /* both sides are borrowed, as rustc's `match (&left, &right)`: variables stay usable */
    Place lp = value_place(lw, l), rp = value_place(lw, r);
    bool eq = n->u.assert.kind == ASSERT_EQ;
    /* as `==` compares: an impl of PartialEq for the pair (String with &str, Vec...), else
     * field by field (strs, derived types, tuples, arrays) */
    Operand same;
    Def *m = operator_method(lw->ctx, NULL, value_ty(lw, l), LANG_PARTIAL_EQ, value_ty(lw, r));
    if (m) {
        Place result = temp(lw, ty_bool, sp);
        call_on_refs(lw, m, lp, rp, result, sp);
        same = use_place(result, ty_bool);
    } else {
        same = equal_values(lw, value_ty(lw, l), lp, rp, sp);
    }
    if (!eq) {
        Place differ = temp(lw, ty_bool, sp);
        assign(lw, differ, (Rvalue){.kind = RV_UNARY, .ty = ty_bool, .unop = UN_NOT, .a = same},
               sp);
        same = use_place(differ, ty_bool);
    }
    int ok = new_block(lw), fail = new_block(lw);
    branch_on_bool(lw, same, fail, ok, fail, sp);
    panic_begin(lw, sp);
    const char *head = eq ? "assertion `left == right` failed" : "assertion `left != right` failed";
    write_literal(lw, stream_const(RT_STDERR), head, strlen(head), sp);
    if (msg) {
        write_literal(lw, stream_const(RT_STDERR), ": ", 2, sp);
        write_format(lw, stream_const(RT_STDERR), msg, false);
    }
    /* left and right print with {:?} */
    FmtSpec debug = {.fill = ' ',
                     .trait = FMT_DEBUG,
                     .width = -1,
                     .width_arg = -1,
                     .precision = -1,
                     .precision_arg = -1};
    write_literal(lw, stream_const(RT_STDERR), "\n  left: ", 9, sp);
    write_value(lw, stream_const(RT_STDERR), value_ty(lw, l),
                (Operand){.kind = OP_COPY, .place = lp}, &debug, NULL, sp);
    write_literal(lw, stream_const(RT_STDERR), "\n right: ", 9, sp);
    write_value(lw, stream_const(RT_STDERR), value_ty(lw, r),
                (Operand){.kind = OP_COPY, .place = rp}, &debug, NULL, sp);
    panic_end(lw, sp);
    lw->cur = ok;
}
