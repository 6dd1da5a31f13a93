/* ice.c — what the user sees when the compiler itself fails.
 *
 * Takes: the stage being run and the item or body it is working on (two globals the
 * stages update once per stage and once per item or body, so the tracking costs nothing
 * per node), and every fatal signal of the compiler: SIGSEGV, SIGBUS, SIGFPE, SIGILL and
 * SIGABRT, which is how a failed assert() ends; and the internal errors the compiler
 * detects itself (ice(): LLVM rejecting the module codegen built).
 * Gives: rustc's internal-compiler-error layout on stderr, naming the stage and the
 * source position, and exit status 101, instead of a silent crash; a stack overflow of the
 * compiler's thread (an input nested too deeply) is reported as an error, exit 1. The
 * handlers run on an alternate signal stack, so they work when the stack is exhausted,
 * and use only async-signal-safe calls (write, unlink, _exit) and reads of the source
 * table.
 *
 * For the tests: PATINA_ICE_TEST=STAGE[:KIND] fails on purpose when STAGE (lex, parse,
 * expand, resolve, typeck, lower, borrowck, drops, codegen, link) starts, by an invalid
 * memory access (KIND segv, the default), a failed assertion (assert) or unbounded
 * recursion (overflow, which also shrinks the compiler's stack so that it overflows fast). */
#include "patina.h"

#include <assert.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *volatile current_doing = "starting";
static volatile Span current_span;
static volatile bool current_span_known;

static char test_stage[32];                     /* from PATINA_ICE_TEST, or "" */
static const char *test_kind;

/* The compiler thread's stack: [stack_lo, stack_lo + size), the guard pages below it. */
static uintptr_t stack_lo, guard_bytes;

/* ── async-signal-safe output ── */

static void put(const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void put_uint(unsigned long v) {
    char buf[24];
    int i = sizeof buf - 1;
    buf[i] = 0;
    do buf[--i] = (char)('0' + v % 10); while ((v /= 10) && i > 0);
    put(buf + i);
}

static void put_location(void) {
    if (!current_span_known) return;
    Span sp = current_span;
    SourceFile *f = source_get(sp.file);
    if (!f) return;
    int line, col;
    source_line_col(sp, &line, &col);
    put("  --> ");
    put(f->path);
    put(":");
    put_uint((unsigned long)line);
    put(":");
    put_uint((unsigned long)col);
    put("\n");
}

/* ── the handler ── */

static const char *signal_description(int sig) {
    switch (sig) {
    case SIGSEGV: return "invalid memory access (SIGSEGV)";
    case SIGBUS: return "bus error (SIGBUS)";
    case SIGFPE: return "arithmetic exception (SIGFPE)";
    case SIGILL: return "illegal instruction (SIGILL)";
    case SIGABRT: return "aborted (SIGABRT): an internal assertion failed";
    default: return "fatal signal";
    }
}

/* A fault in the guard pages just below the compiler thread's stack. */
static bool is_stack_overflow(int sig, const siginfo_t *info) {
    if ((sig != SIGSEGV && sig != SIGBUS) || !stack_lo) return false;
    uintptr_t addr = (uintptr_t)info->si_addr, page = (uintptr_t)sysconf(_SC_PAGESIZE);
    return addr < stack_lo + page && addr + guard_bytes + page >= stack_lo;
}

static _Noreturn void report_and_exit(const char *what) {
    output_remove_temporaries();
    put("error: internal compiler error: ");
    put(what);
    put(" while ");
    put(current_doing);
    put("\n");
    put_location();
    put("\nnote: the compiler unexpectedly panicked. this is a bug.\n\n"
        "note: we would appreciate a bug report with the program that triggered it\n\n"
        "note: patina " PATINA_VERSION " (LLVM 19; Rust 2021 subset)\n\n");
    _exit(101);
}

static void on_fatal_signal(int sig, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    if (is_stack_overflow(sig, info)) {
        output_remove_temporaries();
        put("error: the program is nested too deeply for Patina: "
            "the compiler ran out of stack while ");
        put(current_doing);
        put("\n");
        put_location();
        put("\nerror: aborting due to 1 previous error\n\n");
        _exit(1);
    }
    report_and_exit(signal_description(sig));
}

void ice(const char *what) {
    fflush(stdout);
    report_and_exit(what);
}

void ice_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fatal_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigfillset(&sa.sa_mask);
    const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
    const char *test = getenv("PATINA_ICE_TEST");
    if (test && *test) {
        const char *colon = strchr(test, ':');
        snprintf(test_stage, sizeof test_stage, "%.*s",
                 colon ? (int)(colon - test) : (int)strlen(test), test);
        test_kind = colon ? colon + 1 : "segv";
    }
}

void ice_install_thread(void) {
    /* an alternate stack per thread: the handler must run when the thread's stack is full.
     * One already installed (AddressSanitizer's, which it unmaps when the thread ends) is
     * kept: replacing it would make that unmapping fail. */
    static _Thread_local char alt_stack[64 * 1024];
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || (current.ss_flags & SS_DISABLE)) {
        stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
        sigaltstack(&ss, NULL);
    }
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) stack_lo = (uintptr_t)addr;
    size_t guard = 0;
    pthread_attr_getguardsize(&attr, &guard);
    /* the main thread's stack grows on demand: the kernel keeps a gap of 256 pages below it */
    guard_bytes = guard > ((size_t)1 << 20) ? guard : (size_t)1 << 20;
    pthread_attr_destroy(&attr);
}

size_t ice_stack_bytes(size_t normal) {
    return test_kind && strcmp(test_kind, "overflow") == 0 ? (size_t)16 << 20 : normal;
}

/* ── the deliberate failures of PATINA_ICE_TEST ── */

static volatile uintptr_t invalid_address = 8;
/* never set: hides the recursion's end from the optimiser */
static volatile int recursion_stops;

static int recurse_forever(int depth) {
    volatile char frame[512];
    frame[0] = (char)depth;
    if (recursion_stops) return frame[0];
    return recurse_forever(depth + 1) + frame[0];
}

static void fail_on_purpose(void) {
    if (strcmp(test_kind, "assert") == 0) {
        assert(!"PATINA_ICE_TEST asked for a failed assertion");
        abort();                                /* NDEBUG builds */
    }
    if (strcmp(test_kind, "overflow") == 0) recurse_forever(0);
    *(volatile int *)invalid_address = 1;
}

/* ── what the stages report ── */

/* PATINA_ICE_TEST's stage has started: fail at its first item or body, so that the report
 * shows a position, or when the next stage starts if it has none. */
static bool test_armed;

void ice_enter_stage(const char *stage, const char *doing) {
    if (test_armed) fail_on_purpose();
    current_doing = doing;
    current_span_known = false;
    test_armed = test_kind && strcmp(test_stage, stage) == 0;
}

void ice_at(Span sp) {
    current_span_known = false;                 /* the handler never sees a half-written span */
    current_span = sp;
    current_span_known = true;
    if (test_armed) fail_on_purpose();
}
