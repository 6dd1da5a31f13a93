//@ compile-fail
//@ spec: 20.12
// A `move` closure holding a borrowed parameter passed where `F: 'static` is required.
fn keep<F: Fn() -> i32 + 'static>(f: F) -> i32 { f() }
fn call(x: &i32) -> i32 {
    keep(move || *x) //~ ERROR E0521
}
fn main() {
    println!("{}", call(&2));
}
