/* reduce.c — the differential fuzzer's test-case reducer (tests/fuzz/difftest.sh).
 *
 * Takes: reduce FILE.rs COMMAND...
 *     COMMAND is run as `COMMAND... CANDIDATE.rs` and exits 0 when the candidate is still
 *     "interesting" (it compiles under rustc and shows the same mismatch).
 * Gives: FILE.rs rewritten in place to a smaller program that is still interesting (after
 *     each accepted step, so an interrupted run keeps its progress), and on stderr the
 *     number of lines before and after.
 *
 * The generator writes one statement or one brace per line, so the reducer deletes whole
 * lines, never parts of one: first the largest brace-balanced blocks (a line that opens a
 * block through the line that closes it: whole functions, items, loops), then single
 * lines whose braces balance. It repeats until no deletion is accepted (a fixpoint of
 * one-line-minimality in the sense of delta debugging), so braces always stay balanced
 * and most candidates at least parse.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    char **lines;
    int n;
} Program;

static bool is_blank(const char *line) { return line[strspn(line, " \t\r\n")] == 0; }

static Program read_program(const char *path)
{
    Program p = {0};
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char buf[1 << 16];
    int cap = 0;
    while (fgets(buf, sizeof buf, f)) {
        if (p.n == cap) {
            cap = cap ? cap * 2 : 256;
            p.lines = realloc(p.lines, (size_t)cap * sizeof *p.lines);
            if (!p.lines) { perror("reduce"); exit(2); }
        }
        if (is_blank(buf)) continue;   /* blank lines never matter */
        p.lines[p.n] = malloc(strlen(buf) + 1);
        if (!p.lines[p.n]) { perror("reduce"); exit(2); }
        strcpy(p.lines[p.n++], buf);
    }
    fclose(f);
    return p;
}

/* Writes p without lines [skip_from, skip_to] (none when skip_from < 0). */
static void write_program(const char *path, const Program *p, int skip_from, int skip_to)
{
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); exit(2); }
    for (int i = 0; i < p->n; i++)
        if (i < skip_from || i > skip_to) fputs(p->lines[i], f);
    fclose(f);
}

/* The braces a line opens minus those it closes (those in string literals count too:
 * the generator never puts an unbalanced brace in a string). */
static int brace_balance(const char *line)
{
    int depth = 0;
    for (const char *c = line; *c; c++) depth += (*c == '{') - (*c == '}');
    return depth;
}

static char **command;
static int ncommand;
static const char *candidate_path;
static const char *result_path;        /* rewritten after every accepted deletion: an
                                          interrupted reduction keeps its progress */
static int tests_run;

static bool interesting(void)
{
    tests_run++;
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); exit(2); }
    if (pid == 0) {
        char **argv = calloc((size_t)ncommand + 2, sizeof *argv);
        memcpy(argv, command, (size_t)ncommand * sizeof *argv);
        argv[ncommand] = (char *)candidate_path;
        execvp(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) { perror("waitpid"); exit(2); }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Deletes lines [from, to] of p. */
static void delete_lines(Program *p, int from, int to)
{
    for (int i = from; i <= to; i++) free(p->lines[i]);
    memmove(p->lines + from, p->lines + to + 1, (size_t)(p->n - to - 1) * sizeof *p->lines);
    p->n -= to - from + 1;
}

/* The line closing the block that line `open` opens, or -1. */
static int block_end(const Program *p, int open)
{
    int depth = 0;
    for (int i = open; i < p->n; i++) {
        depth += brace_balance(p->lines[i]);
        if (depth <= 0) return depth == 0 && i > open ? i : -1;
    }
    return -1;
}

/* One pass over the candidates of one kind, from the end of the file (later code uses
 * earlier code, so deleting users first lets their definitions go in the same pass). */
static bool pass(Program *p, bool blocks, int min_size)
{
    bool changed = false;
    for (int i = p->n - 1; i >= 0; i--) {
        if (i >= p->n) continue;
        int to = i;
        if (blocks) {
            if (brace_balance(p->lines[i]) <= 0) continue;
            to = block_end(p, i);
            if (to < 0 || to - i + 1 < min_size) continue;
        } else if (brace_balance(p->lines[i]) != 0 || is_blank(p->lines[i])) {
            continue;
        }
        write_program(candidate_path, p, i, to);
        if (interesting()) {
            delete_lines(p, i, to);
            write_program(result_path, p, -1, -1);
            changed = true;
        }
    }
    return changed;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: reduce FILE.rs COMMAND... (COMMAND CANDIDATE.rs exits 0 if interesting)\n");
        return 2;
    }
    const char *path = result_path = argv[1];
    command = argv + 2;
    ncommand = argc - 2;
    static char candidate[4096];
    snprintf(candidate, sizeof candidate, "%s.candidate.rs", path);
    candidate_path = candidate;

    Program p = read_program(path);
    int before = p.n;
    write_program(candidate_path, &p, -1, -1);
    if (!interesting()) {
        fprintf(stderr, "reduce: %s is not interesting to begin with\n", path);
        remove(candidate_path);
        return 1;
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (int min_size = 32; min_size >= 2; min_size /= 4) changed |= pass(&p, true, min_size);
        changed |= pass(&p, false, 1);
    }
    write_program(path, &p, -1, -1);
    remove(candidate_path);
    fprintf(stderr, "reduce: %d -> %d lines in %d tests\n", before, p.n, tests_run);
    return 0;
}
