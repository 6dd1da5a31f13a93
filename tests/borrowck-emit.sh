#!/bin/sh
# borrowck-emit.sh COMPILER OUTDIR [--bless] — the golden outputs of --emit=borrowck (spec
# 21.7): each tests/borrowck-emit/NAME.rs is compiled with its `//@ compile-flags` (a
# --borrowck mode) and --emit=borrowck=-; stdout must equal NAME.borrowck, the exit status
# must be 1 for a `//@ compile-fail` program (its `//~ ERROR` annotations matched, as in
# tests/ui) and 0 otherwise. Prints PASS/FAIL lines like run-one.sh. With --bless, rewrites
# the goldens instead (after a change to a rule: lexical and polonius bars change with it).
compiler=$1 out=$2/borrowck-emit bless=$3
dir=$(cd "$(dirname "$0")" && pwd)
. "$dir/lib.sh"
mkdir -p "$out"
for test in "$dir"/borrowck-emit/*.rs; do
    name=borrowck-emit/$(basename "$test" .rs)
    base=$out/$(basename "$test" .rs)
    golden=${test%.rs}.borrowck
    flags=$(header "$test" compile-flags)
    want=0
    [ "$(mode "$test")" = compile-fail ] && want=1
    # shellcheck disable=SC2086
    "$compiler" $VALIDATE_IR $flags "$test" --emit=borrowck=- > "$base.out" 2> "$base.err" \
        < /dev/null
    rc=$?
    if [ "$bless" = --bless ]; then
        cp "$base.out" "$golden"
        echo "blessed $name"
        continue
    fi
    if [ $rc -ne $want ]; then
        echo "FAIL $name"; echo "    exit $rc, expected $want"
        sed 's/^/    /' "$base.err" | head -10
    elif [ $want = 1 ] && ! problems=$(match_errors "$test" "$base.err"); then
        echo "FAIL $name"; echo "$problems" | sed 's/^/    /'
    elif [ ! -f "$golden" ]; then
        echo "FAIL $name"; echo "    $golden does not exist (run: sh $0 $compiler $2 --bless)"
    elif ! cmp -s "$golden" "$base.out"; then
        echo "FAIL $name"; echo "    --emit=borrowck differs from $golden"
        diff "$golden" "$base.out" | head -20 | sed 's/^/    /'
    else
        echo "PASS $name"
    fi
done
