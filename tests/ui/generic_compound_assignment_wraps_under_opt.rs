//@ run-pass
//@ compile-flags: -O
//@ spec: 9.9
use std::ops::AddAssign;
fn total<T: AddAssign + Copy>(v: &[T], start: T) -> T { let mut s = start; for &x in v { s += x; } s }
fn main() {
    println!("{}", total(&[1u8, 2], 3));
    println!("{}", total(&[200u8, 100], 0));
}
