/* builder.c — appending to the body being lowered.
 *
 * Takes: a Lower (the body and its current block).
 * Gives: new locals (and which local each variable lives in) and blocks, statements,
 * terminators (with their unwind edge from scope.c's cleanup chains), constants, and calls
 * of fns, fn pointers, dyn methods and runtime intrinsics. */
#include "lower/lower.h"

#include <stdlib.h>
#include <string.h>

/* ── building blocks ── */

/* The variable b lives in local from now on (in this body). */
void set_binding_local(Lower *lw, Binding *b, int local) {
    if (b->id >= lw->binding_locals_cap) {
        int cap = lw->binding_locals_cap ? lw->binding_locals_cap : 64;
        while (cap <= b->id) cap *= 2;
        lw->binding_locals = arena_realloc(lw->binding_locals,
                                           sizeof(int) * (size_t)lw->binding_locals_cap,
                                           sizeof(int) * (size_t)cap);
        memset(lw->binding_locals + lw->binding_locals_cap, 0,
               sizeof(int) * (size_t)(cap - lw->binding_locals_cap));
        lw->binding_locals_cap = cap;
    }
    lw->binding_locals[b->id] = local + 1;
}

/* The local variable b was given in this body (set_binding_local came first). */
int binding_local(Lower *lw, Binding *b) {
    int known = b->id < lw->binding_locals_cap ? lw->binding_locals[b->id] : 0;
    if (!known) ice(arena_printf("variable `%s` lowered before its declaration", sym_str(b->name)));
    return known - 1;
}

int new_local(Lower *lw, Type *ty, Sym name, Span span, bool is_mut, bool user) {
    Local l = {.ty = ty, .name = name, .span = span, .is_mut = is_mut, .is_user_var = user};
    return ir_new_local(lw->body, l);
}

int new_block(Lower *lw) { return ir_new_block(lw->body); }

Stmt *push_stmt(Lower *lw, StmtKind kind, Span span) {
    return ir_push_stmt(&lw->body->blocks[lw->cur], (Stmt){.kind = kind, .span = span});
}

void assign(Lower *lw, Place dest, Rvalue rv, Span span) {
    Stmt *s = push_stmt(lw, ST_ASSIGN, span);
    s->place = dest;
    s->rv = rv;
}

/* A read of p only the borrow checker sees (rustc's FakeRead), for cause. */
void fake_read(Lower *lw, FakeReadCause cause, Place p, Span span) {
    Stmt *s = push_stmt(lw, ST_FAKE_READ, span);
    s->place = p;
    s->fake_cause = cause;
}

/* `let _ = p;`: p named, not read (rustc's PlaceMention). */
void place_mention(Lower *lw, Place p, Span span) {
    push_stmt(lw, ST_PLACE_MENTION, span)->place = p;
}

void storage(Lower *lw, StmtKind kind, int local, Span span) {
    push_stmt(lw, kind, span)->local = local;
}

/* Whether a call may panic: user and prelude fns, calls through values, and the runtime's
 * panicking entry points (the others return). */
static bool may_unwind(const Term *t) {
    if (t->kind == TM_ASSERT) return true;
    if (t->kind != TM_CALL) return false;
    if (t->func.kind != OP_CONST || t->func.c.kind != CONST_FN || t->func.c.intrinsic == INTR_NONE)
        return true;
    return ir_intrinsic_may_panic(t->func.c.intrinsic);
}

/* Ends the current block with t and continues in next (a fresh dead block if -1). */
void terminate(Lower *lw, Term t, int next) {
    if (may_unwind(&t)) t.unwind = cleanup_chain(lw, t.span);
    lw->body->blocks[lw->cur].term = t;
    lw->cur = next >= 0 ? next : new_block(lw);
}

/* Ends the current block in a one-case switch: discr == value goes to target, anything
 * else to otherwise; lowering continues in next. */
void switch_on_value(Lower *lw, Operand discr, uint64_t value, int target, int otherwise, int next,
                     Span span) {
    uint64_t *values = arena_alloc(sizeof(uint64_t));
    int *targets = arena_alloc(sizeof(int));
    values[0] = value;
    targets[0] = target;
    terminate(lw,
              (Term){.kind = TM_SWITCH, .span = span, .discr = discr, .values = values,
                     .targets = targets, .ncases = 1, .otherwise = otherwise},
              next);
}

/* Ends the current block in a switch on the bool cond: 0 goes to if_false, anything else
 * to if_true; lowering continues in next. */
void branch_on_bool(Lower *lw, Operand cond, int if_false, int if_true, int next, Span span) {
    switch_on_value(lw, cond, 0, if_false, if_true, next, span);
}

void goto_block(Lower *lw, int target, Span span, int next) {
    Term t = {.kind = TM_GOTO, .span = span, .target = target};
    terminate(lw, t, next);
}

Operand use_place(Place p, Type *ty) {
    return (Operand){.kind = ty_is_copy(ty) ? OP_COPY : OP_MOVE, .place = p};
}

Operand const_int(Type *ty, IntBits bits) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_INT, .ty = ty, .bits = bits}};
}

Operand const_bool(bool b) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_BOOL, .ty = ty_bool, .bits = b}};
}

Operand const_unit(void) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_UNIT, .ty = ty_unit}};
}

Operand const_str(const char *s, size_t len) {
    return (Operand){
        .kind = OP_CONST,
        .c = {.kind = CONST_STR, .ty = ty_static_str(), .str = s, .str_len = len}};
}

/* The fn item d as a callee. */
Operand fn_operand(Def *d) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = ty_fn_def(d), .fn = d}};
}

Operand const_intrinsic(Intrinsic in) {
    return (Operand){.kind = OP_CONST, .c = {.kind = CONST_FN, .ty = ty_unit, .intrinsic = in}};
}

Rvalue rv_use(Operand op, Type *ty) { return (Rvalue){.kind = RV_USE, .ty = ty, .a = op}; }

/* The value at src (of type from) read as a `to`: a `&mut T` wanted as `&T` is reborrowed
 * shared (`&*src`, rustc's coercion), never copied; else src is used whole. */
Rvalue rv_read_as(Lower *lw, Place src, Type *from, Type *to) {
    if (from->kind == TY_REF && from->is_mut && to->kind == TY_REF && !to->is_mut)
        return rv_ref(lw, to, project_deref(src, from->elem), BORROW_SHARED);
    return rv_use(use_place(src, from), to);
}

/* &p (or &mut p, per kind) of type ty; its region is erased until ir_renumber_regions. */
Rvalue rv_ref(Lower *lw, Type *ty, Place p, BorrowKind kind) {
    (void)lw;
    return (Rvalue){.kind = RV_REF, .ty = ty, .place = p, .borrow = kind};
}

/* &p (or &mut p, per kind) of type ty in a fresh temporary, moved out as an argument. */
Operand borrow_arg(Lower *lw, Type *ty, Place p, BorrowKind kind, Span span) {
    Place r = temp(lw, ty, span);
    assign(lw, r, rv_ref(lw, ty, p, kind), span);
    return (Operand){.kind = OP_MOVE, .place = r};
}

Rvalue rv_binary(BinOp op, Operand a, Operand b, Type *ty) {
    return (Rvalue){.kind = RV_BINARY, .ty = ty, .binop = op, .a = a, .b = b};
}

/* Two's-complement bits of v as a value of the integer type t (sign-extended if signed). */
IntBits int_bits(Type *t, IntBits v) { return ty_int_wrap(t->ik, v); }

/* ── calls ── */

void call(Lower *lw, Operand func, Operand *args, int nargs, Place dest, bool diverges, Span span) {
    call_through(lw, func, NULL, args, nargs, dest, diverges, span);
}

/* A call; sig is the signature when func is a `fn` pointer value rather than a known fn. */
void call_through(Lower *lw, Operand func, Def *sig, Operand *args, int nargs, Place dest,
                  bool diverges, Span span) {
    Term t = {.kind = TM_CALL,
              .span = span,
              .func = func,
              .indirect_sig = sig,
              .nargs = nargs,
              .dest = dest};
    t.args = arena_alloc(sizeof(Operand) * (size_t)(nargs ? nargs : 1));
    if (nargs) memcpy(t.args, args, sizeof(Operand) * (size_t)nargs);
    if (diverges) {
        t.target = -1;
        terminate(lw, t, -1);
    } else {
        int next = new_block(lw);
        t.target = next;
        terminate(lw, t, next);
    }
}

/* A call of trait method m through slot `slot` of the vtable of the `&dyn Trait` in args[0]. */
void dyn_call(Lower *lw, Def *m, int slot, Operand *args, int nargs, Place dest, Span span) {
    Term t = {.kind = TM_CALL,
              .span = span,
              .dyn_call = true,
              .dyn_slot = slot,
              .func = fn_operand(m),
              .args = args,
              .nargs = nargs,
              .dest = dest};
    int next = new_block(lw);
    t.target = next;
    terminate(lw, t, next);
}

void call_intrinsic(Lower *lw, Intrinsic in, Operand *args, int nargs, Span span) {
    call(lw, const_intrinsic(in), args, nargs, temp(lw, ty_unit, span), ir_intrinsic_diverges(in),
         span);
}

/* Where a panic at sp reports itself, as (file, line, col) operands: the file as given and
 * the line:col of sp's start, or in a #[track_caller] fn, its caller's location. */
void location_operands(Lower *lw, Span sp, Operand out[3]) {
    if (lw->caller_location >= 0) {
        for (int i = 0; i < 3; i++)
            out[i] = (Operand){.kind = OP_COPY, .place = local_place(lw->caller_location + i)};
        return;
    }
    location_constants(sp, out);
}

/* sp's start as (file, line, col) constants: what a #[track_caller] callee receives. */
void location_constants(Span sp, Operand out[3]) {
    int line, col;
    source_line_col(sp, &line, &col);
    SourceFile *f = source_get(sp.file);
    out[0] = const_str(f->path, strlen(f->path));
    out[1] = const_int(ty_int(IK_U32), (uint64_t)line);
    out[2] = const_int(ty_int(IK_U32), (uint64_t)col);
}

void panic_str(Lower *lw, const char *msg, size_t len, Span sp) {
    Operand args[4];
    args[0] = const_str(msg, len);
    location_operands(lw, sp, args + 1);
    call_intrinsic(lw, INTR_PANIC_STR, args, 4, sp);
}
