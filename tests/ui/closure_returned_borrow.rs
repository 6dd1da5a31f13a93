//@ compile-fail
//@ spec: 15.5
// A returned closure must own what it captures.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n //~ ERROR E0373
}
fn main() {
    println!("{}", make_adder(1)(2));
}
