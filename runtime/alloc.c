/* alloc.c — the allocator behind Box, Vec, String and std::alloc.
 *
 * Takes: (size, align) requests from compiled programs (the prelude's Box and Vec, and
 * programs calling std::alloc::{alloc, dealloc, realloc} by hand).
 * Gives: memory. Small objects (up to SMALL_MAX bytes, alignment up to 16) come from size
 * classes 16 bytes apart, each a free list per thread carved from 64 KiB slabs: an
 * allocation is a pop, a free a push, with no header. Larger or more aligned objects come
 * from the system.
 *
 * Environment:
 *   PATINA_ALLOC=system      every request goes to malloc/free (so valgrind sees each)
 *   PATINA_LEAK_REPORT=1     at exit, list the allocations still live on stderr
 *
 * In a program built with `-Z sanitizer=address` every request goes to malloc/free too:
 * ASan's malloc surrounds each block with redzones and keeps a freed block poisoned (in
 * quarantine) before reusing it, so a read through a dangling reference is reported as a
 * heap-use-after-free, where the free lists would hand the block out again at once. */
#include "rt.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SMALL_MAX 1024
#define NCLASSES (SMALL_MAX / 16)
#define SLAB_BYTES (64 * 1024)

typedef struct FreeObject {
    struct FreeObject *next;
} FreeObject;

typedef struct ThreadCache {
    FreeObject *free[NCLASSES];
    char *bump, *bump_end;                      /* the slab being carved */
} ThreadCache;

static _Thread_local ThreadCache cache;

enum { MODE_UNKNOWN, MODE_CLASSES, MODE_SYSTEM };
static atomic_int mode;
static bool leak_report;

/* ── the leak report's table of live allocations (only when asked for) ── */

typedef struct LiveEntry {
    void *p;
    size_t size;
} LiveEntry;

static LiveEntry *live;
static size_t live_cap, live_len;
static atomic_flag live_lock = ATOMIC_FLAG_INIT;

static void lock_live(void) {
    while (atomic_flag_test_and_set_explicit(&live_lock, memory_order_acquire)) {
    }
}

static void unlock_live(void) { atomic_flag_clear_explicit(&live_lock, memory_order_release); }

static size_t live_slot(void *p) {
    return ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull & (live_cap - 1);
}

static void live_insert(void *p, size_t size);

static void live_grow(void) {
    LiveEntry *old = live;
    size_t old_cap = live_cap;
    live_cap = live_cap ? live_cap * 2 : 1024;
    live = calloc(live_cap, sizeof *live);
    if (!live) abort();
    live_len = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].p) live_insert(old[i].p, old[i].size);
    free(old);
}

static void live_insert(void *p, size_t size) {
    if ((live_len + 1) * 2 > live_cap) live_grow();
    size_t i = live_slot(p);
    while (live[i].p) i = (i + 1) & (live_cap - 1);
    live[i] = (LiveEntry){p, size};
    live_len++;
}

/* Removes p (linear probing: the entries after it move back to where they belong). */
static void live_remove(void *p) {
    if (!live_cap) return;
    size_t i = live_slot(p);
    while (live[i].p && live[i].p != p) i = (i + 1) & (live_cap - 1);
    if (!live[i].p) return;
    live[i].p = NULL;
    live_len--;
    for (size_t j = (i + 1) & (live_cap - 1); live[j].p; j = (j + 1) & (live_cap - 1)) {
        LiveEntry e = live[j];
        live[j].p = NULL;
        live_len--;
        live_insert(e.p, e.size);
    }
}

static void report_leaks(void) {
    size_t bytes = 0;
    for (size_t i = 0; i < live_cap; i++) bytes += live[i].p ? live[i].size : 0;
    fprintf(stderr, "patina: %zu allocation%s (%zu bytes) still live at exit\n", live_len,
            live_len == 1 ? "" : "s", bytes);
    size_t shown = 0;
    for (size_t i = 0; i < live_cap && shown < 20; i++)
        if (live[i].p) fprintf(stderr, "  %zu bytes at %p\n", live[i].size, live[i].p), shown++;
    if (live_len > shown) fprintf(stderr, "  ... and %zu more\n", live_len - shown);
}

static int current_mode(void) {
    int m = atomic_load_explicit(&mode, memory_order_relaxed);
    if (m != MODE_UNKNOWN) return m;
    const char *env = getenv("PATINA_ALLOC");
    const char *leaks = getenv("PATINA_LEAK_REPORT");
    leak_report = leaks && *leaks && strcmp(leaks, "0") != 0;
    if (leak_report) atexit(report_leaks);
    m = (env && strcmp(env, "system") == 0) || rt_under_asan() ? MODE_SYSTEM : MODE_CLASSES;
    atomic_store(&mode, m);
    return m;
}

static bool is_small(size_t size, size_t align) { return size <= SMALL_MAX && align <= 16; }

static void *small_alloc(size_t size) {
    size_t cls = (size + 15) / 16 - 1, bytes = (cls + 1) * 16;
    FreeObject *o = cache.free[cls];
    if (o) {
        cache.free[cls] = o->next;
        return o;
    }
    if ((size_t)(cache.bump_end - cache.bump) < bytes) {
        /* the old slab's tail is abandoned: at most SMALL_MAX bytes of each 64 KiB */
        cache.bump = aligned_alloc(16, SLAB_BYTES);
        if (!cache.bump) return NULL;
        cache.bump_end = cache.bump + SLAB_BYTES;
    }
    void *p = cache.bump;
    cache.bump += bytes;
    return p;
}

static void small_free(void *p, size_t size) {
    size_t cls = (size + 15) / 16 - 1;
    FreeObject *o = p;
    o->next = cache.free[cls];
    cache.free[cls] = o;
}

static void *system_alloc(size_t size, size_t align) {
    if (align <= 16) return malloc(size);
    size_t rounded = (size + align - 1) / align * align;
    return aligned_alloc(align, rounded);
}

void *rt_alloc(size_t size, size_t align) {
    if (size == 0) return (void *)align;        /* a dangling, aligned, non-null pointer */
    int m = current_mode();
    void *p = m == MODE_CLASSES && is_small(size, align) ? small_alloc(size)
                                                         : system_alloc(size, align);
    if (!p) rt_alloc_failed(size, align);
    if (leak_report) {
        lock_live();
        live_insert(p, size);
        unlock_live();
    }
    return p;
}

/* Large zeroed requests go to calloc, which takes them from fresh mmap'd pages the kernel
 * has already zeroed: `vec![0u8; 1 << 28]` costs no write until the program touches it. */
void *rt_alloc_zeroed(size_t size, size_t align) {
    if (size == 0 || align > 16 || (current_mode() == MODE_CLASSES && is_small(size, align))) {
        void *p = rt_alloc(size, align);
        if (size) memset(p, 0, size);
        return p;
    }
    void *p = calloc(1, size);
    if (!p) rt_alloc_failed(size, align);
    if (leak_report) {
        lock_live();
        live_insert(p, size);
        unlock_live();
    }
    return p;
}

void rt_dealloc(void *p, size_t size, size_t align) {
    if (size == 0 || !p) return;
    if (leak_report) {
        lock_live();
        live_remove(p);
        unlock_live();
    }
    if (current_mode() == MODE_CLASSES && is_small(size, align)) small_free(p, size);
    else free(p);
}

void *rt_realloc(void *p, size_t old_size, size_t align, size_t new_size) {
    if (old_size == 0) return rt_alloc(new_size, align);
    bool both_small = current_mode() == MODE_CLASSES && is_small(old_size, align) &&
                      is_small(new_size, align);
    if (both_small && (old_size + 15) / 16 == (new_size + 15) / 16) return p;   /* the same class */
    if (!both_small && !is_small(old_size, align) && !is_small(new_size, align) && align <= 16 &&
        !leak_report) {
        void *q = realloc(p, new_size);
        if (!q) rt_alloc_failed(new_size, align);
        return q;
    }
    void *q = rt_alloc(new_size, align);
    memcpy(q, p, old_size < new_size ? old_size : new_size);
    rt_dealloc(p, old_size, align);
    return q;
}

void rt_memmove(void *dst, const void *src, size_t bytes) {
    if (bytes) memmove(dst, src, bytes);
}

void rt_memcpy(void *dst, const void *src, size_t bytes) {
    if (bytes) memcpy(dst, src, bytes);
}
