//@ compile-fail
//@ spec: 20.12
// Returning a reference to a local of the function.
fn make() -> &'static String {
    let s = String::from("local");
    &s //~ ERROR E0515
}
fn main() {
    println!("{}", make());
}
