//@ compile-fail
//@ spec: 20.12
// Passing a borrowed parameter where `T: 'static` is required.
fn keep<T: 'static + std::fmt::Debug>(t: T) { println!("{:?}", t); }
fn show(x: &i32) {
    keep(x); //~ ERROR E0521
}
fn main() {
    show(&1);
}
