/* codegen.h — LLVM code generation of an IrProgram. */
#ifndef PATINA_BACK_CODEGEN_H
#define PATINA_BACK_CODEGEN_H

#include "ir/ir.h"

typedef struct CgOptions {
    int opt_level;                              /* 0..3 */
    const char *source_name;                    /* module name */
    const char *llvm_ir_path;                   /* write textual IR here, or NULL */
    const char *asm_path;                       /* write assembly here, or NULL */
    const char *obj_path;                       /* write an object file here, or NULL */
    bool sanitize_address;                      /* -Z sanitizer=address: instrument with
                                                   AddressSanitizer (implies line tables) */
    int debuginfo;                              /* -C debuginfo=N, -g: 0 none, 1 and 2 line
                                                   tables (all Patina describes yet) */
} CgOptions;

/* Returns false after reporting an error (an LLVM failure is a compiler bug). Every
 * output goes through output_write. */
bool cg_emit(IrProgram *prog, const CgOptions *opts);

#endif
