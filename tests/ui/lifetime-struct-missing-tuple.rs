//@ compile-fail
//@ spec: 19.5
struct Pair(&i32, &'static i32); //~ ERROR E0106

fn main() {}
