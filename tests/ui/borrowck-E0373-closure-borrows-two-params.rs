//@ compile-fail
//@ spec: 20.13
// A returned closure borrowing two parameters: one E0373 for each.
fn sum_later(a: i32, b: i32) -> impl Fn() -> i32 {
    || a + b //~ ERROR E0373
    //~^ ERROR E0373
}
fn main() {
    println!("{}", sum_later(1, 2)());
}
