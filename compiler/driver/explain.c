/* explain.c — `patina --explain CODE`.
 *
 * Takes: an error code as the user typed it, and the texts of compiler/driver/explain/
 * (one Markdown file per code Patina emits, embedded at build time by mk/embed.sh --table).
 * Gives: the code's text on stdout, as rustc's pager-less `--explain` prints its own: the
 * Markdown as written, except that a code fence's info string (`compile_fail,E0499`,
 * `ignore (why)`) is dropped; it is there for tests/explain.sh, not for the reader. */
#include "patina.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

extern const char *const patina_explanations_names[];
extern const char *const patina_explanations_texts[];
extern const unsigned long patina_explanations_count;

/* rustc's reading of a code: case does not matter, the E is optional and the number is
 * what counts (E499 is E0499), so the canonical spelling is E and four digits. Returns
 * false for anything that is not a number below 10000 after the optional E. */
static bool canonical_code(const char *code, char out[6]) {
    const char *digits = (code[0] == 'E' || code[0] == 'e') ? code + 1 : code;
    size_t n = strlen(digits);
    if (n == 0) return false;
    unsigned value = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)digits[i])) return false;
        value = value * 10 + (unsigned)(digits[i] - '0');
        if (value > 9999) return false;
    }
    snprintf(out, 6, "E%04u", value);
    return true;
}

static void print_for_terminal(const char *text) {
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        if (len >= 3 && strncmp(line, "```", 3) == 0) fputs("```\n", stdout);
        else printf("%.*s\n", (int)len, line);
        line += len + (end != NULL);
    }
}

int explain_error_code(const char *code) {
    char canonical[6];
    if (canonical_code(code, canonical)) {
        for (unsigned long i = 0; i < patina_explanations_count; i++) {
            if (strcmp(patina_explanations_names[i], canonical) != 0) continue;
            print_for_terminal(patina_explanations_texts[i]);
            return 0;
        }
    }
    fprintf(stderr, "error: %s is not a valid error code\n\n", code);
    return 1;
}
