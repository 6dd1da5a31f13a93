/* alloc_micro.c — ns per allocation of the runtime's allocator beside glibc malloc.
 *
 * Takes: nothing (built and run by `make bench`). Gives: one line per allocator with the
 * nanoseconds an allocate-and-free pair of small blocks takes, in a pattern like a program
 * building and dropping trees: many blocks live at once, freed in another order. */
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { LIVE = 4096, ROUNDS = 2000 };

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void *slots[LIVE];

/* alloc.c alone is linked: its failure path, as rt.c has it */
_Noreturn void rt_alloc_failed(size_t size, size_t align) {
    (void)align;
    fprintf(stderr, "memory allocation of %zu bytes failed\n", size);
    abort();
}

int main(void) {
    static const size_t sizes[] = {16, 24, 32, 48, 64};
    for (int which = 0; which < 2; which++) {
        double t0 = now();
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < LIVE; i++) {
                size_t n = sizes[(i + r) % 5];
                slots[i] = which ? malloc(n) : rt_alloc(n, 8);
                *(volatile char *)slots[i] = 1;
            }
            for (int i = LIVE - 1; i >= 0; i--) {
                size_t n = sizes[(i + r) % 5];
                if (which) free(slots[i]);
                else rt_dealloc(slots[i], n, 8);
            }
        }
        double ns = (now() - t0) / ((double)LIVE * ROUNDS);
        printf("%-22s %6.2f ns per alloc+free\n", which ? "glibc malloc/free" : "patina rt_alloc", ns);
    }
    return 0;
}
