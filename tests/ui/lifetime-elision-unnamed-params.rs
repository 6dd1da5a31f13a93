//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: `x` or argument 2
fn h(x: &i32, _: &i32) -> &i32 { //~ ERROR E0106
    x
}
fn i((a, _b): (&i32, &i32), c: &i32) -> &i32 { //~ ERROR E0106
    a
}

fn main() {}
