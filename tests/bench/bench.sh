#!/bin/sh
# bench.sh PATINA BUILD — `make bench`: what the compiler costs and what its programs cost.
#
# Takes: the compiler and the build folder (for the runtime's allocator object).
# Gives, in order: the run-time benchmarks of ../shared/bench beside rustc (compare.sh);
# compile speed on generated 1k- and 10k-line programs beside rustc (compile_speed.sh,
# debug builds); the borrow checker on one ever larger function (borrowck_stress.sh); the
# runtime's allocator against glibc's. rustc is optional: without it the comparisons are
# skipped and Patina's own compile times are printed. Exit status 1 if any part failed.
set -u
patina=$1 build=$2
here=$(cd "$(dirname "$0")" && pwd)
shared=$here/../../../shared/bench
status=0
have_rustc=0
command -v rustc > /dev/null 2>&1 && have_rustc=1

if [ ! -d "$shared" ]; then
    echo "== ../shared/bench not found: no run-time or compile-speed benchmarks"
elif [ $have_rustc = 1 ]; then
    echo "== run time, beside rustc (../shared/bench/compare.sh)"
    bash "$shared/compare.sh" "$patina" || status=1
    echo
    echo "== compile speed, beside rustc (../shared/bench/compile_speed.sh)"
    SIZES=${SIZES:-"1000 10000"} MODES=${MODES:-debug} RUNS=${RUNS:-1} \
        bash "$shared/compile_speed.sh" "$patina" || status=1
else
    echo "== compile speed (rustc not found: no comparison)"
    work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
    for n in ${SIZES:-1000 10000}; do
        python3 "$shared/gen_program.py" "$n" -o "$work/gen_$n.rs"
        /usr/bin/time -f "gen_$n: %e s, peak %M KB" "$patina" "$work/gen_$n.rs" \
            -o "$work/gen_$n" || status=1
    done
    rm -rf "$work"
fi
echo
echo "== the borrow checker on one function of N locals and N/4 borrows"
sh "$here/borrowck_stress.sh" "$patina" || status=1
echo
echo "== the runtime's allocator against glibc's"
${CC:-cc} -O2 -I"$here/../../runtime" -o "$build/alloc_micro" "$here/alloc_micro.c" \
    "$build/rt_alloc.o" && "$build/alloc_micro" || status=1
exit $status
