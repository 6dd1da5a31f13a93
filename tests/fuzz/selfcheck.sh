#!/bin/sh
# selfcheck.sh COMPILER OUTDIR — the fuzzer's part of `make test` (no rustc needed): builds
# tests/fuzz/gen, and for a few fixed seeds checks that the generated --no-panic program
# compiles with Patina and prints the same and exits the same at -O0 and -O. Prints
# PASS/FAIL lines like run-one.sh.
compiler=$1 out=$2/fuzz
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
if ! ${CC:-cc} -std=c17 -O1 -o "$out/gen" "$here/gen.c" 2> "$out/gen.err"; then
    echo "FAIL fuzz/gen-builds"; sed 's/^/    /' "$out/gen.err" | head -5; exit 0
fi
echo "PASS fuzz/gen-builds"
for seed in 1 2 3 4 5; do
    name=fuzz/seed-$seed p=$out/p$seed
    "$out/gen" "$seed" --no-panic > "$p.rs"
    if ! "$compiler" "$p.rs" -o "$p.o0" > /dev/null 2> "$p.err" || ! "$compiler" -O "$p.rs" -o "$p.o2" > /dev/null 2>> "$p.err"; then
        echo "FAIL $name"; echo "    Patina rejects gen $seed --no-panic"; sed 's/^/    /' "$p.err" | head -5; continue
    fi
    timeout 10 "$p.o0" > "$p.out0" 2> /dev/null < /dev/null; rc0=$?
    timeout 10 "$p.o2" > "$p.out2" 2> /dev/null < /dev/null; rc2=$?
    if [ $rc0 -ne $rc2 ] || ! cmp -s "$p.out0" "$p.out2"; then
        echo "FAIL $name"; echo "    -O0 and -O differ (exit $rc0 vs $rc2)"; diff "$p.out0" "$p.out2" | head -5 | sed 's/^/    /'
    elif [ $rc0 -ne 0 ] || [ "$(wc -l < "$p.out0")" -lt 10 ]; then
        echo "FAIL $name"; echo "    exit $rc0 after $(wc -l < "$p.out0") lines: a --no-panic program runs to the end"
    else
        echo "PASS $name"
    fi
done
