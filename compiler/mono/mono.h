/* mono.h — After the checks: drop elaboration. */
#ifndef PATINA_MONO_MONO_H
#define PATINA_MONO_MONO_H

#include "ir/dataflow.h"

/* Drop elaboration (drops.c): drops of moved-out values removed, drop flags where a value
 * may have been moved, open drops of partly moved structs. Runs after the checks. */
void drops_elaborate(IrProgram *prog);

#endif
