//@ compile-fail
//@ spec: 19.5
//@ stderr-contains: expected 2 lifetime parameters
struct Inner<'a, 'b> {
    a: &'a i32,
    b: &'b i32,
}
struct Outer {
    inner: Inner, //~ ERROR E0106
}

fn main() {}
