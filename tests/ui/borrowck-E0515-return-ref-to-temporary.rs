//@ compile-fail
//@ spec: 20.12
// Returning a reference to a temporary value.
fn make() -> String { String::from("t") }
fn get() -> &'static String {
    &make() //~ ERROR E0515
}
fn main() {
    println!("{}", get());
}
