//@ compile-fail
//@ spec: 20.13
// A capturing closure moved through two locals before it is returned: rustc blames the
// last assignment (E0597), not the return.
fn make(n: i32) -> impl Fn() -> i32 {
    let f = || n * 3; //~ ERROR E0597
    let g = f;
    g
}
fn main() {
    println!("{}", make(2)());
}
