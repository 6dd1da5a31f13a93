//@ compile-fail
//@ spec: 19.2
fn f<'a, 'a>(x: &'a i32) {} //~ ERROR E0403
struct S<'b, 'b> { //~ ERROR E0403
    r: &'b i32,
}

fn main() {}
