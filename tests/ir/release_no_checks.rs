//@ run-pass
//@ check-ir
//@ compile-flags: -O
//@ spec: 9.2
// With -O there are no overflow asserts, but division still checks for zero and MIN / -1.
fn f(a: i64, b: i64) -> i64 {
    a * b + a / b
}

fn main() {
    println!("{}", f(7, 2));
}
