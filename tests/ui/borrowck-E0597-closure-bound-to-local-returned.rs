//@ compile-fail
//@ spec: 20.13
// A closure first bound to a local, then returned: not the returned expression itself, so
// rustc says E0597 for the captured parameter (not E0373).
fn make(n: i32) -> impl Fn() -> i32 {
    let f = || n * 3; //~ ERROR E0597
    f
}
fn main() {
    println!("{}", make(2)());
}
