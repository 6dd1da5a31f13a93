//@ compile-fail
//@ spec: 19.1, 19.7
fn g<F: for<'x> Fn(&'x i32, &'y i32)>(f: F) {} //~ ERROR E0261

fn main() {}
