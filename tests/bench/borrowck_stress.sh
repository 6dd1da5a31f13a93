#!/bin/sh
# borrowck_stress.sh PATINA [SIZES] — the borrow checker's cost against a function's size.
#
# Takes: the compiler, and the sizes N (default "500 1000 2000 4000") of gen_borrowck_stress.py
# (one fn with N locals and N/4 borrows; straight-line and with branches and loops).
# Gives: a table per program: the whole compile's wall time and peak memory, the borrow
# checker's own CPU time and peak growth (from --time-passes), its CPU time per 1000 locals
# (flat when it grows linearly), and, when rustc is on PATH, rustc's wall time and peak
# memory on the same file with the ratios. Nothing here needs rustc.
set -u
patina=$1
sizes=${2:-"500 1000 2000 4000"}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/borrowck-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT
have_rustc=0
command -v rustc > /dev/null 2>&1 && have_rustc=1

# measure CMD...: "seconds peak_kb" of one run (the command's output discarded)
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || return 1
    cat "$work/time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

printf '%-16s %6s | %8s %8s | %9s %9s %9s | %8s %8s %6s %6s\n' program lines \
    "wall s" "peak MB" "bck cpu s" "bck MB" "s/1k loc" "rustc s" "rustc MB" ratio "MB rat"
for shape in straight branchy; do
    for n in $sizes; do
        src=$work/stress_${shape}_$n.rs
        python3 "$here/gen_borrowck_stress.py" "$n" "$shape" > "$src"
        lines=$(wc -l < "$src")
        if ! read -r wall kb <<EOF
$(measure "$patina" --time-passes "$src" -o "$work/out")
EOF
        then
            printf '%-16s %6s | compile failed: %s\n' "${shape}_$n" "$lines" \
                "$(head -1 "$work/stderr")"
            continue
        fi
        # the stage line: "time: W; cpu: C; rss: ...; peak: P MB (+D MB)<TAB>borrowck"
        bck=$(grep "$(printf '\tborrowck$')" "$work/stderr")
        bck_cpu=$(echo "$bck" | sed 's/.*cpu: *\([0-9.]*\);.*/\1/')
        bck_mb=$(echo "$bck" | sed 's/.*peak: *[0-9]*MB (\([^)]*\)).*/\1/' | tr -d ' +MB')
        per_k=$(awk -v t="$bck_cpu" -v n="$n" 'BEGIN { printf "%.4f", t * 1000 / n }')
        rs=- rkb=0 tr=- mr=-
        if [ $have_rustc = 1 ] &&
            read -r rs rkb <<EOF
$(measure rustc --edition 2021 -A warnings "$src" -o "$work/rout")
EOF
        then
            tr=$(ratio "$wall" "$rs")
            mr=$(ratio "$kb" "$rkb")
        fi
        printf '%-16s %6s | %8s %8s | %9s %9s %9s | %8s %8s %6s %6s\n' "${shape}_$n" "$lines" \
            "$wall" $((kb / 1024)) "$bck_cpu" "$bck_mb" "$per_k" "$rs" $((rkb / 1024)) "$tr" "$mr"
    done
done
[ $have_rustc = 1 ] || echo "(rustc not found: no comparison)"
