/* rt.h — the C runtime every Patina program links against (libpatina_rt.a).
 *
 * Takes: calls from compiled code (the IR's intrinsics, see compiler/patina.h).
 * Gives: program start-up and exit, buffered stdout, stderr, Rust-exact formatting of
 * scalars with format specs, and panics with rustc's message and exit code 101.
 *
 * The ABI is plain C: `&str` arrives as (ptr, len); `bool` as a C bool (i8 0/1). */
#ifndef PATINA_RT_H
#define PATINA_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Streams: the first argument of every write. */
#define RT_STDOUT 1
#define RT_STDERR 2
#define RT_SINK_BASE 16     /* streams from here on are in-memory buffers (format!) */

/* Format flags (the `flags` argument): bits 0-1 alignment, then single bits, then the
 * formatting trait in bits 8-11. Width and precision are -1 when absent. */
#define RT_ALIGN_MASK     0x3u
#define RT_ALIGN_NONE     0x0u
#define RT_ALIGN_LEFT     0x1u
#define RT_ALIGN_RIGHT    0x2u
#define RT_ALIGN_CENTER   0x3u
#define RT_FLAG_PLUS      (1u << 2)             /* {:+} */
#define RT_FLAG_ALTERNATE (1u << 3)             /* {:#} */
#define RT_FLAG_ZERO      (1u << 4)             /* {:0} */
#define RT_FLAG_MINUS     (1u << 5)             /* {:-} (accepted, no effect, as in Rust) */
#define RT_FLAG_DEBUG_LOWER_HEX (1u << 6)       /* {:x?} */
#define RT_FLAG_DEBUG_UPPER_HEX (1u << 7)       /* {:X?} */
#define RT_TRAIT_SHIFT    8
#define RT_TRAIT_MASK     (0xfu << RT_TRAIT_SHIFT)
/* Trait numbers match the compiler's FmtTrait enum. */
#define RT_TRAIT_DISPLAY   0u
#define RT_TRAIT_DEBUG     1u
#define RT_TRAIT_LOWER_HEX 2u
#define RT_TRAIT_UPPER_HEX 3u
#define RT_TRAIT_OCTAL     4u
#define RT_TRAIT_BINARY    5u
#define RT_TRAIT_LOWER_EXP 6u
#define RT_TRAIT_UPPER_EXP 7u

/* The compiled program's `fn main`; the runtime's C `main` calls it. */
void patina_user_main(void);

void rt_write_str(int32_t stream, const uint8_t *p, size_t len);
void rt_fmt_str(int32_t stream, const uint8_t *p, size_t len, uint32_t flags, uint32_t fill,
                int64_t width, int64_t precision);
/* An integer of any Rust type, zero- or sign-extended to 128 bits (`__int128`, which
 * is LLVM's i128 in the C ABI). */
typedef unsigned __int128 rt_u128;

/* bits holds the value zero- or sign-extended to 128 bits, as is_signed says; bit_width is
 * the type's width, for hex/octal/binary of negative values (two's complement). */
void rt_fmt_int(int32_t stream, rt_u128 bits, bool is_signed, uint32_t flags, uint32_t fill,
                int64_t width, int64_t precision, uint32_t bit_width);
void rt_fmt_bool(int32_t stream, bool b, uint32_t flags, uint32_t fill, int64_t width,
                 int64_t precision);
void rt_fmt_char(int32_t stream, uint32_t c, uint32_t flags, uint32_t fill, int64_t width,
                 int64_t precision);
/* x is the value widened to f64; is_f32 selects f32's shortest round-trip digits. */
void rt_fmt_float(int32_t stream, double x, bool is_f32, uint32_t flags, uint32_t fill,
                  int64_t width, int64_t precision);

/* A panic: flushes stdout, writes "thread 'main' panicked at FILE:LINE:COL:\n" to stderr,
 * then the message (written by the caller through the stream RT_STDERR between begin and
 * end, or given whole to rt_panic_str), then the backtrace note, and exits with 101. */
void rt_panic_begin(const uint8_t *file, size_t file_len, uint32_t line, uint32_t col);
_Noreturn void rt_panic_end(void);
_Noreturn void rt_panic_str(const uint8_t *msg, size_t msg_len, const uint8_t *file,
                            size_t file_len, uint32_t line, uint32_t col);
/* "index out of bounds: the len is LEN but the index is INDEX" */
_Noreturn void rt_panic_bounds(uint64_t len, uint64_t index, const uint8_t *file,
                               size_t file_len, uint32_t line, uint32_t col);

/* `base.pow(exp)` for an integer of `bits` bits (base and result sign- or zero-extended
 * to 128 bits): the power wrapped to the width; panics like rustc's debug build on
 * overflow when checked. rt_ipow_overflows says whether it overflows (`checked_pow`). */
rt_u128 rt_ipow(rt_u128 base, uint32_t exp, uint32_t bits, bool is_signed, bool checked,
                const uint8_t *file, size_t file_len, uint32_t line, uint32_t col);
bool rt_ipow_overflows(rt_u128 base, uint32_t exp, uint32_t bits, bool is_signed);

/* `&s[lo..hi]`: panics with rustc's message unless lo <= hi <= len. */
void rt_slice_check(uint64_t lo, uint64_t hi, uint64_t len, bool has_lo, bool has_hi,
                    const uint8_t *file, size_t file_len, uint32_t line, uint32_t col);

/* `&s[lo..hi]` of a str: panics like core unless both ends are char boundaries in order. */
void rt_str_slice_check(const uint8_t *s, size_t len, uint64_t lo, uint64_t hi, const uint8_t *file,
                        size_t file_len, uint32_t line, uint32_t col, bool start_only);

/* -1, 0 or 1: str's ordering (bytes, then length). */
int32_t rt_str_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);

/* std::process::exit: flushes stdout and exits with code. */
_Noreturn void rt_process_exit(int32_t code);
/* std::process::abort: writes stdout's complete lines and dies of SIGABRT. */
_Noreturn void rt_process_abort(void);

/* `s.parse::<f64>()`: the value of a decimal float literal as Rust reads one (an optional
 * sign, digits with an optional point and exponent, or inf/infinity/nan); *ok false else. */
double rt_parse_f64(const uint8_t *p, size_t len, bool *ok);
/* char::is_alphabetic and its kin (runtime/char_props.c): 1 when the property holds. */
#define RT_CHAR_ALPHABETIC 0u
#define RT_CHAR_NUMERIC    1u
#define RT_CHAR_WHITESPACE 2u
#define RT_CHAR_LOWERCASE  3u
#define RT_CHAR_UPPERCASE  4u
uint32_t rt_char_property(uint32_t c, uint32_t property);
/* Whether `{:?}` writes char c as `\u{...}` (runtime/unicode.c). */
bool rt_debug_escapes(uint32_t c);

/* std::env::args: the program's arguments (the first is its path). */
size_t rt_arg_count(void);
const uint8_t *rt_arg(size_t i, size_t *len);

/* format!: a fresh in-memory stream, and its bytes once written (allocated with
 * rt_alloc(cap, 1), so that a String's buffer frees them). */
int32_t rt_sink_open(void);
void rt_indent(int32_t stream, int32_t levels);
uint8_t *rt_sink_take(int32_t stream, size_t *len, size_t *cap);

/* The allocator (alloc.c): what std::alloc::{alloc, alloc_zeroed, dealloc, realloc} call,
 * and through them Box and Vec. A size of 0 gives a dangling, aligned pointer. */
void *rt_alloc(size_t size, size_t align);
void *rt_alloc_zeroed(size_t size, size_t align);
void rt_dealloc(void *p, size_t size, size_t align);
void *rt_realloc(void *p, size_t old_size, size_t align, size_t new_size);
void rt_memmove(void *dst, const void *src, size_t bytes);   /* std::ptr::copy */
void rt_memcpy(void *dst, const void *src, size_t bytes);    /* std::ptr::copy_nonoverlapping */
/* "memory allocation of N bytes failed", then abort, as Rust's handler does. */
_Noreturn void rt_alloc_failed(size_t size, size_t align);
/* Whether the program runs under AddressSanitizer (`-Z sanitizer=address`): the
 * allocator then steps aside for malloc, and ASan handles memory faults. */
bool rt_under_asan(void);

#endif
