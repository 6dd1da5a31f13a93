/* patina.h — every stage's interface at once, for the files that span stages.
 *
 * Pipeline (see ../shared/DESIGN.md), a folder per stage, each with its header:
 *   syntax/   source ─lex_file→ TokenList ─parse_crate→ AST (Node) ─expand_crate→ AST
 *             without macros                                     (token.h, ast.h)
 *   sema/     ─resolve_crate→ names bound, types hash-consed     (types.h, resolve.h)
 *             ─lifetimes_check→ declared regions, elision   (lifetimes.h)
 *   typeck/   ─typeck_crate→ Type on every expression            (typeck.h)
 *   lower/    ─lower_crate→ IrProgram                            (ir/ir.h)
 *   ir/       the IR and the toolkit every pass shares           (ir.h, dataflow.h)
 *   borrowck/ ─moves_check→ diagnostics; never mutates the IR    (borrowck.h)
 *   mono/     ─drops_elaborate→ IrProgram with drop flags        (mono.h)
 *   back/     ─layout_of→ sizes ─cg_emit→ object/asm/llvm-ir     (layout.h, codegen.h)
 *   driver/   pipeline.c strings the stages together; main.c links with the runtime
 *   support/  the arena, symbols, sources, spans and diagnostics (base.h, diag.h)
 *
 * Each header includes the one of the stage before it, so data flows forward only.
 * Every stage exposes one or two entry points and keeps the rest static. All compiler
 * memory comes from one arena freed at the end of a compilation (session_end); symbols
 * are interned integers; types are hash-consed so that equal types are the same pointer. */
#ifndef PATINA_H
#define PATINA_H

#include "support/base.h"
#include "support/diag.h"
#include "support/time_passes.h"
#include "syntax/token.h"
#include "syntax/ast.h"
#include "sema/types.h"
#include "sema/resolve.h"
#include "sema/lifetimes.h"
#include "typeck/typeck.h"
#include "ir/ir.h"
#include "ir/cfg.h"
#include "ir/visit.h"
#include "ir/dataflow.h"
#include "borrowck/borrowck.h"
#include "mono/mono.h"
#include "back/layout.h"
#include "back/codegen.h"
#include "driver/pipeline.h"
#include "driver/ice.h"
#include "driver/output.h"
#include "driver/explain.h"

#endif
