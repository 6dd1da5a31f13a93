#!/bin/sh
# demo.sh COMPILER — compiles and runs the example programs, showing each command.
compiler=$1
out=build/demo
mkdir -p "$out"
for name in fizzbuzz primes number_formats shapes; do
    echo "\$ patina examples/$name.rs -o $out/$name && ./$out/$name"
    "$compiler" "examples/$name.rs" -o "$out/$name" || exit 1
    "./$out/$name" | head -12
    echo
done
echo "\$ patina examples/ownership.rs -o $out/ownership && ./$out/ownership   # who frees what, when"
"$compiler" examples/ownership.rs -o "$out/ownership" && "./$out/ownership"
echo
echo "\$ patina examples/use_after_move.rs   # the mistake the ownership checker catches"
"$compiler" examples/use_after_move.rs -o "$out/use_after_move"
echo "(exit status $?)"
echo
echo "\$ patina examples/overflow.rs   # debug build: checked arithmetic"
"$compiler" examples/overflow.rs -o "$out/overflow" && "./$out/overflow"
echo "(exit status $?)"
echo
echo "\$ patina -O examples/overflow.rs   # release build: wrapping arithmetic"
"$compiler" -O examples/overflow.rs -o "$out/overflow-O" && "./$out/overflow-O"
echo
echo "── the borrow-rule lab: one program, three borrow rules (spec 21) ──"
lab=examples/borrowlab
echo "\$ patina --borrowck=compare $lab/last_use.rs $lab/conditional_return.rs $lab/invalidated_vec.rs"
"$compiler" --borrowck=compare "$lab/last_use.rs" "$lab/conditional_return.rs" \
    "$lab/invalidated_vec.rs"
echo
echo "\$ patina --borrowck=polonius $lab/conditional_return.rs && ./conditional_return"
"$compiler" --borrowck=polonius "$lab/conditional_return.rs" -o "$out/conditional_return" &&
    "./$out/conditional_return"
echo
echo "\$ patina --borrowck=lexical --emit=borrowck $lab/last_use.rs   # where each loan lives"
"$compiler" --borrowck=lexical --emit=borrowck "$lab/last_use.rs" 2>/dev/null |
    sed -n '/^fn main/,$p' | grep -v ' vec! ' | head -32
echo
sh "$lab/asan-demo.sh" "$compiler" "$lab/invalidated_vec.rs"
exit 0
