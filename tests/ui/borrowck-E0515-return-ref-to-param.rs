//@ compile-fail
//@ spec: 20.12
// A by-value parameter is a local: a reference to it cannot be returned.
fn first(v: Vec<i32>) -> &'static i32 {
    &v[0] //~ ERROR E0515
}
fn main() {
    println!("{}", first(vec![1]));
}
