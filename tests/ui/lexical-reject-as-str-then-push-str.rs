//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A `&str` returned by a method keeps the `String` borrowed.
fn main() {
    let mut s = String::from("ab");
    let view = s.as_str();
    println!("{}", view);
    s.push_str("cd"); //~ ERROR E0502
    println!("{}", s);
}
