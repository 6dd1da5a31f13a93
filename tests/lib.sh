# lib.sh — shared by run.sh and bless.sh: reading a test's headers and matching its
# `//~ ERROR` annotations against a compiler's human-readable diagnostics.

# Every compilation of a test checks the IR's contract after lowering and after drop
# elaboration (compiler/ir/validate.c): the whole suite is the validator's test.
VALIDATE_IR=--validate-ir
# ... and borrow-checks the standard library's bodies the program uses: a normal compile
# skips them (they never change), so the suite checks them once for every user.
CHECK_PRELUDE=--check-prelude
# ... and checks the borrow-rule lab's invariant on it (spec 21.6): what polonius rejects, nll
# rejects, and what nll rejects, lexical rejects, at the same line with the same code.
CHECK_BORROW_RULES=--check-borrow-rules

# header FILE NAME: the value of `//@ NAME: value` (or "yes" for a bare `//@ NAME`).
header() {
    awk -v name="$2" '
        $0 ~ "^//@ " name ":" { sub("^//@ " name ": *", ""); print; exit }
        $0 ~ "^//@ " name "$" { print "yes"; exit }' "$1"
}

# mode FILE: run-pass (default), run-fail, compile-fail or parse-only.
mode() {
    if [ -n "$(header "$1" compile-fail)" ]; then echo compile-fail
    elif [ -n "$(header "$1" parse-only)" ]; then echo parse-only
    elif [ -n "$(header "$1" run-fail)" ]; then echo run-fail
    else echo run-pass; fi
}

# expected_errors FILE: "LINE<TAB>PATTERN" per `//~ ERROR PATTERN` (`//~^` is one line up).
expected_errors() {
    awk '
        /\/\/~/ {
            s = $0; sub(/.*\/\/~/, "", s)
            up = 0; while (substr(s, 1, 1) == "^") { up++; s = substr(s, 2) }
            sub(/^ *ERROR */, "", s); sub(/ *$/, "", s)
            printf "%d\t%s\n", NR - up, s
        }' "$1"
}

# actual_errors STDERR_FILE: "LINE<TAB>CODE<TAB>MESSAGE" per located error.
actual_errors() {
    awk '
        /^error(\[E[0-9]+\])?: / {
            code = ""; if (match($0, /\[E[0-9]+\]/)) code = substr($0, RSTART + 1, RLENGTH - 2)
            msg = $0; sub(/^error(\[E[0-9]+\])?: /, "", msg); pending = 1; next
        }
        pending && /^ *--> / {
            loc = $0; sub(/^ *--> /, "", loc); n = split(loc, parts, ":")
            printf "%s\t%s\t%s\n", parts[n - 1], code, msg; pending = 0; next
        }
        /^(warning|error)/ { pending = 0 }' "$1"
}

# match_errors FILE STDERR_FILE: prints mismatches; status 0 when annotations and errors agree.
match_errors() {
    expected_errors "$1" > "$2.expected"
    actual_errors "$2" > "$2.actual"
    awk -F '\t' '
        FNR == NR { exp_line[NR] = $1; exp_pat[NR] = $2; nexp = NR; next }
        { act_line[FNR] = $1; act_code[FNR] = $2; act_msg[FNR] = $3; nact = FNR }
        END {
            bad = 0
            for (i = 1; i <= nexp; i++) {
                found = 0
                for (j = 1; j <= nact; j++) {
                    if (act_line[j] != exp_line[i] || used[j]) continue
                    p = exp_pat[i]
                    if (p == act_code[j] || (p !~ /^E[0-9]+$/ && index(act_msg[j], p) > 0)) {
                        found = 1; used[j] = 1; break
                    }
                }
                if (!found) {
                    printf "expected error not reported: line %s: %s\n", exp_line[i], exp_pat[i]
                    bad = 1
                }
            }
            for (j = 1; j <= nact; j++)
                if (!used[j]) {
                    printf "unexpected error: line %s: [%s] %s\n", act_line[j], act_code[j],
                           act_msg[j]
                    bad = 1
                }
            exit bad
        }' "$2.expected" "$2.actual"
}

# normalize_tid: Rust prints the panicking thread's OS id (`thread 'main' (4242)`); goldens
# hold `(TID)` instead. A panic located in the standard library (rustc's
# /rustc/HASH/library/..., Patina's <patina>/stdlib/prelude.rs) is located at `<std>`: the
# two libraries' files and lines differ, the message must not.
normalize_tid() {
    panic_head="^\(thread 'main' (TID) panicked at \)"
    std_location="\(/rustc/[0-9a-f]*/library/\|<patina>/stdlib/\)[^:]*:[0-9]*:[0-9]*:\$"
    sed -e "s/^thread 'main' ([0-9]*)/thread 'main' (TID)/" \
        -e "s#$panic_head$std_location#\1<std>:#"
}
