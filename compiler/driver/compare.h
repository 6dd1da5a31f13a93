/* compare.h — `--borrowck=compare`: the verdict table of the borrow rules (compare.c). */
#ifndef PATINA_DRIVER_COMPARE_H
#define PATINA_DRIVER_COMPARE_H

#include <stddef.h>

typedef struct CompareInput {
    const char *path;                           /* as diagnostics and the table name it */
    const char *text;
    size_t len;
} CompareInput;

/* Prints the table to stdout; 1 when a program breaks errors(polonius) ⊆ errors(nll) ⊆
 * errors(lexical) (each such break reported on stderr), else 0. */
int compare_programs(const CompareInput *inputs, int n);

#endif
