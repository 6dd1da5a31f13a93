/* fmt_float.c — f32/f64 formatting exactly as Rust's core::fmt prints floats.
 *
 * Takes: a float (widened to double), whether it is an f32, and the format spec.
 * Gives: Display (`{}`: the shortest decimal that reads back as the same float, never in
 * exponent form), Debug (`{:?}`: like Display but always with a `.0` or an exponent, and
 * in exponent form outside 1e-4 <= |x| < 1e16), LowerExp/UpperExp (`{:e}`), and fixed
 * precision (`{:.3}`, correctly rounded from the exact binary value), with width, fill,
 * alignment, sign and `0` padding. NaN is `NaN`, infinities `inf`/`-inf`. */
#include "rt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes text through the integer/str padding rules (defined in rt.c). */
void rt_pad_number(int32_t stream, bool non_negative, const char *digits, size_t n, uint32_t flags,
                   uint32_t fill, int64_t width);

/* buf is x to prec significant digits ("d.ddde±X") as printf rounds them, half to even.
 * Where x lies exactly halfway between two candidates, Rust's shortest printing picks the
 * upper one (360.015625_f32 is 360.01563 in Rust, 360.01562 from printf): this rounds buf
 * up then. exact is x's whole decimal expansion in the same form, printed here on the first
 * call ("" before): it is slow, and a tie is possible only where x printed to prec + 1
 * digits ends in a 5, so the caller asks only then. */
static void round_tie_up(double x, int prec, char *exact, size_t exact_size, char *buf,
                         size_t size) {
    if (!*exact) snprintf(exact, exact_size, "%.*e", 800, x);
    const char *after = exact + prec + 1;   /* exact is d.ddd...: digit i (from 0) at i + (i > 0) */
    if (*after != '5') return;
    for (const char *p = after + 1; *p != 'e'; p++)
        if (*p != '0') return;
    char digits[48];
    int n = 0;
    for (const char *p = exact; n < prec; p++)
        if (*p != '.') digits[n++] = *p;
    int exp10 = atoi(strchr(exact, 'e') + 1), i = n - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {                                 /* 9.99 rounds up to 1.00 of the next power of ten */
        digits[0] = '1';
        exp10++;
    }
    snprintf(buf, size, "%c%s%.*se%d", digits[0], n > 1 ? "." : "", n - 1, digits + 1, exp10);
}

/* The shortest significant digits of |x| that round-trip, and the decimal exponent of the
 * first digit: |x| = 0.d1d2d3... * 10^(exp+1). */
static int shortest_digits(double x, bool is_f32, char *digits, int *exp10) {
    char buf[64], more[64];                  /* x to prec digits, and to prec + 1 */
    char exact[900];                         /* a double's expansion has at most 767 digits */
    exact[0] = 0;
    int max = is_f32 ? 9 : 17;
    snprintf(more, sizeof more, "%.*e", 0, x);
    for (int prec = 1; prec <= max; prec++) {
        memcpy(buf, more, sizeof buf);
        snprintf(more, sizeof more, "%.*e", prec, x);
        if (strchr(more, 'e')[-1] == '5')
            round_tie_up(x, prec, exact, sizeof exact, buf, sizeof buf);
        bool same = is_f32 ? (float)strtod(buf, NULL) == (float)x : strtod(buf, NULL) == x;
        if (same || prec == max) break;
    }
    /* buf is d.ddde±XX */
    int n = 0;
    for (const char *p = buf; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *exp10 = atoi(strchr(buf, 'e') + 1);
    return n;
}

/* digits × 10^(exp10 - (n-1)) in plain decimal notation. */
static size_t plain_decimal(const char *digits, int n, int exp10, bool force_point, char *out) {
    size_t k = 0;
    if (exp10 < 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -exp10 - 1; i++) out[k++] = '0';
        for (int i = 0; i < n; i++) out[k++] = digits[i];
    } else {
        for (int i = 0; i <= exp10; i++) out[k++] = i < n ? digits[i] : '0';
        if (n > exp10 + 1) {
            out[k++] = '.';
            for (int i = exp10 + 1; i < n; i++) out[k++] = digits[i];
        } else if (force_point) {
            out[k++] = '.';
            out[k++] = '0';
        }
    }
    out[k] = 0;
    return k;
}

static size_t exponent_form(const char *digits, int n, int exp10, bool upper, char *out) {
    size_t k = 0;
    out[k++] = digits[0];
    if (n > 1) {
        out[k++] = '.';
        for (int i = 1; i < n; i++) out[k++] = digits[i];
    }
    k += (size_t)sprintf(out + k, "%c%d", upper ? 'E' : 'e', exp10);
    return k;
}

void rt_fmt_float(int32_t stream, double x, bool is_f32, uint32_t flags, uint32_t fill,
                  int64_t width, int64_t precision) {
    uint32_t trait = (flags & RT_TRAIT_MASK) >> RT_TRAIT_SHIFT;
    char out[1200];
    size_t n;
    bool negative = signbit(x);
    double mag = fabs(x);
    if (isnan(x)) {
        /* NaN has no sign and is never zero-padded */
        rt_pad_number(stream, true, "NaN", 3, flags & ~(RT_FLAG_PLUS | RT_FLAG_ZERO), fill, width);
        return;
    }
    if (isinf(x)) {
        rt_pad_number(stream, !negative, "inf", 3, flags, fill, width);
        return;
    }
    char digits[40];
    int exp10;
    if (trait == RT_TRAIT_LOWER_EXP || trait == RT_TRAIT_UPPER_EXP) {
        bool upper = trait == RT_TRAIT_UPPER_EXP;
        if (precision >= 0) {
            char buf[1200];
            snprintf(buf, sizeof buf, "%.*e", (int)(precision > 1100 ? 1100 : precision), mag);
            char *e = strchr(buf, 'e');
            int ex = atoi(e + 1);
            *e = 0;
            n = (size_t)snprintf(out, sizeof out, "%s%c%d", buf, upper ? 'E' : 'e', ex);
        } else {
            int nd;
            if (mag == 0) digits[0] = '0', digits[1] = 0, exp10 = 0, nd = 1;
            else nd = shortest_digits(mag, is_f32, digits, &exp10);
            n = exponent_form(digits, nd, exp10, upper, out);
        }
        rt_pad_number(stream, !negative, out, n, flags, fill, width);
        return;
    }
    if (precision >= 0) {
        n = (size_t)snprintf(out, sizeof out, "%.*f", (int)(precision > 1100 ? 1100 : precision),
                             mag);
        rt_pad_number(stream, !negative, out, n, flags, fill, width);
        return;
    }
    int nd;
    if (mag == 0) {
        digits[0] = '0';
        digits[1] = 0;
        nd = 1;
        exp10 = 0;
    } else {
        nd = shortest_digits(mag, is_f32, digits, &exp10);
    }
    bool debug = trait == RT_TRAIT_DEBUG;
    if (debug && mag != 0 && (exp10 < -4 || exp10 >= 16))
        n = exponent_form(digits, nd, exp10, false, out);
    else n = plain_decimal(digits, nd, exp10, debug, out);
    rt_pad_number(stream, !negative, out, n, flags, fill, width);
}
