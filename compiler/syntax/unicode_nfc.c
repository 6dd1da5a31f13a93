/* unicode_nfc.c — Unicode Normalization Form C, which rustc applies to identifiers.
 *
 * Takes: an identifier's UTF-8 text.
 * Gives: its NFC form (canonical decomposition, canonical ordering of combining marks,
 * then canonical composition), so that `café` written with U+0301 and with U+00E9 are one
 * name, as in rustc. The data is unicode_nfc_tables.h (generated); Hangul syllables are
 * decomposed and composed by arithmetic, as Unicode defines them. */
#include "patina.h"

#include <string.h>

#include "unicode_nfc_tables.h"

enum {
    S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
    L_COUNT = 19, V_COUNT = 21, T_COUNT = 28,
    N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT
};

/* The index of the row whose first column is key, in a table of rows `width` wide sorted
 * by that column; -1 if there is none. */
static long find_row(const uint32_t *table, size_t rows, size_t width, uint32_t key) {
    size_t lo = 0, hi = rows;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k = table[mid * width];
        if (key < k) hi = mid;
        else if (key > k) lo = mid + 1;
        else return (long)mid;
    }
    return -1;
}

static uint32_t combining_class_of(uint32_t c) {
    if (c < 0x300) return 0;
    long row = find_row(&combining_class[0][0],
                        sizeof combining_class / sizeof *combining_class, 2, c);
    return row < 0 ? 0 : combining_class[row][1];
}

/* The primary composite of a and b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
        b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    size_t lo = 0, hi = sizeof compositions / sizeof *compositions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *r = compositions[mid];
        if (a < r[0] || (a == r[0] && b < r[1])) hi = mid;
        else if (a > r[0] || b > r[1]) lo = mid + 1;
        else return r[2];
    }
    return 0;
}

/* Appends c's full canonical decomposition to out (room for 4 chars per input char is
 * enough: no decomposition is longer). */
static size_t decompose_into(uint32_t c, uint32_t *out) {
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
        uint32_t s = c - S_BASE, t = s % T_COUNT;
        out[0] = L_BASE + s / N_COUNT;
        out[1] = V_BASE + (s % N_COUNT) / T_COUNT;
        if (!t) return 2;
        out[2] = T_BASE + t;
        return 3;
    }
    long row = c < 0xC0 ? -1
                        : find_row(&decompositions[0][0],
                                   sizeof decompositions / sizeof *decompositions, 3, c);
    if (row < 0) {
        out[0] = c;
        return 1;
    }
    memcpy(out, decomposition_chars + decompositions[row][1],
           sizeof(uint32_t) * decompositions[row][2]);
    return decompositions[row][2];
}

static size_t utf8_put(uint32_t c, char *out) {
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

const char *unicode_nfc(const char *text, size_t len, size_t *out_len) {
    const unsigned char *s = (const unsigned char *)text;
    bool ascii = true;
    for (size_t i = 0; i < len; i++) ascii &= s[i] < 0x80;
    if (ascii) {
        *out_len = len;
        return text;
    }
    uint32_t *cps = arena_alloc(sizeof(uint32_t) * (len * 4 + 1));
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t k = s[i] < 0x80 ? 1 : s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
        uint32_t c = k == 1 ? s[i] : s[i] & (0x7F >> k);
        for (size_t j = 1; j < k && i + j < len; j++) c = (c << 6) | (s[i + j] & 0x3F);
        n += decompose_into(c, cps + n);
        i += k;
    }
    /* canonical ordering: each run of combining marks sorted (stably) by class */
    for (size_t i = 1; i < n; i++) {
        uint32_t cc = combining_class_of(cps[i]);
        for (size_t j = i; cc && j > 0 && combining_class_of(cps[j - 1]) > cc; j--) {
            uint32_t t = cps[j];
            cps[j] = cps[j - 1];
            cps[j - 1] = t;
        }
    }
    /* canonical composition: a char joins the last starter unless a char between them
     * blocks it (a starter, or a mark of the same or a higher class) */
    size_t m = 0;
    long starter = -1;
    uint32_t last_class = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i], cc = combining_class_of(c);
        bool adjacent = starter >= 0 && (size_t)starter == m - 1;
        if (starter >= 0 && (adjacent || (last_class != 0 && last_class < cc))) {
            uint32_t composite = compose_pair(cps[starter], c);
            if (composite) {
                cps[starter] = composite;
                continue;
            }
        }
        if (cc == 0) starter = (long)m;
        last_class = cc;
        cps[m++] = c;
    }
    char *out = arena_alloc(m * 4 + 1);
    size_t o = 0;
    for (size_t i = 0; i < m; i++) o += utf8_put(cps[i], out + o);
    *out_len = o;
    return out;
}
