//@ compile-fail
//@ spec: 19.5
type Name = &str; //~ ERROR E0106

fn main() {}
