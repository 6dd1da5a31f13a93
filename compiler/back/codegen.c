/* codegen.c — the IR to LLVM, through the LLVM-C API.
 *
 * Takes: a checked IrProgram and CgOptions (opt level, which files to write).
 * Gives: textual LLVM IR, assembly and/or an object file for the host target.
 *
 * Every non-zero-sized local gets an alloca of its layout's size and alignment; places
 * are byte offsets from it computed from layout.c's field offsets, so LLVM's own struct
 * layout is never consulted and the two cannot disagree. Scalars (integers, bool, char,
 * thin pointers) are loaded and stored with their LLVM types; aggregates (tuples, `&str`)
 * are copied with memcpy. Calling convention between user functions: zero-sized values
 * are not passed, scalars go by value, aggregates by pointer to the caller's copy (the
 * callee copies them into its own locals) and aggregate results through a hidden first
 * pointer. Runtime intrinsics use the C ABI of runtime/rt.h: `&str` splits into
 * (ptr, len) and bool widens to a zero-extended i8. At opt-level 0 no LLVM passes run;
 * otherwise the new pass manager runs `default<ON>`.
 *
 * With debug info (debuginfo.c) each instruction carries the line and column of the IR
 * statement or terminator it comes from. Under AddressSanitizer every function is marked
 * `sanitize_address` and keeps its frame pointer (ASan's unwinder follows them), a
 * local's StorageLive/StorageDead become llvm.lifetime.start/end (so a read of a dead
 * local is a stack-use-after-scope), and the `asan` module pass runs last, after the
 * optimisations, as clang places it. */
#include "patina.h"
#include "back/debuginfo.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <string.h>

typedef struct StrConst {
    const char *s;
    size_t len;
    LLVMValueRef global;
} StrConst;

typedef struct Cg {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTypeRef i1, i8, i32, i64, ptr, void_ty;
    unsigned zeroext_kind, noreturn_kind, nounwind_kind, uwtable_kind;
    LLVMTypeRef landing_ty;                     /* { ptr, i32 }: what a landing pad receives */
    LLVMValueRef personality;                   /* __gcc_personality_v0: cleanups only */
    LLVMValueRef exn_slot;                      /* the body's landing pad value, for resume */
    /* the body being emitted */
    Body *body;
    IrProgram *prog;
    LLVMValueRef fn;
    LLVMValueRef *locals;                       /* alloca per local, NULL when zero-sized */
    LLVMBasicBlockRef *blocks;
    LLVMValueRef sret;                          /* hidden result pointer, or NULL */
    /* interned string constants */
    StrConst *strs;
    int nstrs, cap_strs;
    DebugLines *lines;                          /* line tables, or NULL */
    bool sanitize_address;
} Cg;

/* ── types ── */

static bool is_zst(Type *t) { return t->kind == TY_NEVER || layout_of(t)->size == 0; }

static bool is_fat_ref(Type *t) {
    return (t->kind == TY_REF || t->kind == TY_PTR) &&
           (t->elem->kind == TY_STR || t->elem->kind == TY_SLICE || t->elem->kind == TY_DYN);
}

/* The register type of a scalar, or NULL for aggregates. */
static LLVMTypeRef scalar_type(Cg *cg, Type *t) {
    switch (t->kind) {
    case TY_BOOL: return cg->i1;
    case TY_CHAR: return cg->i32;
    case TY_INT: return LLVMIntTypeInContext(cg->ctx, (unsigned)ty_int_bits(t->ik));
    case TY_FLOAT:
        return t->fk == FK_F32 ? LLVMFloatTypeInContext(cg->ctx) : LLVMDoubleTypeInContext(cg->ctx);
    case TY_REF: case TY_PTR: return is_fat_ref(t) ? NULL : cg->ptr;
    case TY_FN_PTR: return cg->ptr;
    default: return NULL;
    }
}

static LLVMTypeRef memory_type(Cg *cg, Type *t) {
    LLVMTypeRef r = scalar_type(cg, t);
    return r == cg->i1 ? cg->i8 : r;
}

static LLVMValueRef const_i64(Cg *cg, uint64_t v) { return LLVMConstInt(cg->i64, v, false); }

/* ── places and values ── */

static LLVMValueRef byte_offset(Cg *cg, LLVMValueRef base, uint64_t off) {
    if (off == 0) return base;
    LLVMValueRef idx = const_i64(cg, off);
    return LLVMBuildInBoundsGEP2(cg->b, cg->i8, base, &idx, 1, "");
}

static LLVMValueRef dangling(Cg *cg) { return LLVMConstIntToPtr(const_i64(cg, 1), cg->ptr); }

static LLVMValueRef global_addr(Cg *cg, int local);

static LLVMValueRef slice_len(Cg *cg, Place p);

static LLVMValueRef place_addr(Cg *cg, Place p) {
    LLVMValueRef addr = p.local < 0 ? global_addr(cg, p.local) : cg->locals[p.local];
    Type *ty = p.local < 0 ? ir_global(cg->prog, p.local)->ty : cg->body->locals[p.local].ty;
    if (!addr) addr = dangling(cg);
    int variant = -1;                           /* set by a downcast, for the next field */
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        switch (pr->kind) {
        case PROJ_FIELD: {
            if (ty->kind == TY_ARRAY) {         /* a constant index (array patterns) */
                addr = byte_offset(cg, addr, (uint64_t)pr->field * layout_of(ty->elem)->size);
                break;
            }
            const Layout *l = layout_of(ty);
            if (variant >= 0 && variant < l->nvariants) l = l->variants[variant];
            addr = byte_offset(cg, addr, pr->field < l->nfields ? l->offsets[pr->field] : 0);
            variant = -1;
            break;
        }
        case PROJ_DEREF:
            addr = LLVMBuildLoad2(cg->b, cg->ptr, addr, "");
            break;
        case PROJ_INDEX: {
            LLVMValueRef idx = LLVMBuildLoad2(cg->b, cg->i64, cg->locals[pr->index_local], "");
            LLVMValueRef stride = const_i64(cg, layout_of(pr->ty)->size);
            LLVMValueRef off = LLVMBuildMul(cg->b, idx, stride, "");
            addr = LLVMBuildInBoundsGEP2(cg->b, cg->i8, addr, &off, 1, "");
            break;
        }
        case PROJ_DOWNCAST:
            variant = pr->field;
            break;
        case PROJ_CONST_INDEX: case PROJ_SUBSLICE: {
            /* a slice pattern's element or rest: counted from the start, or from the
             * slice's end (its length, less the offset) */
            LLVMValueRef stride = const_i64(cg, layout_of(ty->elem)->size);
            LLVMValueRef index = const_i64(cg, (uint64_t)pr->offset);
            if (pr->kind == PROJ_CONST_INDEX && pr->from_end)
                index = LLVMBuildSub(cg->b, slice_len(cg, (Place){p.local, i, p.proj}), index, "");
            addr = LLVMBuildInBoundsGEP2(cg->b, cg->i8, addr,
                                         (LLVMValueRef[]){LLVMBuildMul(cg->b, index, stride, "")},
                                         1, "");
            break;
        }
        }
        ty = pr->ty;
    }
    return addr;
}

/* The length of the slice at place p: the second word of the fat pointer it dereferences,
 * less what the subslices of a slice pattern leave out. */
static LLVMValueRef slice_len(Cg *cg, Place p) {
    const Proj *last = p.nproj ? &p.proj[p.nproj - 1] : NULL;
    if (last && (last->kind == PROJ_SUBSLICE || last->kind == PROJ_DEREF)) p.nproj--;
    if (last && last->kind == PROJ_SUBSLICE)
        return LLVMBuildSub(cg->b, slice_len(cg, p),
                            const_i64(cg, (uint64_t)(last->from + last->to)), "");
    return LLVMBuildLoad2(cg->b, cg->i64, byte_offset(cg, place_addr(cg, p), 8), "");
}

static LLVMValueRef load_scalar(Cg *cg, LLVMValueRef addr, Type *t) {
    LLVMTypeRef mt = memory_type(cg, t);
    LLVMValueRef v = LLVMBuildLoad2(cg->b, mt, addr, "");
    LLVMSetAlignment(v, (unsigned)layout_of(t)->align);
    if (t->kind == TY_BOOL) v = LLVMBuildTrunc(cg->b, v, cg->i1, "");
    return v;
}

static void store_scalar(Cg *cg, LLVMValueRef addr, LLVMValueRef v, Type *t) {
    if (t->kind == TY_BOOL) v = LLVMBuildZExt(cg->b, v, cg->i8, "");
    LLVMValueRef st = LLVMBuildStore(cg->b, v, addr);
    LLVMSetAlignment(st, (unsigned)layout_of(t)->align);
}

static LLVMValueRef str_global(Cg *cg, const char *s, size_t len) {
    for (int i = 0; i < cg->nstrs; i++)
        if (cg->strs[i].len == len && memcmp(cg->strs[i].s, s, len) == 0) return cg->strs[i].global;
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)len, true);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), "str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    if (cg->nstrs == cg->cap_strs) {
        int cap = cg->cap_strs ? cg->cap_strs * 2 : 32;
        cg->strs = arena_realloc(cg->strs, sizeof(StrConst) * (size_t)cg->cap_strs,
                                 sizeof(StrConst) * (size_t)cap);
        cg->cap_strs = cap;
    }
    cg->strs[cg->nstrs++] = (StrConst){s, len, g};
    return g;
}

static LLVMValueRef user_fn(Cg *cg, Def *d);

/* A vtable: { size, align, fn... } as a constant global (made on first use). */
static LLVMValueRef vtable_global(Cg *cg, int index) {
    IrVtable *vt = &cg->prog->vtables[index];
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, vt->symbol);
    if (g) return g;
    int n = vt->nmethods + 3;
    LLVMValueRef *fields = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
    LLVMTypeRef *types = arena_alloc(sizeof(LLVMTypeRef) * (size_t)n);
    const Layout *l = layout_of(vt->ty);
    fields[0] = const_i64(cg, l->size);
    fields[1] = const_i64(cg, l->align);
    Def *glue = ir_drop_glue(cg->prog, vt->ty);
    fields[2] = glue ? user_fn(cg, glue) : LLVMConstNull(cg->ptr);
    types[0] = types[1] = cg->i64;
    types[2] = cg->ptr;
    for (int i = 0; i < vt->nmethods; i++) {
        const Node *method = vt->methods[i]->node;
        bool bodiless = method && method->kind == N_FN && !method->u.fn.body;
        fields[i + 3] = bodiless ? LLVMConstNull(cg->ptr) : user_fn(cg, vt->methods[i]);
        types[i + 3] = cg->ptr;
    }
    LLVMTypeRef st = LLVMStructTypeInContext(cg->ctx, types, (unsigned)n, false);
    g = LLVMAddGlobal(cg->mod, st, vt->symbol);
    LLVMSetInitializer(g, LLVMConstNamedStruct(st, fields, (unsigned)n));
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMInternalLinkage);
    return g;
}

static LLVMValueRef closure_fn_pointer(Cg *cg, Def *closure);

static LLVMValueRef const_scalar(Cg *cg, const Const *c) {
    switch (c->kind) {
    case CONST_FN:                              /* a `fn` pointer */
        return c->fn->node && c->fn->node->kind == N_CLOSURE ? closure_fn_pointer(cg, c->fn)
                                                             : user_fn(cg, c->fn);
    case CONST_VTABLE: return vtable_global(cg, (int)c->bits);
    case CONST_INT: {
        uint64_t words[2] = {(uint64_t)c->bits, (uint64_t)(c->bits >> 64)};
        return LLVMConstIntOfArbitraryPrecision(scalar_type(cg, c->ty), 2, words);
    }
    case CONST_BOOL: return LLVMConstInt(cg->i1, (uint64_t)c->bits, false);
    case CONST_CHAR: return LLVMConstInt(cg->i32, (uint64_t)c->bits, false);
    case CONST_FLOAT: return LLVMConstReal(scalar_type(cg, c->ty), c->fval);
    default: return LLVMGetUndef(cg->i64);     /* not a scalar: callers check first */
    }
}

static Type *operand_type(Cg *cg, const Operand *op) { return ir_operand_type(cg->body, op); }

/* The register value of a scalar operand. */
static LLVMValueRef scalar_operand(Cg *cg, const Operand *op) {
    if (op->kind == OP_CONST) return const_scalar(cg, &op->c);
    Type *t = operand_type(cg, op);
    return load_scalar(cg, place_addr(cg, op->place), t);
}

static void memcpy_bytes(Cg *cg, LLVMValueRef dst, LLVMValueRef src, Type *t) {
    const Layout *l = layout_of(t);
    LLVMBuildMemCpy(cg->b, dst, (unsigned)l->align, src, (unsigned)l->align,
                    const_i64(cg, l->size));
}

static void store_operand(Cg *cg, LLVMValueRef addr, const Operand *op, Type *t) {
    if (is_zst(t)) return;
    if (scalar_type(cg, t)) {
        store_scalar(cg, addr, scalar_operand(cg, op), t);
        return;
    }
    if (op->kind == OP_CONST && op->c.kind == CONST_STR) {
        LLVMValueRef st = LLVMBuildStore(cg->b, str_global(cg, op->c.str, op->c.str_len), addr);
        LLVMSetAlignment(st, 8);
        st = LLVMBuildStore(cg->b, const_i64(cg, op->c.str_len), byte_offset(cg, addr, 8));
        LLVMSetAlignment(st, 8);
        return;
    }
    if (op->kind == OP_CONST) return;           /* unit-like constants of zero size */
    memcpy_bytes(cg, addr, place_addr(cg, op->place), t);
}

/* ── arithmetic ── */

static LLVMValueRef int_resize(Cg *cg, LLVMValueRef v, unsigned to_bits, bool is_signed) {
    unsigned from = LLVMGetIntTypeWidth(LLVMTypeOf(v));
    LLVMTypeRef to = LLVMIntTypeInContext(cg->ctx, to_bits);
    if (from == to_bits) return v;
    if (from > to_bits) return LLVMBuildTrunc(cg->b, v, to, "");
    return is_signed ? LLVMBuildSExt(cg->b, v, to, "") : LLVMBuildZExt(cg->b, v, to, "");
}

/* The shift amount Rust uses when it does not panic: rhs mod bits. */
static LLVMValueRef masked_shift_amount(Cg *cg, LLVMValueRef rhs, Type *rhs_ty, unsigned bits) {
    LLVMValueRef r = int_resize(cg, rhs, bits, rhs_ty->kind == TY_INT && ty_is_signed(rhs_ty));
    return LLVMBuildAnd(cg->b, r, LLVMConstInt(LLVMTypeOf(r), bits - 1, false), "");
}

static LLVMValueRef shift_overflows(Cg *cg, LLVMValueRef rhs, unsigned bits) {
    LLVMTypeRef rt = LLVMTypeOf(rhs);
    unsigned rw = LLVMGetIntTypeWidth(rt);
    if (rw < 32 && (uint64_t)bits >= (1ull << rw)) return LLVMConstInt(cg->i1, 0, false);
    return LLVMBuildICmp(cg->b, LLVMIntUGE, rhs, LLVMConstInt(rt, bits, false), "");
}

static LLVMValueRef compare_values(Cg *cg, BinOp op, LLVMValueRef a, LLVMValueRef b, Type *t) {
    if (t->kind == TY_FLOAT) {
        LLVMRealPredicate p = op == BIN_EQ ? LLVMRealOEQ : op == BIN_NE ? LLVMRealUNE
                            : op == BIN_LT ? LLVMRealOLT : op == BIN_LE ? LLVMRealOLE
                            : op == BIN_GT ? LLVMRealOGT : LLVMRealOGE;
        return LLVMBuildFCmp(cg->b, p, a, b, "");
    }
    bool s = t->kind == TY_INT && ty_is_signed(t);
    LLVMIntPredicate p;
    switch (op) {
    case BIN_EQ: p = LLVMIntEQ; break;
    case BIN_NE: p = LLVMIntNE; break;
    case BIN_LT: p = s ? LLVMIntSLT : LLVMIntULT; break;
    case BIN_LE: p = s ? LLVMIntSLE : LLVMIntULE; break;
    case BIN_GT: p = s ? LLVMIntSGT : LLVMIntUGT; break;
    default: p = s ? LLVMIntSGE : LLVMIntUGE; break;
    }
    return LLVMBuildICmp(cg->b, p, a, b, "");
}

static LLVMValueRef binary_value(Cg *cg, BinOp op, const Operand *oa, const Operand *ob) {
    Type *t = operand_type(cg, oa), *rt = operand_type(cg, ob);
    LLVMValueRef a = scalar_operand(cg, oa), b = scalar_operand(cg, ob);
    if (op >= BIN_EQ && op <= BIN_GE) return compare_values(cg, op, a, b, t);
    if (t->kind == TY_FLOAT) {
        switch (op) {
        case BIN_ADD: return LLVMBuildFAdd(cg->b, a, b, "");
        case BIN_SUB: return LLVMBuildFSub(cg->b, a, b, "");
        case BIN_MUL: return LLVMBuildFMul(cg->b, a, b, "");
        case BIN_DIV: return LLVMBuildFDiv(cg->b, a, b, "");
        default: return LLVMBuildFRem(cg->b, a, b, "");
        }
    }
    bool s = t->kind == TY_INT && ty_is_signed(t);
    switch (op) {
    case BIN_ADD: return LLVMBuildAdd(cg->b, a, b, "");
    case BIN_SUB: return LLVMBuildSub(cg->b, a, b, "");
    case BIN_MUL: return LLVMBuildMul(cg->b, a, b, "");
    case BIN_DIV: return s ? LLVMBuildSDiv(cg->b, a, b, "") : LLVMBuildUDiv(cg->b, a, b, "");
    case BIN_REM: return s ? LLVMBuildSRem(cg->b, a, b, "") : LLVMBuildURem(cg->b, a, b, "");
    case BIN_BITAND: case BIN_AND: return LLVMBuildAnd(cg->b, a, b, "");
    case BIN_BITOR: case BIN_OR: return LLVMBuildOr(cg->b, a, b, "");
    case BIN_BITXOR: return LLVMBuildXor(cg->b, a, b, "");
    case BIN_SHL:
    case BIN_SHR: {
        unsigned bits = LLVMGetIntTypeWidth(LLVMTypeOf(a));
        LLVMValueRef amt = masked_shift_amount(cg, b, rt, bits);
        if (op == BIN_SHL) return LLVMBuildShl(cg->b, a, amt, "");
        return s ? LLVMBuildAShr(cg->b, a, amt, "") : LLVMBuildLShr(cg->b, a, amt, "");
    }
    default: return a;
    }
}

/* (a op b, overflowed) stored into the (T, bool) tuple at dest. */
/* The LLVM intrinsic `name` overloaded on one type, and its function type. */
static LLVMValueRef intrinsic(Cg *cg, const char *name, LLVMTypeRef ty, LLVMTypeRef *fn_type) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    *fn_type = LLVMIntrinsicGetType(cg->ctx, id, &ty, 1);
    return LLVMGetIntrinsicDeclaration(cg->mod, id, &ty, 1);
}

static void checked_binary(Cg *cg, LLVMValueRef dest, const Rvalue *rv) {
    Type *t = operand_type(cg, &rv->a);
    const Layout *pair = layout_of(rv->ty);
    LLVMValueRef result, overflow;
    if (rv->binop == BIN_SHL || rv->binop == BIN_SHR) {
        LLVMValueRef b = scalar_operand(cg, &rv->b);
        unsigned bits = (unsigned)ty_int_bits(t->ik);
        overflow = shift_overflows(cg, b, bits);
        result = binary_value(cg, rv->binop, &rv->a, &rv->b);
    } else {
        bool s = ty_is_signed(t);
        const char *name =
            rv->binop == BIN_ADD ? (s ? "llvm.sadd.with.overflow" : "llvm.uadd.with.overflow")
            : rv->binop == BIN_SUB ? (s ? "llvm.ssub.with.overflow" : "llvm.usub.with.overflow")
                                   : (s ? "llvm.smul.with.overflow" : "llvm.umul.with.overflow");
        LLVMTypeRef ft;
        LLVMValueRef f = intrinsic(cg, name, scalar_type(cg, t), &ft);
        LLVMValueRef args[2] = {scalar_operand(cg, &rv->a), scalar_operand(cg, &rv->b)};
        LLVMValueRef pairv = LLVMBuildCall2(cg->b, ft, f, args, 2, "");
        result = LLVMBuildExtractValue(cg->b, pairv, 0, "");
        overflow = LLVMBuildExtractValue(cg->b, pairv, 1, "");
    }
    store_scalar(cg, byte_offset(cg, dest, pair->offsets[0]), result, t);
    store_scalar(cg, byte_offset(cg, dest, pair->offsets[1]), overflow, ty_bool);
}

static LLVMValueRef load_discriminant(Cg *cg, LLVMValueRef addr, Type *et, unsigned bits);

static LLVMValueRef cast_value(Cg *cg, const Operand *op, Type *to) {
    Type *from = operand_type(cg, op);
    if (from->kind == TY_ADT) {                 /* a fieldless enum `as` an integer */
        LLVMValueRef addr = op->kind == OP_CONST ? NULL : place_addr(cg, op->place);
        if (!addr) return LLVMConstInt(scalar_type(cg, to), 0, false);
        return load_discriminant(cg, addr, from, LLVMGetIntTypeWidth(scalar_type(cg, to)));
    }
    /* a fat pointer cast to a thin one keeps its data pointer */
    LLVMValueRef v = is_fat_ref(from)
                         ? LLVMBuildLoad2(cg->b, cg->ptr, place_addr(cg, op->place), "")
                         : scalar_operand(cg, op);
    LLVMTypeRef tt = scalar_type(cg, to);
    bool from_signed = from->kind == TY_INT && ty_is_signed(from);
    bool from_ptr = from->kind == TY_PTR || from->kind == TY_REF, to_ptr = to->kind == TY_PTR;
    if (from_ptr && to_ptr) return v;
    if (from_ptr) return LLVMBuildPtrToInt(cg->b, v, tt, "");
    if (to_ptr) return LLVMBuildIntToPtr(cg->b, v, tt, "");
    if (from->kind == TY_FLOAT && to->kind == TY_FLOAT) return LLVMBuildFPCast(cg->b, v, tt, "");
    if (from->kind == TY_FLOAT) {
        /* Rust's `as` saturates */
        const char *name = ty_is_signed(to) ? "llvm.fptosi.sat" : "llvm.fptoui.sat";
        LLVMTypeRef tys[2] = {tt, LLVMTypeOf(v)};
        unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
        LLVMValueRef f = LLVMGetIntrinsicDeclaration(cg->mod, id, tys, 2);
        LLVMTypeRef ft = LLVMIntrinsicGetType(cg->ctx, id, tys, 2);
        return LLVMBuildCall2(cg->b, ft, f, &v, 1, "");
    }
    if (to->kind == TY_FLOAT)
        return from_signed ? LLVMBuildSIToFP(cg->b, v, tt, "") : LLVMBuildUIToFP(cg->b, v, tt, "");
    if (to->kind == TY_BOOL)
        return LLVMBuildICmp(cg->b, LLVMIntNE, v, LLVMConstInt(LLVMTypeOf(v), 0, false), "");
    return int_resize(cg, v, LLVMGetIntTypeWidth(tt), from_signed);
}

/* ── primitive methods ── */

static LLVMValueRef call_overloaded(Cg *cg, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
                                    unsigned n) {
    LLVMTypeRef ft;
    LLVMValueRef f = intrinsic(cg, name, ty, &ft);
    return LLVMBuildCall2(cg->b, ft, f, args, n, "");
}

/* A libm function (tan/tanf, atan2/atan2f, ...). */
static LLVMValueRef call_libm(Cg *cg, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
                              unsigned n) {
    bool f32 = LLVMGetTypeKind(ty) == LLVMFloatTypeKind;
    char full[32];
    snprintf(full, sizeof full, "%s%s", name, f32 ? "f" : "");
    LLVMTypeRef params[2] = {ty, ty};
    LLVMTypeRef ft = LLVMFunctionType(ty, params, n, false);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, full);
    if (!f) f = LLVMAddFunction(cg->mod, full, ft);
    return LLVMBuildCall2(cg->b, ft, f, args, n, "");
}

static LLVMValueRef prim_value(Cg *cg, const Rvalue *rv) {
    Type *t = operand_type(cg, &rv->a);
    LLVMValueRef a = scalar_operand(cg, &rv->a);
    bool unary = rv->b.kind == OP_CONST && rv->b.c.kind == CONST_UNIT;
    LLVMValueRef b = unary ? NULL : scalar_operand(cg, &rv->b);
    LLVMTypeRef ty = LLVMTypeOf(a);
    bool s = t->kind == TY_INT && ty_is_signed(t);
    LLVMValueRef ab[2] = {a, b};
    LLVMValueRef zero = t->kind == TY_FLOAT ? LLVMConstReal(ty, 0)
                        : t->kind == TY_PTR ? LLVMConstNull(ty)
                                            : LLVMConstInt(ty, 0, false);
    LLVMValueRef f = LLVMConstInt(cg->i1, 0, false);
    switch (rv->prim) {
    case PRIM_PTR_IS_NULL: return LLVMBuildIsNull(cg->b, a, "");
    case PRIM_DYN_SIZE: case PRIM_DYN_ALIGN: return NULL;   /* read from the vtable by the caller */
    case PRIM_CHECKED_ADD: case PRIM_CHECKED_SUB: case PRIM_CHECKED_MUL: case PRIM_CHECKED_DIV:
    case PRIM_CHECKED_REM:
    case PRIM_CHECKED_POW: case PRIM_WRAPPING_POW:
    case PRIM_TO_LE_BYTES: case PRIM_TO_BE_BYTES:
        return NULL;                            /* lowered to other rvalues */
    case PRIM_PTR_ADD: case PRIM_PTR_SUB: {
        LLVMValueRef size = LLVMConstInt(LLVMTypeOf(b), layout_of(rv->ty->elem)->size, false);
        LLVMValueRef bytes = LLVMBuildMul(cg->b, b, size, "");
        if (rv->prim == PRIM_PTR_SUB) bytes = LLVMBuildNeg(cg->b, bytes, "");
        return LLVMBuildGEP2(cg->b, cg->i8, a, &bytes, 1, "");
    }
    case PRIM_SQRT: return call_overloaded(cg, "llvm.sqrt", ty, ab, 1);
    case PRIM_FABS: return call_overloaded(cg, "llvm.fabs", ty, ab, 1);
    case PRIM_FLOOR: return call_overloaded(cg, "llvm.floor", ty, ab, 1);
    case PRIM_CEIL: return call_overloaded(cg, "llvm.ceil", ty, ab, 1);
    case PRIM_ROUND: return call_overloaded(cg, "llvm.round", ty, ab, 1);
    case PRIM_TRUNC: return call_overloaded(cg, "llvm.trunc", ty, ab, 1);
    case PRIM_SIN: return call_overloaded(cg, "llvm.sin", ty, ab, 1);
    case PRIM_COS: return call_overloaded(cg, "llvm.cos", ty, ab, 1);
    case PRIM_EXP: return call_overloaded(cg, "llvm.exp", ty, ab, 1);
    case PRIM_LN: return call_overloaded(cg, "llvm.log", ty, ab, 1);
    case PRIM_LOG10: return call_overloaded(cg, "llvm.log10", ty, ab, 1);
    case PRIM_LOG2: return call_overloaded(cg, "llvm.log2", ty, ab, 1);
    case PRIM_TAN: return call_libm(cg, "tan", ty, ab, 1);
    case PRIM_ASIN: return call_libm(cg, "asin", ty, ab, 1);
    case PRIM_ACOS: return call_libm(cg, "acos", ty, ab, 1);
    case PRIM_ATAN: return call_libm(cg, "atan", ty, ab, 1);
    case PRIM_CBRT: return call_libm(cg, "cbrt", ty, ab, 1);
    case PRIM_HYPOT: return call_libm(cg, "hypot", ty, ab, 2);
    case PRIM_ATAN2: return call_libm(cg, "atan2", ty, ab, 2);
    case PRIM_POWF: return call_overloaded(cg, "llvm.pow", ty, ab, 2);
    case PRIM_FMIN: return call_overloaded(cg, "llvm.minnum", ty, ab, 2);
    case PRIM_FMAX: return call_overloaded(cg, "llvm.maxnum", ty, ab, 2);
    case PRIM_POWI: {
        LLVMTypeRef tys[2] = {ty, cg->i32};
        const char *name = "llvm.powi";
        unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
        LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, tys, 2);
        return LLVMBuildCall2(cg->b, LLVMIntrinsicGetType(cg->ctx, id, tys, 2), fn, ab, 2, "");
    }
    case PRIM_FSIGNUM: {
        LLVMValueRef one[2] = {LLVMConstReal(ty, 1.0), a};
        LLVMValueRef sig = call_overloaded(cg, "llvm.copysign", ty, one, 2);
        LLVMValueRef nan = LLVMBuildFCmp(cg->b, LLVMRealUNO, a, a, "");
        return LLVMBuildSelect(cg->b, nan, a, sig, "");
    }
    case PRIM_TO_DEGREES:
        return LLVMBuildFMul(cg->b, a, LLVMConstReal(ty, 180.0 / 3.14159265358979323846), "");
    case PRIM_TO_RADIANS:
        return LLVMBuildFMul(cg->b, a, LLVMConstReal(ty, 3.14159265358979323846 / 180.0), "");
    case PRIM_IS_NAN: return LLVMBuildFCmp(cg->b, LLVMRealUNO, a, a, "");
    case PRIM_FRACT:
        return LLVMBuildFSub(cg->b, a, call_overloaded(cg, "llvm.trunc", ty, ab, 1), "");
    case PRIM_RECIP: return LLVMBuildFDiv(cg->b, LLVMConstReal(ty, 1.0), a, "");
    case PRIM_IABS: case PRIM_WRAPPING_ABS: {   /* lowering checks abs's overflow first */
        LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, a, zero, "");
        return LLVMBuildSelect(cg->b, neg, LLVMBuildNeg(cg->b, a, ""), a, "");
    }
    case PRIM_IMIN: case PRIM_IMAX: {
        bool lt = rv->prim == PRIM_IMIN;
        LLVMIntPredicate p = s ? (lt ? LLVMIntSLT : LLVMIntSGT) : (lt ? LLVMIntULT : LLVMIntUGT);
        LLVMValueRef c = LLVMBuildICmp(cg->b, p, a, b, "");
        return LLVMBuildSelect(cg->b, c, a, b, "");
    }
    case PRIM_WRAPPING_ADD: return LLVMBuildAdd(cg->b, a, b, "");
    case PRIM_WRAPPING_SUB: return LLVMBuildSub(cg->b, a, b, "");
    case PRIM_WRAPPING_MUL: return LLVMBuildMul(cg->b, a, b, "");
    case PRIM_COUNT_ONES:
        return int_resize(cg, call_overloaded(cg, "llvm.ctpop", ty, ab, 1), 32, false);
    case PRIM_LEADING_ZEROS: case PRIM_TRAILING_ZEROS: {
        LLVMValueRef args[2] = {a, f};
        const char *name = rv->prim == PRIM_LEADING_ZEROS ? "llvm.ctlz" : "llvm.cttz";
        return int_resize(cg, call_overloaded(cg, name, ty, args, 2), 32, false);
    }
    case PRIM_ISIGNUM: {
        LLVMValueRef pos =
            LLVMBuildZExt(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, a, zero, ""), ty, "");
        LLVMValueRef neg =
            LLVMBuildZExt(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, a, zero, ""), ty, "");
        return LLVMBuildSub(cg->b, pos, neg, "");
    }
    case PRIM_IS_POSITIVE: return LLVMBuildICmp(cg->b, LLVMIntSGT, a, zero, "");
    case PRIM_IS_NEGATIVE: return LLVMBuildICmp(cg->b, LLVMIntSLT, a, zero, "");
    case PRIM_REM_EUCLID: {
        if (!s) return LLVMBuildURem(cg->b, a, b, "");
        LLVMValueRef r = LLVMBuildSRem(cg->b, a, b, "");
        LLVMValueRef bneg = LLVMBuildICmp(cg->b, LLVMIntSLT, b, zero, "");
        LLVMValueRef babs = LLVMBuildSelect(cg->b, bneg, LLVMBuildNeg(cg->b, b, ""), b, "");
        LLVMValueRef rneg = LLVMBuildICmp(cg->b, LLVMIntSLT, r, zero, "");
        return LLVMBuildSelect(cg->b, rneg, LLVMBuildAdd(cg->b, r, babs, ""), r, "");
    }
    case PRIM_ABS_DIFF: {
        LLVMValueRef gt = LLVMBuildICmp(cg->b, s ? LLVMIntSGT : LLVMIntUGT, a, b, "");
        return LLVMBuildSelect(cg->b, gt, LLVMBuildSub(cg->b, a, b, ""),
                               LLVMBuildSub(cg->b, b, a, ""), "");
    }
    case PRIM_IS_POWER_OF_TWO: {
        LLVMValueRef pop = call_overloaded(cg, "llvm.ctpop", ty, ab, 1);
        return LLVMBuildICmp(cg->b, LLVMIntEQ, pop, LLVMConstInt(ty, 1, false), "");
    }
    case PRIM_SATURATING_ADD:
        return call_overloaded(cg, s ? "llvm.sadd.sat" : "llvm.uadd.sat", ty, ab, 2);
    case PRIM_SATURATING_SUB:
        return call_overloaded(cg, s ? "llvm.ssub.sat" : "llvm.usub.sat", ty, ab, 2);
    case PRIM_SATURATING_MUL: {
        LLVMTypeRef ft;
        LLVMValueRef f =
            intrinsic(cg, s ? "llvm.smul.with.overflow" : "llvm.umul.with.overflow", ty, &ft);
        LLVMValueRef pair = LLVMBuildCall2(cg->b, ft, f, ab, 2, "");
        unsigned bits = LLVMGetIntTypeWidth(ty);
        LLVMValueRef max = LLVMConstInt(ty, s ? (~0ULL >> (65 - bits)) : ~0ULL, false);
        LLVMValueRef limit = max;
        if (s) {
            LLVMValueRef negative =
                LLVMBuildICmp(cg->b, LLVMIntSLT, LLVMBuildXor(cg->b, a, b, ""), zero, "");
            limit = LLVMBuildSelect(cg->b, negative, LLVMBuildNot(cg->b, max, ""), max, "");
        }
        return LLVMBuildSelect(cg->b, LLVMBuildExtractValue(cg->b, pair, 1, ""), limit,
                               LLVMBuildExtractValue(cg->b, pair, 0, ""), "");
    }
    case PRIM_COUNT_ZEROS: {
        LLVMValueRef not_a = LLVMBuildNot(cg->b, a, "");
        return int_resize(cg, call_overloaded(cg, "llvm.ctpop", ty, &not_a, 1), 32, false);
    }
    case PRIM_ROTATE_LEFT: case PRIM_ROTATE_RIGHT: {
        LLVMValueRef args[3] = {a, a, int_resize(cg, b, LLVMGetIntTypeWidth(ty), false)};
        const char *name = rv->prim == PRIM_ROTATE_LEFT ? "llvm.fshl" : "llvm.fshr";
        return call_overloaded(cg, name, ty, args, 3);
    }
    case PRIM_SWAP_BYTES:
        return LLVMGetIntTypeWidth(ty) == 8 ? a : call_overloaded(cg, "llvm.bswap", ty, ab, 1);
    case PRIM_REVERSE_BITS: return call_overloaded(cg, "llvm.bitreverse", ty, ab, 1);
    case PRIM_WRAPPING_NEG: return LLVMBuildNeg(cg->b, a, "");
    case PRIM_WRAPPING_DIV: case PRIM_WRAPPING_REM: {
        /* lowering has checked for a zero divisor; MIN / -1 wraps to MIN (remainder 0), and
         * must not reach sdiv, for which it is undefined */
        bool div = rv->prim == PRIM_WRAPPING_DIV;
        if (!s) return div ? LLVMBuildUDiv(cg->b, a, b, "") : LLVMBuildURem(cg->b, a, b, "");
        LLVMValueRef minus_one = LLVMBuildICmp(cg->b, LLVMIntEQ, b, LLVMConstAllOnes(ty), "");
        LLVMValueRef safe = LLVMBuildSelect(cg->b, minus_one, LLVMConstInt(ty, 1, false), b, "");
        if (div)
            return LLVMBuildSelect(cg->b, minus_one, LLVMBuildNeg(cg->b, a, ""),
                                   LLVMBuildSDiv(cg->b, a, safe, ""), "");
        return LLVMBuildSelect(cg->b, minus_one, zero, LLVMBuildSRem(cg->b, a, safe, ""), "");
    }
    case PRIM_WRAPPING_SHL: case PRIM_WRAPPING_SHR: {
        /* the amount is taken modulo the width */
        unsigned bits = LLVMGetIntTypeWidth(ty);
        LLVMValueRef amount = LLVMBuildAnd(cg->b, int_resize(cg, b, bits, false),
                                           LLVMConstInt(ty, bits - 1, false), "");
        if (rv->prim == PRIM_WRAPPING_SHL) return LLVMBuildShl(cg->b, a, amount, "");
        return s ? LLVMBuildAShr(cg->b, a, amount, "") : LLVMBuildLShr(cg->b, a, amount, "");
    }
    case PRIM_IPOW: case PRIM_NONE: break;
    }
    return a;
}

/* An enum's discriminant, from its tag, as an integer of `bits` bits. */
static LLVMValueRef load_discriminant(Cg *cg, LLVMValueRef addr, Type *et, unsigned bits) {
    const Layout *l = layout_of(et);
    if (l->niche_encoded) {
        /* variant = niche - start when that is one of the encoded variants, else the dataful one */
        LLVMTypeRef nt = LLVMIntTypeInContext(cg->ctx, (unsigned)(l->niche_size * 8));
        LLVMValueRef raw =
            LLVMBuildLoad2(cg->b, nt, byte_offset(cg, addr, l->niche_offset), "niche");
        LLVMSetAlignment(raw, 1);
        LLVMValueRef rel = LLVMBuildSub(cg->b, raw, LLVMConstInt(nt, l->niche_start, false), "");
        LLVMValueRef first = LLVMConstInt(nt, (uint64_t)l->niche_first, false);
        LLVMValueRef last = LLVMConstInt(nt, (uint64_t)l->niche_last, false);
        LLVMValueRef lo = LLVMBuildICmp(cg->b, LLVMIntUGE, rel, first, "");
        LLVMValueRef hi = LLVMBuildICmp(cg->b, LLVMIntULE, rel, last, "");
        LLVMValueRef in = LLVMBuildAnd(cg->b, lo, hi, "");
        LLVMValueRef v = int_resize(cg, rel, bits, false);
        LLVMValueRef dataful = LLVMConstInt(LLVMIntTypeInContext(cg->ctx, bits),
                                            (uint64_t)l->dataful_variant, false);
        return LLVMBuildSelect(cg->b, in, v, dataful, "");
    }
    if (!l->tag_size)
        return LLVMConstInt(LLVMIntTypeInContext(cg->ctx, bits),
                            et->adt->nvariants ? et->adt->variants[l->dataful_variant].discr : 0,
                            false);
    LLVMTypeRef tag_ty = LLVMIntTypeInContext(cg->ctx, (unsigned)(l->tag_size * 8));
    LLVMValueRef tag = LLVMBuildLoad2(cg->b, tag_ty, addr, "tag");
    LLVMSetAlignment(tag, (unsigned)l->tag_size);
    bool negative = false;
    for (int v = 0; v < et->adt->nvariants; v++)
        negative |= (int64_t)et->adt->variants[v].discr < 0;
    return int_resize(cg, tag, bits, negative);
}

/* [v; N]: a loop storing N copies (a memset when the value is a zero byte pattern). */
static void emit_repeat(Cg *cg, LLVMValueRef dest, const Rvalue *rv, Type *t) {
    Type *elem = t->elem;
    uint64_t stride = layout_of(elem)->size;
    if (t->len == 0 || stride == 0) return;
    if (rv->a.kind == OP_CONST && (rv->a.c.kind == CONST_INT || rv->a.c.kind == CONST_BOOL) &&
        rv->a.c.bits == 0) {
        LLVMBuildMemSet(cg->b, dest, LLVMConstInt(cg->i8, 0, false), const_i64(cg, stride * t->len),
                        (unsigned)layout_of(elem)->align);
        return;
    }
    LLVMBasicBlockRef entry = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "repeat");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "repeat.done");
    LLVMBuildBr(cg->b, loop);
    LLVMPositionBuilderAtEnd(cg->b, loop);
    LLVMValueRef i = LLVMBuildPhi(cg->b, cg->i64, "i");
    LLVMValueRef off = LLVMBuildMul(cg->b, i, const_i64(cg, stride), "");
    LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, cg->i8, dest, &off, 1, "");
    store_operand(cg, slot, &rv->a, elem);
    LLVMValueRef next = LLVMBuildAdd(cg->b, i, const_i64(cg, 1), "");
    LLVMValueRef more = LLVMBuildICmp(cg->b, LLVMIntULT, next, const_i64(cg, t->len), "");
    LLVMBasicBlockRef latch = LLVMGetInsertBlock(cg->b);
    LLVMBuildCondBr(cg->b, more, loop, done);
    LLVMValueRef in_vals[2] = {const_i64(cg, 0), next};
    LLVMBasicBlockRef in_blocks[2] = {entry, latch};
    LLVMAddIncoming(i, in_vals, in_blocks, 2);
    LLVMPositionBuilderAtEnd(cg->b, done);
}

/* ── statements ── */

static void emit_assign(Cg *cg, const Stmt *s) {
    const Rvalue *rv = &s->rv;
    Type *t = ir_place_type(cg->body, s->place);
    if (is_zst(t) && rv->kind != RV_CHECKED_BINARY) {
        /* still evaluate nothing: zero-sized values have no bits */
        return;
    }
    LLVMValueRef dest = place_addr(cg, s->place);
    switch (rv->kind) {
    case RV_USE: store_operand(cg, dest, &rv->a, t); break;
    case RV_REF:
    case RV_RAW_REF:
        if (is_fat_ref(t) && rv->place.nproj &&
            rv->place.proj[rv->place.nproj - 1].kind == PROJ_DEREF) {
            /* `&*p` of a fat pointer p: the same (data, length or vtable) pair */
            Place ptr = rv->place;
            ptr.nproj--;
            LLVMBuildMemCpy(cg->b, dest, 8, place_addr(cg, ptr), 8, const_i64(cg, 16));
            break;
        }
        if (is_fat_ref(t) && rv->place.nproj &&
            rv->place.proj[rv->place.nproj - 1].kind == PROJ_SUBSLICE) {
            /* `&(*s)[1:-1]`: the rest of a slice pattern, a slice of its own length */
            LLVMValueRef data = LLVMBuildStore(cg->b, place_addr(cg, rv->place), dest);
            LLVMSetAlignment(data, 8);
            LLVMValueRef len =
                LLVMBuildStore(cg->b, slice_len(cg, rv->place), byte_offset(cg, dest, 8));
            LLVMSetAlignment(len, 8);
            break;
        }
        store_scalar(cg, dest, place_addr(cg, rv->place), t);
        break;
    case RV_UNARY: {
        LLVMValueRef a = scalar_operand(cg, &rv->a);
        LLVMValueRef r;
        if (rv->unop == UN_NEG)
            r = t->kind == TY_FLOAT ? LLVMBuildFNeg(cg->b, a, "") : LLVMBuildNeg(cg->b, a, "");
        else r = LLVMBuildNot(cg->b, a, "");
        store_scalar(cg, dest, r, t);
        break;
    }
    case RV_BINARY: store_scalar(cg, dest, binary_value(cg, rv->binop, &rv->a, &rv->b), t); break;
    case RV_CHECKED_BINARY: checked_binary(cg, dest, rv); break;
    case RV_CAST: store_scalar(cg, dest, cast_value(cg, &rv->a, t), t); break;
    case RV_AGGREGATE: {
        if (t->kind == TY_ADT && t->adt->is_enum) {
            const Layout *l = layout_of(t);
            AdtVariant *v = &t->adt->variants[rv->variant];
            if (l->niche_encoded && rv->variant != l->dataful_variant) {
                /* the variant's fields sit beside the niche, never on it */
                LLVMTypeRef nt = LLVMIntTypeInContext(cg->ctx, (unsigned)(l->niche_size * 8));
                LLVMValueRef niche =
                    LLVMConstInt(nt, l->niche_start + (uint64_t)rv->variant, false);
                LLVMValueRef st =
                    LLVMBuildStore(cg->b, niche, byte_offset(cg, dest, l->niche_offset));
                LLVMSetAlignment(st, 1);
            } else if (l->tag_size) {
                LLVMTypeRef tag_ty = LLVMIntTypeInContext(cg->ctx, (unsigned)(l->tag_size * 8));
                LLVMValueRef st =
                    LLVMBuildStore(cg->b, LLVMConstInt(tag_ty, v->discr, false), dest);
                LLVMSetAlignment(st, (unsigned)l->tag_size);
            }
            const Layout *vl = l->variants[rv->variant];
            for (int i = 0; i < rv->nelems && i < v->nfields; i++)
                store_operand(cg, byte_offset(cg, dest, vl->offsets[i]), &rv->elems[i],
                              ty_field(t, &v->fields[i]));
            break;
        }
        if (t->kind == TY_ARRAY) {
            uint64_t stride = layout_of(t->elem)->size;
            for (int i = 0; i < rv->nelems; i++)
                store_operand(cg, byte_offset(cg, dest, stride * (uint64_t)i), &rv->elems[i],
                              t->elem);
            break;
        }
        const Layout *l = layout_of(t);
        for (int i = 0; i < rv->nelems && i < l->nfields; i++) {
            Type *ft = t->kind == TY_ADT ? ty_field(t, &t->adt->fields[i]) : t->elems[i];
            store_operand(cg, byte_offset(cg, dest, l->offsets[i]), &rv->elems[i], ft);
        }
        break;
    }
    case RV_PRIM:
        if (rv->prim == PRIM_DYN_SIZE || rv->prim == PRIM_DYN_ALIGN) {
            LLVMValueRef fat = place_addr(cg, rv->a.place);
            LLVMValueRef vt = LLVMBuildLoad2(cg->b, cg->ptr, byte_offset(cg, fat, 8), "vtable");
            LLVMValueRef entry = byte_offset(cg, vt, rv->prim == PRIM_DYN_SIZE ? 0 : 8);
            store_scalar(cg, dest, LLVMBuildLoad2(cg->b, cg->i64, entry, ""), t);
            break;
        }
        store_scalar(cg, dest, prim_value(cg, rv), t);
        break;
    case RV_REPEAT: emit_repeat(cg, dest, rv, t); break;
    case RV_UNSIZE: {
        LLVMValueRef st = LLVMBuildStore(cg->b, scalar_operand(cg, &rv->a), dest);
        LLVMSetAlignment(st, 8);
        st = LLVMBuildStore(cg->b, scalar_operand(cg, &rv->b), byte_offset(cg, dest, 8));
        LLVMSetAlignment(st, 8);
        break;
    }
    case RV_LEN: {
        /* the place is `*r` for a slice reference r (its length is r's second word), or a
         * slice pattern's rest of such a place */
        store_scalar(cg, dest, slice_len(cg, rv->place), t);
        break;
    }
    case RV_DISCRIMINANT: {
        Type *et = ir_place_type(cg->body, rv->place);
        store_scalar(cg, dest, load_discriminant(cg, place_addr(cg, rv->place), et, 64), t);
        break;
    }
    }
}

/* ── calls ── */
/* ── calls ── */

/* An attribute of f as a whole (nounwind, noreturn, uwtable). */
static void add_fn_attr(Cg *cg, LLVMValueRef f, unsigned kind, uint64_t value) {
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, kind, value));
}
static LLVMTypeRef user_fn_type(Cg *cg, Def *d, bool *has_sret) {
    LLVMTypeRef params[64 + 1];
    int nparams = ir_fn_nparams(d);
    LLVMTypeRef *ps = nparams + 1 <= 65
                          ? params
                          : arena_alloc(sizeof(LLVMTypeRef) * (size_t)(nparams + 1));
    int n = 0;
    Type *ret = d->ret_ty;
    LLVMTypeRef rt = cg->void_ty;
    *has_sret = false;
    if (!is_zst(ret)) {
        rt = scalar_type(cg, ret);
        if (!rt) {
            *has_sret = true;
            rt = cg->void_ty;
            ps[n++] = cg->ptr;
        }
    }
    for (int i = 0; i < nparams; i++) {
        Type *p = ir_fn_param(d, i);
        if (is_zst(p)) continue;
        LLVMTypeRef st = scalar_type(cg, p);
        ps[n++] = st ? st : cg->ptr;
    }
    return LLVMFunctionType(rt, ps, (unsigned)n, false);
}

static LLVMValueRef user_fn(Cg *cg, Def *d) {
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, d->symbol);
    if (f) return f;
    bool sret;
    f = LLVMAddFunction(cg->mod, d->symbol, user_fn_type(cg, d, &sret));
    if (strcmp(d->symbol, "patina_user_main") != 0) LLVMSetLinkage(f, LLVMInternalLinkage);
    /* a panic unwinds through it: unwind tables (async, as rustc's on x86-64) */
    add_fn_attr(cg, f, cg->uwtable_kind, 2);
    if (cg->sanitize_address) {
        add_fn_attr(cg, f, LLVMGetEnumAttributeKindForName("sanitize_address", 16), 0);
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                                LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3));
    }
    if (d->ret_ty->kind == TY_NEVER)
        add_fn_attr(cg, f, cg->noreturn_kind, 0);
    return f;
}

/* A capture-free closure as a `fn` pointer: a function of the closure's parameters that
 * calls its body with a dangling environment (nothing is read through it). */
static LLVMValueRef closure_fn_pointer(Cg *cg, Def *closure) {
    const char *name = arena_printf("%s.fnptr", closure->symbol);
    LLVMValueRef w = LLVMGetNamedFunction(cg->mod, name);
    if (w) return w;
    bool sret;
    LLVMTypeRef body_ty = user_fn_type(cg, closure, &sret);
    unsigned n = LLVMCountParamTypes(body_ty), env = sret ? 1 : 0;
    LLVMTypeRef *params = arena_alloc(sizeof(LLVMTypeRef) * (n + 1));
    LLVMGetParamTypes(body_ty, params);
    memmove(params + env, params + env + 1, sizeof(LLVMTypeRef) * (n - env - 1));
    LLVMTypeRef ret = LLVMGetReturnType(body_ty);
    w = LLVMAddFunction(cg->mod, name, LLVMFunctionType(ret, params, n - 1, false));
    LLVMSetLinkage(w, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
    LLVMValueRef *args = arena_alloc(sizeof(LLVMValueRef) * (n + 1));
    for (unsigned i = 0, k = 0; i < n; i++)
        args[i] = i == env ? LLVMConstIntToPtr(const_i64(cg, 1), cg->ptr) : LLVMGetParam(w, k++);
    LLVMValueRef r = LLVMBuildCall2(b, body_ty, user_fn(cg, closure), args, n, "");
    if (LLVMGetTypeKind(ret) == LLVMVoidTypeKind) LLVMBuildRetVoid(b);
    else LLVMBuildRet(b, r);
    LLVMDisposeBuilder(b);
    return w;
}

/* A call of a terminator: an invoke when a panic in it must run the cleanup chain
 * t->unwind (the landing pad keeps what it receives for the chain's resume). The builder
 * is left where the call returns to. */
static LLVMValueRef emit_call(Cg *cg, const Term *t, LLVMTypeRef ft, LLVMValueRef f,
                              LLVMValueRef *args, unsigned n) {
    if (!t->unwind) return LLVMBuildCall2(cg->b, ft, f, args, n, "");
    LLVMBasicBlockRef normal = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "returned");
    LLVMBasicBlockRef pad = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "unwinding");
    LLVMValueRef r = LLVMBuildInvoke2(cg->b, ft, f, args, n, normal, pad, "");
    LLVMPositionBuilderAtEnd(cg->b, pad);
    LLVMValueRef lp = LLVMBuildLandingPad(cg->b, cg->landing_ty, cg->personality, 0, "");
    LLVMSetCleanup(lp, true);
    LLVMBuildStore(cg->b, lp, cg->exn_slot);
    LLVMBuildBr(cg->b, cg->blocks[t->unwind]);
    LLVMPositionBuilderAtEnd(cg->b, normal);
    return r;
}

/* An operand as a by-pointer argument: its place, or a fresh copy for constants. */
static LLVMValueRef operand_pointer(Cg *cg, const Operand *op, Type *t) {
    if (op->kind != OP_CONST) return place_addr(cg, op->place);
    const Layout *l = layout_of(t);
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(cg->fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first) LLVMPositionBuilderBefore(cg->b, first);
    else LLVMPositionBuilderAtEnd(cg->b, entry);
    LLVMValueRef tmp = LLVMBuildAlloca(cg->b, LLVMArrayType2(cg->i8, l->size), "arg");
    LLVMSetAlignment(tmp, (unsigned)l->align);
    LLVMPositionBuilderAtEnd(cg->b, here);
    store_operand(cg, tmp, op, t);
    return tmp;
}

static void emit_user_call(Cg *cg, const Term *t) {
    Def *d = t->indirect_sig ? t->indirect_sig : t->func.c.fn;
    LLVMValueRef f;
    bool sret;
    LLVMTypeRef ft = user_fn_type(cg, d, &sret);
    LLVMValueRef data = NULL;
    if (t->dyn_call) {
        /* through the vtable of the `&dyn Trait` in args[0] */
        LLVMValueRef fat = place_addr(cg, t->args[0].place);
        data = LLVMBuildLoad2(cg->b, cg->ptr, fat, "data");
        LLVMValueRef vt = LLVMBuildLoad2(cg->b, cg->ptr, byte_offset(cg, fat, 8), "vtable");
        uint64_t slot_offset = VTABLE_METHODS_OFFSET + 8 * (uint64_t)t->dyn_slot;
        f = LLVMBuildLoad2(cg->b, cg->ptr, byte_offset(cg, vt, slot_offset), "method");
    } else {
        f = t->indirect_sig ? scalar_operand(cg, &t->func) : user_fn(cg, d);
    }
    int cap = t->nargs + 2;
    LLVMValueRef *args = arena_alloc(sizeof(LLVMValueRef) * (size_t)cap);
    int n = 0;
    Type *ret = d->ret_ty;
    LLVMValueRef dest = is_zst(ret) ? NULL : place_addr(cg, t->dest);
    if (sret) args[n++] = dest;
    for (int i = 0; i < t->nargs; i++) {
        Type *pt = ir_fn_param(d, i);
        if (i == 0 && data) {
            args[n++] = data;
            continue;
        }
        if (is_zst(pt)) continue;
        args[n++] = scalar_type(cg, pt) ? scalar_operand(cg, &t->args[i])
                                        : operand_pointer(cg, &t->args[i], pt);
    }
    LLVMValueRef r = emit_call(cg, t, ft, f, args, (unsigned)n);
    if (dest && !sret) store_scalar(cg, dest, r, ret);
}

static void emit_intrinsic_call(Cg *cg, const Term *t) {
    Intrinsic in = t->func.c.intrinsic;
    int cap = t->nargs * 2 + 1;
    LLVMValueRef *args = arena_alloc(sizeof(LLVMValueRef) * (size_t)cap);
    LLVMTypeRef *types = arena_alloc(sizeof(LLVMTypeRef) * (size_t)cap);
    bool *zext = arena_alloc(sizeof(bool) * (size_t)cap);
    int n = 0;
    for (int i = 0; i < t->nargs; i++) {
        const Operand *op = &t->args[i];
        Type *ty = operand_type(cg, op);
        if (is_fat_ref(ty)) {
            LLVMValueRef p, len;
            if (op->kind == OP_CONST) {
                p = str_global(cg, op->c.str, op->c.str_len);
                len = const_i64(cg, op->c.str_len);
            } else {
                LLVMValueRef addr = place_addr(cg, op->place);
                p = LLVMBuildLoad2(cg->b, cg->ptr, addr, "");
                len = LLVMBuildLoad2(cg->b, cg->i64, byte_offset(cg, addr, 8), "");
            }
            types[n] = cg->ptr, args[n++] = p;
            types[n] = cg->i64, args[n++] = len;
        } else if (ty->kind == TY_BOOL) {
            zext[n] = true;
            types[n] = cg->i8, args[n++] = LLVMBuildZExt(cg->b, scalar_operand(cg, op), cg->i8, "");
        } else {
            LLVMValueRef v = scalar_operand(cg, op);
            types[n] = LLVMTypeOf(v), args[n++] = v;
        }
    }
    const char *name = ir_intrinsic_name(in);
    /* the runtime function's result is what lowering stores it in: nothing for a `()` */
    Type *result = ir_place_type(cg->body, t->dest);
    LLVMTypeRef ret = is_zst(result) ? NULL : scalar_type(cg, result);
    bool returns = ret != NULL;
    if (!ret) ret = cg->void_ty;
    LLVMTypeRef ft = LLVMFunctionType(ret, types, (unsigned)n, false);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    bool noreturn = ir_intrinsic_diverges(in);
    LLVMAttributeRef zeroext = LLVMCreateEnumAttribute(cg->ctx, cg->zeroext_kind, 0);
    if (!f) {
        f = LLVMAddFunction(cg->mod, name, ft);
        if (!t->unwind) add_fn_attr(cg, f, cg->nounwind_kind, 0);
        if (noreturn) {
            add_fn_attr(cg, f, cg->noreturn_kind, 0);
            LLVMSetFunctionCallConv(f, LLVMCCallConv);
        }
        for (int i = 0; i < n; i++)
            if (zext[i]) LLVMAddAttributeAtIndex(f, (unsigned)i + 1, zeroext);
    }
    LLVMValueRef call = emit_call(cg, t, ft, f, args, (unsigned)n);
    for (int i = 0; i < n; i++)
        if (zext[i]) LLVMAddCallSiteAttribute(call, (unsigned)i + 1, zeroext);
    if (returns) store_scalar(cg, place_addr(cg, t->dest), call, ir_place_type(cg->body, t->dest));
}

/* ── terminators ── */

static void location(Span sp, const char **file, int *line, int *col) {
    source_line_col(sp, line, col);
    *file = source_get(sp.file)->path;
}

/* A call of the noreturn runtime function `name` (rt_panic_bounds, rt_panic_str): two
 * arguments of its own, then the location of t (file, its length, line, column). */
static void emit_panic_call(Cg *cg, const Term *t, const char *name, LLVMTypeRef ty0,
                            LLVMValueRef arg0, LLVMTypeRef ty1, LLVMValueRef arg1) {
    const char *file;
    int line, col;
    location(t->span, &file, &line, &col);
    LLVMTypeRef params[6] = {ty0, ty1, cg->ptr, cg->i64, cg->i32, cg->i32};
    LLVMTypeRef ft = LLVMFunctionType(cg->void_ty, params, 6, false);
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (!f) {
        f = LLVMAddFunction(cg->mod, name, ft);
        add_fn_attr(cg, f, cg->noreturn_kind, 0);
    }
    LLVMValueRef args[6] = {arg0, arg1, str_global(cg, file, strlen(file)),
                            const_i64(cg, strlen(file)),
                            LLVMConstInt(cg->i32, (unsigned)line, false),
                            LLVMConstInt(cg->i32, (unsigned)col, false)};
    emit_call(cg, t, ft, f, args, 6);
    LLVMBuildUnreachable(cg->b);
}

static void emit_panic_block(Cg *cg, const Term *t) {
    if (t->msg == AM_BOUNDS_CHECK) {
        LLVMValueRef len = scalar_operand(cg, &t->len);
        LLVMValueRef index = scalar_operand(cg, &t->index);
        emit_panic_call(cg, t, "rt_panic_bounds", cg->i64, len, cg->i64, index);
        return;
    }
    const char *msg = ir_assert_text(t->msg);
    LLVMValueRef text = str_global(cg, msg, strlen(msg));
    emit_panic_call(cg, t, "rt_panic_str", cg->ptr, text, cg->i64, const_i64(cg, strlen(msg)));
}

static void emit_term(Cg *cg, const Term *t) {
    switch (t->kind) {
    case TM_GOTO:
        LLVMBuildBr(cg->b, cg->blocks[t->target]);
        break;
    case TM_DROP: {
        /* drop_in_place::<T>(&mut place): elaboration has left only drops that run */
        Type *dropped = ir_place_type(cg->body, t->place);
        if (dropped->kind == TY_DYN) {
            /* `*p` of a `*mut dyn Trait`: the glue in p's vtable, if it has any */
            Place ptr = t->place;
            ptr.nproj--;
            LLVMValueRef fat = place_addr(cg, ptr);
            LLVMValueRef data = LLVMBuildLoad2(cg->b, cg->ptr, fat, "");
            LLVMValueRef vt = LLVMBuildLoad2(cg->b, cg->ptr, byte_offset(cg, fat, 8), "vtable");
            LLVMValueRef glue =
                LLVMBuildLoad2(cg->b, cg->ptr, byte_offset(cg, vt, VTABLE_DROP_OFFSET), "drop");
            LLVMBasicBlockRef call_bb = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "drop.dyn");
            LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, glue, ""), cg->blocks[t->target],
                            call_bb);
            LLVMPositionBuilderAtEnd(cg->b, call_bb);
            LLVMTypeRef ft = LLVMFunctionType(cg->void_ty, &cg->ptr, 1, false);
            LLVMBuildCall2(cg->b, ft, glue, &data, 1, "");
            LLVMBuildBr(cg->b, cg->blocks[t->target]);
            break;
        }
        Def *glue = ir_drop_glue(cg->prog, dropped);
        if (glue) {
            bool sret;
            LLVMValueRef addr = place_addr(cg, t->place);
            LLVMBuildCall2(cg->b, user_fn_type(cg, glue, &sret), user_fn(cg, glue), &addr, 1, "");
        }
        LLVMBuildBr(cg->b, cg->blocks[t->target]);
        break;
    }
    case TM_SWITCH: {
        LLVMValueRef d = scalar_operand(cg, &t->discr);
        if (t->ncases == 1) {
            LLVMValueRef value = LLVMConstInt(LLVMTypeOf(d), t->values[0], false);
            LLVMValueRef c = LLVMBuildICmp(cg->b, LLVMIntEQ, d, value, "");
            LLVMBuildCondBr(cg->b, c, cg->blocks[t->targets[0]], cg->blocks[t->otherwise]);
            break;
        }
        LLVMValueRef sw = LLVMBuildSwitch(cg->b, d, cg->blocks[t->otherwise], (unsigned)t->ncases);
        for (int i = 0; i < t->ncases; i++)
            LLVMAddCase(sw, LLVMConstInt(LLVMTypeOf(d), t->values[i], false),
                        cg->blocks[t->targets[i]]);
        break;
    }
    case TM_CALL:
        if (t->func.c.intrinsic != INTR_NONE) emit_intrinsic_call(cg, t);
        else emit_user_call(cg, t);
        if (t->target >= 0) LLVMBuildBr(cg->b, cg->blocks[t->target]);
        else LLVMBuildUnreachable(cg->b);
        break;
    case TM_ASSERT: {
        LLVMValueRef c = scalar_operand(cg, &t->cond);
        LLVMBasicBlockRef panic = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "panic");
        if (t->expected) LLVMBuildCondBr(cg->b, c, cg->blocks[t->target], panic);
        else LLVMBuildCondBr(cg->b, c, panic, cg->blocks[t->target]);
        LLVMPositionBuilderAtEnd(cg->b, panic);
        emit_panic_block(cg, t);
        break;
    }
    case TM_RETURN: {
        Type *rt = cg->body->locals[0].ty;
        if (rt->kind == TY_NEVER) LLVMBuildUnreachable(cg->b);
        else if (is_zst(rt)) LLVMBuildRetVoid(cg->b);
        else if (cg->sret) {
            memcpy_bytes(cg, cg->sret, cg->locals[0], rt);
            LLVMBuildRetVoid(cg->b);
        } else {
            LLVMBuildRet(cg->b, load_scalar(cg, cg->locals[0], rt));
        }
        break;
    }
    case TM_UNREACHABLE: LLVMBuildUnreachable(cg->b); break;
    case TM_RESUME:
        LLVMBuildResume(cg->b, LLVMBuildLoad2(cg->b, cg->landing_ty, cg->exn_slot, ""));
        break;
    }
}

/* ── statics ── */

/* A `static mut`'s storage: bytes of its layout, initialised from its constant value. */
/* A static's storage; main's prologue stores its initial value (see lower_fn). */
static LLVMValueRef global_addr(Cg *cg, int local) {
    IrGlobal *g = ir_global(cg->prog, local);
    LLVMValueRef gv = LLVMGetNamedGlobal(cg->mod, g->symbol);
    if (gv) return gv;
    const Layout *l = layout_of(g->ty);
    if (!g->init && scalar_type(cg, g->ty)) {
        /* a promoted constant: its value, read-only */
        LLVMValueRef v = const_scalar(cg, &g->promoted);
        if (g->ty->kind == TY_BOOL) v = LLVMConstInt(cg->i8, (uint64_t)g->promoted.bits, false);
        gv = LLVMAddGlobal(cg->mod, LLVMTypeOf(v), g->symbol);
        LLVMSetInitializer(gv, v);
        LLVMSetGlobalConstant(gv, true);
        LLVMSetLinkage(gv, LLVMInternalLinkage);
        LLVMSetAlignment(gv, (unsigned)l->align);
        return gv;
    }
    LLVMTypeRef gt = LLVMArrayType2(cg->i8, l->size);
    gv = LLVMAddGlobal(cg->mod, gt, g->symbol);
    LLVMSetInitializer(gv, LLVMConstNull(gt));
    LLVMSetLinkage(gv, LLVMInternalLinkage);
    LLVMSetAlignment(gv, (unsigned)l->align);
    return gv;
}

/* ── bodies ── */

/* What reports call a function: `Type::method`, `fn_name`, or the link name of a body
 * with no name of its own (drop glue, closures). */
static const char *function_name(const Def *d) {
    if (!d->name) return d->symbol;
    const char *name = sym_str(d->name);
    return d->adt ? arena_printf("%s::%s", sym_str(d->adt->name), name) : name;
}

/* The instructions built from here on come from span (with line tables). */
static void locate(Cg *cg, Span span) {
    if (cg->lines) LLVMSetCurrentDebugLocation2(cg->b, debug_lines_at(cg->lines, span));
}

/* llvm.lifetime.start/end of a local's alloca, for a StorageLive/StorageDead. */
static void emit_storage_marker(Cg *cg, const Stmt *s) {
    LLVMValueRef slot = s->local >= 0 ? cg->locals[s->local] : NULL;
    if (!slot) return;                          /* zero-sized: no storage to poison */
    const char *name = s->kind == ST_STORAGE_LIVE ? "llvm.lifetime.start" : "llvm.lifetime.end";
    LLVMTypeRef ft;
    LLVMValueRef f = intrinsic(cg, name, cg->ptr, &ft);
    LLVMValueRef args[2] = {const_i64(cg, layout_of(cg->body->locals[s->local].ty)->size), slot};
    LLVMBuildCall2(cg->b, ft, f, args, 2, "");
}

static void emit_body(Cg *cg, Body *body) {
    ice_at(body->span);
    cg->body = body;
    cg->fn = user_fn(cg, body->def);
    if (cg->lines) debug_lines_function(cg->lines, cg->fn, function_name(body->def), body->span);
    locate(cg, body->span);
    cg->locals = arena_alloc(sizeof(LLVMValueRef) * (size_t)body->nlocals);
    cg->blocks = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)body->nblocks);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, "start");
    for (int i = 0; i < body->nblocks; i++)
        cg->blocks[i] = LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, arena_printf("bb%d", i));
    LLVMPositionBuilderAtEnd(cg->b, entry);
    bool sret;
    user_fn_type(cg, body->def, &sret);
    unsigned param = 0;
    cg->sret = sret ? LLVMGetParam(cg->fn, param++) : NULL;
    for (int i = 0; i < body->nlocals; i++) {
        Type *t = body->locals[i].ty;
        if (is_zst(t)) continue;
        const Layout *l = layout_of(t);
        LLVMTypeRef at = scalar_type(cg, t) ? memory_type(cg, t) : LLVMArrayType2(cg->i8, l->size);
        LLVMValueRef a = LLVMBuildAlloca(cg->b, at,
                                         body->locals[i].name ? sym_str(body->locals[i].name) : "");
        LLVMSetAlignment(a, (unsigned)l->align);
        cg->locals[i] = a;
    }
    for (int i = 1; i <= body->nargs; i++) {
        Type *t = body->locals[i].ty;
        if (is_zst(t)) continue;
        LLVMValueRef p = LLVMGetParam(cg->fn, param++);
        if (scalar_type(cg, t)) store_scalar(cg, cg->locals[i], p, t);
        else memcpy_bytes(cg, cg->locals[i], p, t);
    }
    cg->exn_slot = NULL;
    for (int bi = 0; bi < body->nblocks && !cg->exn_slot; bi++)
        if (body->blocks[bi].term.unwind) {
            cg->exn_slot = LLVMBuildAlloca(cg->b, cg->landing_ty, "exn");
            LLVMSetPersonalityFn(cg->fn, cg->personality);
        }
    LLVMBuildBr(cg->b, cg->blocks[0]);
    for (int bi = 0; bi < body->nblocks; bi++) {
        LLVMPositionBuilderAtEnd(cg->b, cg->blocks[bi]);
        Block *bb = &body->blocks[bi];
        for (int si = 0; si < bb->nstmts; si++) {
            const Stmt *st = &bb->stmts[si];
            locate(cg, st->span);
            if (st->kind == ST_ASSIGN) emit_assign(cg, st);
            else if ((st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD) &&
                     cg->sanitize_address)
                emit_storage_marker(cg, st);
        }
        locate(cg, bb->term.span);
        emit_term(cg, &bb->term);
    }
    if (cg->lines) LLVMSetCurrentDebugLocation2(cg->b, NULL);
}

/* ── the module ── */

static bool fail(const char *what, char *msg) {
    fprintf(stderr, "error: %s: %s\n\n", what, msg ? msg : "unknown LLVM error");
    if (msg) LLVMDisposeMessage(msg);
    return false;
}

/* Assembly or an object file, made in memory and written by output_write (which checks
 * every write and replaces the file atomically). */
static bool emit_machine_code(LLVMTargetMachineRef tm, LLVMModuleRef mod, LLVMCodeGenFileType kind,
                              const char *path) {
    LLVMMemoryBufferRef buf;
    char *err = NULL;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, mod, kind, &err, &buf))
        return fail(kind == LLVMObjectFile ? "cannot make the object file"
                                           : "cannot make the assembly",
                    err);
    bool ok = output_write(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
    LLVMDisposeMemoryBuffer(buf);
    return ok;
}

bool cg_emit(IrProgram *prog, const CgOptions *opts) {
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    Cg cg = {0};
    cg.ctx = LLVMContextCreate();
    cg.mod = LLVMModuleCreateWithNameInContext(opts->source_name, cg.ctx);
    cg.b = LLVMCreateBuilderInContext(cg.ctx);
    cg.i1 = LLVMInt1TypeInContext(cg.ctx);
    cg.i8 = LLVMInt8TypeInContext(cg.ctx);
    cg.i32 = LLVMInt32TypeInContext(cg.ctx);
    cg.i64 = LLVMInt64TypeInContext(cg.ctx);
    cg.ptr = LLVMPointerTypeInContext(cg.ctx, 0);
    cg.void_ty = LLVMVoidTypeInContext(cg.ctx);
    cg.zeroext_kind = LLVMGetEnumAttributeKindForName("zeroext", 7);
    cg.noreturn_kind = LLVMGetEnumAttributeKindForName("noreturn", 8);
    cg.nounwind_kind = LLVMGetEnumAttributeKindForName("nounwind", 8);
    cg.uwtable_kind = LLVMGetEnumAttributeKindForName("uwtable", 7);
    LLVMTypeRef landing[2] = {cg.ptr, cg.i32};
    cg.landing_ty = LLVMStructTypeInContext(cg.ctx, landing, 2, false);
    cg.personality = LLVMAddFunction(cg.mod, "__gcc_personality_v0",
                                     LLVMFunctionType(cg.i32, NULL, 0, true));

    char *triple = LLVMGetDefaultTargetTriple();
    LLVMSetTarget(cg.mod, triple);
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err))
        return fail("cannot find the LLVM target", err);
    LLVMCodeGenOptLevel level = opts->opt_level == 0   ? LLVMCodeGenLevelNone
                                : opts->opt_level == 1 ? LLVMCodeGenLevelLess
                                : opts->opt_level == 2 ? LLVMCodeGenLevelDefault
                                                       : LLVMCodeGenLevelAggressive;
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, "generic", "", level,
                                                      LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(cg.mod, td);

    cg.prog = prog;
    cg.sanitize_address = opts->sanitize_address;
    if (opts->debuginfo > 0 || opts->sanitize_address)
        cg.lines = debug_lines_begin(cg.ctx, cg.mod, opts->source_name, opts->opt_level > 0);
    for (int i = 0; i < prog->nbodies; i++) emit_body(&cg, prog->bodies[i]);
    if (cg.lines) debug_lines_finish(cg.lines);

    bool ok = true;
    if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &err)) {
        ice(arena_printf("invalid LLVM IR: %s", err ? err : "no message"));
    } else if (err) {
        LLVMDisposeMessage(err);
        err = NULL;
    }
    time_pass("LLVM opt");
    if (ok && (opts->opt_level > 0 || opts->sanitize_address)) {
        LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
        char passes[32] = "";
        if (opts->opt_level > 0) snprintf(passes, sizeof passes, "default<O%d>", opts->opt_level);
        if (opts->sanitize_address) {
            strcat(passes, opts->opt_level > 0 ? ",asan" : "asan");
            /* the pipeline text cannot turn on the poisoning of dead locals' storage (clang
             * sets it in the pass's C++ options): LLVM's own flag for it does */
            static const char *const flags[] = {"patina", "-asan-use-after-scope"};
            LLVMParseCommandLineOptions(2, flags, NULL);
        }
        LLVMErrorRef e = LLVMRunPasses(cg.mod, passes, tm, pbo);
        LLVMDisposePassBuilderOptions(pbo);
        if (e) ok = fail("LLVM optimisation failed", LLVMGetErrorMessage(e));
    }
    if (ok && opts->llvm_ir_path) {
        char *text = LLVMPrintModuleToString(cg.mod);
        ok = output_write(opts->llvm_ir_path, text, strlen(text));
        LLVMDisposeMessage(text);
    }
    time_pass("LLVM emit");
    if (ok && opts->asm_path) ok = emit_machine_code(tm, cg.mod, LLVMAssemblyFile, opts->asm_path);
    if (ok && opts->obj_path) ok = emit_machine_code(tm, cg.mod, LLVMObjectFile, opts->obj_path);
    LLVMDisposeTargetData(td);
    LLVMDisposeBuilder(cg.b);
    LLVMDisposeModule(cg.mod);
    LLVMDisposeTargetMachine(tm);
    LLVMContextDispose(cg.ctx);
    return ok;
}
