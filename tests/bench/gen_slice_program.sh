#!/bin/sh
# Writes a Rust program of about N lines (default 1000) in the walking-skeleton slice:
# many small functions with arithmetic, loops, branches and prints, all called from main.
# Usage: gen_slice_program.sh [LINES] > prog.rs
lines=${1:-1000}
fns=$(( (lines - 10) / 20 ))
i=0
while [ "$i" -lt "$fns" ]; do
  cat <<FN
fn step_$i(n: u64, bias: i32) -> u64 {
    let mut acc: u64 = n % 1000 + $i;
    let mut k: i32 = bias;
    for j in 0..(n % 17) {
        if j % 3 == 0 {
            acc = acc * 3 % 1_000_003 + j;
        } else if j % 3 == 1 {
            acc ^= acc >> 3;
        } else {
            acc = (acc << 1) % 999_983;
        }
        k += 1;
    }
    while k > 0 && acc > 7 {
        acc -= acc / 7;
        k -= 2;
    }
    let flag = acc % 2 == 0 || k < 0;
    if flag { acc + 1 } else { acc }
}
FN
  i=$((i + 1))
done
echo "fn main() {"
echo "    let mut total: u64 = 0;"
i=0
while [ "$i" -lt "$fns" ]; do
  echo "    total = (total + step_$i(total % 10_007 + $i, $((i % 5)))) % 1_000_000_007;"
  i=$((i + 1))
done
echo '    println!("total = {total}");'
echo "}"
