/* time_passes.h — `--time-passes`: wall time and memory of each stage, on stderr. */
#ifndef PATINA_SUPPORT_TIME_PASSES_H
#define PATINA_SUPPORT_TIME_PASSES_H

#include <stdbool.h>

/* Turns the report on for this process (off by default: then every call below returns at
 * once). */
void time_passes_enable(void);
bool time_passes_enabled(void);

/* The stage `name` starts now and the one before it (if any) ends: its line is printed.
 * Stages are consecutive, never nested, so the lines add up to the whole compile.
 * NULL ends the current stage without starting another. */
void time_pass(const char *name);

/* Ends the current stage and prints the total since the first stage. */
void time_passes_finish(void);

#endif
