/* fuzz_target.c — libFuzzer entry point over Patina's whole front end (`make fuzz`).
 *
 * Takes: arbitrary bytes from libFuzzer, treated as the text of one .rs file.
 * Gives: one compilation of them from lexing through the ownership checks, drop
 * elaboration and layout (pipeline.c), without codegen or linking, with every stage's
 * text output printed too; diagnostics go to a discarded stream (to stderr with
 * PATINA_FUZZ_DIAGNOSTICS=1, to see what the compiler said about an input). Each input runs in a
 * fresh session (session_end resets every stage), so executions are independent and
 * LeakSanitizer sees every byte freed. A crash, sanitizer report, leak or hang is a
 * compiler bug; tests/fuzz/fuzz.sh runs this and keeps what it finds. */
#include "patina.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static FILE *diagnostics;                       /* /dev/null unless PATINA_FUZZ_DIAGNOSTICS=1 */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *show = getenv("PATINA_FUZZ_DIAGNOSTICS");
    diagnostics = show && strcmp(show, "1") == 0 ? stderr : fopen("/dev/null", "w");
    if (!diagnostics) {
        perror("fuzz_target: /dev/null");
        exit(1);
    }
    return 0;
}

typedef struct FuzzInput {
    const uint8_t *data;
    size_t size;
} FuzzInput;

static void *compile_input(void *p) {
    const FuzzInput *in = p;
    /* The input's length picks the diagnostic format and the overflow-check mode, so
     * both renderers and both lowerings are covered while each input stays reproducible. */
    session_begin(false, in->size & 1 ? DIAGFMT_JSON : DIAGFMT_HUMAN, diagnostics);
    FrontEnd fe = {
        .path = "fuzz.rs",
        .text = (const char *)in->data,
        .len = in->size,
        .last_stage = STAGE_LAYOUT,
        .overflow_checks = !(in->size & 2),
        .tokens_out = "/dev/null",
        .ast_out = "/dev/null",
        .ir_out = "/dev/null",
        .type_sizes_out = "/dev/null",
        .instances_out = "/dev/null",
    };
    IrProgram *prog;
    compile_front_end(&fe, &prog);
    session_end();
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput in = {data, size};
    /* the stages recurse as deep as the input nests: the driver's large stack, not libFuzzer's */
    run_on_compiler_stack(compile_input, &in);
    return 0;
}
