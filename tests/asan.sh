#!/bin/sh
# asan.sh COMPILER OUTDIR — what `--borrowck=off` costs, made visible (spec 21.4-21.8):
# programs built with `-Z sanitizer=address`, printed as PASS/FAIL lines like run-one.sh.
#
# 1. The options: -Z sanitizer=address and its spellings, -g / -C debuginfo, their errors
#    (no ASan runtime needed: these stop at --emit=llvm-ir).
# 2. Every program of tests/ui and examples/ with a line marked `// asan: KIND` (each is
#    also a compile-fail test that NLL rejects): built with `--borrowck=off
#    -Z sanitizer=address`, it must die with ASan's `KIND` report, and the report's first
#    frame in the program's own file must be the marked line.
# 3. Every program with `//@ asan-clean` (a `--borrowck=off` run-pass test): under ASan it
#    must print its golden stdout and exit 0 with no report. `//@ nll-rejects: E0XXX`
#    checks that NLL rejects it with that code (its outputs were checked by hand: rustc
#    has no `off`).
# Parts 2 and 3 need AddressSanitizer's runtime (libclang-rt-19-dev): without it they are
# skipped with a note on stderr. The ASan runtime finds llvm-symbolizer on PATH; where it
# is not there, ASAN_SYMBOLIZER_PATH is set to LLVM 19's for these runs only.
compiler=$1 out=$2/asan
mkdir -p "$out"
. "$(dirname "$0")/lib.sh"
pass() { echo "PASS asan/$1"; }
fail() { echo "FAIL asan/$1"; shift; printf '%s\n' "$@" | sed 's/^/    /'; }

# expect NAME STATUS TEXT COMMAND...: COMMAND exits STATUS and its stdout+stderr has TEXT
expect() {
    name=$1 want=$2 text=$3; shift 3
    "$@" > "$out/$name.log" 2>&1 < /dev/null
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        fail "$name" "exit $rc, expected $want" "$(head -5 "$out/$name.log")"
    elif ! grep -qF -- "$text" "$out/$name.log"; then
        fail "$name" "output lacks: $text" "$(head -5 "$out/$name.log")"
    else pass "$name"; fi
}

# ── 1. options ──
hi=$out/hi.rs
printf 'fn main() {\n    let v = vec![1, 2];\n    println!("{}", v[1]);\n}\n' > "$hi"
n=0
for spelling in "-Z sanitizer=address" "-Zsanitizer=address" "--sanitize=address"; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    expect "option-spelling-$n" 0 "sanitize_address" "$compiler" $spelling "$hi" --emit=llvm-ir=-
done
expect option-asan-pass 0 "__asan_report_load" \
    "$compiler" -Zsanitizer=address "$hi" --emit=llvm-ir=-
expect option-asan-lifetimes 0 "llvm.lifetime.start" \
    "$compiler" -Zsanitizer=address "$hi" --emit=llvm-ir=-
expect option-asan-at-O 0 "__asan_report_load" \
    "$compiler" -O -Zsanitizer=address "$hi" --emit=llvm-ir=-
expect option-asan-lines 0 "!DILocation(line: 3" \
    "$compiler" -Zsanitizer=address "$hi" --emit=llvm-ir=-
expect option-g 0 "!DILocation(line: 3" "$compiler" -g "$hi" --emit=llvm-ir=-
expect option-debuginfo-1 0 "DISubprogram(name: \"hi::main\"" \
    "$compiler" -C debuginfo=1 "$hi" --emit=llvm-ir=-
expect option-debuginfo-line-tables 0 "!DICompileUnit(language: DW_LANG_Rust" \
    "$compiler" -C debuginfo=line-tables-only "$hi" --emit=llvm-ir=-
expect option-debuginfo-bad 1 "incorrect value \`3\` for codegen option \`debuginfo\`" \
    "$compiler" -C debuginfo=3 "$hi"
expect option-sanitizer-other 1 "Patina's only sanitizer is \`address\` (instead was \`thread\`)" \
    "$compiler" -Z sanitizer=thread "$hi"
expect option-z-unknown 1 "unknown unstable option: \`frobnicate\`" "$compiler" -Z frobnicate "$hi"
expect option-z-missing 1 "requires an argument" "$compiler" "$hi" -Z
# without the option nothing of it is emitted
"$compiler" "$hi" --emit=llvm-ir=- > "$out/plain.ll" 2>&1
if grep -q "sanitize_address\|__asan\|!DILocation\|llvm.lifetime" "$out/plain.ll"; then
    fail option-off-by-default "a plain build is instrumented or has debug info"
else pass option-off-by-default; fi

# ── the runtime ──
"$compiler" -Zsanitizer=address "$hi" -o "$out/hi" > "$out/probe.log" 2>&1
if grep -q "needs the AddressSanitizer runtime" "$out/probe.log"; then
    echo "note: tests/asan.sh: AddressSanitizer's runtime is not installed; its run tests" \
         "are skipped (apt-get install libclang-rt-19-dev)" >&2
    exit 0
fi
if ! command -v llvm-symbolizer > /dev/null 2>&1; then
    for s in /usr/lib/llvm-19/bin/llvm-symbolizer /usr/bin/llvm-symbolizer-19; do
        [ -x "$s" ] && { ASAN_SYMBOLIZER_PATH=$s; export ASAN_SYMBOLIZER_PATH; break; }
    done
fi
expect runtime-links 0 "2" "$out/hi"

cd "$(dirname "$0")/.." || exit 1

# ── 2. what each off program does wrong, at its line ──
grep -l '// asan: ' tests/ui/*.rs examples/*/*.rs 2>/dev/null | while read -r t; do
    name=$(basename "$t" .rs)
    marked=$(grep -n '// asan: ' "$t" | head -1)
    line=${marked%%:*}
    kind=$(echo "$marked" | sed 's/.*\/\/ asan: *\([a-z-]*\).*/\1/')
    # shellcheck disable=SC2086
    if ! "$compiler" --borrowck=off -Z sanitizer=address "$t" -o "$out/$name" \
            > "$out/$name.cerr" 2>&1; then
        fail "$name" "does not compile under --borrowck=off" "$(head -5 "$out/$name.cerr")"
        continue
    fi
    timeout 20 "$out/$name" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
    rc=$?
    # the frames of the access itself: up to the first blank line after the ERROR line
    frames=$(sed -n '/ERROR: AddressSanitizer/,/^$/p' "$out/$name.err")
    first=$(echo "$frames" | grep -o "$name\.rs:[0-9]*" | head -1)
    if [ $rc -eq 0 ]; then fail "$name" "ran to the end: ASan reported nothing"
    elif ! grep -q "ERROR: AddressSanitizer: $kind on address" "$out/$name.err"; then
        fail "$name" "no $kind report" "$(grep -m3 'ERROR\|SUMMARY' "$out/$name.err")"
    elif [ "$first" != "$name.rs:$line" ]; then
        fail "$name" "the report's first frame in $name.rs is '$first', not line $line" \
             "$(echo "$frames" | head -6)"
    else pass "$name"; fi
done

# the heap errors survive optimisation: the first program again at -O
t=examples/borrowlab/invalidated_vec.rs
line=$(grep -n '// asan: ' "$t" | cut -d: -f1)
"$compiler" -O --borrowck=off -Z sanitizer=address "$t" -o "$out/invalidated_vec_O" \
    > /dev/null 2>&1
timeout 20 "$out/invalidated_vec_O" > /dev/null 2> "$out/invalidated_vec_O.err" < /dev/null
if grep -q "ERROR: AddressSanitizer: heap-use-after-free" "$out/invalidated_vec_O.err" &&
    sed -n '/ERROR/,/^$/p' "$out/invalidated_vec_O.err" | grep -q "invalidated_vec.rs:$line"
then pass invalidated_vec-O
else fail invalidated_vec-O "no heap-use-after-free at line $line" \
          "$(head -5 "$out/invalidated_vec_O.err")"; fi

# ── 3. off programs whose behaviour is defined: nothing to report ──
grep -l '^//@ asan-clean' tests/ui/*.rs | while read -r t; do
    name=$(basename "$t" .rs)
    code=$(header "$t" nll-rejects)
    if [ -n "$code" ]; then
        "$compiler" "$t" -o "$out/$name-nll" > "$out/$name.nll" 2>&1
        if [ $? -ne 1 ] || ! grep -q "^error\[$code\]" "$out/$name.nll"; then
            fail "$name-nll" "NLL does not reject it with $code" "$(head -3 "$out/$name.nll")"
            continue
        fi
    fi
    flags=$(header "$t" compile-flags)
    # shellcheck disable=SC2086
    "$compiler" $flags -Z sanitizer=address "$t" -o "$out/$name" > "$out/$name.cerr" 2>&1 ||
        { fail "$name" "compilation failed" "$(head -5 "$out/$name.cerr")"; continue; }
    timeout 20 "$out/$name" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
    rc=$?
    if [ $rc -ne 0 ] || grep -q "Sanitizer" "$out/$name.err"; then
        fail "$name" "exit $rc under ASan" "$(grep -m3 'ERROR\|SUMMARY' "$out/$name.err")"
    elif ! cmp -s "${t%.rs}.stdout" "$out/$name.out"; then
        fail "$name" "stdout under ASan differs from ${t%.rs}.stdout"
    else pass "$name"; fi
done
