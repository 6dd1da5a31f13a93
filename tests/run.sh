#!/bin/sh
# run.sh COMPILER — the whole test suite (`make test`).
#
# Every tests/**/*.rs is one test (but tests/borrowck-pending/, which waits for the borrow
# checker); its first lines say what it is:
#   //@ run-pass           (the default) compiles, runs, exits 0; stdout must equal NAME.stdout
#   //@ run-fail           compiles, runs, exits 101 (a panic); NAME.stderr, if present, must match
#   //@ compile-fail       exits 1; each `//~ ERROR CODE-or-message` (`//~^` for the line above)
#                          must be reported on that line, and nothing else
#   //@ exit-code: N       the expected exit status of the program
#   //@ compile-flags: ... extra compiler flags (e.g. -O)
#   //@ stderr-contains: T compile-fail: the diagnostics must contain T
#   //@ parse-only         --emit=ast succeeds (the program is valid Rust outside the subset)
#   //@ check-ir           --emit=ir must equal NAME.ir
#   //@ check-liveness     --emit=liveness must equal NAME.liveness
#   //@ check-loans        --emit=loans must equal NAME.loans
# Every test except compile-fail ones also checks --emit=ast against NAME.ast.
#   //@ spec: N.M          the spec paragraphs the test exercises
# Every compilation passes --validate-ir (tests/lib.sh): an IR that breaks its contract is an
# internal compiler error, so every test is also a test of lowering's IR.
# Golden outputs were recorded from rustc 1.95 (tests/bless.sh); rustc is not needed here.
# Also runs the shell-level driver tests in tests/driver.sh, the golden --emit=borrowck
# outputs of tests/borrowck-emit/ (tests/borrowck-emit.sh), the --emit=borrowck-html pages
# in headless Chromium (tests/html.sh, skipped without it), the AddressSanitizer tests of
# tests/asan.sh (`--borrowck=off -Z sanitizer=address`), the hostile inputs of
# tests/hostile/ (tests/hostile-one.sh: expected exit status and first line of stderr) and
# the differential fuzzer's self-check (tests/fuzz/selfcheck.sh: a few generated programs
# agree at -O0 and -O).
compiler=${1:-build/patina}
case $compiler in /*) ;; *) compiler=$(pwd)/$compiler ;; esac
dir=$(cd "$(dirname "$0")" && pwd)
out=${PATINA_TEST_OUT:-$dir/out}      # separate runs in parallel with PATINA_TEST_OUT
rm -rf "$out" && mkdir -p "$out"
jobs=$(nproc 2>/dev/null || echo 2)
ulimit -c 0 2>/dev/null   # the abort tests must not leave core files where they run
cd "$dir/.." || exit 1
find tests examples -name '*.rs' -not -path 'tests/bench/*' -not -path 'tests/out/*' \
    -not -path 'tests/hostile/*' -not -path 'tests/borrowck-pending/*' \
    -not -path 'tests/borrowck-emit/*' | sort > "$out/list"
xargs -P "$jobs" -I{} sh tests/run-one.sh "$compiler" {} "$out" < "$out/list" > "$out/results" 2>&1
find tests/hostile -name '*.rs' -o -name '*.sh' | sort > "$out/hostile-list"
xargs -P "$jobs" -I{} sh tests/hostile-one.sh "$compiler" {} "$out" < "$out/hostile-list" \
    >> "$out/results" 2>&1
sh tests/driver.sh "$compiler" "$out" >> "$out/results" 2>&1
sh tests/borrowck-emit.sh "$compiler" "$out" >> "$out/results" 2>&1
sh tests/html.sh "$compiler" "$out" >> "$out/results" 2>&1
sh tests/asan.sh "$compiler" "$out" >> "$out/results"   # its note (no ASan runtime) on stderr
sh tests/fuzz/selfcheck.sh "$compiler" "$out" >> "$out/results" 2>&1
grep -A30 '^FAIL' "$out/results" | grep -v '^PASS' | grep -v '^--$'
pass=$(grep -c '^PASS' "$out/results")
failed=$(grep -c '^FAIL' "$out/results")
known=$(grep -c '^XFAIL' "$out/results")
grep '^XFAIL' "$out/results"
known_note=$([ "$known" -gt 0 ] && echo ", $known known failures (tests/hostile, hostile-pending)")
echo "$pass passed, $failed failed$known_note"
[ "$failed" -eq 0 ]
