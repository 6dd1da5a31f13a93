/* ir.c — queries over the typed IR and its stable text form (--emit=ir).
 *
 * Takes: IrProgram bodies built by lower.c.
 * Gives: the type of any place or operand, and a MIR-like listing: locals with their
 * types, then each basic block's statements and terminator. The listing names locals
 * `_N` (with the user's name in a comment) so golden tests stay stable across runs. */
#include "patina.h"

#include <string.h>

/* The rows of IR_INTRINSICS, indexed by Intrinsic. */
static const struct {
    const char *symbol;
    int props;
    Builtin builtin;
} intrinsics[INTR__COUNT] = {
    [INTR_NONE] = {"?", 0, BUILTIN_NONE},
#define IR_INTRINSIC_ROW(name, symbol, props, builtin) [INTR_##name] = {symbol, props, builtin},
    IR_INTRINSICS(IR_INTRINSIC_ROW)
#undef IR_INTRINSIC_ROW
};

static const char *const assert_texts[] = {
    [AM_ADD_OVERFLOW] = "attempt to add with overflow",
    [AM_SUB_OVERFLOW] = "attempt to subtract with overflow",
    [AM_MUL_OVERFLOW] = "attempt to multiply with overflow",
    [AM_DIV_OVERFLOW] = "attempt to divide with overflow",
    [AM_REM_OVERFLOW] = "attempt to calculate the remainder with overflow",
    [AM_NEG_OVERFLOW] = "attempt to negate with overflow",
    [AM_SHL_OVERFLOW] = "attempt to shift left with overflow",
    [AM_SHR_OVERFLOW] = "attempt to shift right with overflow",
    [AM_DIV_BY_ZERO] = "attempt to divide by zero",
    [AM_REM_BY_ZERO] = "attempt to calculate the remainder with a divisor of zero",
    [AM_BOUNDS_CHECK] = "index out of bounds",
};

const char *ir_intrinsic_name(Intrinsic in) { return intrinsics[in].symbol; }

bool ir_intrinsic_diverges(Intrinsic in) { return intrinsics[in].props & INTRP_DIVERGES; }

bool ir_intrinsic_may_panic(Intrinsic in) { return intrinsics[in].props & INTRP_PANICS; }

Intrinsic ir_intrinsic_of_builtin(Builtin b) {
    for (int in = INTR_NONE + 1; b != BUILTIN_NONE && in < INTR__COUNT; in++)
        if (intrinsics[in].builtin == b) return (Intrinsic)in;
    return INTR_NONE;
}
const char *ir_assert_text(AssertMsg m) { return assert_texts[m]; }

/* ── building bodies (lowering and drop elaboration) ── */

int ir_new_local(Body *b, Local l) {
    if (b->nlocals == b->cap_locals) {
        int cap = b->cap_locals ? b->cap_locals * 2 : 16;
        b->locals = arena_realloc(b->locals, sizeof(Local) * (size_t)b->cap_locals,
                                 sizeof(Local) * (size_t)cap);
        b->cap_locals = cap;
    }
    b->locals[b->nlocals] = l;
    return b->nlocals++;
}

int ir_new_block(Body *b) {
    if (b->nblocks == b->cap_blocks) {
        int cap = b->cap_blocks ? b->cap_blocks * 2 : 16;
        b->blocks = arena_realloc(b->blocks, sizeof(Block) * (size_t)b->cap_blocks,
                                 sizeof(Block) * (size_t)cap);
        b->cap_blocks = cap;
    }
    memset(&b->blocks[b->nblocks], 0, sizeof(Block));
    b->blocks[b->nblocks].term.kind = TM_UNREACHABLE;
    b->blocks[b->nblocks].term.target = -1;
    return b->nblocks++;
}

Stmt *ir_push_stmt(Block *bb, Stmt st) {
    if (bb->nstmts == bb->cap) {
        int cap = bb->cap ? bb->cap * 2 : 2;
        bb->stmts = arena_realloc(bb->stmts, sizeof(Stmt) * (size_t)bb->cap,
                                 sizeof(Stmt) * (size_t)cap);
        bb->cap = cap;
    }
    bb->stmts[bb->nstmts] = st;
    return &bb->stmts[bb->nstmts++];
}

IrGlobal *ir_global(const IrProgram *prog, int local) { return &prog->globals[~local]; }

Type *ir_place_type(Body *body, Place p) {
    if (p.nproj) return p.proj[p.nproj - 1].ty;
    if (p.local < 0) return ir_global(body->program, p.local)->ty;
    return body->locals[p.local].ty;
}

Def *ir_drop_glue(const IrProgram *prog, const Type *t) {
    return t->id < prog->drop_glue_cap ? prog->drop_glue[t->id] : NULL;
}

int ir_fn_nparams(const Def *d) { return d->nparams + (d->track_caller ? 3 : 0); }

Type *ir_fn_param(const Def *d, int i) {
    if (i < d->nparams) return d->param_tys[i];
    return i == d->nparams ? ty_ref(ty_str, false) : ty_int(IK_U32);
}

Type *ir_operand_type(Body *body, const Operand *op) {
    if (op->kind == OP_CONST) return op->c.ty;
    return ir_place_type(body, op->place);
}

static void print_place(FILE *out, const Body *b, Place p) {
    for (int i = p.nproj - 1; i >= 0; i--) {
        if (p.proj[i].kind == PROJ_DEREF) fputs("(*", out);
        if (p.proj[i].kind == PROJ_DOWNCAST) fputc('(', out);
    }
    if (p.local < 0) fprintf(out, "%s", ir_global(b->program, p.local)->symbol);
    else fprintf(out, "_%d", p.local);
    for (int i = 0; i < p.nproj; i++) {
        const Proj *pr = &p.proj[i];
        const Type *base =
            i ? p.proj[i - 1].ty : ir_place_type((Body *)b, (Place){.local = p.local});
        switch (pr->kind) {
        case PROJ_DEREF: fputc(')', out); break;
        case PROJ_FIELD:
            /* an array's element is rustc's ConstantIndex: `_1[0 of 3]` */
            if (base->kind == TY_ARRAY)
                fprintf(out, "[%d of %llu]", pr->field, (unsigned long long)base->len);
            else fprintf(out, ".%d", pr->field);
            break;
        case PROJ_INDEX: fprintf(out, "[_%d]", pr->index_local); break;
        case PROJ_CONST_INDEX:
            fprintf(out, "[%s%d of %d]", pr->from_end ? "-" : "", pr->offset, pr->min_length);
            break;
        case PROJ_SUBSLICE:
            if (pr->from_end) fprintf(out, "[%d:-%d]", pr->from, pr->to);
            else fprintf(out, "[%d:%d]", pr->from, pr->to);
            break;
        case PROJ_DOWNCAST: {
            const Type *t = p.proj[i].ty;       /* the enum: `(_1 as Some)` */
            if (t->kind == TY_ADT && t->adt->is_enum && p.proj[i].field < t->adt->nvariants)
                fprintf(out, " as %s)", sym_str(t->adt->variants[p.proj[i].field].name));
            else fprintf(out, " as variant#%d)", p.proj[i].field);
            break;
        }
        }
    }
}

static void print_const(FILE *out, const Const *c) {
    switch (c->kind) {
    case CONST_INT: {
        IntBits bits = c->ty->kind == TY_INT ? ty_int_wrap(c->ty->ik, c->bits) : c->bits;
        fprintf(out, "const %s_%s", intbits_str(bits, ty_is_signed(c->ty)), ty_str_of(c->ty));
        break;
    }
    case CONST_BOOL: fprintf(out, "const %s", c->bits ? "true" : "false"); break;
    case CONST_CHAR: fprintf(out, "const U+%04llX", (unsigned long long)c->bits); break;
    case CONST_UNIT: fputs("const ()", out); break;
    case CONST_STR:
        fputs("const ", out);
        ast_print_escaped(out, c->str, c->str_len);
        fprintf(out, ": %s", ty_str_of(c->ty));
        break;
    case CONST_FN:
        if (c->intrinsic) fprintf(out, "%s", ir_intrinsic_name(c->intrinsic));
        else fprintf(out, "%s", c->fn ? sym_str(c->fn->name) : "?");
        break;
    case CONST_FLOAT: fprintf(out, "const %.17g", c->fval); break;
    case CONST_VTABLE: fprintf(out, "vtable#%llu", (unsigned long long)c->bits); break;
    }
}

static void print_operand(FILE *out, const Body *b, const Operand *op) {
    switch (op->kind) {
    case OP_COPY: fputs("copy ", out); print_place(out, b, op->place); break;
    case OP_MOVE: fputs("move ", out); print_place(out, b, op->place); break;
    case OP_CONST: print_const(out, &op->c); break;
    }
}

static const char *binop_name(BinOp op) {
    static const char *const names[] = {"Add", "Sub", "Mul", "Div", "Rem", "BitAnd", "BitOr",
                                        "BitXor", "Shl", "Shr", "Eq", "Ne", "Lt", "Le", "Gt",
                                        "Ge", "And", "Or"};
    return names[op];
}

static void print_rvalue(FILE *out, const Body *b, const Rvalue *rv) {
    switch (rv->kind) {
    case RV_USE: print_operand(out, b, &rv->a); break;
    case RV_REF: {
        static const char *const kinds[] = {
            [BORROW_SHARED] = "", [BORROW_MUT] = "mut ", [BORROW_TWO_PHASE] = "two_phase mut ",
            [BORROW_UNIQUE] = "uniq ", [BORROW_SHALLOW] = "fake shallow "};
        fputc('&', out);
        if (rv->region.kind != REGION_ERASED) fprintf(out, "%s ", region_str(NULL, rv->region));
        fputs(kinds[rv->borrow], out);
        print_place(out, b, rv->place);
        break;
    }
    case RV_RAW_REF:
        fputs(rv->borrow == BORROW_SHARED ? "&raw const " : "&raw mut ", out);
        print_place(out, b, rv->place);
        break;
    case RV_UNARY:
        fputs(rv->unop == UN_NEG ? "Neg(" : "Not(", out);
        print_operand(out, b, &rv->a);
        fputc(')', out);
        break;
    case RV_BINARY:
    case RV_CHECKED_BINARY:
        fprintf(out, "%s%s(", rv->kind == RV_CHECKED_BINARY ? "Checked" : "",
                binop_name(rv->binop));
        print_operand(out, b, &rv->a);
        fputs(", ", out);
        print_operand(out, b, &rv->b);
        fputc(')', out);
        break;
    case RV_CAST:
        print_operand(out, b, &rv->a);
        fprintf(out, " as %s", ty_str_of(rv->ty));
        break;
    case RV_AGGREGATE:
        fputc('(', out);
        for (int i = 0; i < rv->nelems; i++) {
            if (i) fputs(", ", out);
            print_operand(out, b, &rv->elems[i]);
        }
        fputs(rv->nelems == 1 ? ",)" : ")", out);
        break;
    case RV_LEN: fputs("Len(", out); print_place(out, b, rv->place); fputc(')', out); break;
    case RV_DISCRIMINANT:
        fputs("discriminant(", out);
        print_place(out, b, rv->place);
        fputc(')', out);
        break;
    case RV_REPEAT:
        fputc('[', out);
        print_operand(out, b, &rv->a);
        fprintf(out, "; %llu]", (unsigned long long)rv->ty->len);
        break;
    case RV_UNSIZE:
        print_operand(out, b, &rv->a);
        fprintf(out, " as %s (PointerCoercion::Unsize)", ty_str_of(rv->ty));
        break;
    case RV_PRIM:
        fprintf(out, "Prim%d(", (int)rv->prim);
        print_operand(out, b, &rv->a);
        if (rv->b.kind != OP_CONST || rv->b.c.kind != CONST_UNIT) {
            fputs(", ", out);
            print_operand(out, b, &rv->b);
        }
        fputc(')', out);
        break;
    }
}

static void print_term(FILE *out, const Body *b, const Term *t) {
    switch (t->kind) {
    case TM_GOTO: fprintf(out, "goto -> bb%d", t->target); break;
    case TM_SWITCH:
        fputs("switchInt(", out);
        print_operand(out, b, &t->discr);
        fputs(") -> [", out);
        for (int i = 0; i < t->ncases; i++)
            fprintf(out, "%llu: bb%d, ", (unsigned long long)t->values[i], t->targets[i]);
        fprintf(out, "otherwise: bb%d]", t->otherwise);
        break;
    case TM_CALL:
        print_place(out, b, t->dest);
        fputs(" = ", out);
        print_operand(out, b, &t->func);
        fputc('(', out);
        for (int i = 0; i < t->nargs; i++) {
            if (i) fputs(", ", out);
            print_operand(out, b, &t->args[i]);
        }
        fputc(')', out);
        if (t->target >= 0) fprintf(out, " -> bb%d", t->target);
        else fputs(" -> !", out);
        if (t->unwind) fprintf(out, " unwind bb%d", t->unwind);
        break;
    case TM_DROP:
        fputs("drop(", out);
        print_place(out, b, t->place);
        fprintf(out, ") -> bb%d", t->target);
        break;
    case TM_ASSERT:
        fprintf(out, "assert(%s", t->expected ? "" : "!");
        print_operand(out, b, &t->cond);
        fprintf(out, ", \"%s\") -> bb%d", assert_texts[t->msg], t->target);
        if (t->unwind) fprintf(out, " unwind bb%d", t->unwind);
        break;
    case TM_RETURN: fputs("return", out); break;
    case TM_RESUME: fputs("resume", out); break;
    case TM_UNREACHABLE: fputs("unreachable", out); break;
    }
}

static const char *const fake_read_cause_names[] = {
    [FAKE_FOR_MATCHED_PLACE] = "ForMatchedPlace", [FAKE_FOR_GUARD_BINDING] = "ForGuardBinding",
    [FAKE_FOR_LET] = "ForLet", [FAKE_FOR_INDEX] = "ForIndex",
    [FAKE_FOR_MATCH_GUARD] = "ForMatchGuard",
};

/* A local's type with a region variable at each region position: `&'?4 mut Vec<i32>`,
 * `Cursor<'?5>`. */
static void print_local_type(FILE *out, const Local *l) {
    fputs(ty_str_of(l->renumbered_ty ? l->renumbered_ty : l->ty), out);
}

/* `name`, or for an instance of a generic fn `name::<i32, String>` */
static void print_fn_name(FILE *out, const Def *d) {
    fputs(sym_str(d->name), out);
    if (!d->generic || !d->generic->ngenerics) return;
    for (int k = 0; k < d->generic->ngenerics; k++)
        fprintf(out, "%s%s", k ? ", " : "::<", ty_str_of(d->inst_args[k]));
    fputc('>', out);
}

static void print_body(FILE *out, Body *b, const IrAnnotator *ann) {
    ir_renumber_regions(b);                     /* the regions the borrow checker sees */
    if (ann && ann->begin_body) ann->begin_body(ann->ctx, b);
    fputs("fn ", out);
    print_fn_name(out, b->def);
    fputc('(', out);
    for (int i = 1; i <= b->nargs; i++) {
        fprintf(out, "%s_%d: ", i > 1 ? ", " : "", i);
        print_local_type(out, &b->locals[i]);
    }
    fputs(") -> ", out);
    print_local_type(out, &b->locals[0]);
    fputs(" {\n", out);
    for (int i = b->nargs + 1; i < b->nlocals; i++) {
        Local *l = &b->locals[i];
        fprintf(out, "    let %s_%d: ", l->is_mut ? "mut " : "", i);
        print_local_type(out, l);
        fputc(';', out);
        if (l->name) fprintf(out, " // %s", sym_str(l->name));
        fputc('\n', out);
    }
    for (int bi = 0; bi < b->nblocks; bi++) {
        Block *bb = &b->blocks[bi];
        fprintf(out, "\n    bb%d: {\n", bi);
        for (int si = 0; si < bb->nstmts; si++) {
            Stmt *s = &bb->stmts[si];
            if (ann) ann->before(ann->ctx, out, b, (Location){bi, si});
            fputs("        ", out);
            switch (s->kind) {
            case ST_ASSIGN:
                print_place(out, b, s->place);
                fputs(" = ", out);
                print_rvalue(out, b, &s->rv);
                break;
            case ST_STORAGE_LIVE: fprintf(out, "StorageLive(_%d)", s->local); break;
            case ST_STORAGE_DEAD: fprintf(out, "StorageDead(_%d)", s->local); break;
            case ST_NOP: fputs("nop", out); break;
            case ST_FAKE_READ:
                fprintf(out, "FakeRead(%s, ", fake_read_cause_names[s->fake_cause]);
                print_place(out, b, s->place);
                fputc(')', out);
                break;
            case ST_PLACE_MENTION:
                fputs("PlaceMention(", out);
                print_place(out, b, s->place);
                fputc(')', out);
                break;
            }
            fputs(";\n", out);
        }
        if (ann) ann->before(ann->ctx, out, b, (Location){bi, bb->nstmts});
        fputs("        ", out);
        print_term(out, b, &bb->term);
        fputs(";\n    }\n", out);
    }
    fputs("}\n", out);
    if (ann && ann->end_body) ann->end_body(ann->ctx, b);
}

/* The embedded stdlib's bodies are not the program's: --emit=ir leaves them out. */
static bool in_stdlib(const Body *b) {
    SourceFile *f = source_get(b->span.file);
    return f && strncmp(f->path, "<patina>", 8) == 0;
}

/* Generic fns print as written (with their type parameters), then their instances, each
 * the generic body with the instance's types (`fn id::<i32>`). */
void ir_print_annotated(FILE *out, IrProgram *prog, const IrAnnotator *ann) {
    bool first = true;
    for (int i = 0; i < prog->nbodies; i++) {
        if (prog->bodies[i]->def && prog->bodies[i]->def->generic) continue;
        if (in_stdlib(prog->bodies[i])) continue;
        if (!first) fputc('\n', out);
        print_body(out, prog->bodies[i], ann);
        first = false;
    }
    for (int i = 0; i < prog->ngeneric_bodies; i++) {
        if (in_stdlib(prog->generic_bodies[i])) continue;
        if (!first) fputc('\n', out);
        print_body(out, prog->generic_bodies[i], ann);
        first = false;
    }
    for (int i = 0; i < prog->nbodies; i++) {
        if (!prog->bodies[i]->def || !prog->bodies[i]->def->generic) continue;
        if (in_stdlib(prog->bodies[i])) continue;
        if (!first) fputc('\n', out);
        print_body(out, prog->bodies[i], ann);
        first = false;
    }
}

void ir_print(FILE *out, IrProgram *prog) { ir_print_annotated(out, prog, NULL); }

void ir_print_body(FILE *out, Body *b) { print_body(out, b, NULL); }

void ir_print_instances(FILE *out, IrProgram *prog) {
    for (int i = 0; i < prog->nbodies; i++) {
        Def *d = prog->bodies[i]->def;
        if (!d || !d->generic) continue;
        fprintf(out, "instance %s%s%s::<", d->adt ? sym_str(d->adt->name) : "",
                d->adt ? "::" : "", sym_str(d->name));
        for (int k = 0; k < d->generic->ngenerics; k++)
            fprintf(out, "%s%s", k ? ", " : "", ty_str_of(d->inst_args[k]));
        fprintf(out, "> %s\n", d->symbol);
    }
}

void ir_print_place(FILE *out, const Body *b, Place p) { print_place(out, b, p); }
