#!/bin/sh
# explain.sh COMPILER OUTDIR — tests of the texts of `patina --explain` (spec 21.10),
# compiler/driver/explain/CODE.md, printed as PASS/FAIL lines like run-one.sh:
#   - a block fenced ```compile_fail,CODE fails to compile with error[CODE] (a block marked
#     ```compile_fail,CODE,unreachable(why) is a program no standalone source can make fail
#     with CODE: it is not compiled, and the why says so);
#   - a block fenced ``` (or ```rust) compiles; ```ignore blocks are not compiled;
#   - each text has a failing block, a fix, 20 to 50 lines, none wider than 80 columns.
# The programs are only checked (--emit=ir=/dev/null), two at a time.
if [ "$1" = --one ]; then   # explain.sh --one COMPILER PROGRAM: compile one extracted block
    compiler=$2 program=$3
    name=explain/$(basename "$program" .rs)
    "$compiler" --check-prelude "$program" --emit=ir=/dev/null > /dev/null 2> "$program.err" \
        < /dev/null
    rc=$?
    case $program in
    *.fail-E*)
        code=${program##*.fail-}; code=${code%.rs}
        if [ $rc -eq 1 ] && grep -q "^error\[$code\]" "$program.err" &&
            ! grep -q 'internal compiler error' "$program.err"
        then echo "PASS $name"
        else echo "FAIL $name"; echo "    expected error[$code], got exit $rc:"
            sed 's/^/    /' "$program.err" | head -8
        fi ;;
    *)
        if [ $rc -eq 0 ]; then echo "PASS $name"
        else echo "FAIL $name"; echo "    a fix does not compile (exit $rc):"
            sed 's/^/    /' "$program.err" | head -8
        fi ;;
    esac
    exit 0
fi
compiler=$1 out=$2/explain
rm -rf "$out" && mkdir -p "$out"
for text in compiler/driver/explain/E*.md; do
    code=$(basename "$text" .md)
    # one file per block: CODE.N.fail-CODE.rs or CODE.N.ok.rs; prints what the text lacks
    problems=$(awk -v code="$code" -v dir="$out" '
        function fail(why) { problems = problems "    " why "\n" }
        length($0) > 80 { fail("line " NR " is wider than 80 columns") }
        /^```/ && !inside {
            inside = 1; info = substr($0, 4); n++; file = ""
            if (info ~ /^compile_fail/) {
                failing++
                split(info, parts, ","); want = parts[2] == "" ? code : parts[2]
                if (info ~ /,unreachable\(.+\)/) unreachable++
                else file = dir "/" code "." n ".fail-" want ".rs"
            } else if (info == "" || info == "rust") {
                fixes++; file = dir "/" code "." n ".ok.rs"
            } else if (info !~ /^ignore/) fail("unknown fence ```" info)
            next
        }
        /^```/ && inside { inside = 0; if (file != "") close(file); next }
        inside && file != "" { print > file }
        END {
            if (NR < 20 || NR > 50) fail(NR " lines, not 20 to 50")
            if (!failing) fail("no ```compile_fail block")
            if (!fixes) fail("no fix (a ``` block that compiles)")
            if (inside) fail("an unclosed ``` block")
            printf "%s", problems
        }' "$text")
    if [ -z "$problems" ]; then echo "PASS explain/$code-text"
    else echo "FAIL explain/$code-text"; printf '%s\n' "$problems"; fi
done
ls "$out"/*.rs | xargs -P 2 -I{} sh "$0" --one "$compiler" {}
