#!/bin/sh
# run-one.sh COMPILER TEST OUTDIR — runs one test of tests/ (see run.sh); prints
# "PASS name" or "FAIL name" followed by the reason.
compiler=$1 test=$2 out=$3
. "$(dirname "$0")/lib.sh"
name=${test#./}
base=$out/$(echo "$name" | tr '/' '_' | sed 's/\.rs$//')
m=$(mode "$test")
flags=$(header "$test" compile-flags)
fail() { echo "FAIL $name"; printf '%s\n' "$@" | sed 's/^/    /'; exit 0; }

# every program that parses has a golden AST (NAME.ast, made by tests/bless-ast.sh)
if [ "$m" != compile-fail ]; then
    "$compiler" "$test" --emit=ast=- > "$base.ast" 2> "$base.asterr" < /dev/null ||
        fail "--emit=ast failed" "$(head -20 "$base.asterr")"
    golden=${test%.rs}.ast
    [ -f "$golden" ] || fail "$golden does not exist (run: sh tests/bless-ast.sh $test)"
    cmp -s "$golden" "$base.ast" ||
        fail "--emit=ast differs from $golden" "$(diff "$golden" "$base.ast" | head -20)"
    [ "$m" = parse-only ] && { echo "PASS $name"; exit 0; }
fi
flags="$VALIDATE_IR $CHECK_PRELUDE $CHECK_BORROW_RULES $flags"
# shellcheck disable=SC2086
"$compiler" $flags "$test" -o "$base.bin" > "$base.cout" 2> "$base.cerr" < /dev/null
rc=$?
if [ "$m" = compile-fail ]; then
    [ $rc -eq 1 ] || fail "expected compile error (exit 1), got exit $rc" "$(head -20 "$base.cerr")"
    grep -q 'panicked\|Sanitizer\|internal compiler error' "$base.cerr" &&
        fail "compiler crashed" "$(head -20 "$base.cerr")"
    problems=$(match_errors "$test" "$base.cerr") ||
        fail "$problems" "--- compiler output ---" "$(head -40 "$base.cerr")"
    want=$(header "$test" stderr-contains)
    if [ -n "$want" ] && ! grep -qF -- "$want" "$base.cerr"; then
        fail "stderr lacks: $want" "$(head -20 "$base.cerr")"
    fi
    echo "PASS $name"; exit 0
fi
[ $rc -eq 0 ] || fail "compilation failed (exit $rc)" "$(head -30 "$base.cerr")"
for kind in ir liveness loans; do   # `//@ check-KIND`: golden NAME.KIND (--emit=KIND)
    [ -n "$(header "$test" check-$kind)" ] || continue
    # shellcheck disable=SC2086
    "$compiler" $flags "$test" --emit=$kind=- > "$base.$kind" 2>&1 || fail "--emit=$kind failed"
    golden=${test%.rs}.$kind
    [ -f "$golden" ] ||
        fail "$golden does not exist (create it with: patina $test --emit=$kind=- > $golden)"
    cmp -s "$golden" "$base.$kind" ||
        fail "--emit=$kind differs from $golden" "$(diff "$golden" "$base.$kind" | head -20)"
done
timeout 10 "$base.bin" > "$base.out" 2> "$base.err" < /dev/null
rc=$?
want_rc=$(header "$test" exit-code)
[ -n "$want_rc" ] || { [ "$m" = run-fail ] && want_rc=101 || want_rc=0; }
[ "$rc" -eq "$want_rc" ] || fail "exit code $rc, expected $want_rc" "$(head -10 "$base.err")"
# `make test VALGRIND=1`: every program that exits normally frees what it allocates and
# touches no freed or unowned memory (`//@ leaks: why` exempts one that leaks by design)
if [ -n "$PATINA_VALGRIND" ] && [ "$rc" -eq 0 ] && [ -z "$(header "$test" leaks)" ]; then
    PATINA_ALLOC=system valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=99 \
        "$base.bin" > /dev/null 2> "$base.vg" < /dev/null
    [ $? -eq 99 ] && fail "valgrind reports errors or leaks" "$(head -20 "$base.vg")"
fi
golden=${test%.rs}.stdout
if [ -f "$golden" ]; then
    cmp -s "$golden" "$base.out" ||
        fail "stdout differs from $golden" "$(diff "$golden" "$base.out" | head -20)"
elif [ -s "$base.out" ]; then
    fail "program printed to stdout but $golden does not exist"
fi
golden_err=${test%.rs}.stderr
if [ -f "$golden_err" ]; then
    normalize_tid < "$base.err" > "$base.err.norm"
    cmp -s "$golden_err" "$base.err.norm" ||
        fail "stderr differs from $golden_err" "$(diff "$golden_err" "$base.err.norm" | head -20)"
fi
echo "PASS $name"
