//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: `a` or one of `b`'s 2 lifetimes
fn f(a: &i32, b: (&i32, &i32)) -> &i32 { //~ ERROR E0106
    a
}

fn main() {}
