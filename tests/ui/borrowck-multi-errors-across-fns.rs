//@ compile-fail
//@ spec: 20.18
// Errors in different functions are all reported.
fn dangling() -> &'static i32 {
    let x = 1;
    &x //~ ERROR E0515
}
fn conflict() {
    let mut n = 0;
    let r = &n;
    n = 1; //~ ERROR E0506
    println!("{} {}", r, n);
}
fn main() {
    println!("{}", dangling());
    conflict();
}
