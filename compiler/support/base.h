/* base.h — Integer constants, the arena, interned symbols and growable arrays: what every
 * stage uses. */
#ifndef PATINA_SUPPORT_BASE_H
#define PATINA_SUPPORT_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define PATINA_VERSION "0.1.0"

/* The bits of an integer constant, wide enough for u128 and i128 (two's complement; a
 * signed value is sign-extended). `__int128` is a GCC/Clang extension both compilers
 * support on every 64-bit target LLVM builds for. */
typedef unsigned __int128 IntBits;

/* ────────── memory and symbols (arena.c) ────────── */

void *arena_alloc(size_t size);                 /* zeroed, 16-byte aligned, never freed alone */
void *arena_realloc(void *old, size_t old_size, size_t new_size);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *arena_vprintf(const char *fmt, va_list ap);
void arena_free_all(void);                      /* the scratch stack too */

/* Scratch memory for one pass over one body: zeroed like the arena's, freed together by
 * scratch_release(mark) back to a scratch_mark() taken before (marks nest, last first). */
typedef struct ScratchMark {
    void *chunk;
    size_t used;
} ScratchMark;
ScratchMark scratch_mark(void);
void *scratch_alloc(size_t size);
void scratch_release(ScratchMark mark);

/* Growable array of pointers, grown in the arena. */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;
void ptrvec_push(PtrVec *v, void *item);

typedef uint32_t Sym;                           /* 0 is "no symbol" */
Sym sym_intern(const char *s, size_t len);
Sym sym_cstr(const char *s);
const char *sym_str(Sym s);
size_t sym_len(Sym s);

#endif
