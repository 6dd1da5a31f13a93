//@ compile-fail
//@ spec: 19.1
struct S<'a> {
    a: &'a i32,
    b: &'b i32, //~ ERROR E0261
}

fn main() {}
