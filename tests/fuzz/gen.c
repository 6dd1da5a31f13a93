/* gen.c — the differential fuzzer's program generator (`make difftest`, tests/fuzz/).
 *
 * Takes: a seed and options on the command line:
 *     gen SEED [--no-panic] [--weights NAME=N,NAME=N...] [--list]
 * Gives: on stdout, one random Rust program of the Patina subset, ~50-300 lines, that is
 * well-typed, terminates (every loop is bounded), has no undefined behaviour, and prints
 * many intermediate values (checksums) so that a miscompile shows up in its output.
 * The same seed and options always give the same program.
 *
 * A program is a sequence of "features" (integer arithmetic, structs, enums, traits,
 * closures, drops...); each is a few items and one function `fN` that main calls and
 * whose checksum it prints. Integer expressions are random trees over the variables in
 * scope; they overflow only through the plain operators (`+`, `-`, `*`, `/`, `-x`,
 * `.pow`, `.abs()`), which panic in a debug build and wrap under -O exactly as rustc
 * does. `--no-panic` leaves those out, so that a program behaves the same at every
 * optimisation level (for comparing Patina -O0 with -O when rustc is absent).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- randomness */

static uint64_t rng_state;

static uint64_t next_u64(void) /* splitmix64: tiny, and the same on every platform */
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n) { return n ? (unsigned)(next_u64() % n) : 0; }
static bool chance(unsigned percent) { return below(100) < percent; }
static unsigned between(unsigned lo, unsigned hi) { return lo + below(hi - lo + 1); }

/* ---------------------------------------------------------------- text */

/* A growable string: expressions are built bottom-up before they are placed. */
typedef struct {
    char *text;
    size_t len, cap;
} Str;

static void str_vprintf(Str *s, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int need = vsnprintf(NULL, 0, fmt, again);
    va_end(again);
    if (s->len + (size_t)need + 1 > s->cap) {
        s->cap = (s->len + (size_t)need + 1) * 2;
        s->text = realloc(s->text, s->cap);
        if (!s->text) { perror("gen"); exit(2); }
    }
    vsnprintf(s->text + s->len, s->cap - s->len, fmt, ap);
    s->len += (size_t)need;
}

static void str_printf(Str *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    str_vprintf(s, fmt, ap);
    va_end(ap);
}

static const char *str_take(Str *s) /* the text, owned by the caller (leaked: a run is short) */
{
    if (!s->text) str_printf(s, "%s", "");
    const char *text = s->text;
    *s = (Str){0};
    return text;
}

static int indent_level;

/* One line of the program at the current indentation; a line ending in `{` opens a
 * level and one starting with `}` closes it, so the output is always indented (the
 * reducer relies on one statement or brace per line). */
static void line(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (fmt[0] == '}') indent_level--;
    printf("%*s", indent_level * 4, "");
    vprintf(fmt, ap);
    putchar('\n');
    size_t n = strlen(fmt);
    if (n && fmt[n - 1] == '{') indent_level++;
    va_end(ap);
}

/* ---------------------------------------------------------------- options */

enum Feature {
    F_ARITH, F_WIDE, F_FLOAT, F_STRUCT, F_ENUM, F_TRAIT, F_GENERIC, F_CLOSURE,
    F_VEC, F_STRING, F_HEAP, F_OPTION, F_DROP, F_FORMAT, F_SLICE, F_COUNT
};
static const char *feature_names[F_COUNT] = {
    "arith", "wide", "float", "struct", "enum", "trait", "generic", "closure",
    "vec", "string", "heap", "option", "drop", "format", "slice",
};
static unsigned feature_weight[F_COUNT] = {
    [F_ARITH] = 12, [F_WIDE] = 5, [F_FLOAT] = 6, [F_STRUCT] = 8, [F_ENUM] = 8, [F_TRAIT] = 7,
    [F_GENERIC] = 5, [F_CLOSURE] = 7, [F_VEC] = 8, [F_STRING] = 5, [F_HEAP] = 5,
    [F_OPTION] = 5, [F_DROP] = 12, [F_FORMAT] = 4, [F_SLICE] = 4,
};
static bool allow_panic = true; /* plain operators whose overflow panics in debug */

/* ---------------------------------------------------------------- types and scope */

typedef enum { I8, I16, I32, I64, I128, ISIZE, U8, U16, U32, U64, U128, USIZE, INT_COUNT } IntTy;
static const char *int_name[INT_COUNT] = {"i8", "i16", "i32", "i64", "i128", "isize",
                                          "u8", "u16", "u32", "u64", "u128", "usize"};
static const int int_bits[INT_COUNT] = {8, 16, 32, 64, 128, 64, 8, 16, 32, 64, 128, 64};
static bool is_signed(IntTy t) { return t <= ISIZE; }

/* Mostly the everyday widths; 128-bit ones are the `wide` feature's business. */
static IntTy any_int(void)
{
    static const IntTy common[] = {I32, I64, U32, U64, U8, I8, I16, U16, USIZE, ISIZE, I128, U128};
    return common[below(chance(85) ? 10 : 12)];
}

typedef enum { K_INT, K_FLOAT, K_BOOL } Kind;
typedef struct {
    const char *name; /* an expression naming it: `v3`, `self.a`, `(*x)` */
    Kind kind;
    IntTy ity;
    bool mutable;
} Var;

#define MAX_VARS 512
static Var scope[MAX_VARS];
static int scope_len;
static int name_counter;

static const char *fresh(const char *prefix)
{
    Str s = {0};
    str_printf(&s, "%s%d", prefix, name_counter++);
    return str_take(&s);
}

static void declare(const char *name, Kind kind, IntTy ity, bool mutable)
{
    if (scope_len < MAX_VARS) scope[scope_len++] = (Var){name, kind, ity, mutable};
}

static bool shadowed(int i)
{
    for (int j = i + 1; j < scope_len; j++)
        if (strcmp(scope[j].name, scope[i].name) == 0) return true;
    return false;
}

/* A visible variable of this kind (and integer type, for K_INT), or NULL. */
static const Var *pick_var(Kind kind, IntTy ity, bool need_mut)
{
    int found[MAX_VARS], n = 0;
    for (int i = 0; i < scope_len; i++)
        if (scope[i].kind == kind && (kind != K_INT || scope[i].ity == ity) &&
            (!need_mut || scope[i].mutable) && !shadowed(i))
            found[n++] = i;
    return n ? &scope[found[below((unsigned)n)]] : NULL;
}

/* ---------------------------------------------------------------- expressions */

static void gen_int(Str *s, IntTy t, int depth);
static void gen_float(Str *s, int depth);
static void gen_bool(Str *s, int depth);

static void gen_int_literal(Str *s, IntTy t)
{
    int bits = int_bits[t] > 64 ? 64 : int_bits[t];
    switch (below(10)) {
    case 0: str_printf(s, "%s::MAX", int_name[t]); return;
    case 1: str_printf(s, is_signed(t) ? "%s::MIN" : "1_%s", int_name[t]); return;
    case 2: case 3: {
        /* any value of the width */
        uint64_t v = next_u64();
        if (is_signed(t)) bits--;
        if (bits < 64) v &= (1ull << bits) - 1;
        if (is_signed(t) && chance(40) && v) str_printf(s, "(-%llu_%s)", (unsigned long long)v, int_name[t]);
        else str_printf(s, "%llu_%s", (unsigned long long)v, int_name[t]);
        return;
    }
    default: {
        unsigned v = below(is_signed(t) && bits == 8 ? 100 : 200);
        if (is_signed(t) && chance(25) && v) str_printf(s, "(-%u_%s)", v, int_name[t]);
        else str_printf(s, "%u_%s", v, int_name[t]);
        return;
    }
    }
}

static void gen_int_leaf(Str *s, IntTy t)
{
    const Var *v = chance(65) ? pick_var(K_INT, t, false) : NULL;
    if (v) str_printf(s, "%s", v->name);
    else gen_int_literal(s, t);
}

/* A shift or rotate amount: a u32, in range for the plain shift operators. */
static void gen_shift_amount(Str *s, IntTy t, bool in_range)
{
    if (in_range) { str_printf(s, "%u", below((unsigned)int_bits[t])); return; }
    Str inner = {0};
    gen_int(&inner, U32, 1);
    str_printf(s, "%s", str_take(&inner));
}

static void gen_int(Str *s, IntTy t, int depth)
{
    const char *ty = int_name[t];
    if (depth <= 0 || chance(25)) { gen_int_leaf(s, t); return; }
    Str a = {0}, b = {0};
    gen_int(&a, t, depth - 1);
    const char *x = str_take(&a);
    static const char *wrapping[] = {"wrapping_add", "wrapping_sub", "wrapping_mul"};
    static const char *checked[] = {"checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem"};
    static const char *saturating[] = {"saturating_add", "saturating_sub", "saturating_mul"};
    static const char *bitops[] = {"&", "|", "^"};
    /* The plain operators are rare: one overflow ends the program. */
    switch (allow_panic && chance(3) ? 17 + below(3) : below(17)) {
    case 0: case 1: case 2:
        gen_int(&b, t, depth - 1);
        str_printf(s, "%s.%s(%s)", x, wrapping[below(3)], str_take(&b));
        return;
    case 3:
        gen_int(&b, t, depth - 1);
        str_printf(s, "%s.%s(%s | 1)", x, chance(50) ? "wrapping_div" : "wrapping_rem", str_take(&b));
        return;
    case 4: {
        gen_int(&b, t, depth - 1);
        const char *y = str_take(&b);
        Str d = {0};
        gen_int_literal(&d, t);
        str_printf(s, "%s.%s(%s).unwrap_or(%s)", x, checked[below(5)], y, str_take(&d));
        return;
    }
    case 5:
        gen_int(&b, t, depth - 1);
        str_printf(s, "%s.%s(%s)", x, saturating[below(3)], str_take(&b));
        return;
    case 6: case 7:
        gen_int(&b, t, depth - 1);
        str_printf(s, "(%s %s %s)", x, bitops[below(3)], str_take(&b));
        return;
    case 8:
        gen_shift_amount(&b, t, true);
        str_printf(s, "(%s %s %s)", x, chance(50) ? "<<" : ">>", str_take(&b));
        return;
    case 9:
        gen_shift_amount(&b, t, false);
        str_printf(s, "%s.%s(%s)", x,
                   (const char *[]){"wrapping_shl", "wrapping_shr", "rotate_left", "rotate_right"}[below(4)],
                   str_take(&b));
        return;
    case 10: { /* casts from another integer type, a float or a bool */
        unsigned from = below(10);
        if (from < 7) gen_int(&b, any_int(), depth - 1);
        else if (from < 9) gen_float(&b, depth - 1);
        else gen_bool(&b, depth - 1);
        str_printf(s, "(%s as %s)", str_take(&b), ty);
        return;
    }
    case 11: {
        Str c = {0};
        gen_bool(&c, depth - 1);
        gen_int(&b, t, depth - 1);
        str_printf(s, "(if %s { %s } else { %s })", str_take(&c), x, str_take(&b));
        return;
    }
    case 12:
        gen_int(&b, t, depth - 1);
        str_printf(s, "%s.%s(%s)", x, chance(50) ? "min" : "max", str_take(&b));
        return;
    case 13:
        str_printf(s, "(%s.%s() as %s)", x,
                   (const char *[]){"count_ones", "leading_zeros", "trailing_zeros", "count_zeros"}[below(4)], ty);
        return;
    case 14:
        if (is_signed(t))
            str_printf(s, "%s.%s()", x, (const char *[]){"wrapping_abs", "wrapping_neg", "signum"}[below(3)]);
        else
            str_printf(s, "%s.wrapping_pow(%u)", x, below(5));
        return;
    case 15:
        str_printf(s, "%s.checked_pow(%u).unwrap_or(%s)", x, below(6), chance(50) ? "0" : "1");
        return;
    case 16: { /* a match on ranges of the value */
        Str c = {0};
        gen_int(&b, t, depth - 1);
        gen_int(&c, t, depth - 1);
        unsigned lo = below(50), hi = lo + below(50);
        str_printf(s, "(match %s { %u..=%u => %s, %u => %s, _ => %s })", x, lo, hi, str_take(&b),
                   hi + 1, x, str_take(&c));
        return;
    }
    /* The plain operators: overflow panics in debug, wraps under -O. */
    case 17:
        gen_int(&b, t, depth - 1);
        str_printf(s, "(%s %s %s)", x, (const char *[]){"+", "-", "*"}[below(3)], str_take(&b));
        return;
    case 18:
        gen_int(&b, t, depth - 1);
        str_printf(s, "(%s %s (%s | 1))", x, chance(50) ? "/" : "%", str_take(&b));
        return;
    default:
        if (is_signed(t) && chance(50)) str_printf(s, chance(50) ? "(-(%s))" : "%s.abs()", x);
        else str_printf(s, "%s.pow(%u)", x, below(4));
        return;
    }
}

static void gen_float_literal(Str *s)
{
    static const char *special[] = {"0.0_f64", "1.0_f64", "(-1.5_f64)", "0.1_f64", "2.5e10_f64", "1e-7_f64", "f64::MAX",
                                    "f64::MIN_POSITIVE", "f64::EPSILON", "std::f64::consts::PI"};
    if (chance(30)) { str_printf(s, "%s", special[below(10)]); return; }
    double v = (double)(int)below(20000) / (double)(1u << below(8));
    str_printf(s, chance(20) ? "(-%.17g_f64)" : "%.17g_f64", v);
}

static void gen_float(Str *s, int depth)
{
    if (depth <= 0 || chance(30)) {
        const Var *v = chance(60) ? pick_var(K_FLOAT, I32, false) : NULL;
        if (v) str_printf(s, "%s", v->name);
        else gen_float_literal(s);
        return;
    }
    Str a = {0}, b = {0};
    gen_float(&a, depth - 1);
    const char *x = str_take(&a);
    switch (below(8)) {
    case 0: case 1: case 2:
        gen_float(&b, depth - 1);
        str_printf(s, "(%s %s %s)", x, (const char *[]){"+", "-", "*", "/"}[below(4)], str_take(&b));
        return;
    case 3:
        str_printf(s, "%s.%s()", x, (const char *[]){"abs", "floor", "ceil", "round", "trunc", "sqrt"}[below(6)]);
        return;
    case 4:
        gen_float(&b, depth - 1);
        str_printf(s, "%s.%s(%s)", x, chance(50) ? "min" : "max", str_take(&b));
        return;
    case 5:
        gen_int(&b, any_int(), depth - 1);
        str_printf(s, "(%s as f64)", str_take(&b));
        return;
    case 6:
        str_printf(s, "%s.powi(%d)", x, (int)below(5) - 1);
        return;
    default:
        str_printf(s, "((%s as f32) as f64)", x);
        return;
    }
}

static void gen_bool(Str *s, int depth)
{
    Str a = {0}, b = {0};
    static const char *cmp[] = {"<", "<=", ">", ">=", "==", "!="};
    switch (below(depth <= 0 ? 2 : 6)) {
    case 0: {
        const Var *v = pick_var(K_BOOL, I32, false);
        if (v) { str_printf(s, "%s", v->name); return; }
        str_printf(s, chance(50) ? "true" : "false");
        return;
    }
    case 1: case 2: case 3: {
        IntTy t = any_int();
        gen_int(&a, t, depth - 1);
        gen_int(&b, t, depth - 1);
        str_printf(s, "(%s %s %s)", str_take(&a), cmp[below(6)], str_take(&b));
        return;
    }
    case 4:
        gen_float(&a, depth - 1);
        gen_float(&b, depth - 1);
        str_printf(s, "(%s %s %s)", str_take(&a), cmp[below(4)], str_take(&b));
        return;
    default:
        gen_bool(&a, depth - 1);
        gen_bool(&b, depth - 1);
        if (chance(30)) str_printf(s, "!%s", str_take(&a));
        else str_printf(s, "(%s %s %s)", str_take(&a), chance(50) ? "&&" : "||", str_take(&b));
        return;
    }
}

static const char *int_expr(IntTy t, int depth) { Str s = {0}; gen_int(&s, t, depth); return str_take(&s); }
static const char *float_expr(int depth) { Str s = {0}; gen_float(&s, depth); return str_take(&s); }
static const char *bool_expr(int depth) { Str s = {0}; gen_bool(&s, depth); return str_take(&s); }

/* A format spec for a value of this kind, e.g. `{:>8}` or `{:#x}`. */
static const char *spec_for(Kind kind)
{
    static const char *int_specs[] = {"{}", "{}", "{:?}", "{:5}", "{:<6}", "{:>9}", "{:^7}", "{:08}",
                                      "{:+}", "{:x}", "{:#x}", "{:X}", "{:o}", "{:b}", "{:#b}", "{:*^12}",
                                      "{:#010x}", "{:e}"};
    static const char *float_specs[] = {"{}", "{}", "{:?}", "{:.2}", "{:8.3}", "{:e}", "{:+.1}",
                                        "{:<10}", "{:>12.4}", "{:.0}", "{:012.5}", "{:?}"};
    static const char *bool_specs[] = {"{}", "{:>6}", "{:?}", "{:<7}|"};
    switch (kind) {
    case K_INT: return int_specs[below(sizeof int_specs / sizeof *int_specs)];
    case K_FLOAT: return float_specs[below(sizeof float_specs / sizeof *float_specs)];
    default: return bool_specs[below(4)];
    }
}

/* ---------------------------------------------------------------- statements */

static int loop_depth;   /* nested loops multiply iterations: keep them few */
static int stmt_budget;  /* statements left in the current function */

static void fold_into_checksum(const Var *v)
{
    switch (v->kind) {
    case K_INT: line("ck = ck.wrapping_mul(31).wrapping_add(%s as u64);", v->name); break;
    case K_BOOL: line("ck = ck.wrapping_mul(3).wrapping_add(%s as u64);", v->name); break;
    case K_FLOAT: line("ck = ck.wrapping_add((%s as i64) as u64);", v->name); break;
    }
}

static void print_var(const Var *v)
{
    line("println!(\"%s = %s\", %s);", v->name, spec_for(v->kind), v->name);
}

static const Var *random_var(void)
{
    static const Kind kinds[] = {K_INT, K_INT, K_INT, K_FLOAT, K_BOOL};
    Kind k = kinds[below(5)];
    return pick_var(k, any_int(), false);
}

static const Var *any_visible_var(void)
{
    int found[MAX_VARS], n = 0;
    for (int i = 0; i < scope_len; i++)
        if (!shadowed(i)) found[n++] = i;
    return n ? &scope[found[below((unsigned)n)]] : NULL;
}

static void gen_block(int stmts);

static void gen_let(void)
{
    bool mutable = chance(60);
    const char *name;
    const Var *old = chance(15) ? any_visible_var() : NULL;
    name = old && old->name[0] == 'v' ? old->name : fresh("v"); /* shadowing, maybe with a new type */
    switch (below(6)) {
    case 0:
        line("let %s%s: f64 = %s;", mutable ? "mut " : "", name, float_expr(3));
        declare(name, K_FLOAT, I32, mutable);
        return;
    case 1:
        line("let %s%s = %s;", mutable ? "mut " : "", name, bool_expr(2));
        declare(name, K_BOOL, I32, mutable);
        return;
    default: {
        IntTy t = any_int();
        line("let %s%s: %s = %s;", mutable ? "mut " : "", name, int_name[t], int_expr(t, 3));
        declare(name, K_INT, t, mutable);
        return;
    }
    }
}

static void gen_assign(void)
{
    Kind k = chance(80) ? K_INT : K_FLOAT;
    IntTy t = any_int();
    const Var *v = NULL;
    for (int tries = 0; !v && tries < 6; tries++) v = pick_var(k, t = any_int(), true);
    if (!v) { gen_let(); return; }
    if (k == K_FLOAT) {
        line("%s = %s;", v->name, float_expr(2));
    } else if (allow_panic && chance(15)) {
        line("%s %s= %s;", v->name, (const char *[]){"+", "-", "*", "^", "|", "&"}[below(6)], int_expr(v->ity, 2));
    } else if (chance(20)) {
        line("%s ^= %s;", v->name, int_expr(v->ity, 2));
    } else {
        line("%s = %s;", v->name, int_expr(v->ity, 3));
    }
}

static void gen_loop(void)
{
    int saved = scope_len;
    unsigned n = between(1, loop_depth ? 3 : 6);
    loop_depth++;
    switch (below(5)) {
    case 0: case 1: {
        const char *i = fresh("i");
        IntTy t = (const IntTy[]){I32, U32, USIZE, I64, U8, I128}[below(6)];
        if (chance(20)) line("for %s in (0..%u_%s).rev() {", i, n, int_name[t]);
        else if (chance(20)) line("for %s in (0..%u_%s).step_by(%u) {", i, n * 2, int_name[t], between(1, 3));
        else line("for %s in 0..=%u_%s {", i, n - 1, int_name[t]);
        declare(i, K_INT, t, false);
        gen_block(between(1, 4));
        line("}");
        break;
    }
    case 2: {
        const char *w = fresh("w");
        line("let mut %s: u32 = 0;", w);
        line("while %s < %u {", w, n);
        line("%s += 1;", w);
        declare(w, K_INT, U32, false);
        gen_block(between(1, 3));
        line("}");
        break;
    }
    case 3: { /* loop with a break value */
        IntTy t = any_int();
        const char *r = fresh("v"), *c = fresh("c");
        line("let mut %s: u32 = 0;", c);
        line("let %s: %s = loop {", r, int_name[t]);
        line("%s += 1;", c);
        declare(c, K_INT, U32, false);
        line("if %s >= %u {", c, n);
        line("break %s;", int_expr(t, 2));
        line("}");
        gen_block(between(1, 3));
        line("};");
        scope_len = saved;
        declare(r, K_INT, t, false);
        loop_depth--;
        print_var(&scope[scope_len - 1]);
        return;
    }
    default: { /* labelled loops, break out of the inner one early */
        const char *i = fresh("i"), *j = fresh("j");
        line("'outer%s: for %s in 0..%u_u32 {", i, i, n);
        declare(i, K_INT, U32, false);
        line("for %s in 0..%u_u32 {", j, between(1, 3));
        declare(j, K_INT, U32, false);
        line("if %s {", bool_expr(2));
        line(chance(50) ? "continue 'outer%s;" : "break 'outer%s;", i);
        line("}");
        gen_block(between(1, 3));
        line("}");
        line("}");
        break;
    }
    }
    loop_depth--;
    scope_len = saved;
}

static void gen_statement(void)
{
    stmt_budget--;
    unsigned r = below(100);
    if (r < 28) gen_let();
    else if (r < 50) gen_assign();
    else if (r < 62) {
        const Var *v = random_var();
        if (v) print_var(v); else gen_let();
    } else if (r < 72) {
        const Var *v = random_var();
        if (v) fold_into_checksum(v); else gen_let();
    } else if (r < 82 && stmt_budget > 2 && loop_depth < 3) {
        int saved = scope_len;
        line("if %s {", bool_expr(2));
        gen_block(between(1, 3));
        if (chance(50)) {
            scope_len = saved;
            line("} else {");
            gen_block(between(1, 3));
        }
        line("}");
        scope_len = saved;
    } else if (r < 92 && stmt_budget > 2 && loop_depth < 3) {
        gen_loop();
    } else if (r < 96) {
        IntTy t = any_int();
        const char *name = fresh("v");
        line("let %s: %s = match %s {", name, int_name[t], int_expr(any_int(), 2));
        unsigned lo = below(20);
        line("0 => %s,", int_expr(t, 2));
        line("%u..=%u => %s,", lo + 1, lo + 1 + below(30), int_expr(t, 2));
        line("_ => %s,", int_expr(t, 2));
        line("};");
        declare(name, K_INT, t, false);
    } else {
        const char *name = fresh("v");
        line("let %s: u128 = (%s as u128).wrapping_mul(%s as u128);", name, int_expr(U64, 2), int_expr(U64, 2));
        declare(name, K_INT, U128, false);
    }
}

static void gen_block(int stmts)
{
    int saved = scope_len;
    for (int i = 0; i < stmts; i++) gen_statement();
    scope_len = saved;
}

/* ---------------------------------------------------------------- features */

/* Every feature writes its items and `fn f<id>() -> u64`, which returns a checksum. */

static void begin_fn(int id, const char *what)
{
    line("// %s", what);
    line("fn f%d() -> u64 {", id);
    line("let mut ck: u64 = %lluu64;", (unsigned long long)below(1000));
    scope_len = 0;
    loop_depth = 0;
}

static void end_fn(void)
{
    line("ck");
    line("}");
    line("");
}

static void feature_arith(int id, bool wide)
{
    begin_fn(id, wide ? "128-bit and mixed-width integers" : "integer arithmetic and control flow");
    for (int i = 0, n = (int)between(2, 4); i < n; i++) {
        IntTy t = wide ? (chance(50) ? I128 : U128) : any_int();
        const char *name = fresh("v");
        line("let mut %s: %s = %s;", name, int_name[t], int_expr(t, 2));
        declare(name, K_INT, t, true);
    }
    stmt_budget = (int)between(8, 22);
    while (stmt_budget > 0) gen_statement();
    for (int i = 0; i < scope_len; i++)
        if (!shadowed(i)) fold_into_checksum(&scope[i]);
    end_fn();
}

static void feature_float(int id)
{
    begin_fn(id, "f64 arithmetic and formatting");
    for (int i = 0, n = (int)between(2, 4); i < n; i++) {
        const char *name = fresh("v");
        line("let mut %s: f64 = %s;", name, float_expr(2));
        declare(name, K_FLOAT, I32, true);
    }
    for (int i = 0, n = (int)between(4, 10); i < n; i++) {
        const Var *v = pick_var(K_FLOAT, I32, true);
        switch (below(5)) {
        case 0: case 1: line("%s = %s;", v->name, float_expr(3)); break;
        case 2: print_var(v); break;
        case 3: {
            const char *f32n = fresh("h");
            line("let %s: f32 = (%s as f32) * 0.5_f32;", f32n, float_expr(2));
            line("println!(\"%s = {} {:?} {:.3}\", %s, %s, %s);", f32n, f32n, f32n, f32n);
            break;
        }
        default: {
            IntTy t = any_int();
            line("println!(\"as %s: {}\", %s as %s);", int_name[t], v->name, int_name[t]);
            break;
        }
        }
    }
    for (int i = 0; i < scope_len; i++) { print_var(&scope[i]); fold_into_checksum(&scope[i]); }
    end_fn();
}

typedef struct { const char *name; Kind kind; IntTy ity; } Field;

static void random_fields(Field *fields, int n)
{
    static const char *names[] = {"a", "b", "c", "d", "e", "g"};
    for (int i = 0; i < n; i++) {
        fields[i].name = names[i];
        fields[i].kind = chance(75) ? K_INT : chance(50) ? K_FLOAT : K_BOOL;
        fields[i].ity = any_int();
    }
}

static const char *field_type(const Field *f)
{
    return f->kind == K_INT ? int_name[f->ity] : f->kind == K_FLOAT ? "f64" : "bool";
}

static const char *expr_of(Kind kind, IntTy ity, int depth)
{
    return kind == K_INT ? int_expr(ity, depth) : kind == K_FLOAT ? float_expr(depth) : bool_expr(depth);
}

static void feature_struct(int id)
{
    Field fields[6];
    int n = (int)between(1, 5);
    random_fields(fields, n);
    bool copy = chance(50);
    line("#[derive(Debug, Clone%s, PartialEq)]", copy ? ", Copy" : "");
    line("struct S%d {", id);
    for (int i = 0; i < n; i++) line("%s: %s,", fields[i].name, field_type(&fields[i]));
    line("}");
    line("impl S%d {", id);
    scope_len = 0;
    line("fn new(x: i32) -> S%d {", id);
    declare("x", K_INT, I32, false);
    line("S%d {", id);
    for (int i = 0; i < n; i++) line("%s: %s,", fields[i].name, expr_of(fields[i].kind, fields[i].ity, 2));
    line("}");
    line("}");
    scope_len = 0;
    for (int i = 0; i < n; i++) {
        Str s = {0};
        str_printf(&s, "self.%s", fields[i].name);
        declare(str_take(&s), fields[i].kind, fields[i].ity, true);
    }
    line("fn mix(&self) -> u64 {");
    line("let mut ck: u64 = 7;");
    for (int i = 0; i < n; i++) fold_into_checksum(&scope[i]);
    line("ck");
    line("}");
    line("fn bump(&mut self, d: i32) {");
    declare("d", K_INT, I32, false);
    for (int i = 0; i < n; i++)
        if (chance(70)) line("self.%s = %s;", fields[i].name, expr_of(fields[i].kind, fields[i].ity, 2));
    line("}");
    line("}");
    begin_fn(id, "a struct with methods");
    line("let mut s = S%d::new(%s);", id, int_expr(I32, 1));
    line("println!(\"{:?}\", s);");
    line("for i in 0..%u {", between(1, 5));
    line("s.bump(i);");
    line("println!(\"{} {:?}\", s.mix(), s);");
    line("ck = ck.wrapping_add(s.mix());");
    line("}");
    line("let t = s%s;", copy ? "" : ".clone()");
    line("let mut u = t%s;", copy ? "" : ".clone()");
    line("u.bump(%s);", int_expr(I32, 1));
    line("println!(\"{} {} {:#?}\", t == s, u == t, u);");
    line("ck = ck.wrapping_add(u.mix());");
    end_fn();
}

static void feature_enum(int id)
{
    int nv = (int)between(2, 5);
    Field payload[5][3];
    int npay[5];
    bool named[5];
    line("#[derive(Debug, Clone, PartialEq)]");
    line("enum E%d {", id);
    for (int v = 0; v < nv; v++) {
        npay[v] = v == 0 ? 0 : (int)below(4);
        named[v] = chance(40);
        random_fields(payload[v], npay[v]);
        if (!npay[v]) { line("V%d,", v); continue; }
        Str s = {0};
        str_printf(&s, named[v] ? "V%d { " : "V%d(", v);
        for (int f = 0; f < npay[v]; f++) {
            if (named[v]) str_printf(&s, "%s: ", payload[v][f].name);
            str_printf(&s, "%s%s", field_type(&payload[v][f]), f + 1 < npay[v] ? ", " : "");
        }
        str_printf(&s, named[v] ? " }," : "),");
        line("%s", str_take(&s));
    }
    line("}");
    /* make: pick a variant from n */
    scope_len = 0;
    declare("n", K_INT, U32, false);
    line("fn make%d(n: u32) -> E%d {", id, id);
    line("match n %% %d {", nv);
    for (int v = 0; v < nv; v++) {
        Str s = {0};
        if (v + 1 == nv) str_printf(&s, "_ => E%d::V%d", id, v);
        else str_printf(&s, "%d => E%d::V%d", v, id, v);
        if (npay[v]) {
            str_printf(&s, named[v] ? " { " : "(");
            for (int f = 0; f < npay[v]; f++) {
                if (named[v]) str_printf(&s, "%s: ", payload[v][f].name);
                str_printf(&s, "%s%s", expr_of(payload[v][f].kind, payload[v][f].ity, 2),
                           f + 1 < npay[v] ? ", " : "");
            }
            str_printf(&s, named[v] ? " }" : ")");
        }
        line("%s,", str_take(&s));
    }
    line("}");
    line("}");
    /* eval: a match by reference, with guards */
    line("fn eval%d(e: &E%d) -> i64 {", id, id);
    line("match e {");
    for (int v = 0; v < nv; v++) {
        scope_len = 0;
        Str pat = {0};
        str_printf(&pat, "E%d::V%d", id, v);
        if (npay[v]) {
            str_printf(&pat, named[v] ? " { " : "(");
            for (int f = 0; f < npay[v]; f++) {
                const char *b = fresh("p");
                if (named[v]) str_printf(&pat, "%s: %s", payload[v][f].name, b);
                else str_printf(&pat, "%s", b);
                str_printf(&pat, f + 1 < npay[v] ? ", " : "");
                Str deref = {0};
                str_printf(&deref, "(*%s)", b);
                declare(str_take(&deref), payload[v][f].kind, payload[v][f].ity, false);
            }
            str_printf(&pat, named[v] ? " }" : ")");
        }
        const char *p = str_take(&pat);
        if (npay[v] && chance(50)) line("%s if %s => %s,", p, bool_expr(2), int_expr(I64, 2));
        line("%s => %s,", p, int_expr(I64, 3));
    }
    line("}");
    line("}");
    begin_fn(id, "an enum, built and matched");
    line("let mut all: Vec<E%d> = Vec::new();", id);
    line("for n in 0..%u_u32 {", between(3, 9));
    line("let e = make%d(n.wrapping_mul(%u));", id, between(1, 7));
    line("let r = eval%d(&e);", id);
    line("println!(\"{:?} -> {}\", e, r);");
    line("ck = ck.wrapping_mul(17).wrapping_add(r as u64);");
    line("all.push(e);");
    line("}");
    line("let same = all.iter().filter(|e| **e == E%d::V0).count();", id);
    line("println!(\"V0 x{}\", same);");
    line("if let Some(E%d::V%d%s) = all.last() {", id, nv - 1, npay[nv - 1] ? (named[nv - 1] ? " { .. }" : "(..)") : "");
    line("println!(\"last is V%d\");", nv - 1);
    line("}");
    end_fn();
}

static void feature_trait(int id)
{
    IntTy ta = any_int(), tb = any_int();
    line("trait T%d {", id);
    line("fn val(&self) -> i64;");
    line("fn name(&self) -> String {");
    line("String::from(\"T%d\")", id);
    line("}");
    line("fn twice(&self) -> i64 {");
    line("self.val().wrapping_mul(2)");
    line("}");
    line("}");
    line("struct A%d {", id);
    line("x: %s,", int_name[ta]);
    line("}");
    line("struct B%d {", id);
    line("y: %s,", int_name[tb]);
    line("s: String,");
    line("}");
    scope_len = 0;
    declare("self.x", K_INT, ta, false);
    line("impl T%d for A%d {", id, id);
    line("fn val(&self) -> i64 {");
    line("%s", int_expr(I64, 3));
    line("}");
    line("}");
    scope_len = 0;
    declare("self.y", K_INT, tb, false);
    line("impl T%d for B%d {", id, id);
    line("fn val(&self) -> i64 {");
    line("(self.s.len() as i64).wrapping_add(%s)", int_expr(I64, 3));
    line("}");
    line("fn name(&self) -> String {");
    line("format!(\"B{}:{}\", self.s, self.y)");
    line("}");
    if (chance(50)) {
        line("fn twice(&self) -> i64 {");
        line("%s", int_expr(I64, 2));
        line("}");
    }
    line("}");
    line("fn stat%d<T: T%d>(t: &T) -> i64 {", id, id);
    line("t.val().wrapping_add(t.twice())");
    line("}");
    line("fn dynamic%d(v: &[Box<dyn T%d>]) -> i64 {", id, id);
    line("let mut s = 0i64;");
    line("for t in v.iter() {");
    line("println!(\"{} {} {}\", t.name(), t.val(), t.twice());");
    line("s = s.wrapping_add(t.val());");
    line("}");
    line("s");
    line("}");
    line("fn by_ref%d(t: &dyn T%d) -> String {", id, id);
    line("format!(\"<{}>\", t.name())");
    line("}");
    scope_len = 0;
    begin_fn(id, "a trait with static and dynamic dispatch");
    line("let a = A%d { x: %s };", id, int_expr(ta, 2));
    line("let b = B%d { y: %s, s: String::from(\"s%u\") };", id, int_expr(tb, 2), below(100));
    line("println!(\"{} {}\", stat%d(&a), stat%d(&b));", id, id);
    line("println!(\"{} {}\", by_ref%d(&a), by_ref%d(&b));", id, id);
    line("let mut v: Vec<Box<dyn T%d>> = Vec::new();", id);
    line("v.push(Box::new(a));");
    line("for k in 0..%u {", between(1, 4));
    line("v.push(Box::new(A%d { x: %s }));", id, chance(50) ? "k" : "k * 3");
    line("}");
    line("v.push(Box::new(b));");
    line("ck = ck.wrapping_add(dynamic%d(&v) as u64);", id);
    end_fn();
}

static void feature_generic(int id)
{
    IntTy t1 = any_int(), t2 = any_int();
    line("#[derive(Debug, Clone, Copy, PartialEq)]");
    line("struct W%d<T> {", id);
    line("v: T,");
    line("n: u32,");
    line("}");
    line("impl<T: Copy + PartialOrd + std::fmt::Debug> W%d<T> {", id);
    line("fn bigger(&self, o: T) -> T {");
    line("if self.v > o { self.v } else { o }");
    line("}");
    line("fn show(&self) -> String {");
    line("format!(\"W({:?}, {})\", self.v, self.n)");
    line("}");
    line("}");
    line("fn largest%d<T: PartialOrd + Copy>(xs: &[T]) -> T {", id);
    line("let mut m = xs[0];");
    line("for &x in xs {");
    line("if x > m {");
    line("m = x;");
    line("}");
    line("}");
    line("m");
    line("}");
    line("fn sum3_%d<T: Copy + std::ops::Add<Output = T>>(a: T, b: T, c: T) -> T {", id);
    line("a + b + c");
    line("}");
    line("fn pair%d<A: std::fmt::Display, B: std::fmt::Debug>(a: A, b: B) -> String {", id);
    line("format!(\"{}/{:?}\", a, b)");
    line("}");
    scope_len = 0;
    begin_fn(id, "generic functions and structs");
    line("let xs: [%s; 4] = [%s, %s, %s, %s];", int_name[t1], int_expr(t1, 1), int_expr(t1, 1), int_expr(t1, 1), int_expr(t1, 1));
    line("let ys: Vec<%s> = vec![%s, %s, %s];", int_name[t2], int_expr(t2, 1), int_expr(t2, 1), int_expr(t2, 1));
    line("println!(\"{} {}\", largest%d(&xs), largest%d(&ys));", id, id);
    line("println!(\"{}\", largest%d(&[%s, %s]));", id, float_expr(1), float_expr(1));
    line("println!(\"{} {}\", sum3_%d(%u_%s, %u, %u), sum3_%d(%s, 0.5, 2.0));", id, below(40), int_name[t1], below(40),
         below(40), id, float_expr(1));
    line("let w = W%d { v: xs[%u], n: %u };", id, below(4), below(9));
    line("let w2 = W%d { v: %s, n: 1 };", id, float_expr(1));
    line("println!(\"{} {:?} {} {}\", w.show(), w.bigger(%s), w2.show(), w2.bigger(1.5));", int_expr(t1, 1));
    line("println!(\"{}\", pair%d(w.n, (w2.v, \"s\")));", id);
    line("ck = ck.wrapping_add(largest%d(&xs) as u64).wrapping_add(w.n as u64);", id);
    end_fn();
}

static void feature_closure(int id)
{
    line("fn apply%d<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {", id);
    line("f(x)");
    line("}");
    line("fn repeat%d<F: FnMut(i64)>(mut f: F, n: i64) {", id);
    line("for i in 0..n {");
    line("f(i);");
    line("}");
    line("}");
    line("fn sub%d(a: i64, b: i64) -> i64 {", id);
    line("a.wrapping_sub(b)");
    line("}");
    line("fn once%d<F: FnOnce() -> String>(f: F) -> String {", id);
    line("f()");
    line("}");
    scope_len = 0;
    declare("k", K_INT, I64, false);
    line("fn adder%d(k: i64) -> impl Fn(i64) -> i64 {", id);
    declare("x", K_INT, I64, false);
    line("move |x| %s", int_expr(I64, 3));
    line("}");
    scope_len = 0;
    begin_fn(id, "closures: Fn, FnMut, FnOnce, move, boxed");
    line("let k: i64 = %s;", int_expr(I64, 2));
    declare("k", K_INT, I64, false);
    int saved = scope_len;
    declare("x", K_INT, I64, false);
    line("let c = |x: i64| %s;", int_expr(I64, 3));
    scope_len = saved;
    line("println!(\"{} {}\", apply%d(&c, %s), apply%d(c, k));", id, int_expr(I64, 1), id);
    line("let mut total: i64 = 0;");
    line("let mut calls = 0u32;");
    declare("i", K_INT, I64, false);
    line("repeat%d(|i| {", id);
    line("total = total.wrapping_add(%s);", int_expr(I64, 2));
    line("calls += 1;");
    line("}, %u);", between(0, 6));
    scope_len = saved;
    line("println!(\"total {} calls {}\", total, calls);");
    line("let s = String::from(\"cap%u\");", below(100));
    line("let r = once%d(move || {", id);
    line("let mut t = s;");
    line("t.push_str(\"-moved\");");
    line("t");
    line("});");
    line("println!(\"{}\", r);");
    line("let add = adder%d(%s);", id, int_expr(I64, 1));
    line("println!(\"{}\", add(%s));", int_expr(I64, 1));
    /* (Box<dyn Fn> is not in Patina's subset: calling one is E0618) */
    line("let fs: Vec<fn(i64) -> i64> = vec![|x| x / 2, |x| x.wrapping_mul(x), |x| x.rotate_left(9)];");
    line("for (n, f) in fs.iter().enumerate() {");
    line("let y = apply%d(f, (n as i64).wrapping_add(%s)).wrapping_add(add(k));", id, int_expr(I64, 1));
    line("println!(\"f{} {}\", n, y);");
    line("ck = ck.wrapping_add(y as u64);");
    line("}");
    line("let fp: fn(i64, i64) -> i64 = sub%d;", id);
    line("println!(\"{}\", fp(k, total));");
    line("ck = ck.wrapping_add(total as u64);");
    end_fn();
}

static void feature_vec(int id)
{
    IntTy t = any_int();
    const char *ty = int_name[t];
    begin_fn(id, "Vec operations and iterator adaptors");
    line("let mut v: Vec<%s> = Vec::new();", ty);
    line("for i in 0..%u_u32 {", between(3, 12));
    declare("i", K_INT, U32, false);
    line("v.push(%s);", int_expr(t, 2));
    line("}");
    scope_len = 0;
    line("println!(\"{:?} len {}\", v, v.len());");
    for (int i = 0, n = (int)between(4, 10); i < n; i++) {
        switch (below(16)) {
        case 0: line("v.sort();"); break;
        case 1: line("v.dedup();"); break;
        case 2: line("v.reverse();"); break;
        case 3: line("v.retain(|&x| x %% 3 != 1);"); break;
        case 4: line("v.truncate(%u);", between(2, 8)); break;
        case 5: line("v.insert(0, %s);", int_expr(t, 1)); break;
        case 6: line("if v.len() > 1 { let last = v.len() - 1; v.swap(0, last); }"); break;
        case 7: line("println!(\"pop {:?}\", v.pop());"); break;
        case 8:
            line("let s: %s = v.iter().fold(0_%s, |a, &b| a.wrapping_add(b));", ty, ty);
            line("println!(\"fold {}\", s);");
            break;
        case 9:
            line("let w: Vec<%s> = v.iter().map(|&x| x.wrapping_mul(3)).filter(|x| *x > %s).collect();", ty, int_expr(t, 1));
            line("println!(\"{:?}\", w);");
            break;
        case 10:
            line("println!(\"{:?} {:?} {}\", v.iter().max(), v.iter().min(), v.iter().filter(|&&x| x %% 2 == 0).count());");
            break;
        case 11:
            line("for (i, x) in v.iter().enumerate().skip(1).take(3) {");
            line("println!(\"{} {}\", i, x);");
            line("}");
            break;
        case 12:
            line("let z: Vec<(%s, usize)> = v.iter().rev().copied().zip(0..v.len()).collect();", ty);
            line("println!(\"{:?}\", z);");
            break;
        case 13:
            line("println!(\"{} {} {:?}\", v.iter().any(|&x| x > %s), v.iter().all(|&x| x != 0), v.iter().position(|&x| x == %s));",
                 int_expr(t, 1), int_expr(t, 1));
            break;
        case 14:
            line("for w in v.windows(2) {");
            line("println!(\"{:?}\", w);");
            line("}");
            line("for c in v.chunks(3) {");
            line("println!(\"{} {:?}\", c.len(), c.first());");
            line("}");
            break;
        default:
            line("let mut u = v.clone();");
            line("u.extend(v.iter().map(|x| x.wrapping_add(1)));");
            line("u.sort_by(|a, b| b.cmp(a));");
            line("println!(\"{:?} {}\", u, u.contains(&%s));", int_expr(t, 1));
            break;
        }
    }
    line("println!(\"{:?}\", v);");
    line("for x in &v {");
    line("ck = ck.wrapping_mul(13).wrapping_add(*x as u64);");
    line("}");
    end_fn();
}

static void feature_string(int id)
{
    begin_fn(id, "String building and str methods");
    line("let mut s = String::new();");
    line("for i in 0..%u_u32 {", between(2, 7));
    declare("i", K_INT, U32, false);
    IntTy t = any_int();
    line("s.push_str(&format!(\"{}-\", %s));", int_expr(t, 2));
    line("s.push('%c');", "xyzq"[below(4)]);
    line("}");
    scope_len = 0;
    line("println!(\"{} {}\", s, s.len());");
    for (int i = 0, n = (int)between(3, 8); i < n; i++) {
        switch (below(10)) {
        case 0: line("println!(\"{}\", s.to_uppercase());"); break;
        case 1:
            line("let parts: Vec<&str> = s.split('-').collect();");
            line("println!(\"{:?} {}\", parts, parts.len());");
            break;
        case 2:
            line("let r: String = s.chars().rev().collect();");
            line("println!(\"{}\", r);");
            break;
        case 3: line("println!(\"{} {:?} {}\", s.contains(\"1\"), s.find('-'), s.starts_with(\"%u\"));", below(10)); break;
        case 4: line("s = s.replace(\"-\", \"+\");"); break;
        case 5: line("println!(\"[{:>12}] [{:<8}] [{:^9}]\", s.len(), &s[..s.len().min(3)], \"mid\");"); break;
        case 6:
            line("let t = format!(\"{}{}\", s, %s);", int_expr(any_int(), 1));
            line("s = t + \"!\";");
            break;
        case 7:
            line("let w: Vec<String> = s.split('-').filter(|p| !p.is_empty()).map(|p| p.to_string()).collect();");
            line("println!(\"{}\", w.join(\",\"));");
            break;
        case 8: line("println!(\"{}\", s.chars().filter(|c| c.is_ascii_digit()).count());"); break;
        default: line("s += &format!(\"{:?}\", (%s, %s));", int_expr(any_int(), 1), bool_expr(1)); break;
        }
    }
    line("for b in s.bytes() {");
    line("ck = ck.wrapping_mul(7).wrapping_add(b as u64);");
    line("}");
    end_fn();
}

static void feature_heap(int id)
{
    line("#[derive(Debug)]");
    line("enum L%d {", id);
    line("Cons(i64, Box<L%d>),", id);
    line("Nil,");
    line("}");
    line("fn sum%d(l: &L%d) -> i64 {", id, id);
    line("match l {");
    line("L%d::Cons(v, rest) => v.wrapping_add(sum%d(rest)),", id, id);
    line("L%d::Nil => 0,", id);
    line("}");
    line("}");
    begin_fn(id, "Box, Rc, RefCell, Cell");
    line("let mut l = L%d::Nil;", id);
    line("for i in 0..%u_i64 {", between(1, 6));
    declare("i", K_INT, I64, false);
    line("l = L%d::Cons(%s, Box::new(l));", id, int_expr(I64, 2));
    line("}");
    scope_len = 0;
    line("println!(\"{:?} {}\", l, sum%d(&l));", id);
    line("let shared = Rc::new(RefCell::new(Vec::new()));");
    line("let other = Rc::clone(&shared);");
    line("for k in 0..%u_u32 {", between(1, 5));
    line("other.borrow_mut().push(k * %u);", between(1, 9));
    line("}");
    line("{");
    line("let third = shared.clone();");
    line("println!(\"count {}\", Rc::strong_count(&third));");
    line("third.borrow_mut().push(%u);", below(50));
    line("}");
    line("println!(\"count {} {:?}\", Rc::strong_count(&shared), shared.borrow());");
    line("let total: u32 = shared.borrow().iter().sum();");
    line("let c = Cell::new(%s);", int_expr(I32, 1));
    line("c.set(c.get().wrapping_mul(%s));", int_expr(I32, 1));
    line("let b: Box<i64> = Box::new(%s);", int_expr(I64, 2));
    line("let u = *b;");
    line("println!(\"{} {} {}\", total, c.get(), u);");
    line("ck = ck.wrapping_add(total as u64).wrapping_add(u as u64).wrapping_add(sum%d(&l) as u64);", id);
    end_fn();
}

static void feature_option(int id)
{
    scope_len = 0;
    declare("x", K_INT, I32, false);
    line("fn parse%d(x: i32) -> Result<i32, String> {", id);
    line("if %s {", bool_expr(2));
    line("Err(format!(\"bad {}\", x))");
    line("} else {");
    line("Ok(%s)", int_expr(I32, 2));
    line("}");
    line("}");
    line("fn chain%d(x: i32) -> Result<i64, String> {", id);
    line("let a = parse%d(x)?;", id);
    line("let b = parse%d(a.wrapping_add(%s))?;", id, int_expr(I32, 1));
    line("Ok((a as i64).wrapping_mul(b as i64))");
    line("}");
    line("fn get%d(v: &[u32], i: usize) -> Option<u32> {", id);
    line("let x = v.get(i)?;");
    line("Some(x.wrapping_mul(%u))", between(2, 9));
    line("}");
    scope_len = 0;
    begin_fn(id, "Option, Result and ?");
    line("for x in 0..%u_i32 {", between(2, 8));
    line("match chain%d(x.wrapping_mul(%s)) {", id, int_expr(I32, 1));
    line("Ok(v) => {");
    line("println!(\"ok {}\", v);");
    line("ck = ck.wrapping_add(v as u64);");
    line("}");
    line("Err(e) => println!(\"err {}\", e),");
    line("}");
    line("}");
    line("let v: Vec<u32> = vec![%u, %u, %u];", below(100), below(100), below(100));
    line("println!(\"{:?} {:?}\", get%d(&v, %u), get%d(&v, %u));", id, below(5), id, below(5));
    line("let o: Option<i32> = if %s { Some(%s) } else { None };", bool_expr(1), int_expr(I32, 1));
    line("println!(\"{:?} {:?} {}\", o.map(|x| x.wrapping_add(1)), o.and_then(|x| x.checked_mul(%s)), o.unwrap_or(%s));",
         int_expr(I32, 1), int_expr(I32, 1));
    line("let r: Result<u8, String> = parse%d(%s).map(|x| x as u8);", id, int_expr(I32, 1));
    line("println!(\"{:?} {} {:?}\", r, r.is_ok(), r.clone().ok());");
    line("ck = ck.wrapping_add(o.is_some() as u64);");
    end_fn();
}

static void feature_format(int id)
{
    begin_fn(id, "format specs");
    for (int i = 0, n = (int)between(3, 8); i < n; i++) {
        Kind k = chance(60) ? K_INT : chance(70) ? K_FLOAT : K_BOOL;
        IntTy t = any_int();
        const char *name = fresh("v");
        line("let %s: %s = %s;", name, k == K_INT ? int_name[t] : k == K_FLOAT ? "f64" : "bool", expr_of(k, t, 2));
        declare(name, k, t, false);
        line("println!(\"[%s] [%s]\", %s, %s);", spec_for(k), spec_for(k), name, name);
        line("let t = format!(\"%s\", %s);", spec_for(k), name);
        line("println!(\"{} {}\", t, t.len());");
        line("ck = ck.wrapping_add(t.len() as u64);");
    }
    line("println!(\"{:>w$} {:.p$} {:?}\", %s, %s, (1, \"two\", 3.5), w = %u, p = %u);", int_expr(any_int(), 1),
         float_expr(1), below(12), below(6));
    end_fn();
}

static void feature_slice(int id)
{
    IntTy t = any_int();
    scope_len = 0;   /* bump's expression sees only its own parameters */
    line("fn total%d(s: &[%s]) -> u64 {", id, int_name[t]);
    line("let mut t: u64 = 0;");
    line("for x in s {");
    line("t = t.wrapping_mul(5).wrapping_add(*x as u64);");
    line("}");
    line("t");
    line("}");
    line("fn bump%d(s: &mut [%s]) {", id, int_name[t]);
    line("for x in s.iter_mut() {");
    line("*x = x.wrapping_add(%s);", int_expr(t, 1));
    line("}");
    line("}");
    begin_fn(id, "arrays and slices");
    unsigned n = between(3, 8);
    Str init = {0};
    for (unsigned i = 0; i < n; i++) str_printf(&init, "%s%s", int_expr(t, 1), i + 1 < n ? ", " : "");
    line("let mut a: [%s; %u] = [%s];", int_name[t], n, str_take(&init));
    unsigned lo = below(n), hi = lo + below(n - lo + 1);
    line("println!(\"{:?} {}\", &a[%u..%u], total%d(&a[%u..]));", lo, hi, id, lo);
    line("bump%d(&mut a[%u..%u]);", id, lo, hi);
    line("let (l, r) = a.split_at(%u);", below(n + 1));
    line("println!(\"{:?} {:?} {:?} {:?}\", l, r, a.first(), a.last());");
    line("if let [x, .., y] = a {");
    line("println!(\"ends {} {}\", x, y);");
    line("}");
    line("let idx = (%s as usize) %% %u;", int_expr(U32, 1), n);
    line("a[idx] = a[idx].wrapping_add(1);");
    line("let mut sorted = a;");
    line("sorted.sort();");
    line("println!(\"{:?} {:?} {}\", a, sorted, a.contains(&%s));", int_expr(t, 1));
    line("ck = ck.wrapping_add(total%d(&a)).wrapping_add(total%d(&sorted));", id, id);
    end_fn();
}

/* ---------------------------------------------------------------- drops */

/* Values with a printing Drop, moved around at random. Tracks which are live so that
 * the program stays free of E0382. */
typedef enum { D_LIVE, D_MOVED, D_MAYBE } DropState;
typedef struct {
    const char *name;
    DropState state;
    bool mutable;
    int depth; /* the block it was declared in */
} DropVar;

static DropVar dvars[64];
static int ndvars;
static int next_drop_id;
static int drop_block_depth;

static DropVar *pick_dvar(DropState want, bool need_mut)
{
    int found[64], n = 0;
    for (int i = 0; i < ndvars; i++)
        if (dvars[i].state == want && (!need_mut || dvars[i].mutable)) found[n++] = i;
    return n ? &dvars[found[below((unsigned)n)]] : NULL;
}

static void new_dvar(const char *name, bool mutable)
{
    if (ndvars < 64) dvars[ndvars++] = (DropVar){name, D_LIVE, mutable, drop_block_depth};
}

static void gen_drop_block(int id, int stmts);

static void gen_drop_statement(int id)
{
    DropVar *d;
    int n = next_drop_id;
    switch (below(32)) {
    case 0: case 1: case 2: {
        bool mutable = chance(40);
        const char *name = fresh("d");
        line("let %s%s = D%d::new(%d);", mutable ? "mut " : "", name, id, next_drop_id++);
        new_dvar(name, mutable);
        return;
    }
    case 3:
        line("let _ = D%d::new(%d);", id, next_drop_id++);
        return;
    case 4:
        line("println!(\"temp {}\", D%d::new(%d).id + D%d::new(%d).id);", id, next_drop_id, id, next_drop_id + 1);
        next_drop_id += 2;
        return;
    case 5:
        if ((d = pick_dvar(D_LIVE, false))) { line("drop(%s);", d->name); d->state = D_MOVED; return; }
        break;
    case 6:
        if ((d = pick_dvar(D_LIVE, false))) {
            const char *name = fresh("d");
            line("let %s = %s;", name, d->name);
            d->state = D_MOVED;
            new_dvar(name, false);
            return;
        }
        break;
    case 7:
        if ((d = pick_dvar(D_LIVE, false))) { line("consume%d(%s);", id, d->name); d->state = D_MOVED; return; }
        break;
    case 8: /* overwrite: the old value drops first */
        if ((d = pick_dvar(D_LIVE, true)) || (d = pick_dvar(D_MOVED, true)) || (d = pick_dvar(D_MAYBE, true))) {
            line("%s = D%d::new(%d);", d->name, id, next_drop_id++);
            d->state = D_LIVE;
            return;
        }
        break;
    case 9: /* moved on one path only: a drop flag */
        if ((d = pick_dvar(D_LIVE, false))) {
            line("if %s {", bool_expr(1));
            if (chance(50)) line("drop(%s);", d->name);
            else line("consume%d(%s);", id, d->name);
            line("}");
            d->state = D_MAYBE;
            return;
        }
        break;
    case 10:
        if ((d = pick_dvar(D_LIVE, true))) {
            line("let old = std::mem::replace(&mut %s, D%d::new(%d));", d->name, id, next_drop_id++);
            line("println!(\"replaced {}\", old.id);");
            return;
        }
        break;
    case 11: {
        const char *name = fresh("vd");
        line("let mut %s = vec![D%d::new(%d), D%d::new(%d), D%d::new(%d)];", name, id, next_drop_id, id,
             next_drop_id + 1, id, next_drop_id + 2);
        next_drop_id += 3;
        switch (below(4)) {
        case 0: line("%s.pop();", name); break;
        case 1: line("let r = %s.remove(%u);", name, below(3)); line("println!(\"removed {}\", r.id);"); break;
        case 2: line("%s.truncate(%u);", name, below(3)); break;
        default: line("%s.push(D%d::new(%d));", name, id, next_drop_id++); break;
        }
        line("println!(\"vec {}\", %s.len());", name);
        return;
    }
    case 12: {
        const char *name = fresh("od");
        line("let mut %s = Some(D%d::new(%d));", name, id, next_drop_id++);
        if (chance(50)) line("let taken = %s.take();", name);
        line("println!(\"some {}\", %s.is_some());", name);
        return;
    }
    case 13: {
        const char *name = fresh("pd");
        line("let %s = P%d { a: D%d::new(%d), b: D%d::new(%d) };", name, id, id, next_drop_id, id, next_drop_id + 1);
        next_drop_id += 2;
        if (chance(60)) {
            line("let %s_a = %s.%s;", name, name, chance(50) ? "a" : "b");
            line("println!(\"part {}\", %s_a.id);", name);
        }
        return;
    }
    case 14: {
        const char *name = fresh("bd");
        line("let %s: Box<D%d> = Box::new(D%d::new(%d));", name, id, id, next_drop_id++);
        if (chance(50)) line("let %s_in = *%s;", name, name);
        return;
    }
    case 15:
        if (drop_block_depth < 2) {
            int saved = ndvars;
            drop_block_depth++;
            line("{");
            gen_drop_block(id, (int)between(1, 4));
            line("}");
            drop_block_depth--;
            ndvars = saved;
            return;
        }
        break;
    case 16:
        if (drop_block_depth < 2) {
            int saved = ndvars;
            drop_block_depth++;
            line("for k in 0..%u {", between(1, 3));
            line("let inner = D%d::new(%d + k);", id, (next_drop_id += 10) - 10);
            line("if k == %u {", below(3));
            line(chance(50) ? "break;" : "continue;");
            line("}");
            line("println!(\"iter {}\", inner.id);");
            line("}");
            drop_block_depth--;
            ndvars = saved;
            return;
        }
        break;
    case 17: {
        line("let t = (D%d::new(%d), D%d::new(%d));", id, next_drop_id, id, next_drop_id + 1);
        next_drop_id += 2;
        line(chance(50) ? "let (x, _) = t;" : "let (_, x) = t;");
        line("println!(\"tuple {}\", x.id);");
        return;
    }
    case 18:
        line("let n = make%d(%d).id + make%d(%d).id;", id, next_drop_id, id, next_drop_id + 1);
        line("println!(\"sum {}\", n);");
        next_drop_id += 2;
        return;
    case 20: /* moving out of an enum in a match: the rest drops with the enum */
        line("let h = H%d::Two(D%d::new(%d), D%d::new(%d));", id, id, n, id, n + 1);
        next_drop_id += 2;
        line("match h {");
        line(chance(50) ? "H%d::Two(x, _) => println!(\"first {}\", x.id)," : "H%d::Two(_, x) => println!(\"second {}\", x.id),", id);
        line("H%d::One(x) => println!(\"one {}\", x.id),", id);
        line("H%d::Empty => println!(\"empty\"),", id);
        line("}");
        line("println!(\"after match\");");
        return;
    case 21:
        line("if let Some(x) = pick%d(sel.wrapping_add(%d)) {", id, n);
        line("println!(\"picked {}\", x.id);");
        line("}");
        next_drop_id++;
        return;
    case 22: line("println!(\"early {}\", early%d(%d));", id, next_drop_id++); return;
    case 23:
        line("match attempt%d(sel.wrapping_add(%d)) {", id, next_drop_id++);
        line("Ok(v) => println!(\"ok {}\", v),");
        line("Err(e) => println!(\"err {}\", e),");
        line("}");
        return;
    case 24:
        line("println!(\"two {}\", two%d(make%d(%d), D%d::new(%d)));", id, id, n, id, n + 1);
        next_drop_id += 2;
        return;
    case 25:
        line("let mut bag = Bag%d { items: vec![D%d::new(%d)], extra: Some(Box::new(D%d::new(%d))) };", id, id, n, id, n + 1);
        line("bag.items.push(D%d::new(%d));", id, n + 2);
        next_drop_id += 3;
        if (chance(50)) line("bag.extra = None;");
        else line("bag.items[0] = D%d::new(%d);", id, next_drop_id++);
        line("println!(\"bag {} {}\", bag.items.len(), bag.extra.is_some());");
        return;
    case 26:
        line("let r1 = Rc::new(D%d::new(%d));", id, next_drop_id++);
        line("let r2 = Rc::clone(&r1);");
        line("drop(r1);");
        line("println!(\"rc {} {}\", r2.id, Rc::strong_count(&r2));");
        return;
    case 27:
        if ((d = pick_dvar(D_LIVE, false))) {
            if (chance(50)) {
                /* (`move || d.id` would capture only the field, as edition 2021 does and
                 * Patina does not: its closures capture whole variables) */
                line("let f = move || {");
                line("let whole = &%s;", d->name);
                line("whole.id + 1");
                line("};");
                line("println!(\"closure {}\", f());");
            } else {
                line("let g = move || {");
                line("let inner = %s;", d->name);
                line("inner.id");
                line("};");
                line("println!(\"once {}\", g());");
            }
            d->state = D_MOVED;
            return;
        }
        break;
    case 28:
        line("let s = D%d::new(%d);", id, n);
        line("let s = D%d::new(%d);", id, n + 1);
        line("println!(\"shadow {}\", s.id);");
        next_drop_id += 2;
        return;
    case 29:
        line("match make%d(%d).id %% 3 {", id, next_drop_id++);
        line("0 => println!(\"zero\"),");
        line("_ => println!(\"nonzero\"),");
        line("}");
        return;
    case 30:
        line("let got = loop {");
        line("let t = D%d::new(%d);", id, n);
        line("let u = D%d::new(%d);", id, n + 1);
        line("break %s;", chance(50) ? "t" : "u");
        line("};");
        line("println!(\"loop {}\", got.id);");
        next_drop_id += 2;
        return;
    case 31:
        line("let mut pp = P%d { a: D%d::new(%d), b: D%d::new(%d) };", id, id, n, id, n + 1);
        line("pp.%s = D%d::new(%d);", chance(50) ? "a" : "b", id, n + 2);
        line("println!(\"fields {} {}\", pp.a.id, pp.b.id);");
        next_drop_id += 3;
        return;
    default:
        if (allow_panic && chance(10)) {
            /* a panic while values are live: they drop during unwinding */
            line("if %s {", bool_expr(1));
            line("panic!(\"boom\");");
            line("}");
            return;
        }
        line("println!(\"mark %d\");", next_drop_id++);
        return;
    }
    line("println!(\"step %d\");", next_drop_id++);
}

static void gen_drop_block(int id, int stmts)
{
    for (int i = 0; i < stmts; i++) gen_drop_statement(id);
}

static void feature_drop(int id)
{
    line("struct D%d {", id);
    line("id: u32,");
    line("}");
    line("impl D%d {", id);
    line("fn new(id: u32) -> D%d {", id);
    line("println!(\"new {}\", id);");
    line("D%d { id }", id);
    line("}");
    line("}");
    line("impl Drop for D%d {", id);
    line("fn drop(&mut self) {");
    line("println!(\"drop {}\", self.id);");
    line("}");
    line("}");
    line("struct P%d {", id);
    line("a: D%d,", id);
    line("b: D%d,", id);
    line("}");
    line("fn consume%d(d: D%d) {", id, id);
    line("println!(\"consume {}\", d.id);");
    line("}");
    line("fn make%d(id: u32) -> D%d {", id, id);
    line("D%d::new(id)", id);
    line("}");
    line("enum H%d {", id);
    line("Empty,");
    line("One(D%d),", id);
    line("Two(D%d, D%d),", id, id);
    line("}");
    line("struct Bag%d {", id);
    line("items: Vec<D%d>,", id);
    line("extra: Option<Box<D%d>>,", id);
    line("}");
    line("fn pick%d(n: u32) -> Option<D%d> {", id, id);
    line("if n %% 2 == 0 { Some(D%d::new(n)) } else { None }", id);
    line("}");
    line("fn early%d(n: u32) -> u32 {", id);
    line("let a = D%d::new(n);", id);
    line("if n %% 3 == 0 {");
    line("return a.id;");
    line("}");
    line("let b = D%d::new(n + 1);", id);
    line("b.id + a.id");
    line("}");
    line("fn check%d(n: u32) -> Result<u32, String> {", id);
    line("if n %% 2 == 1 { Err(format!(\"odd {}\", n)) } else { Ok(n / 2) }");
    line("}");
    line("fn attempt%d(n: u32) -> Result<u32, String> {", id);
    line("let a = D%d::new(n);", id);
    line("let v = check%d(n)?;", id);
    line("let b = D%d::new(v);", id);
    line("Ok(v.wrapping_add(a.id).wrapping_add(b.id))");
    line("}");
    line("fn two%d(a: D%d, b: D%d) -> u32 {", id, id, id);
    line("a.id * 2 + b.id");
    line("}");
    begin_fn(id, "values with a printing Drop, moved and dropped at random");
    ndvars = 0;
    drop_block_depth = 0;
    line("let sel: u32 = %s;", int_expr(U32, 2));
    declare("sel", K_INT, U32, false);
    next_drop_id = (int)below(10) * 100;
    gen_drop_block(id, (int)between(5, 16));
    line("ck = ck.wrapping_add(%d);", next_drop_id);
    end_fn();
}

/* ---------------------------------------------------------------- the program */

static void parse_weights(const char *spec)
{
    while (*spec) {
        size_t len = strcspn(spec, ","), name_len = strcspn(spec, "=,");
        int f = 0;
        while (f < F_COUNT && !(strlen(feature_names[f]) == name_len && strncmp(feature_names[f], spec, name_len) == 0))
            f++;
        if (name_len == len || f == F_COUNT) {
            fprintf(stderr, "gen: bad weight '%.*s' (features:", (int)len, spec);
            for (int i = 0; i < F_COUNT; i++) fprintf(stderr, " %s", feature_names[i]);
            fprintf(stderr, ")\n");
            exit(2);
        }
        feature_weight[f] = (unsigned)atoi(spec + name_len + 1);
        spec += len + (spec[len] == ',');
    }
}

static enum Feature pick_feature(void)
{
    unsigned total = 0;
    for (int f = 0; f < F_COUNT; f++) total += feature_weight[f];
    if (!total) { fprintf(stderr, "gen: every feature weight is 0\n"); exit(2); }
    unsigned r = below(total);
    for (int f = 0; f < F_COUNT; f++) {
        if (r < feature_weight[f]) return (enum Feature)f;
        r -= feature_weight[f];
    }
    return F_ARITH;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: gen SEED [--no-panic] [--weights NAME=N,...]\n");
        return 2;
    }
    uint64_t seed = strtoull(argv[1], NULL, 10);
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--no-panic") == 0) allow_panic = false;
        else if (strcmp(argv[i], "--weights") == 0 && i + 1 < argc) parse_weights(argv[++i]);
        else { fprintf(stderr, "gen: unknown option %s\n", argv[i]); return 2; }
    }
    rng_state = seed * 0x2545F4914F6CDD1Dull + 1;

    line("// generated by tests/fuzz/gen %llu%s", (unsigned long long)seed, allow_panic ? "" : " --no-panic");
    line("#![allow(unused, overflowing_literals, unconditional_panic, arithmetic_overflow)]");
    line("use std::cell::{Cell, RefCell};");
    line("use std::rc::Rc;");
    line("");
    int nfeatures = (int)between(2, 6);
    for (int id = 1; id <= nfeatures; id++) {
        switch (pick_feature()) {
        case F_ARITH: feature_arith(id, false); break;
        case F_WIDE: feature_arith(id, true); break;
        case F_FLOAT: feature_float(id); break;
        case F_STRUCT: feature_struct(id); break;
        case F_ENUM: feature_enum(id); break;
        case F_TRAIT: feature_trait(id); break;
        case F_GENERIC: feature_generic(id); break;
        case F_CLOSURE: feature_closure(id); break;
        case F_VEC: feature_vec(id); break;
        case F_STRING: feature_string(id); break;
        case F_HEAP: feature_heap(id); break;
        case F_OPTION: feature_option(id); break;
        case F_DROP: feature_drop(id); break;
        case F_FORMAT: feature_format(id); break;
        default: feature_slice(id); break;
        }
    }
    line("fn main() {");
    line("let mut total: u64 = 0;");
    for (int id = 1; id <= nfeatures; id++) {
        line("let r%d = f%d();", id, id);
        line("println!(\"f%d: {}\", r%d);", id, id);
        line("total = total.wrapping_mul(1000003).wrapping_add(r%d);", id);
    }
    line("println!(\"total: {}\", total);");
    line("}");
    return 0;
}
