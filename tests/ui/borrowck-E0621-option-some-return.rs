//@ compile-fail
//@ spec: 20.12
// Returning `Some(y)` for an unannotated y where `Option<&'a str>` is promised.
fn first<'a>(x: &'a str, y: &str) -> Option<&'a str> {
    if x.is_empty() { Some(y) } else { Some(x) } //~ ERROR E0621
}
fn main() {
    println!("{:?}", first("", "b"));
}
