//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: which one of `x`'s 2 lifetimes it is borrowed from
struct Two<'a, 'b> {
    a: &'a i32,
    b: &'b i32,
}
fn h(x: Two) -> &i32 { //~ ERROR E0106
    x.a
}

fn main() {}
