#!/bin/sh
# hostile-one.sh COMPILER CASE OUTDIR — runs one case of tests/hostile/ (see run.sh) and
# prints "PASS name" or "FAIL name" followed by the reason.
#
# A case is bad input the compiler must survive: it exits with the expected status
# (1 for every kind of bad input), its first line of stderr is the expected one, it never
# crashes or hangs, and it never destroys a file. A case is either
#   tests/hostile/NAME.rs   the input itself, or
#   tests/hostile/NAME.sh   a generator, run as `sh NAME.sh INPUT`, that creates INPUT (a
#                           big file, binary bytes, a FIFO, a directory...) at test time,
#                           so that no 10 MB file is committed.
# Headers (`//@ ` in .rs, `#@ ` in .sh):
#   hostile-exit: N          the compiler's expected exit status
#   hostile-first-line: T    the expected first line of its stderr (empty: no stderr)
#   hostile-stderr-contains: T   a line of stderr must contain T (the detail of the error)
#   hostile-args: A          the command line after the compiler (default: $INPUT -o $WORK/out)
#   hostile-run: T           the compiled program's expected first line of stdout
#   hostile-after: CMD       a shell command that must succeed afterwards (files intact...)
#   hostile-timeout: S       CPU seconds before the case counts as a hang (default 20)
#   hostile-pending: WHY     a known failure, fixed elsewhere: reported as XFAIL (not a
#                            failure) while it fails, and as a failure once it passes, so
#                            that the header is removed
# In every value $INPUT is the input's path and $WORK a scratch directory of the case.
compiler=$1 case=$2 out=$3
name=${case#./}
work=$out/hostile/$(basename "${case%.*}")
fail() {
    if [ -n "$pending" ]; then echo "XFAIL $name (pending: $pending)"; else echo "FAIL $name"; fi
    printf '%s\n' "$@" | sed 's/^/    /'
    exit 0
}
pending=$(grep -m1 -E '^(//|#)@ hostile-pending:' "$case" |
          sed -E 's/^(\/\/|#)@ hostile-pending: ?//')

# hdr NAME: the header's value with $INPUT and $WORK substituted; status 1 when absent
hdr() {
    line=$(grep -m1 -E "^(//|#)@ $1:" "$case") || return 1
    printf '%s\n' "$line" | sed -E "s%^(//|#)@ $1: ?%%" |
        sed -e "s%\\\$INPUT%$input%g" -e "s%\\\$WORK%$work%g"
}

rm -rf "$work" && mkdir -p "$work" || fail "cannot create $work"
case $case in
*.sh) input=$work/input.rs
      sh "$case" "$input" > "$work/gen.out" 2>&1 ||
          fail "generator failed" "$(head -5 "$work/gen.out")" ;;
*) input=$case ;;
esac
want_rc=$(hdr hostile-exit) || fail "no hostile-exit header"
want_first=$(hdr hostile-first-line) || fail "no hostile-first-line header"
args=$(hdr hostile-args) || args="$input -o $work/out"
limit=$(hdr hostile-timeout) || limit=20

# A hang is more than `limit` seconds of CPU (the machine may be shared, so wall time says
# little), or ten times that of wall time for one that blocks without computing.
# shellcheck disable=SC2086
(ulimit -t "$limit"; exec timeout -k 5 $((limit * 10)) "$compiler" $args) \
    > "$work/stdout" 2> "$work/stderr" < /dev/null
rc=$?
[ $rc -eq 152 ] && fail "hang: more than ${limit}s of CPU time"
[ $rc -eq 124 ] || [ $rc -eq 137 ] && fail "hang: no answer within $((limit * 10))s"
grep -q 'Sanitizer\|internal compiler error\|panicked' "$work/stderr" &&
    fail "compiler crashed (exit $rc)" "$(head -10 "$work/stderr")"
[ "$rc" -eq "$want_rc" ] || fail "exit $rc, expected $want_rc" "$(head -10 "$work/stderr")"
first=$(head -1 "$work/stderr")
[ "$first" = "$want_first" ] ||
    fail "first line of stderr differs" "expected: $want_first" "actual:   $first"
if want_in=$(hdr hostile-stderr-contains) && ! grep -qF -- "$want_in" "$work/stderr"; then
    fail "stderr lacks: $want_in" "$(head -10 "$work/stderr")"
fi
if want_run=$(hdr hostile-run); then
    timeout 10 "$work/out" > "$work/run.out" 2> "$work/run.err" < /dev/null
    [ "$(head -1 "$work/run.out")" = "$want_run" ] ||
        fail "the program's first line of stdout differs" \
        "expected: $want_run" "actual:   $(head -1 "$work/run.out")"
fi
if after=$(hdr hostile-after); then
    sh -c "$after" > "$work/after.out" 2>&1 ||
        fail "afterwards, this failed: $after" "$(head -5 "$work/after.out")"
fi
if [ -n "$pending" ]; then
    echo "FAIL $name"; echo "    passes now: remove its hostile-pending header ($pending)"
else
    echo "PASS $name"
fi
