//@ compile-fail
//@ spec: 9.9
fn bump<T: std::ops::AddAssign + Copy>(mut a: T, b: T) -> T {
    let r = &a;
    a += b; //~ ERROR E0502
    let _ = *r;
    a
}
fn main() { println!("{}", bump(1, 2)); }
