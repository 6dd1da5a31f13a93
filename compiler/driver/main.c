/* main.c — the driver: command line, reading the source, codegen, linking.
 *
 * Takes: rustc-like arguments (`patina file.rs [-o PATH] [-O] [-C opt-level=N]
 * [--emit=...]`).
 * Gives: runs the front end (pipeline.c) up to the last stage --emit asks for, or to the
 * first stage that reported errors, then codegen, and links the object with the runtime
 * through `cc`.
 * Exit status 0 on success, 1 on compile errors, like rustc. */
#include "patina.h"
#include "driver/compare.h"

#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum {
    EMIT_TOKENS = 1 << 0,
    EMIT_AST = 1 << 1,
    EMIT_IR = 1 << 2,
    EMIT_LLVM_IR = 1 << 3,
    EMIT_ASM = 1 << 4,
    EMIT_OBJ = 1 << 5,
    EMIT_LINK = 1 << 6,
    EMIT_LIVENESS = 1 << 7,                     /* the IR the checks see, with its live locals */
    EMIT_LOANS = 1 << 8,                        /* the IR the checks see, with its borrow set */
    EMIT_BORROWCK_FACTS = 1 << 9,               /* polonius-engine's input relations, a
                                                   directory per body */
    EMIT_BORROWCK = 1 << 10,                    /* the loans' lines and errors, as text */
    EMIT_BORROWCK_HTML = 1 << 11,               /* the same with permissions, as one page */
};

typedef struct Options {
    const char *input;
    const char **more_inputs;                   /* --borrowck=compare takes several */
    int nmore_inputs;
    const char *output;                         /* -o */
    unsigned emit;
    const char *emit_path[12];                  /* --emit=KIND=PATH, by bit index */
    int opt_level;
    int overflow_checks;                        /* -1: follows opt level */
    DiagFormat diag_format;
    bool print_type_sizes;                      /* --print type-sizes */
    bool print_instances;                       /* --print instances */
    bool print_lifetimes;                       /* --print lifetimes */
    bool validate_ir;                           /* --validate-ir */
    bool check_prelude;                         /* --check-prelude */
    bool check_borrow_rules;                    /* --check-borrow-rules */
    BorrowckMode borrowck_mode;                 /* --borrowck=nll|lexical|polonius|off|compare */
    int color;                                  /* -1 auto, 0 never, 1 always */
    bool sanitize_address;                      /* -Z sanitizer=address */
    int debuginfo;                              /* -C debuginfo=N, -g */
} Options;

static const struct { const char *name; unsigned bit; } emit_kinds[] = {
    {"tokens", EMIT_TOKENS}, {"ast", EMIT_AST}, {"ir", EMIT_IR}, {"mir", EMIT_IR},
    {"llvm-ir", EMIT_LLVM_IR}, {"asm", EMIT_ASM}, {"obj", EMIT_OBJ}, {"link", EMIT_LINK},
    {"liveness", EMIT_LIVENESS}, {"loans", EMIT_LOANS}, {"borrowck", EMIT_BORROWCK},
    {"borrowck-html", EMIT_BORROWCK_HTML}, {"borrowck-facts", EMIT_BORROWCK_FACTS},
};

static void usage(FILE *out) {
    fputs("Usage: patina [OPTIONS] INPUT\n"
          "\n"
          "Compiles one Rust source file (a teaching subset of Rust 2021) to a native executable.\n"
          "\n"
          "Options:\n"
          "    -o PATH             Write the output to PATH "
          "(default: the input's name, without .rs)\n"
          "    -O                  Optimize (same as -C opt-level=3); turns off overflow checks\n"
          "    -C opt-level=N      Optimization level 0-3 (0 is the debug build)\n"
          "    -C overflow-checks=on|off\n"
          "                        Panic on integer overflow (default: on at opt-level 0)\n"
          "    -C debuginfo=0|1|2, -g\n"
          "                        Emit DWARF line tables (types and variables: not yet)\n"
          "    -Z sanitizer=address, --sanitize=address\n"
          "                        Instrument the program with AddressSanitizer (needs\n"
          "                        libclang-rt-19-dev); reports name the line, as -g does\n"
          "    --emit=KIND[,KIND]  What to produce: tokens, ast, ir, liveness, loans, borrowck,\n"
          "                        borrowck-html, borrowck-facts, llvm-ir, asm, obj, link\n"
          "                        (KIND=PATH writes that output to PATH; borrowck-facts=DIR\n"
          "                        writes Polonius's input relations, one directory per fn,\n"
          "                        into DIR, by default nll-facts)\n"
          "    --print type-sizes  Print the size, alignment and field layout of every struct "
          "and enum\n"
          "    --print instances   Print every instance of a generic fn that monomorphization "
          "made\n"
          "    --print lifetimes   Print the lifetimes of every fn, struct and enum signature\n"
          "    --validate-ir       Check the IR's contract after lowering and drop elaboration\n"
          "    --borrowck=MODE     The borrow rule: nll (default, rustc's), lexical (Rust 2015),\n"
          "                        polonius (location-sensitive), off (no loan checks), or\n"
          "                        compare (a table of the three checking modes' verdicts)\n"
          "    --check-prelude     Also borrow-check the standard library's bodies (they are\n"
          "                        fixed, and checked by `make test`)\n"
          "    --check-borrow-rules\n"
          "                        Also check that errors(polonius) ⊆ errors(nll) ⊆ "
          "errors(lexical)\n"
          "                        for this program (the test suite does)\n"
          "    --time-passes       Print each stage's wall time and memory to stderr\n"
          "    --error-format=human|json\n"
          "    --color=auto|always|never\n"
          "    --edition 2021      Accepted for rustc compatibility (2021 is the only edition)\n"
          "    --explain CODE      Explain an error code (E0499): the rule, a program that\n"
          "                        breaks it, and the ways to fix it\n"
          "    -V, --version       Print the version\n"
          "    -h, --help          Print this help\n",
          out);
}

static _Noreturn void die_usage(const char *fmt, const char *arg) {
    fprintf(stderr, "error: ");
    fprintf(stderr, fmt, arg);
    fputs("\n\nFor more information, try `patina --help`.\n", stderr);
    exit(1);
}

static int emit_index(unsigned bit) {
    int i = 0;
    while (!(bit & 1u)) {
        bit >>= 1;
        i++;
    }
    return i;
}

/* rustc's command-line errors carry no "For more information" line. */
static _Noreturn void die_option(const char *fmt, const char *arg) {
    fprintf(stderr, "error: ");
    fprintf(stderr, fmt, arg);
    fputs("\n\n", stderr);
    exit(1);
}

static void parse_emit(Options *o, const char *list) {
    char *copy = arena_strndup(list, strlen(list));
    /* every comma-separated item, empty ones too (`--emit=`, `--emit=ir,`): rustc rejects them */
    for (char *item = copy, *next; item; item = next) {
        next = strchr(item, ',');
        if (next) *next++ = 0;
        char *path = strchr(item, '=');
        if (path) *path++ = 0;
        unsigned bit = 0;
        for (size_t i = 0; i < sizeof emit_kinds / sizeof emit_kinds[0]; i++)
            if (strcmp(emit_kinds[i].name, item) == 0) bit = emit_kinds[i].bit;
        if (!bit)
            die_option("unknown emission type: `%s` - expected one of: `tokens`, `ast`, `ir`, "
                       "`llvm-ir`, `asm`, `obj`, `link`", item);
        if (path && !*path) die_option("an empty output path for `--emit=%s=`", item);
        o->emit |= bit;
        if (path) o->emit_path[emit_index(bit)] = path;
    }
}

/* rustc's -C debuginfo values; Patina emits line tables for every level above 0. */
static int parse_debuginfo(const char *v) {
    static const struct { const char *name; int level; } levels[] = {
        {"0", 0}, {"none", 0}, {"line-directives-only", 1}, {"line-tables-only", 1},
        {"1", 1}, {"limited", 1}, {"2", 2}, {"full", 2},
    };
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (strcmp(v, levels[i].name) == 0) return levels[i].level;
    die_option("incorrect value `%s` for codegen option `debuginfo` - either `0`, `1`, `2`, "
               "`line-directives-only`, `line-tables-only`, `none`, `limited`, or `full` was "
               "expected", v);
}

/* -Z options: the unstable ones Patina has (rustc's spelling, accepted without nightly). */
static void parse_unstable_option(Options *o, const char *opt) {
    if (strncmp(opt, "sanitizer=", 10) == 0) {
        if (strcmp(opt + 10, "address") != 0)
            die_option("Patina's only sanitizer is `address` (instead was `%s`)", opt + 10);
        o->sanitize_address = true;
    } else if (strcmp(opt, "time-passes") == 0) {
        time_passes_enable();
    } else if (strcmp(opt, "print-type-sizes") == 0) {
        o->print_type_sizes = true;
    } else {
        die_option("unknown unstable option: `%s`", opt);
    }
}

static void parse_codegen_option(Options *o, const char *opt) {
    if (strncmp(opt, "opt-level=", 10) == 0) {
        const char *v = opt + 10;
        if (strlen(v) != 1 || v[0] < '0' || v[0] > '3')
            die_usage("optimization level needs to be between 0-3 (instead was `%s`)", v);
        o->opt_level = v[0] - '0';
    } else if (strncmp(opt, "overflow-checks", 15) == 0) {
        const char *v = opt[15] == '=' ? opt + 16 : "on";
        o->overflow_checks = strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 ||
                             strcmp(v, "y") == 0 || strcmp(v, "true") == 0;
    } else if (strncmp(opt, "debuginfo", 9) == 0) {
        o->debuginfo = parse_debuginfo(opt[9] == '=' ? opt + 10 : "");
    } else if (strncmp(opt, "debug-assertions", 16) == 0 ||
               strncmp(opt, "codegen-units", 13) == 0 || strncmp(opt, "panic", 5) == 0) {
        /* accepted for rustc compatibility; no effect yet */
    } else {
        die_usage("unknown codegen option: `%s`", opt);
    }
}

static BorrowckMode parse_borrowck_mode(const char *v) {
    static const struct { const char *name; BorrowckMode mode; } modes[] = {
        {"nll", BORROWCK_NLL}, {"lexical", BORROWCK_LEXICAL}, {"polonius", BORROWCK_POLONIUS},
        {"off", BORROWCK_OFF}, {"compare", BORROWCK_COMPARE},
    };
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(v, modes[i].name) == 0) return modes[i].mode;
    die_option("argument for `--borrowck` must be nll, lexical, polonius, off or compare "
               "(instead was `%s`)", v);
}

static Options parse_args(int argc, char **argv) {
    Options o = {.overflow_checks = -1, .color = -1};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("patina %s (LLVM 19; Rust 2021 subset)\n", PATINA_VERSION);
            exit(0);
        } else if (strcmp(a, "--explain") == 0 || strncmp(a, "--explain=", 10) == 0) {
            /* as for rustc, the explanation is the whole job: inputs are not read */
            const char *code = a[9] == '=' ? a + 10 : next;
            if (!code) die_usage("%s requires an argument", a);
            exit(explain_error_code(code));
        } else if (strcmp(a, "-o") == 0) {
            if (!next) die_usage("%s requires an argument", a);
            o.output = argv[++i];
        } else if (strcmp(a, "-O") == 0) {
            o.opt_level = 3;
        } else if (strcmp(a, "-C") == 0) {
            if (!next) die_usage("%s requires an argument", a);
            parse_codegen_option(&o, argv[++i]);
        } else if (strncmp(a, "-C", 2) == 0) {
            parse_codegen_option(&o, a + 2);
        } else if (strncmp(a, "--emit=", 7) == 0) {
            parse_emit(&o, a + 7);
        } else if (strcmp(a, "--emit") == 0) {
            if (!next) die_usage("%s requires an argument", a);
            parse_emit(&o, argv[++i]);
        } else if (strcmp(a, "--print") == 0 || strncmp(a, "--print=", 8) == 0) {
            const char *what = a[7] == '=' ? a + 8 : next;
            if (a[7] != '=') i++;
            if (what && strcmp(what, "instances") == 0) o.print_instances = true;
            else if (what && strcmp(what, "lifetimes") == 0) o.print_lifetimes = true;
            else if (what && strcmp(what, "type-sizes") == 0) o.print_type_sizes = true;
            else die_usage("unknown print request: `%s` (Patina knows `type-sizes`, `instances` "
                           "and `lifetimes`)", what ? what : "");
        } else if (strcmp(a, "--validate-ir") == 0) {
            o.validate_ir = true;
        } else if (strncmp(a, "--borrowck=", 11) == 0) {
            o.borrowck_mode = parse_borrowck_mode(a + 11);
        } else if (strcmp(a, "--check-borrow-rules") == 0) {
            o.check_borrow_rules = true;
        } else if (strcmp(a, "--check-prelude") == 0) {
            o.check_prelude = true;
        } else if (strcmp(a, "--time-passes") == 0) {
            time_passes_enable();
        } else if (strcmp(a, "-Z") == 0) {
            if (!next) die_usage("%s requires an argument", a);
            parse_unstable_option(&o, argv[++i]);
        } else if (strncmp(a, "-Z", 2) == 0) {
            parse_unstable_option(&o, a + 2);
        } else if (strncmp(a, "--sanitize=", 11) == 0) {
            parse_unstable_option(&o, arena_printf("sanitizer=%s", a + 11));
        } else if (strcmp(a, "-g") == 0) {
            o.debuginfo = 2;
        } else if (strncmp(a, "--error-format=", 15) == 0) {
            const char *v = a + 15;
            if (strcmp(v, "json") != 0 && strcmp(v, "human") != 0)
                die_option("argument for `--error-format` must be `human` or `json` "
                           "(instead was `%s`)", v);
            o.diag_format = strcmp(v, "json") == 0 ? DIAGFMT_JSON : DIAGFMT_HUMAN;
        } else if (strncmp(a, "--color=", 8) == 0) {
            const char *v = a + 8;
            if (strcmp(v, "auto") != 0 && strcmp(v, "always") != 0 && strcmp(v, "never") != 0)
                die_option("argument for `--color` must be auto, always or never "
                           "(instead was `%s`)", v);
            o.color = strcmp(v, "always") == 0 ? 1 : strcmp(v, "never") == 0 ? 0 : -1;
        } else if (strcmp(a, "--edition") == 0) {
            if (!next) die_usage("%s requires an argument", a);
            if (strcmp(argv[++i], "2021") != 0)
                die_usage("edition %s is not supported: Patina compiles Rust 2021", argv[i]);
        } else if (strncmp(a, "--edition=", 10) == 0) {
            if (strcmp(a + 10, "2021") != 0)
                die_usage("edition %s is not supported: Patina compiles Rust 2021", a + 10);
        } else if (strcmp(a, "-A") == 0 || strcmp(a, "-W") == 0 || strcmp(a, "-D") == 0) {
            i++;                                /* lint levels: accepted, no lints to set yet */
        } else if (a[0] == '-' && a[1]) {
            die_usage("Unrecognized option: '%s'", a);
        } else if (o.input) {
            o.more_inputs = realloc(o.more_inputs, (size_t)(o.nmore_inputs + 1) * sizeof(char *));
            o.more_inputs[o.nmore_inputs++] = a;
        } else {
            o.input = a;
        }
    }
    if (!o.input) {
        usage(stderr);
        exit(1);
    }
    if (o.nmore_inputs && o.borrowck_mode != BORROWCK_COMPARE)
        die_usage("multiple input filenames provided (first one is `%s`)", o.input);
    if (!o.emit) o.emit = EMIT_LINK;
    if (o.overflow_checks < 0) o.overflow_checks = o.opt_level == 0;
    return o;
}

/* ── input ── */

#define MAX_SOURCE_BYTES (64u << 20)

/* `-` is the standard input, as for rustc (whose diagnostics then name it `<anon>`). */
static bool is_stdin(const char *input) { return strcmp(input, "-") == 0; }

static char *read_source(const char *path, size_t *len) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "error: couldn't read `%s`: Is a directory (os error 21)\n\n", path);
        return NULL;
    }
    FILE *f = is_stdin(path) ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "error: couldn't read `%s`: %s (os error %d)\n\n", path, strerror(errno),
                errno);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            if (cap >= MAX_SOURCE_BYTES) {
                fprintf(stderr, "error: `%s` is larger than %u MiB; "
                                "Patina does not compile files that large\n\n",
                        path, MAX_SOURCE_BYTES >> 20);
                free(buf);
                fclose(f);
                return NULL;
            }
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (!got) break;
        n += got;
    }
    if (ferror(f)) {
        fprintf(stderr, "error: couldn't read `%s`: %s (os error %d)\n\n", path, strerror(errno),
                errno);
        free(buf);
        if (f != stdin) fclose(f);
        return NULL;
    }
    if (f != stdin) fclose(f);
    *len = n;
    return buf;
}

/* ── outputs ── */

static const char *default_stem(const char *input) {
    if (is_stdin(input)) return "rust_out";
    const char *base = strrchr(input, '/') ? strrchr(input, '/') + 1 : input;
    size_t len = strlen(base);
    if (len > 3 && strcmp(base + len - 3, ".rs") == 0) len -= 3;
    return arena_strndup(base, len);
}

/* Where an emitted kind goes: KIND=PATH, else -o when it is the only output, else
 * STEM.EXT in the current directory (rustc's rule); "-" is stdout. */
static const char *output_path(const Options *o, unsigned bit, const char *ext) {
    const char *explicit_path = o->emit_path[emit_index(bit)];
    if (explicit_path) return explicit_path;
    unsigned files = o->emit & (EMIT_LLVM_IR | EMIT_ASM | EMIT_OBJ | EMIT_LINK);
    if (o->output && files == bit) return o->output;
    if (!ext) return o->output ? o->output : default_stem(o->input);
    return arena_printf("%s.%s", default_stem(o->input), ext);
}

/* Every file this compilation will write, checked against the input before anything is
 * written (rustc refuses to overwrite its input). */
static bool outputs_spare_input(const Options *o) {
    for (size_t i = 0; i < sizeof o->emit_path / sizeof o->emit_path[0]; i++)
        if ((o->emit & (1u << i)) && !output_check_not_input(o->emit_path[i])) return false;
    static const struct { unsigned bit; const char *ext; } files[] = {
        {EMIT_LLVM_IR, "ll"}, {EMIT_ASM, "s"}, {EMIT_OBJ, "o"}, {EMIT_LINK, NULL},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if ((o->emit & files[i].bit) &&
            !output_check_not_input(output_path(o, files[i].bit, files[i].ext)))
            return false;
    return true;
}

/* ── linking ── */

static const char *runtime_library(void) {
    const char *env = getenv("PATINA_RUNTIME");
    if (env && *env) return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = 0;
    const char *candidates[] = {"%s/libpatina_rt.a", "%s/../lib/patina/libpatina_rt.a"};
    for (size_t i = 0; i < 2; i++) {
        char *p = arena_printf(candidates[i], exe);
        if (access(p, R_OK) == 0) return p;
    }
    return NULL;
}

/* AddressSanitizer's runtime, as clang links it for -fsanitize=address: its static
 * archives whole, its interceptors exported (the .syms dynamic list), and the system
 * libraries it calls. Found in LLVM's clang resource directory (libclang-rt-19-dev), in
 * either of the two layouts LLVM installs; NULL when it is not installed. */
#if defined(__x86_64__)
#define ASAN_ARCH "x86_64"
#elif defined(__aarch64__)
#define ASAN_ARCH "aarch64"
#else
#define ASAN_ARCH "unknown"
#endif
#ifndef PATINA_LLVM_LIBDIR
#define PATINA_LLVM_LIBDIR "/usr/lib/llvm-19/lib"
#endif

typedef struct AsanRuntime {
    const char *archive, *static_archive, *syms;
} AsanRuntime;

static bool find_asan_runtime(AsanRuntime *rt) {
    static const char *const layouts[][2] = {
        {"lib/linux/libclang_rt.asan-" ASAN_ARCH ".a",
         "lib/linux/libclang_rt.asan_static-" ASAN_ARCH ".a"},
        {"lib/" ASAN_ARCH "-unknown-linux-gnu/libclang_rt.asan.a",
         "lib/" ASAN_ARCH "-unknown-linux-gnu/libclang_rt.asan_static.a"},
    };
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
        glob_t found;
        char *pattern = arena_printf("%s/clang/*/%s", PATINA_LLVM_LIBDIR, layouts[i][0]);
        if (glob(pattern, 0, NULL, &found) != 0) continue;
        /* the resource directory of the newest clang, if several are installed */
        const char *archive = found.gl_pathv[found.gl_pathc - 1];
        rt->archive = arena_strndup(archive, strlen(archive));
        globfree(&found);
        size_t dir_len = strlen(rt->archive) - strlen(layouts[i][0]);
        rt->static_archive = arena_printf("%.*s%s", (int)dir_len, rt->archive, layouts[i][1]);
        if (access(rt->static_archive, R_OK) != 0) rt->static_archive = NULL;
        rt->syms = arena_printf("%s.syms", rt->archive);
        if (access(rt->syms, R_OK) != 0) rt->syms = NULL;
        return true;
    }
    return false;
}

/* The linker's arguments: the object, the Patina runtime, libm, and with
 * AddressSanitizer its runtime first, as clang orders them. */
static const char **link_command(const char *cc, const char *temp, const char *obj,
                                 const char *rt, const AsanRuntime *asan) {
    const char **argv = arena_alloc(sizeof(char *) * 20);
    int n = 0;
    argv[n++] = cc, argv[n++] = "-o", argv[n++] = temp;
    if (asan) {
        argv[n++] = "-Wl,--whole-archive";
        if (asan->static_archive) argv[n++] = asan->static_archive;
        argv[n++] = asan->archive;
        argv[n++] = "-Wl,--no-whole-archive";
        if (asan->syms) argv[n++] = arena_printf("-Wl,--dynamic-list=%s", asan->syms);
    }
    argv[n++] = obj, argv[n++] = rt, argv[n++] = "-lm";
    if (asan) argv[n++] = "-lpthread", argv[n++] = "-lrt", argv[n++] = "-ldl";
    argv[n] = NULL;
    return argv;
}

/* What a forked linker process writes to its stderr, before its errno, when exec fails. */
#define LINKER_NOT_STARTED '\x01'

/* Everything readable from fd until end of file, NUL-terminated, in the arena. */
static char *read_all_of(int fd) {
    size_t len = 0, cap = 4096;
    char *buf = arena_alloc(cap);
    for (;;) {
        if (len + 1 >= cap) buf = arena_realloc(buf, cap, cap * 2), cap *= 2;
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t)n;
    }
    while (len && buf[len - 1] == '\n') len--;
    buf[len] = 0;
    return buf;
}

/* rustc's report of a failed link: the status, the command, and what the linker said
 * (each line of it under the note, aligned as rustc aligns a note's lines). */
static void report_link_failure(const char *cc, int status, const char *const *argv,
                                const char *linker_said) {
    Diag *d = WIFEXITED(status)
                  ? diag_error(NULL, SPAN_NONE, "linking with `%s` failed: exit status: %d", cc,
                               WEXITSTATUS(status))
                  : diag_error(NULL, SPAN_NONE, "linking with `%s` failed: signal: %d", cc,
                               WTERMSIG(status));
    char *command = "";
    for (int i = 0; argv[i]; i++)
        command = arena_printf("%s%s\"%s\"", command, i ? " " : "", argv[i]);
    diag_note(d, "%s", command);
    if (*linker_said) {
        char *indented = "";
        for (const char *line = linker_said; *line;) {
            const char *nl = strchr(line, '\n');
            size_t n = nl ? (size_t)(nl - line) : strlen(line);
            indented = arena_printf("%s%s%.*s", indented, *indented ? "\n          " : "",
                                    (int)n, line);
            line += n + (nl != NULL);
        }
        diag_note(d, "%s", indented);
    }
    diag_emit(d);
}

/* Links into a temporary next to `out`, renamed into place once the linker succeeded:
 * an interrupted or failed link leaves no half-written executable. */
static bool run_linker(const char *obj, const char *out, const AsanRuntime *asan) {
    const char *rt = runtime_library();
    if (!rt) {
        fputs("error: cannot find the Patina runtime library (libpatina_rt.a) next to the "
              "compiler;\n"
              "       set PATINA_RUNTIME to its path\n\n",
              stderr);
        return false;
    }
    const char *cc = getenv("PATINA_CC");
    if (!cc || !*cc) cc = "cc";
    const char *temp = output_begin(out);
    if (!temp) return false;
    const char *const *argv = link_command(cc, temp, obj, rt, asan);   /* shown if it fails */
    int err_pipe[2];
    if (pipe(err_pipe) < 0) {
        diag_error_global("cannot start the linker `%s`: %s", cc, strerror(errno));
        output_abandon(temp, out);
        return false;
    }
    pid_t pid = fork();
    if (pid < 0) {
        diag_error_global("cannot start the linker `%s`: %s", cc, strerror(errno));
        close(err_pipe[0]), close(err_pipe[1]);
        output_abandon(temp, out);
        return false;
    }
    if (pid == 0) {
        dup2(err_pipe[1], 2);
        close(err_pipe[0]), close(err_pipe[1]);
        execvp(cc, (char *const *)argv);
        fprintf(stderr, "%c%d", LINKER_NOT_STARTED, errno);
        _exit(127);
    }
    close(err_pipe[1]);
    output_set_linker_pid(pid);
    /* read until the linker exits: a full pipe would stall it */
    char *linker_said = read_all_of(err_pipe[0]);
    close(err_pipe[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    output_set_linker_pid(0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return output_commit(temp, out, true);
    if (linker_said[0] == LINKER_NOT_STARTED) {
        int err = atoi(linker_said + 1);
        Diag *d = diag_error(NULL, SPAN_NONE,
                             err == ENOENT ? "linker `%s` not found"
                                           : "could not exec the linker `%s`",
                             cc);
        diag_note(d, "%s (os error %d)", strerror(err), err);
        diag_emit(d);
    } else {
        report_link_failure(cc, status, argv, linker_said);
    }
    output_abandon(temp, out);
    return false;
}

/* ── the pipeline ── */

static int finish(int code) {
    ice_enter_stage("exit", "finishing");
    time_passes_finish();
    if (!output_flush_stdout()) code = 1;      /* --print and --emit=...=- write to stdout */
    session_end();
    return code;
}

static bool codegen_and_link(const Options *o, IrProgram *prog) {
    CgOptions cg = {.opt_level = o->opt_level, .source_name = o->input,
                    .sanitize_address = o->sanitize_address, .debuginfo = o->debuginfo};
    bool linking = o->emit & EMIT_LINK;
    AsanRuntime asan;
    if (linking && o->sanitize_address && !find_asan_runtime(&asan)) {
        Diag *d = diag_error(NULL, SPAN_NONE, "`-Z sanitizer=address` needs the "
                             "AddressSanitizer runtime, which is not installed");
        diag_note(d, "looked for %s/clang/*/lib/linux/libclang_rt.asan-%s.a",
                  PATINA_LLVM_LIBDIR, ASAN_ARCH);
        diag_help(d, "install it with: apt-get install libclang-rt-19-dev");
        diag_emit(d);
        return false;
    }
    if (o->emit & EMIT_LLVM_IR) cg.llvm_ir_path = output_path(o, EMIT_LLVM_IR, "ll");
    if (o->emit & EMIT_ASM) cg.asm_path = output_path(o, EMIT_ASM, "s");
    if (o->emit & EMIT_OBJ) cg.obj_path = output_path(o, EMIT_OBJ, "o");
    const char *tmpdir = getenv("TMPDIR");
    char *tmp_obj = arena_printf("%s/patina-XXXXXX.o", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (linking && !cg.obj_path) {
        int fd = mkstemps(tmp_obj, 2);
        if (fd < 0) {
            fprintf(stderr, "error: cannot create a temporary file: %s\n\n", strerror(errno));
            return false;
        }
        close(fd);
        cg.obj_path = tmp_obj;
        output_track_temporary(tmp_obj);
    }
    time_pass("codegen");
    ice_enter_stage("codegen", "generating code");
    bool ok = cg_emit(prog, &cg);
    if (linking) time_pass("link");
    ice_enter_stage("link", "linking");
    if (ok && linking) ok = run_linker(cg.obj_path, output_path(o, EMIT_LINK, NULL),
                                     o->sanitize_address ? &asan : NULL);
    if (cg.obj_path == tmp_obj) {
        unlink(tmp_obj);
        output_forget_temporary(tmp_obj);
    }
    return ok;
}

/* Where a text output asked for with --emit goes: its path, stdout by default. */
static const char *text_output(const Options *o, unsigned bit) {
    if (!(o->emit & bit)) return NULL;
    return o->emit_path[emit_index(bit)] ? o->emit_path[emit_index(bit)] : "-";
}

/* --borrowck=compare: the verdict table of every input (compare.c); no output files. */
static int compare(Options *o) {
    int n = 1 + o->nmore_inputs, status = 0;
    CompareInput *inputs = calloc((size_t)n, sizeof *inputs);
    for (int i = 0; i < n; i++) {
        const char *path = i ? o->more_inputs[i - 1] : o->input;
        inputs[i].path = is_stdin(path) ? "<anon>" : path;
        inputs[i].text = read_source(path, &inputs[i].len);
        if (!inputs[i].text) status = 1;
    }
    if (!status) status = compare_programs(inputs, n);
    for (int i = 0; i < n; i++) free((char *)inputs[i].text);
    free(inputs);
    free(o->more_inputs);
    fflush(stdout);
    return status;
}

static int compile(int argc, char **argv) {
    ice_install_thread();
    Options o = parse_args(argc, argv);
    if (o.borrowck_mode == BORROWCK_COMPARE) return compare(&o);
    bool color = o.color == 1 || (o.color == -1 && isatty(2) && getenv("NO_COLOR") == NULL);
    session_begin(color, o.diag_format, NULL);

    output_init(o.input);
    if (!outputs_spare_input(&o)) return finish(1);
    size_t len;
    char *text = read_source(o.input, &len);
    if (!text) return 1;
    unsigned codegen_kinds = EMIT_LLVM_IR | EMIT_ASM | EMIT_OBJ | EMIT_LINK;
    unsigned ir_kinds = EMIT_IR | EMIT_LIVENESS | EMIT_LOANS | EMIT_BORROWCK |
                        EMIT_BORROWCK_HTML | EMIT_BORROWCK_FACTS | codegen_kinds;
    FrontEnd fe = {
        .path = is_stdin(o.input) ? "<anon>" : o.input,
        .text = text,
        .len = len,
        .last_stage = !(o.emit & ~EMIT_TOKENS) ? STAGE_TOKENS
                      : !(o.emit & ir_kinds)   ? STAGE_AST
                                               : STAGE_LAYOUT,
        .overflow_checks = o.overflow_checks,
        .tokens_out = text_output(&o, EMIT_TOKENS),
        .ast_out = text_output(&o, EMIT_AST),
        .ir_out = text_output(&o, EMIT_IR),
        .liveness_out = text_output(&o, EMIT_LIVENESS),
        .loans_out = text_output(&o, EMIT_LOANS),
        /* rustc's -Znll-facts wrote to nll-facts/ unless -Znll-facts-dir said otherwise */
        .borrowck_facts_dir = !(o.emit & EMIT_BORROWCK_FACTS) ? NULL
                              : o.emit_path[emit_index(EMIT_BORROWCK_FACTS)]
                                  ? o.emit_path[emit_index(EMIT_BORROWCK_FACTS)]
                                  : "nll-facts",
        .borrowck_out = text_output(&o, EMIT_BORROWCK),
        .borrowck_html_out = text_output(&o, EMIT_BORROWCK_HTML),
        .type_sizes_out = o.print_type_sizes ? "-" : NULL,
        .instances_out = o.print_instances ? "-" : NULL,
        .lifetimes_out = o.print_lifetimes ? "-" : NULL,
        .validate_ir = o.validate_ir,
        .check_prelude = o.check_prelude,
        .check_borrow_rules = o.check_borrow_rules,
        .borrowck_mode = o.borrowck_mode,
    };
    IrProgram *prog;
    bool ok = compile_front_end(&fe, &prog);
    free(text);
    if (!ok) return finish(1);
    if (!prog || !(o.emit & codegen_kinds)) return finish(0);
    return finish(codegen_and_link(&o, prog) ? 0 : 1);
}

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

static void *compile_thread(void *p) {
    MainArgs *a = p;
    a->status = compile(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    MainArgs a = {argc, argv, 1};
    ice_install();
    run_on_compiler_stack(compile_thread, &a);
    return a.status;
}
