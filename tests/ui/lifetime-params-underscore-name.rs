//@ compile-fail
//@ spec: 19.2
fn h<'_>(x: &i32) {} //~ ERROR E0637
struct W<'_> { //~ ERROR E0637
    x: i32,
}

fn main() {}
