//@ compile-fail
//@ spec: 19.2
fn g<'static>(x: &'static i32) {} //~ ERROR E0262

fn main() {}
