/* arena.c — the compilation's memory and its symbol table.
 *
 * Takes: allocation requests and identifier spellings from every stage.
 * Gives: zeroed memory that lives until arena_free_all() at the end of the compilation,
 * and interned symbols (a Sym is an index; equal spellings are equal integers) that live
 * as long; and a scratch stack for what a pass needs only while it works on one body
 * (per-point dataflow states): marked before the body, released after it. */
#include "patina.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (1u << 20)

typedef struct Chunk {
    struct Chunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} Chunk;

static Chunk *current_chunk;

static _Noreturn void out_of_memory(void) {
    fputs("error: patina ran out of memory\n", stderr);
    exit(1);
}

static Chunk *new_chunk(size_t cap) {
    Chunk *c = malloc(sizeof(Chunk) + cap);
    if (!c) out_of_memory();
    c->used = 0;
    c->cap = cap;
    return c;
}

/* size bytes, zeroed, from chunk c, which has room for them (size a multiple of 16) */
static void *chunk_take(Chunk *c, size_t size) {
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

void *arena_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    Chunk *c = current_chunk;
    if (size > CHUNK_SIZE / 4) {
        /* a large block gets a chunk of its own, behind the current one, whose free
         * space stays in use */
        c = new_chunk(size);
        c->next = current_chunk ? current_chunk->next : NULL;
        if (current_chunk) current_chunk->next = c;
        else current_chunk = c;
    } else if (!c || c->used + size > c->cap) {
        c = new_chunk(CHUNK_SIZE);
        c->next = current_chunk;
        current_chunk = c;
    }
    return chunk_take(c, size);
}

void *arena_realloc(void *old, size_t old_size, size_t new_size) {
    void *p = arena_alloc(new_size);
    if (old) memcpy(p, old, old_size < new_size ? old_size : new_size);
    return p;
}

char *arena_strndup(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_vprintf(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = arena_alloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* ── scratch: a stack of chunks, released back to a mark ── */

static Chunk *scratch_top;                      /* the chunk allocated from; older ones below */
static Chunk *scratch_spare;                    /* one released standard chunk, kept for reuse */

ScratchMark scratch_mark(void) {
    return (ScratchMark){scratch_top, scratch_top ? scratch_top->used : 0};
}

void *scratch_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    Chunk *c = scratch_top;
    if (!c || c->used + size > c->cap) {
        if (size <= CHUNK_SIZE && scratch_spare) {
            c = scratch_spare;
            scratch_spare = NULL;
            c->used = 0;
        } else {
            c = new_chunk(size > CHUNK_SIZE ? size : CHUNK_SIZE);
        }
        c->next = scratch_top;
        scratch_top = c;
    }
    return chunk_take(c, size);
}

/* Chunks are pushed, never reordered: releasing pops those above the mark's. */
void scratch_release(ScratchMark mark) {
    while (scratch_top && scratch_top != mark.chunk) {
        Chunk *c = scratch_top;
        scratch_top = c->next;
        if (c->cap == CHUNK_SIZE && !scratch_spare) scratch_spare = c;
        else free(c);
    }
    if (scratch_top) scratch_top->used = mark.used;
}

static void symbols_forget(void);

void arena_free_all(void) {
    while (current_chunk) {
        Chunk *next = current_chunk->next;
        free(current_chunk);
        current_chunk = next;
    }
    scratch_release((ScratchMark){0});
    free(scratch_spare);
    scratch_spare = NULL;
    symbols_forget();                           /* the table and the spellings lived in the arena */
}

void ptrvec_push(PtrVec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        v->items = arena_realloc(v->items, sizeof(void *) * (size_t)v->cap,
                                 sizeof(void *) * (size_t)cap);
        v->cap = cap;
    }
    v->items[v->len++] = item;
}

/* ── symbols: open-addressing hash table from spelling to index ── */

typedef struct SymEntry {
    const char *str;
    size_t len;
} SymEntry;

static SymEntry *sym_entries;                   /* index 0 unused: Sym 0 means "none" */
static int sym_count, sym_cap;
static uint32_t *sym_table;                     /* slots hold Sym, 0 = empty */
static size_t sym_table_cap;

static uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void sym_table_grow(void) {
    size_t cap = sym_table_cap ? sym_table_cap * 2 : 1024;
    uint32_t *t = arena_alloc(sizeof(uint32_t) * cap);
    for (int i = 1; i < sym_count; i++) {
        size_t j = hash_bytes(sym_entries[i].str, sym_entries[i].len) & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = (uint32_t)i;
    }
    sym_table = t;
    sym_table_cap = cap;
}

Sym sym_intern(const char *s, size_t len) {
    if (sym_count == 0) sym_count = 1;
    if ((size_t)sym_count * 2 >= sym_table_cap) sym_table_grow();
    size_t j = hash_bytes(s, len) & (sym_table_cap - 1);
    while (sym_table[j]) {
        SymEntry *e = &sym_entries[sym_table[j]];
        if (e->len == len && memcmp(e->str, s, len) == 0) return sym_table[j];
        j = (j + 1) & (sym_table_cap - 1);
    }
    if (sym_count >= sym_cap) {
        int cap = sym_cap ? sym_cap * 2 : 1024;
        sym_entries = arena_realloc(sym_entries, sizeof(SymEntry) * (size_t)sym_cap,
                                    sizeof(SymEntry) * (size_t)cap);
        sym_cap = cap;
    }
    sym_entries[sym_count] = (SymEntry){arena_strndup(s, len), len};
    sym_table[j] = (uint32_t)sym_count;
    return (Sym)sym_count++;
}

static void symbols_forget(void) {
    sym_entries = NULL;
    sym_count = sym_cap = 0;
    sym_table = NULL;
    sym_table_cap = 0;
}

Sym sym_cstr(const char *s) { return sym_intern(s, strlen(s)); }

const char *sym_str(Sym s) { return s && (int)s < sym_count ? sym_entries[s].str : ""; }

size_t sym_len(Sym s) { return s && (int)s < sym_count ? sym_entries[s].len : 0; }
