//@ compile-fail
//@ spec: 19.4
fn g(f: &dyn Fn(&i32, &i32) -> &i32) {} //~ ERROR E0106
fn k<F: Fn(&str, &str) -> &str>(f: F) {} //~ ERROR E0106

fn main() {}
