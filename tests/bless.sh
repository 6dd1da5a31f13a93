#!/bin/sh
# bless.sh TEST.rs... — developer tool (needs rustc; never run by `make test`): records
# rustc's behaviour for run-pass/run-fail tests (NAME.stdout, NAME.stderr for run-fail,
# and checks the exit code header), and checks that rustc reports exactly the
# `//~ ERROR` annotations of compile-fail tests.
# Patina's --borrowck=MODE (spec 21) has an oracle only for polonius: rustc's
# `-Zpolonius=next` (unlocked on a stable rustc by RUSTC_BOOTSTRAP=1). A lexical, off or
# compare test has none (rustc's Rust 2015 checker is gone): it is skipped, to be checked
# by hand against spec 21.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
for t in "$@"; do
    m=$(mode "$t")
    [ -n "$(header "$t" subset-limit)" ] && { echo "skip $t (subset limit)"; continue; }
    flags=$(header "$t" compile-flags)
    case " $flags " in
        *" --borrowck=lexical "*|*" --borrowck=off "*|*" --borrowck=compare "*)
            echo "skip $t (no rustc oracle for its --borrowck mode: check it by hand)"
            continue ;;
    esac
    case " $flags " in
        *" --borrowck=polonius "*) export RUSTC_BOOTSTRAP=1 ;;
        *) unset RUSTC_BOOTSTRAP ;;
    esac
    flags=$(echo "$flags" | sed 's/--borrowck=polonius/-Zpolonius=next/; s/--borrowck=nll//')
    # shellcheck disable=SC2086
    rustc --edition 2021 $flags -A warnings "$t" -o "$tmp/bin" 2> "$tmp/err"
    rc=$?
    if [ "$m" = parse-only ]; then
        if [ $rc -eq 0 ]; then echo "ok  $t"
        else echo "BAD $t: rustc rejects it"; head -20 "$tmp/err"; fi
        continue
    fi
    if [ "$m" = compile-fail ]; then
        [ $rc -ne 0 ] || { echo "BAD $t: rustc compiled it"; continue; }
        if problems=$(match_errors "$t" "$tmp/err"); then echo "ok  $t"
        else echo "BAD $t (rustc disagrees):"; echo "$problems" | sed 's/^/    /'; fi
        continue
    fi
    [ $rc -eq 0 ] || { echo "BAD $t: rustc failed to compile"; head -20 "$tmp/err"; continue; }
    env -u RUST_BACKTRACE "$tmp/bin" > "${t%.rs}.stdout" 2> "$tmp/run.err"
    rc=$?
    [ -s "${t%.rs}.stdout" ] || rm -f "${t%.rs}.stdout"
    want=$(header "$t" exit-code)
    [ -n "$want" ] || { [ "$m" = run-fail ] && want=101 || want=0; }
    # a backtrace (rustc forces one for a panic in a destructor during cleanup) is never
    # reproducible: such a test checks stdout and the exit code only
    if [ "$m" = run-fail ]; then
        if grep -q '^stack backtrace:' "$tmp/run.err"; then
            rm -f "${t%.rs}.stderr"
            echo "note: $t: rustc printed a backtrace, no .stderr recorded"
        else
            normalize_tid < "$tmp/run.err" > "${t%.rs}.stderr"
        fi
    fi
    if [ $rc -ne "$want" ]; then echo "BAD $t: rustc's program exited $rc, header says $want"
    else echo "ok  $t"; fi
done
rm -rf "$tmp"
