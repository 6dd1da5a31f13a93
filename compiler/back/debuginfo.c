/* debuginfo.c — DWARF line tables, through LLVM-C's DIBuilder.
 *
 * Takes: the module codegen builds, each function it defines (with the span of its body)
 * and the span of each IR statement and terminator as codegen emits them.
 * Gives: a compile unit (language Rust), a DISubprogram per function and a DILocation
 * (line and column) per instruction, so that a debugger, a profiler or AddressSanitizer's
 * symbolizer maps an address to `file.rs:LINE:COL` in `crate::function`. Types and
 * variables are not described yet: that is full `-g`, built on this. (The unit's emission
 * kind is "full" all the same: a line-tables-only unit leaves out the subprograms of
 * functions nothing was inlined into, and reports would show link names.)
 *
 * A location's scope must be a subprogram of the function it is in; a statement from
 * another file than its function's (the prelude's code inlined by a macro) is put in a
 * lexical-block-file scope of that file. Files are DIFiles made once each. */
#include "patina.h"
#include "back/debuginfo.h"

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <string.h>
#include <unistd.h>

struct DebugLines {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMDIBuilderRef dib;
    LLVMMetadataRef unit;
    LLVMMetadataRef subroutine_type;            /* one for all: parameters are not described */
    bool optimized;
    const char *directory;                      /* the compilation's working directory */
    const char *crate;                          /* the program's functions are crate::name */
    LLVMMetadataRef *files;                     /* by source file index, made on first use */
    uint32_t nfiles;
    /* the function being emitted */
    LLVMMetadataRef subprogram;
    uint32_t fn_file;
    unsigned fn_line;
};

static LLVMMetadataRef file_of(DebugLines *dl, uint32_t file) {
    if (file >= dl->nfiles) {
        uint32_t n = file + 8;
        dl->files = arena_realloc(dl->files, sizeof(LLVMMetadataRef) * dl->nfiles,
                                  sizeof(LLVMMetadataRef) * n);
        dl->nfiles = n;
    }
    if (!dl->files[file]) {
        const char *path = source_get(file)->path;
        /* a relative path is relative to the compilation's directory; the prelude's
         * `<patina>/...` is made absolute (`/<patina>/...`, as rustc's library sources are
         * `/rustc/HASH/...`), or readers would put it in the compilation's directory */
        const char *dir = path[0] == '/' ? "" : path[0] == '<' ? "/" : dl->directory;
        dl->files[file] = LLVMDIBuilderCreateFile(dl->dib, path, strlen(path), dir, strlen(dir));
    }
    return dl->files[file];
}

DebugLines *debug_lines_begin(LLVMContextRef ctx, LLVMModuleRef mod, const char *main_path,
                              bool optimized) {
    DebugLines *dl = arena_alloc(sizeof *dl);
    dl->ctx = ctx;
    dl->mod = mod;
    dl->optimized = optimized;
    dl->dib = LLVMCreateDIBuilder(mod);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
    dl->directory = arena_strndup(cwd, strlen(cwd));
    /* the crate is named after the file, as rustc names it; stdin is rustc's `rust_out` */
    bool from_stdin = strcmp(main_path, "-") == 0;
    if (from_stdin) main_path = "<anon>";
    const char *base = strrchr(main_path, '/') ? strrchr(main_path, '/') + 1 : main_path;
    size_t stem = strlen(base) > 3 && strcmp(base + strlen(base) - 3, ".rs") == 0
                      ? strlen(base) - 3 : strlen(base);
    dl->crate = from_stdin ? "rust_out" : arena_strndup(base, stem);
    const char *dir = main_path[0] == '/' || from_stdin ? "" : dl->directory;
    LLVMMetadataRef main_file =
        LLVMDIBuilderCreateFile(dl->dib, main_path, strlen(main_path), dir, strlen(dir));
    const char *producer = "patina " PATINA_VERSION;
    dl->unit = LLVMDIBuilderCreateCompileUnit(
        dl->dib, LLVMDWARFSourceLanguageRust, main_file, producer, strlen(producer), optimized,
        "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, false, false, "", 0, "", 0);
    dl->subroutine_type = LLVMDIBuilderCreateSubroutineType(dl->dib, main_file, NULL, 0,
                                                            LLVMDIFlagZero);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
    LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(i32, LLVMDebugMetadataVersion(), false)));
    LLVMAddModuleFlag(mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(i32, 4, false)));
    return dl;
}

static bool has_place(Span span) { return source_get(span.file) != NULL; }

void debug_lines_function(DebugLines *dl, LLVMValueRef fn, const char *name, Span span) {
    int line = 0, col;
    if (has_place(span)) source_line_col(span, &line, &col);
    /* a body with no place of its own (drop glue) is put in the main file, at line 0:
     * "no source line", as DWARF has it */
    dl->fn_file = has_place(span) ? span.file : UINT32_MAX;
    dl->fn_line = (unsigned)line;
    LLVMMetadataRef file =
        has_place(span) ? file_of(dl, span.file) : LLVMDIScopeGetFile(dl->unit);
    /* debuggers show `crate::name` (`std::` for the prelude's); llvm-symbolizer, and so
     * ASan's reports, prefer the ELF symbol (`patina_user_main`, `_pt12_push`) */
    if (has_place(span))
        name = arena_printf("%s::%s", source_get(span.file)->path[0] == '<' ? "std" : dl->crate,
                            name);
    bool local = LLVMGetLinkage(fn) == LLVMInternalLinkage;
    dl->subprogram = LLVMDIBuilderCreateFunction(
        dl->dib, file, name, strlen(name), "", 0, file, (unsigned)line,
        dl->subroutine_type, local, true, (unsigned)line, LLVMDIFlagPrototyped, dl->optimized);
    LLVMSetSubprogram(fn, dl->subprogram);
}

LLVMMetadataRef debug_lines_at(DebugLines *dl, Span span) {
    if (!has_place(span))
        return LLVMDIBuilderCreateDebugLocation(dl->ctx, dl->fn_line, 0, dl->subprogram, NULL);
    int line, col;
    source_line_col(span, &line, &col);
    LLVMMetadataRef scope = dl->subprogram;
    if (span.file != dl->fn_file)
        scope = LLVMDIBuilderCreateLexicalBlockFile(dl->dib, scope, file_of(dl, span.file), 0);
    return LLVMDIBuilderCreateDebugLocation(dl->ctx, (unsigned)line, (unsigned)col, scope, NULL);
}

void debug_lines_finish(DebugLines *dl) {
    LLVMDIBuilderFinalize(dl->dib);
    LLVMDisposeDIBuilder(dl->dib);
}
