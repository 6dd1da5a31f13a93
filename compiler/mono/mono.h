/* mono.h — After the checks: instances of generic bodies, drop elaboration. */
#ifndef PATINA_MONO_MONO_H
#define PATINA_MONO_MONO_H

#include "ir/dataflow.h"

/* Drop elaboration (drops.c): drops of moved-out values removed, drop flags where a value
 * may have been moved, open drops of partly moved structs. Runs after the checks. */
void drops_elaborate(IrProgram *prog);

/* The body of an instance of a generic fn or closure (substitute.c): the checked generic
 * body with args substituted in every type and its callees resolved for them (a callee no
 * impl can be chosen for is reported). Lowering calls it as instances are asked for. */
typedef struct LowerCtx LowerCtx;
Body *mono_instance_body(LowerCtx *ctx, const Body *generic, Def *instance, Type **args,
                         int nargs);

#endif
