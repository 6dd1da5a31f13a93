//@ compile-fail
//@ spec: 20.13
// A closure borrowing a by-value parameter, returned as `Box<dyn Fn>`.
fn adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(|x| x + n) //~ ERROR E0373
}
fn main() {
    let _add = adder(2);
}
