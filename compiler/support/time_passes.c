/* time_passes.c — `--time-passes`, as rustc's `-Z time-passes`.
 *
 * Takes: the driver's and the stages' calls to time_pass(NAME) as each stage starts.
 * Gives: on stderr, when a stage ends, one line with its wall and CPU time, the resident
 * memory before and after it, and how much it raised the process's peak resident memory
 * (the arena and the scratch stack only grow within a compile, so the peak is what a stage
 * costs); a total line at the end. Nothing at all unless time_passes_enable was called. */
#include "support/time_passes.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

typedef struct Sample {
    double seconds;                             /* monotonic clock */
    double cpu_seconds;                         /* user and system: steadier on a busy machine */
    long rss_kb, peak_kb;
} Sample;

static bool enabled;
static const char *current;                     /* the stage running, or NULL */
static Sample stage_start, first_start;
static bool started;

static Sample sample_now(void) {
    Sample s = {0};
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    s.seconds = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) == 0) {
        s.peak_kb = ru.ru_maxrss;
        s.cpu_seconds = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                        (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    }
    /* statm's second field: resident pages */
    FILE *f = fopen("/proc/self/statm", "r");
    long size, resident;
    if (f && fscanf(f, "%ld %ld", &size, &resident) == 2)
        s.rss_kb = resident * (sysconf(_SC_PAGESIZE) / 1024);
    if (f) fclose(f);
    return s;
}

static void print_line(const char *name, Sample from, Sample to) {
    fprintf(stderr,
            "time: %8.3f; cpu: %8.3f; rss: %5ldMB -> %5ldMB (%+6ldMB); peak: %5ldMB (%+6ldMB)"
            "\t%s\n",
            to.seconds - from.seconds, to.cpu_seconds - from.cpu_seconds, from.rss_kb / 1024,
            to.rss_kb / 1024,
            (to.rss_kb - from.rss_kb) / 1024, to.peak_kb / 1024,
            (to.peak_kb - from.peak_kb) / 1024, name);
}

void time_passes_enable(void) { enabled = true; }

bool time_passes_enabled(void) { return enabled; }

void time_pass(const char *name) {
    if (!enabled) return;
    Sample now = sample_now();
    if (current) print_line(current, stage_start, now);
    if (!started && name) {
        first_start = now;
        started = true;
    }
    current = name;
    stage_start = now;
}

void time_passes_finish(void) {
    if (!enabled || !started) return;
    time_pass(NULL);
    print_line("total", first_start, sample_now());
    started = false;
}
