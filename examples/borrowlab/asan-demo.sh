#!/bin/sh
# asan-demo.sh COMPILER [PROGRAM] — what `--borrowck=off` costs, for `make demo`: builds
# PROGRAM (default examples/borrowlab/invalidated_vec.rs) once with the borrow checker,
# which rejects it, then with `--borrowck=off -Z sanitizer=address`, runs it, and prints
# the first lines of AddressSanitizer's report (the kind of error and the line of the bad
# access). Without ASan's runtime (libclang-rt-19-dev) it says so and exits 0.
compiler=${1:-build/patina}
program=${2:-examples/borrowlab/invalidated_vec.rs}
out=${TMPDIR:-/tmp}/patina-asan-demo.$$
mkdir -p "$out" || exit 1
trap 'rm -rf "$out"' EXIT
name=$(basename "$program" .rs)

echo "\$ patina $program"
"$compiler" "$program" -o "$out/$name" 2>&1 | grep -m1 '^error'
echo
echo "\$ patina --borrowck=off -Z sanitizer=address $program && ./$name"
if ! "$compiler" --borrowck=off -Z sanitizer=address "$program" -o "$out/$name" \
        > "$out/compile.log" 2>&1; then
    if grep -q "needs the AddressSanitizer runtime" "$out/compile.log"; then
        echo "(skipped: AddressSanitizer's runtime is not installed:" \
             "apt-get install libclang-rt-19-dev)"
        exit 0
    fi
    cat "$out/compile.log"
    exit 1
fi
"$out/$name" > "$out/run.out" 2> "$out/run.err"
status=$?
cat "$out/run.out"
# the report's head: the error and its access, then (for heap memory) where it was freed,
# each down to the program's own frame, and ASan's one-line summary
for section in 'ERROR: AddressSanitizer' '^freed by'; do
    sed -n "/$section/,/^\$/p" "$out/run.err" | sed 's/ (BuildId: [0-9a-f]*)//' |
        awk -v f="$name.rs" '{ print } index($0, f) { exit }'
done
grep -m1 '^SUMMARY' "$out/run.err"
echo "(exit status $status)"
