/* ice.h — Internal compiler errors: rustc-style reports of the compiler's own crashes. */
#ifndef PATINA_DRIVER_ICE_H
#define PATINA_DRIVER_ICE_H

#include "support/diag.h"

/* A crash of the compiler (a fatal signal, a failed assert) prints rustc's internal
 * compiler error layout with the stage and span below, and exits 101. */
void ice_install(void);                         /* once per process */
void ice_install_thread(void);                  /* on the thread that compiles */
/* the compiler thread's stack (smaller for PATINA_ICE_TEST=...:overflow) */
size_t ice_stack_bytes(size_t normal);
/* Stages call these: once when a stage starts (stage is the PATINA_ICE_TEST name, doing
 * the words of the report: "type-checking"), and once per item or body. */
void ice_enter_stage(const char *stage, const char *doing);
void ice_at(Span sp);
/* An internal error found by the compiler itself ("invalid LLVM IR: ..."): the same report. */
_Noreturn void ice(const char *what);

#endif
