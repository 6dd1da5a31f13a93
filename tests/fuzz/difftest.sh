#!/bin/sh
# difftest.sh — the differential fuzzer (`make difftest N=1000`).
#
#   difftest.sh [-n N] [-s FIRST_SEED] [-o FINDINGS_DIR] [-w WEIGHTS] [-r MAX_REDUCTIONS_PER_KIND]
#               [-p PATINA] [-b TOOLS_DIR]
#   difftest.sh --check KIND CLASS FILE.rs   (the reducer's test: exit 0 if FILE shows KIND;
#                                             for a reject, CLASS is its first error)
#
# Takes the seeds FIRST_SEED..FIRST_SEED+N-1; for each, tests/fuzz/gen writes a random
# program, which is compiled by Patina at -O0 and -O and, when `rustc` is on PATH, by rustc
# in a debug build and with -O. Each binary runs with a timeout; stdout and exit status
# are compared like with like (Patina -O0 with rustc debug, Patina -O with rustc -O).
# Without rustc, programs are generated with --no-panic and Patina -O0 is compared with -O.
#
# Gives: a summary on stdout (programs run, how many rustc and Patina accepted, mismatches
# by kind, Patina's rejections by first error message), and in FINDINGS_DIR (default
# build/fuzz-findings, not committed) for each mismatch KIND-SEED.rs (the program),
# KIND-SEED.txt (what differed) and, for the first few of each kind, KIND-SEED.min.rs
# reduced by tests/fuzz/reduce with the mismatch kept.
#
# Kinds: O0-stdout, O0-exit, O-stdout, O-exit (a run differs), crash (Patina died or
# reported an internal error), reject (rustc accepts, Patina rejects), timeout (a Patina
# binary ran 10 s where rustc's did not), gen-invalid (rustc rejects the program: a bug
# in the generator).

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
patina=${DIFFTEST_PATINA:-$root/build/patina}   # the reducer's --check runs get it from the environment
tools=$root/build/fuzz
findings=$root/build/fuzz-findings
n=100 seed=1 weights= max_reduce=2   # rejections reduced per kind; every other mismatch is always reduced
run_timeout=10

have_rustc() { command -v rustc > /dev/null 2>&1; }

# run BIN OUT: runs BIN with a timeout, stdout to OUT.out; prints the exit status.
run() {
    timeout "$run_timeout" "$1" > "$2.out" 2> "$2.err" < /dev/null
    echo $?
}

# patina_compile FLAGS SRC BIN: prints "ok", "reject" or "crash" (a crash: any exit
# status but 0 and 1, or an internal error or sanitizer report on stderr).
patina_compile() {
    # shellcheck disable=SC2086
    timeout 60 "$patina" $1 "$2" -o "$3" > "$3.cout" 2> "$3.cerr" < /dev/null
    rc=$?
    if grep -q 'internal compiler error\|panicked\|Sanitizer\|Assertion' "$3.cerr"; then echo crash
    elif [ $rc -eq 0 ]; then echo ok
    elif [ $rc -eq 1 ]; then echo reject
    else echo crash; fi
}

# rustc_build SRC OUT [FLAGS]: rustc's build (or, with --emit=metadata, its checks only).
rustc_build() {
    src=$1 out=$2
    shift 2
    rustc --edition 2021 --crate-name fuzz -A warnings "$@" "$src" -o "$out" > /dev/null 2> "$out.cerr"
}

# The first error of a rejection, without positions or integer type names, as its class.
reject_class() {
    grep -m1 '^error' "$1" | sed -e 's/`[iu]\(8\|16\|32\|64\|128\|size\)`/`INT`/g' -e 's/[0-9][0-9]*/N/g'
}

# compare SRC WORK: compiles and runs SRC every way; prints the kinds of mismatch found
# (nothing when all agree) and leaves the evidence in WORK.*
# Patina goes first (it is fast); a program it rejects is only type-checked by rustc.
compare() {
    src=$1 w=$2
    rm -f "$w".*
    p0=$(patina_compile "" "$src" "$w.p0")
    if [ "$p0" != ok ]; then
        if have_rustc && ! rustc_build "$src" "$w.r0" --emit=metadata; then echo gen-invalid; else echo "$p0"; fi
        return
    fi
    if have_rustc; then rustc_build "$src" "$w.r0" || { echo gen-invalid; return; }; fi
    echo compiled > "$w.compiled"
    p1=$(patina_compile -O "$src" "$w.p1")
    [ "$p1" = ok ] || { echo crash; return; }
    e_p0=$(run "$w.p0" "$w.p0")
    e_p1=$(run "$w.p1" "$w.p1")
    if have_rustc; then
        rustc_build "$src" "$w.r1" -O || { echo gen-invalid; return; }
        e_r0=$(run "$w.r0" "$w.r0")
        e_r1=$(run "$w.r1" "$w.r1")
        [ "$e_r0" = 124 ] || [ "$e_r1" = 124 ] && { echo gen-invalid; return; }
        for opt in 0 1; do
            eval "ep=\$e_p$opt er=\$e_r$opt"
            label=$([ $opt = 0 ] && echo O0 || echo O)
            if [ "$ep" = 124 ]; then echo timeout
            elif [ "$ep" != "$er" ]; then echo "$label-exit"
            elif ! cmp -s "$w.p$opt.out" "$w.r$opt.out"; then echo "$label-stdout"; fi
        done
    else
        if [ "$e_p0" = 124 ] || [ "$e_p1" = 124 ]; then echo timeout
        elif [ "$e_p0" != "$e_p1" ] || ! cmp -s "$w.p0.out" "$w.p1.out"; then echo O0-vs-O; fi
    fi
}

# --check KIND FILE: the reducer's test. A reject must keep its first error message.
if [ "$1" = --check ]; then
    kind=$2 want_class=$3 file=$4
    run_timeout=3
    w=$file.check
    kinds=$(compare "$file" "$w")
    result=1
    if echo "$kinds" | grep -qx -- "$kind"; then
        result=0
        if [ "$kind" = reject ] && [ "$(reject_class "$w.p0.cerr")" != "$want_class" ]; then result=1; fi
    fi
    rm -f "$w" "$w".*
    exit $result
fi

while [ $# -gt 0 ]; do
    case $1 in
    -n) n=$2; shift 2 ;;
    -s) seed=$2; shift 2 ;;
    -o) findings=$2; shift 2 ;;
    -w) weights=$2; shift 2 ;;
    -r) max_reduce=$2; shift 2 ;;
    -p) patina=$2; shift 2 ;;
    -b) tools=$2; shift 2 ;;
    *) echo "usage: difftest.sh [-n N] [-s FIRST_SEED] [-o FINDINGS_DIR] [-w WEIGHTS] [-r MAX_REDUCTIONS] [-p PATINA] [-b TOOLS_DIR]" >&2; exit 2 ;;
    esac
done
case $patina in /*) ;; *) patina=$(pwd)/$patina ;; esac
export DIFFTEST_PATINA=$patina
for tool in gen reduce; do
    [ -x "$tools/$tool" ] || { echo "difftest: $tools/$tool is missing (run: make difftest)" >&2; exit 2; }
done
mkdir -p "$findings/work" || exit 2
log=$findings/log.txt
: > "$log"
gen_flags=
have_rustc || { gen_flags=--no-panic; echo "difftest: rustc not found: comparing Patina -O0 with -O on --no-panic programs"; }
[ -n "$weights" ] && gen_flags="$gen_flags --weights $weights"

ran=0 compiled=0 mismatches=0
last=$((seed + n - 1))
s=$seed
while [ "$s" -le "$last" ]; do
    src=$findings/work/prog.rs
    # shellcheck disable=SC2086
    "$tools/gen" "$s" $gen_flags > "$src" || { echo "difftest: gen $s failed" >&2; exit 2; }
    w=$findings/work/run
    kinds=$(compare "$src" "$w")
    ran=$((ran + 1))
    [ -f "$w.compiled" ] && compiled=$((compiled + 1))
    for kind in $kinds; do
        echo "$s $kind" >> "$log"
        class=
        if [ "$kind" = reject ]; then
            class=$(reject_class "$w.p0.cerr")
            echo "$class" >> "$findings/rejections.txt"
            # one kept program per class of rejection
            grep -qxF -- "$class" "$findings/reject-classes.txt" 2> /dev/null && continue
            echo "$class" >> "$findings/reject-classes.txt"
        fi
        mismatches=$((mismatches + 1))
        base=$findings/$kind-$s
        cp "$src" "$base.rs"
        {
            echo "seed $s: $kind (gen $s $gen_flags)"
            case $kind in
            reject|crash) head -20 "$w.p0.cerr"; [ -f "$w.p1.cerr" ] && head -20 "$w.p1.cerr" ;;
            gen-invalid) head -20 "$w.r0.cerr" "$w.r1.cerr" 2> /dev/null ;;
            O0-*) echo "exit: patina $(run "$w.p0" "$w.x") rustc $(run "$w.r0" "$w.x")"; diff "$w.r0.out" "$w.p0.out" | head -20 ;;
            O-*) echo "exit: patina $(run "$w.p1" "$w.x") rustc $(run "$w.r1" "$w.x")"; diff "$w.r1.out" "$w.p1.out" | head -20 ;;
            *) diff "$w.p0.out" "$w.p1.out" | head -20 ;;
            esac
        } > "$base.txt" 2>&1
        echo "  seed $s: $kind"
        reduced=$(cat "$findings/reduced-$kind" 2> /dev/null || echo 0)
        if [ "$kind" != gen-invalid ] && { [ "$kind" != reject ] || [ "$reduced" -lt "$max_reduce" ]; } && have_rustc; then
            echo $((reduced + 1)) > "$findings/reduced-$kind"
            cp "$src" "$base.min.rs"
            "$tools/reduce" "$base.min.rs" sh "$here/difftest.sh" --check "$kind" "$class" 2>> "$base.txt" ||
                rm -f "$base.min.rs"
            [ -f "$base.min.rs" ] && echo "    reduced: $(wc -l < "$base.min.rs") lines, $base.min.rs"
        fi
    done
    s=$((s + 1))
done

echo "difftest: $ran programs (seeds $seed..$last), $compiled compiled by Patina and run, $mismatches kept findings in $findings"
if [ -s "$log" ]; then
    echo "by kind:"
    awk '{print $2}' "$log" | sort | uniq -c | sort -rn
fi
if [ -s "$findings/rejections.txt" ]; then
    echo "rejections by first error:"
    sort "$findings/rejections.txt" | uniq -c | sort -rn | head -20
fi
