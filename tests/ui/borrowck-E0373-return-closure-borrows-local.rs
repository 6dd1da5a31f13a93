//@ compile-fail
//@ spec: 20.13
// A returned closure borrows a local of the function (not a parameter).
fn make(base: i32) -> impl Fn(i32) -> i32 {
    let offset = base * 2;
    |x| x + offset //~ ERROR E0373
}
fn main() {
    println!("{}", make(1)(2));
}
