/* debuginfo.h — DWARF line tables for codegen (debuginfo.c). */
#ifndef PATINA_BACK_DEBUGINFO_H
#define PATINA_BACK_DEBUGINFO_H

#include "support/diag.h"

#include <llvm-c/Types.h>

typedef struct DebugLines DebugLines;

/* A compile unit for the module, named after main_path (the input, as given). */
DebugLines *debug_lines_begin(LLVMContextRef ctx, LLVMModuleRef mod, const char *main_path,
                              bool optimized);

/* Attaches a subprogram to fn (defined at span, called `name` in reports) and makes it the
 * scope of the locations that follow. */
void debug_lines_function(DebugLines *dl, LLVMValueRef fn, const char *name, Span span);

/* The location of span in the current function; a span without a place in the source
 * (SPAN_NONE, or a generated body's) is the function's own line. */
LLVMMetadataRef debug_lines_at(DebugLines *dl, Span span);

/* Resolves the compile unit's references; call once, before verifying the module. */
void debug_lines_finish(DebugLines *dl);

#endif
