/* pipeline.c — the compiler as a library: one compilation's front end on a buffer.
 *
 * Takes: a source text and its name, the last stage to run, and where to print what
 * --emit and --print ask for between stages.
 * Gives: the checked, drop-elaborated IrProgram with every layout computed (codegen's
 * input), and the session around it: session_begin sets up diagnostics and the type
 * universe, session_end frees the arena and puts every stage's file-scope state back to
 * its start, so that one process can compile many inputs (the fuzz target compiles
 * millions) and each compilation sees nothing of the ones before it.
 * The driver (main.c) adds the command line, reading files, codegen and linking. */
#include "patina.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

void session_begin(bool color, DiagFormat format, FILE *diag_out) {
    diag_configure(color, format, diag_out);
    types_init();
}

void session_end(void) {
    diag_finish();
    fflush(stdout);
    arena_free_all();
    diag_reset();
    types_reset();
    resolve_reset();
    layout_reset();
}

typedef void (*StagePrinter)(FILE *out, void *what);

/* Prints one stage's output when the request names a path for it ("-" is stdout): into
 * memory first, then through output_write, which checks the write and replaces a file
 * whole; false if that failed (reported). */
static bool print_output(const char *path, StagePrinter print, void *what) {
    if (!path) return true;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        diag_error_global("cannot buffer an output: %s", strerror(errno));
        return false;
    }
    print(f, what);
    bool ok = fclose(f) == 0 && output_write(path, text, len);
    free(text);
    return ok;
}

static void print_tokens(FILE *out, void *toks) { lex_print_tokens(out, *(TokenList *)toks); }
static void print_ast(FILE *out, void *crate) { ast_print(out, crate); }
static void print_type_sizes(FILE *out, void *crate) { layout_print_type_sizes(out, crate); }
static void print_instances(FILE *out, void *prog) { ir_print_instances(out, prog); }
static void print_lifetimes(FILE *out, void *crate) { lifetimes_print(out, crate); }
static void print_ir(FILE *out, void *prog) { ir_print(out, prog); }
static void print_liveness(FILE *out, void *prog) { liveness_print(out, prog); }
static void print_loans(FILE *out, void *prog) { loans_print(out, prog); }

/* stdlib/prelude.rs, lexed and parsed like any source (its spans point into it). */
static Node *parse_prelude(void) {
    uint32_t file = source_add("<patina>/stdlib/prelude.rs", patina_prelude_source,
                               patina_prelude_source_len);
    Node *prelude = parse_crate(lex_file(file));
    expand_crate(prelude);
    return prelude;
}

bool compile_front_end(const FrontEnd *fe, IrProgram **out) {
    *out = NULL;
    uint32_t file = source_load(fe->path, fe->text, fe->len);
    if (diag_error_count()) return false;
    time_pass("parse");
    ice_enter_stage("lex", "lexing");
    TokenList toks = lex_file(file);
    if (!print_output(fe->tokens_out, print_tokens, &toks)) return false;
    /* lexical errors make the token stream unreliable: no parsing after them */
    if (fe->last_stage == STAGE_TOKENS || diag_error_count()) return !diag_error_count();
    ice_enter_stage("parse", "parsing");
    Node *crate = parse_crate(toks);
    if (diag_error_count()) return false;
    ice_enter_stage("expand", "expanding macros");
    expand_crate(crate);
    if (!print_output(fe->ast_out, print_ast, crate)) return false;
    if (fe->last_stage == STAGE_AST || diag_error_count()) return !diag_error_count();

    time_pass("parse (prelude)");
    ice_enter_stage("parse", "parsing the standard library");
    crate->u.crate.prelude = parse_prelude();
    time_pass("resolve");
    ice_enter_stage("resolve", "resolving names");
    resolve_crate(crate);
    time_pass("typeck");
    ice_enter_stage("typeck", "type-checking");
    typeck_crate(crate);
    if (diag_error_count()) return false;
    /* after typeck: it shows the signatures' types, which typeck builds with their regions */
    if (!print_output(fe->lifetimes_out, print_lifetimes, crate)) return false;
    if (!print_output(fe->type_sizes_out, print_type_sizes, crate)) return false;
    LowerOptions lo = {.overflow_checks = fe->overflow_checks};
    time_pass("lower");
    ice_enter_stage("lower", "lowering to the IR");
    IrProgram *prog = lower_crate(crate, &lo);
    if (fe->validate_ir) ir_validate(prog, IR_LOWERED);
    time_pass("moves");
    ice_enter_stage("borrowck", "checking moves and initialisation");
    moves_check(prog);
    time_pass("borrowck");
    ice_enter_stage("borrowck", "checking borrows");
    uint32_t prelude_file = crate->u.crate.prelude->span.file;
    if (fe->borrowck_mode == BORROWCK_COMPARE) borrowck_compare(prog, prelude_file, fe->comparison);
    else borrowck_check(prog, prelude_file, false, fe->borrowck_mode);
    if (fe->check_borrow_rules && fe->borrowck_mode != BORROWCK_COMPARE) {
        time_pass("borrowck (the rules' invariant)");
        borrowck_check_invariant(prog, prelude_file);
    }
    /* the standard library is fixed: the test suite checks its bodies, a user need not */
    if (fe->check_prelude) {
        time_pass("borrowck (prelude)");
        borrowck_check(prog, prelude_file, true, BORROWCK_NLL);
    }
    layout_check_locals(prog);
    if (!print_output(fe->instances_out, print_instances, prog)) return false;
    /* the IR the checks saw, also when they failed: it shows why */
    if (!print_output(fe->liveness_out, print_liveness, prog)) return false;
    if (!print_output(fe->loans_out, print_loans, prog)) return false;
    if (diag_error_count()) return false;
    time_pass("mono (drop elaboration)");
    ice_enter_stage("drops", "elaborating drops");
    drops_elaborate(prog);
    if (fe->validate_ir) ir_validate(prog, IR_ELABORATED);
    time_pass("layout");
    ice_enter_stage("layout", "computing layouts");
    layout_program(prog);
    if (!print_output(fe->ir_out, print_ir, prog)) return false;
    *out = prog;
    return true;
}

/* The stages recurse over the AST, whose depth the input controls (`1 + 1 + ... + 1`
 * is a left spine as long as the expression); they run on a thread with a large stack
 * (reserved, not committed) so that any file within the size limit compiles. 4 GiB:
 * sanitizer builds use frames several times larger (lowering's is ~37 KiB a level). */
#define COMPILER_STACK_BYTES ((size_t)1 << 32)

/* Guard pages below the compiler's stack: a frame larger than them could step over them
 * into other memory instead of faulting as a stack overflow. */
#define COMPILER_STACK_GUARD_BYTES ((size_t)1 << 20)

void run_on_compiler_stack(void *(*fn)(void *), void *arg) {
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        started = pthread_attr_setstacksize(&attr, ice_stack_bytes(COMPILER_STACK_BYTES)) == 0 &&
                  pthread_attr_setguardsize(&attr, COMPILER_STACK_GUARD_BYTES) == 0 &&
                  pthread_create(&thread, &attr, fn, arg) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    else fn(arg);           /* no such thread here: the caller's stack will do for most inputs */
}
