/* rt.c — start-up, output streams, formatting of scalars, panics and exit.
 *
 * Takes: calls from compiled Patina programs (see rt.h for the ABI).
 * Gives: Rust's observable behaviour: stdout buffered and flushed at exit, before any
 * stderr output and on process::exit; `{}`/`{:?}`/`{:x}`... of integers, bools, chars and
 * strings with width, fill, alignment, sign, `#`, `0` and precision exactly as
 * core::fmt does; panics printed like the Rust runtime's and exiting with 101; a stack
 * overflow reported like Rust's (SIGABRT), any other invalid access killing the program
 * by SIGSEGV as it does Rust's. stdout behaves as Rust's line-buffered stdout: whatever
 * ends the program, each complete line written reaches it; the unfinished last line is
 * lost only when the program aborts or is killed, as in Rust. */
#include "rt.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

/* ── streams ── */

#define OUT_CAP (64 * 1024)
static uint8_t out_buf[OUT_CAP];
static size_t out_len;

static void write_all(int fd, const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;             /* a closed stream: drop output, as Rust's stderr does */
        p += w;
        n -= (size_t)w;
    }
}

static void flush_stdout(void) {
    write_all(1, out_buf, out_len);
    out_len = 0;
}

/* What Rust's line-buffered stdout has written by now: every complete line. Used before
 * writing to stderr and when the program aborts; async-signal-safe. */
static void flush_stdout_lines(void) {
    size_t n = out_len;
    while (n > 0 && out_buf[n - 1] != '\n') n--;
    if (!n) return;
    write_all(1, out_buf, n);
    memmove(out_buf, out_buf + n, out_len - n);
    out_len -= n;
}

/* In-memory streams (format!), per thread: a buffer each, reused once taken. */
typedef struct Sink {
    uint8_t *p;
    size_t len, cap;
    bool open;
} Sink;

static _Thread_local Sink *sinks;
static _Thread_local int32_t nsinks;

int32_t rt_sink_open(void) {
    int32_t i = 0;
    while (i < nsinks && sinks[i].open) i++;
    if (i == nsinks) {
        Sink *grown = realloc(sinks, sizeof(Sink) * (size_t)(nsinks + 1));
        if (!grown) rt_alloc_failed(sizeof(Sink), 8);
        sinks = grown;
        nsinks++;
    }
    sinks[i] = (Sink){NULL, 0, 0, true};
    return RT_SINK_BASE + i;
}

uint8_t *rt_sink_take(int32_t stream, size_t *len, size_t *cap) {
    Sink *s = &sinks[stream - RT_SINK_BASE];
    s->open = false;
    *len = s->len;
    *cap = s->cap;
    return s->p ? s->p : (uint8_t *)1;          /* nothing written: an empty, dangling buffer */
}

static void sink_write(int32_t stream, const uint8_t *p, size_t len) {
    Sink *s = &sinks[stream - RT_SINK_BASE];
    if (s->len + len > s->cap) {
        /* as a String grows: double, at least 8 bytes */
        size_t cap = s->cap * 2 > s->len + len ? s->cap * 2 : s->len + len;
        if (cap < 8) cap = 8;
        s->p = rt_realloc(s->p, s->cap, 1, cap);
        s->cap = cap;
    }
    memcpy(s->p + s->len, p, len);
    s->len += len;
}

/* `{:#?}` of a value whose Debug is an impl, nested in a pretty-printed aggregate: the
 * lines it writes are indented by the depth it sits at, as by rustc's PadAdapter (the
 * first line continues the current one). Per stream, as a format! may run meanwhile. */
enum { MAX_INDENTED = 8 };
static _Thread_local struct Indent {
    int32_t stream, spaces;
    bool line_start;
} indents[MAX_INDENTED];
static _Thread_local int nindented;     /* slots in use: none on the usual path of every write */

void rt_indent(int32_t stream, int32_t levels) {
    struct Indent *free_slot = NULL;
    for (int i = 0; i < MAX_INDENTED; i++) {
        if (indents[i].spaces && indents[i].stream == stream) {
            indents[i].spaces += levels * 4;
            nindented -= indents[i].spaces == 0;
            return;
        }
        if (!indents[i].spaces && !free_slot) free_slot = &indents[i];
    }
    if (free_slot && levels > 0) {
        *free_slot = (struct Indent){stream, levels * 4, false};
        nindented++;
    }
}

static void write_raw(int32_t stream, const uint8_t *p, size_t len);

void rt_write_str(int32_t stream, const uint8_t *p, size_t len) {
    struct Indent *in = NULL;
    for (int i = 0; nindented && i < MAX_INDENTED && !in; i++)
        if (indents[i].spaces > 0 && indents[i].stream == stream) in = &indents[i];
    if (!in) {
        write_raw(stream, p, len);
        return;
    }
    static const uint8_t spaces[64] =
        "                                                                ";
    while (len) {
        const uint8_t *nl = memchr(p, '\n', len);
        size_t line = nl ? (size_t)(nl - p) + 1 : len;
        if (in->line_start && p[0] != '\n')
            for (int32_t left = in->spaces; left > 0; left -= 64)
                write_raw(stream, spaces, left < 64 ? (size_t)left : 64);
        write_raw(stream, p, line);
        in->line_start = nl != NULL;
        p += line;
        len -= line;
    }
}

static void write_raw(int32_t stream, const uint8_t *p, size_t len) {
    if (stream >= RT_SINK_BASE) {
        if (len) sink_write(stream, p, len);
        return;
    }
    if (stream == RT_STDERR) {
        flush_stdout_lines();
        write_all(2, p, len);
        return;
    }
    if (len > OUT_CAP - out_len) {
        flush_stdout();
        if (len >= OUT_CAP) {
            write_all(1, p, len);
            return;
        }
    }
    memcpy(out_buf + out_len, p, len);
    out_len += len;
}

static void write_cstr(int32_t stream, const char *s) {
    rt_write_str(stream, (const uint8_t *)s, strlen(s));
}

/* The UTF-8 bytes of code point c in out[0..4]; returns how many. */
static size_t utf8_encode(uint32_t c, uint8_t *out) {
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (c >> 18)); out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

static void write_repeat(int32_t stream, uint32_t fill, int64_t n) {
    uint8_t enc[4];
    size_t len = utf8_encode(fill, enc);
    for (int64_t i = 0; i < n; i++) rt_write_str(stream, enc, len);
}

/* Characters (code points) in a UTF-8 string. */
static int64_t char_count(const uint8_t *p, size_t n) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++) c += (p[i] & 0xC0) != 0x80;
    return c;
}

/* Byte length of the first `chars` characters. */
static size_t prefix_bytes(const uint8_t *p, size_t n, int64_t chars) {
    size_t i = 0;
    for (int64_t c = 0; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            if (c == chars) break;
            c++;
        }
    }
    return i;
}

/* Writes s padded to width with fill, aligned by flags or default_align (Formatter::pad). */
static void pad(int32_t stream, const uint8_t *s, size_t n, uint32_t flags, uint32_t fill,
                int64_t width, uint32_t default_align) {
    int64_t len = char_count(s, n);
    if (width <= len) {
        rt_write_str(stream, s, n);
        return;
    }
    uint32_t align = flags & RT_ALIGN_MASK;
    if (align == RT_ALIGN_NONE) align = default_align;
    int64_t total = width - len, before = 0;
    if (align == RT_ALIGN_RIGHT) before = total;
    else if (align == RT_ALIGN_CENTER) before = total / 2;
    write_repeat(stream, fill, before);
    rt_write_str(stream, s, n);
    write_repeat(stream, fill, total - before);
}

/* A string with Display semantics: precision truncates, then pad (default left). */
static void pad_str(int32_t stream, const uint8_t *p, size_t len, uint32_t flags, uint32_t fill,
                    int64_t width, int64_t precision) {
    if (precision >= 0) len = prefix_bytes(p, len, precision);
    pad(stream, p, len, flags, fill, width, RT_ALIGN_LEFT);
}

/* Numbers (Formatter::pad_integral): sign and prefix, then digits; `0` pads after the sign. */
static void pad_integral(int32_t stream, bool non_negative, const char *prefix, const char *digits,
                         size_t ndigits, uint32_t flags, uint32_t fill, int64_t width) {
    char head[8];
    size_t hn = 0;
    if (!non_negative) head[hn++] = '-';
    else if (flags & RT_FLAG_PLUS) head[hn++] = '+';
    if ((flags & RT_FLAG_ALTERNATE) && prefix) {
        memcpy(head + hn, prefix, strlen(prefix));
        hn += strlen(prefix);
    }
    int64_t len = (int64_t)(hn + ndigits);
    if (width <= len) {
        rt_write_str(stream, (const uint8_t *)head, hn);
        rt_write_str(stream, (const uint8_t *)digits, ndigits);
        return;
    }
    if (flags & RT_FLAG_ZERO) {
        rt_write_str(stream, (const uint8_t *)head, hn);
        write_repeat(stream, '0', width - len);
        rt_write_str(stream, (const uint8_t *)digits, ndigits);
        return;
    }
    char *buf = malloc(hn + ndigits + 1);
    memcpy(buf, head, hn);
    memcpy(buf + hn, digits, ndigits);
    pad(stream, (const uint8_t *)buf, hn + ndigits, flags, fill, width, RT_ALIGN_RIGHT);
    free(buf);
}

void rt_pad_number(int32_t stream, bool non_negative, const char *digits, size_t n, uint32_t flags,
                   uint32_t fill, int64_t width) {
    pad_integral(stream, non_negative, NULL, digits, n, flags, fill, width);
}

/* ── scalars ── */

static size_t to_radix(rt_u128 v, unsigned radix, bool upper, char *out) {
    char tmp[130];
    size_t n = 0;
    do {
        unsigned d = (unsigned)(v % radix);
        tmp[n++] = (char)(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
        v /= radix;
    } while (v);
    for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

static void fmt_exp(int32_t stream, bool non_negative, rt_u128 mag, bool upper, uint32_t flags,
                    uint32_t fill, int64_t width, int64_t precision) {
    char digits[48];
    size_t n = to_radix(mag, 10, false, digits);
    int exp = (int)n - 1;
    size_t keep = n;
    if (precision >= 0) {
        /* round half to even at `precision` fractional digits */
        size_t want = (size_t)precision + 1;
        if (want < n) {
            int carry = 0;
            char next = digits[want];
            bool rest_nonzero = false;
            for (size_t i = want + 1; i < n; i++) rest_nonzero |= digits[i] != '0';
            if (next > '5' || (next == '5' && (rest_nonzero || ((digits[want - 1] - '0') & 1))))
                carry = 1;
            keep = want;
            for (size_t i = keep; carry && i-- > 0;) {
                if (digits[i] == '9') digits[i] = '0';
                else digits[i]++, carry = 0;
            }
            if (carry) {
                memmove(digits + 1, digits, keep);
                digits[0] = '1';
                exp++;
            }
        }
    } else {
        while (keep > 1 && digits[keep - 1] == '0') keep--;
    }
    char buf[96];
    size_t bn = 0;
    buf[bn++] = digits[0];
    size_t frac = keep - 1;
    if (precision >= 0 && (size_t)precision > frac) frac = (size_t)precision;
    if (frac > 0) {
        buf[bn++] = '.';
        for (size_t i = 1; i <= frac && bn < 60; i++) buf[bn++] = i < keep ? digits[i] : '0';
    }
    bn += (size_t)snprintf(buf + bn, sizeof buf - bn, "%c%d", upper ? 'E' : 'e', exp);
    pad_integral(stream, non_negative, NULL, buf, bn, flags & ~RT_FLAG_ALTERNATE, fill, width);
}

void rt_fmt_int(int32_t stream, rt_u128 bits, bool is_signed, uint32_t flags, uint32_t fill,
                int64_t width, int64_t precision, uint32_t bit_width) {
    uint32_t trait = (flags & RT_TRAIT_MASK) >> RT_TRAIT_SHIFT;
    if (trait == RT_TRAIT_DEBUG) {
        if (flags & RT_FLAG_DEBUG_LOWER_HEX) trait = RT_TRAIT_LOWER_HEX;
        else if (flags & RT_FLAG_DEBUG_UPPER_HEX) trait = RT_TRAIT_UPPER_HEX;
        else trait = RT_TRAIT_DISPLAY;
    }
    bool negative = is_signed && (bits >> 127);
    rt_u128 mag = negative ? 0 - bits : bits;
    char digits[130];
    size_t n;
    rt_u128 mask = bit_width >= 128 ? ~(rt_u128)0 : ((rt_u128)1 << bit_width) - 1;
    switch (trait) {
    case RT_TRAIT_LOWER_HEX:
    case RT_TRAIT_UPPER_HEX:
        n = to_radix(bits & mask, 16, trait == RT_TRAIT_UPPER_HEX, digits);
        pad_integral(stream, true, "0x", digits, n, flags, fill, width);
        return;
    case RT_TRAIT_OCTAL:
        n = to_radix(bits & mask, 8, false, digits);
        pad_integral(stream, true, "0o", digits, n, flags, fill, width);
        return;
    case RT_TRAIT_BINARY:
        n = to_radix(bits & mask, 2, false, digits);
        pad_integral(stream, true, "0b", digits, n, flags, fill, width);
        return;
    case RT_TRAIT_LOWER_EXP:
    case RT_TRAIT_UPPER_EXP:
        fmt_exp(stream, !negative, mag, trait == RT_TRAIT_UPPER_EXP, flags, fill, width, precision);
        return;
    default:
        n = to_radix(mag, 10, false, digits);
        pad_integral(stream, !negative, NULL, digits, n, flags, fill, width);
        return;
    }
}

void rt_fmt_bool(int32_t stream, bool b, uint32_t flags, uint32_t fill, int64_t width,
                 int64_t precision) {
    const char *s = b ? "true" : "false";
    pad_str(stream, (const uint8_t *)s, strlen(s), flags, fill, width, precision);
}

/* The escape Rust's Debug uses for one character inside quotes (char::escape_debug). */
static size_t escape_debug(uint32_t c, bool in_char, char *out) {
    switch (c) {
    case '\t': return (size_t)sprintf(out, "\\t");
    case '\r': return (size_t)sprintf(out, "\\r");
    case '\n': return (size_t)sprintf(out, "\\n");
    case '\\': return (size_t)sprintf(out, "\\\\");
    case '\0': return (size_t)sprintf(out, "\\0");
    case '"': return in_char ? (size_t)sprintf(out, "\"") : (size_t)sprintf(out, "\\\"");
    case '\'': return in_char ? (size_t)sprintf(out, "\\'") : (size_t)sprintf(out, "'");
    default: break;
    }
    if (rt_debug_escapes(c))
        return (size_t)sprintf(out, "\\u{%x}", c);
    return utf8_encode(c, (uint8_t *)out);
}

static uint32_t decode_utf8(const uint8_t *p, size_t n, size_t *len) {
    uint32_t c = p[0];
    size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (l > n) l = n;
    if (l > 1) c &= 0xFF >> (l + 1);
    for (size_t i = 1; i < l; i++) c = (c << 6) | (p[i] & 0x3F);
    *len = l;
    return c;
}

void rt_fmt_str(int32_t stream, const uint8_t *p, size_t len, uint32_t flags, uint32_t fill,
                int64_t width, int64_t precision) {
    uint32_t trait = (flags & RT_TRAIT_MASK) >> RT_TRAIT_SHIFT;
    if (trait != RT_TRAIT_DEBUG) {
        pad_str(stream, p, len, flags, fill, width, precision);
        return;
    }
    /* Debug: quoted and escaped; rustc ignores width, fill and precision here */
    size_t cap = len * 10 + 3, n = 0;
    char *buf = malloc(cap);
    buf[n++] = '"';
    for (size_t i = 0; i < len;) {
        size_t l;
        uint32_t c = decode_utf8(p + i, len - i, &l);
        n += escape_debug(c, false, buf + n);
        i += l;
    }
    buf[n++] = '"';
    pad(stream, (const uint8_t *)buf, n, flags, fill, -1, RT_ALIGN_LEFT);
    free(buf);
}

void rt_fmt_char(int32_t stream, uint32_t c, uint32_t flags, uint32_t fill, int64_t width,
                 int64_t precision) {
    uint32_t trait = (flags & RT_TRAIT_MASK) >> RT_TRAIT_SHIFT;
    char buf[16];
    size_t n;
    if (trait == RT_TRAIT_DEBUG) {
        n = 0;
        buf[n++] = '\'';
        n += escape_debug(c, true, buf + n);
        buf[n++] = '\'';
        /* no padding, as rustc */
        pad(stream, (const uint8_t *)buf, n, flags, fill, -1, RT_ALIGN_LEFT);
        return;
    }
    n = utf8_encode(c, (uint8_t *)buf);
    pad_str(stream, (const uint8_t *)buf, n, flags, fill, width, precision);
}

/* ── panics and exit ── */

void rt_panic_begin(const uint8_t *file, size_t file_len, uint32_t line, uint32_t col) {
    /* Rust 1.95 starts the report on a fresh line and names the thread by its OS id */
    char buf[96];
    snprintf(buf, sizeof buf, "\nthread 'main' (%ld) panicked at ", (long)getpid());
    write_cstr(RT_STDERR, buf);
    rt_write_str(RT_STDERR, file, file_len);
    snprintf(buf, sizeof buf, ":%u:%u:\n", line, col);
    write_cstr(RT_STDERR, buf);
}

/* Unwinding a panic: every frame's cleanup (the drops lowering put on its unwind path)
 * runs, innermost first, through libgcc's forced unwind; past the last frame the process
 * ends with rustc's status 101. */
static bool panicking;

static _Unwind_Reason_Code stop_past_main(int version, _Unwind_Action actions,
                                          _Unwind_Exception_Class cls,
                                          struct _Unwind_Exception *exc,
                                          struct _Unwind_Context *ctx, void *arg) {
    (void)version, (void)cls, (void)exc, (void)ctx, (void)arg;
    if (actions & _UA_END_OF_STACK) {
        flush_stdout();
        _exit(101);
    }
    return _URC_NO_REASON;
}

_Noreturn void rt_panic_end(void) {
    write_cstr(RT_STDERR, "\nnote: run with `RUST_BACKTRACE=1` environment variable to display "
                          "a backtrace\n");
    if (panicking) {
        /* a destructor panicked while unwinding: rustc aborts */
        write_cstr(RT_STDERR, "thread caused non-unwinding panic. aborting.\n");
        abort();
    }
    panicking = true;
    static struct _Unwind_Exception exc;
    exc.exception_class = 0x5041544e49414e00ull;   /* "PATINA" */
    _Unwind_ForcedUnwind(&exc, stop_past_main, NULL);
    flush_stdout();
    _exit(101);
}

_Noreturn void rt_panic_str(const uint8_t *msg, size_t msg_len, const uint8_t *file,
                            size_t file_len, uint32_t line, uint32_t col) {
    rt_panic_begin(file, file_len, line, col);
    rt_write_str(RT_STDERR, msg, msg_len);
    rt_panic_end();
}

_Noreturn void rt_panic_bounds(uint64_t len, uint64_t index, const uint8_t *file, size_t file_len,
                               uint32_t line, uint32_t col) {
    char buf[128];
    int n = snprintf(buf, sizeof buf, "index out of bounds: the len is %llu but the index is %llu",
                     (unsigned long long)len, (unsigned long long)index);
    rt_panic_str((const uint8_t *)buf, (size_t)n, file, file_len, line, col);
}

/* A value of `bits` bits, sign- or zero-extended to 128. */
static rt_u128 extend_bits(rt_u128 v, uint32_t bits, bool is_signed) {
    if (bits >= 128) return v;
    rt_u128 mask = ((rt_u128)1 << bits) - 1;
    v &= mask;
    if (is_signed && (v >> (bits - 1)) & 1) v |= ~mask;
    return v;
}

/* a * b wrapped to `bits`; sets *overflow when the exact product is out of range. */
static rt_u128 mul_bits(rt_u128 a, rt_u128 b, uint32_t bits, bool is_signed, bool *overflow) {
    rt_u128 wrapped;
    if (is_signed) {
        __int128 product;
        if (__builtin_mul_overflow((__int128)a, (__int128)b, &product)) *overflow = true;
        wrapped = extend_bits((rt_u128)product, bits, true);
        if ((__int128)wrapped != product) *overflow = true;
    } else {
        rt_u128 product;
        if (__builtin_mul_overflow(a, b, &product)) *overflow = true;
        wrapped = extend_bits(product, bits, false);
        if (wrapped != product) *overflow = true;
    }
    return wrapped;
}

/* base ** exp wrapped to `bits`, by square-and-multiply as rustc's `pow` computes it;
 * *overflow says whether a step overflowed (the steps never exceed the result in
 * magnitude, so that is whether the exact power is out of range). */
static rt_u128 ipow_wrapping(rt_u128 base, uint32_t exp, uint32_t bits, bool is_signed,
                             bool *overflow) {
    rt_u128 acc = 1;
    *overflow = false;
    base = extend_bits(base, bits, is_signed);
    while (exp) {
        if (exp & 1) acc = mul_bits(acc, base, bits, is_signed, overflow);
        exp >>= 1;
        if (exp) base = mul_bits(base, base, bits, is_signed, overflow);
    }
    return acc;
}

rt_u128 rt_ipow(rt_u128 base, uint32_t exp, uint32_t bits, bool is_signed, bool checked,
                const uint8_t *file, size_t file_len, uint32_t line, uint32_t col) {
    bool overflow;
    rt_u128 result = ipow_wrapping(base, exp, bits, is_signed, &overflow);
    if (overflow && checked) {
        static const char msg[] = "attempt to multiply with overflow";
        rt_panic_str((const uint8_t *)msg, sizeof msg - 1, file, file_len, line, col);
    }
    return result;
}

bool rt_ipow_overflows(rt_u128 base, uint32_t exp, uint32_t bits, bool is_signed) {
    bool overflow;
    ipow_wrapping(base, exp, bits, is_signed, &overflow);
    return overflow;
}

void rt_slice_check(uint64_t lo, uint64_t hi, uint64_t len, bool has_lo, bool has_hi,
                    const uint8_t *file, size_t file_len, uint32_t line, uint32_t col) {
    char buf[160];
    int n = -1;
    if (has_lo && !has_hi && lo > len)
        n = snprintf(buf, sizeof buf,
                     "range start index %llu out of range for slice of length %llu",
                     (unsigned long long)lo, (unsigned long long)len);
    else if (hi > len)
        n = snprintf(buf, sizeof buf, "range end index %llu out of range for slice of length %llu",
                     (unsigned long long)hi, (unsigned long long)len);
    else if (lo > hi)
        n = snprintf(buf, sizeof buf, "slice index starts at %llu but ends at %llu",
                     (unsigned long long)lo, (unsigned long long)hi);
    if (n >= 0) rt_panic_str((const uint8_t *)buf, (size_t)n, file, file_len, line, col);
}

static bool is_char_boundary(const uint8_t *s, size_t len, uint64_t i) {
    return i == 0 || i == len || (i < len && (s[i] & 0xC0) != 0x80);
}

/* `&s[lo..hi]` of a str: rustc's three messages (out of bounds, reversed, not on a char
 * boundary), with the string shown truncated to 256 bytes as core does. */
void rt_str_slice_check(const uint8_t *s, size_t len, uint64_t lo, uint64_t hi, const uint8_t *file,
                        size_t file_len, uint32_t line, uint32_t col, bool start_only) {
    (void)start_only;
    bool bad = lo > len || hi > len || lo > hi || !is_char_boundary(s, len, lo) ||
               !is_char_boundary(s, len, hi);
    if (!bad) return;
    size_t shown = len;
    const char *ellipsis = "";
    if (len > 256) {
        shown = 256;
        while (shown > 0 && !is_char_boundary(s, len, shown)) shown--;
        ellipsis = "[...]";
    }
    char *buf = malloc(shown + 400);
    int n;
    if (lo > len || hi > len) {
        n = sprintf(buf, "%s byte index %llu is out of bounds of `%.*s`%s",
                    lo > len ? "start" : "end", (unsigned long long)(lo > len ? lo : hi),
                    (int)shown, (const char *)s, ellipsis);
    } else if (lo > hi) {
        n = sprintf(buf, "begin > end (%llu > %llu) when slicing `%.*s`%s", (unsigned long long)lo,
                    (unsigned long long)hi, (int)shown, (const char *)s, ellipsis);
    } else {
        bool start_bad = !is_char_boundary(s, len, lo);
        uint64_t idx = start_bad ? lo : hi;
        uint64_t start = idx;
        while (start > 0 && !is_char_boundary(s, len, start)) start--;
        size_t clen = 1;
        while (start + clen < len && !is_char_boundary(s, len, start + clen)) clen++;
        n = sprintf(buf, "%s byte index %llu is not a char boundary; "
                         "it is inside '%.*s' (bytes %llu..%llu) of `%.*s`%s",
                    start_bad ? "start" : "end", (unsigned long long)idx, (int)clen,
                    (const char *)s + start, (unsigned long long)start,
                    (unsigned long long)(start + clen), (int)shown, (const char *)s, ellipsis);
    }
    rt_panic_begin(file, file_len, line, col);
    rt_write_str(RT_STDERR, (const uint8_t *)buf, (size_t)n);
    free(buf);                          /* the panic unwinds: nothing returns here to free it */
    rt_panic_end();
}

/* Byte-wise comparison of two strs (memcmp, then length), as Ord for str. */
int32_t rt_str_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c) return c < 0 ? -1 : 1;
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

_Noreturn void rt_process_exit(int32_t code) {
    flush_stdout();
    _exit(code);
}

_Noreturn void rt_process_abort(void) {
    flush_stdout_lines();                       /* the unfinished line is lost, as in Rust */
    signal(SIGABRT, SIG_DFL);
    abort();
}

/* ── start-up ── */

/* The main thread's stack ends at stack_lo; below it lies the kernel's guard gap (256
 * pages), which nothing else may map: a fault there is the stack overflowing. */
#define STACK_GUARD_GAP ((uintptr_t)256 * 4096)
static uintptr_t stack_lo;

static void on_memory_fault(int sig, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    uintptr_t addr = (uintptr_t)info->si_addr;
    flush_stdout_lines();
    if (stack_lo && addr < stack_lo + 4096 && addr + STACK_GUARD_GAP >= stack_lo) {
        char msg[128];
        int n = snprintf(msg, sizeof msg,
                         "\nthread 'main' (%ld) has overflowed its stack\n"
                         "fatal runtime error: stack overflow, aborting\n",
                         (long)getpid());
        write_all(2, (const uint8_t *)msg, (size_t)n);
        signal(SIGABRT, SIG_DFL);
        abort();
    }
    /* any other invalid access: die of it, as Rust's programs do (the faulting
     * instruction runs again, without this handler); a signal sent by kill has no
     * instruction to rerun, so it is sent again */
    signal(sig, SIG_DFL);
    if (info->si_code <= 0) raise(sig);
}

static void install_stack_overflow_handler(void) {
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) stack_lo = (uintptr_t)addr;
        pthread_attr_destroy(&attr);
    }
    static uint8_t alt_stack[64 * 1024];
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_memory_fault;
    sa.sa_flags = SA_ONSTACK | SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

double rt_parse_f64(const uint8_t *p, size_t len, bool *ok) {
    char buf[512];
    *ok = false;
    if (len == 0 || len >= sizeof buf) return 0;
    size_t i = p[0] == '+' || p[0] == '-' ? 1 : 0;
    bool digits = false;
    for (size_t k = i; k < len; k++) {
        uint8_t c = p[k];
        bool allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' ||
                       ((c == '+' || c == '-') && k > i && (p[k - 1] | 0x20) == 'e');
        if (!allowed) {
            /* inf, infinity, nan (any case), and nothing else */
            size_t n = len - i;
            char word[9] = {0};
            for (size_t w = 0; w < n && w < 8; w++) word[w] = (char)(p[i + w] | 0x20);
            if (!((n == 3 && (!strcmp(word, "inf") || !strcmp(word, "nan"))) ||
                  (n == 8 && !strcmp(word, "infinity"))))
                return 0;
            digits = true;
            break;
        }
        digits |= c >= '0' && c <= '9';
    }
    if (!digits) return 0;
    memcpy(buf, p, len);
    buf[len] = 0;
    char *end;
    double v = strtod(buf, &end);
    if ((size_t)(end - buf) != len) return 0;
    *ok = true;
    return v;
}

static int arg_count;
static char **arg_values;

size_t rt_arg_count(void) { return (size_t)arg_count; }

const uint8_t *rt_arg(size_t i, size_t *len) {
    *len = strlen(arg_values[i]);
    return (const uint8_t *)arg_values[i];
}

/* Defined only when the program is linked with AddressSanitizer's runtime
 * (`-Z sanitizer=address`): a weak reference is null otherwise. */
extern void __asan_init(void) __attribute__((weak));

bool rt_under_asan(void) { return __asan_init != NULL; }

int main(int argc, char **argv) {
    arg_count = argc;
    arg_values = argv;
    signal(SIGPIPE, SIG_IGN);                   /* as the Rust runtime does */
    /* ASan reports a stack overflow or a wild access itself, with the faulting line */
    if (!rt_under_asan()) install_stack_overflow_handler();
    patina_user_main();
    flush_stdout();
    return 0;
}

_Noreturn void rt_alloc_failed(size_t size, size_t align) {
    (void)align;
    char msg[64];
    int n = snprintf(msg, sizeof msg, "memory allocation of %zu bytes failed\n", size);
    write_raw(RT_STDERR, (const uint8_t *)msg, (size_t)n);
    write_cstr(RT_STDERR, "note: run with `RUST_BACKTRACE=1` environment variable to display "
                          "a backtrace\n");
    abort();
}
