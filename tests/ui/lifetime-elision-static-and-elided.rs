//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: `x` or `y`
fn f(x: &i32, y: &'static i32) -> &i32 { //~ ERROR E0106
    x
}

fn main() {}
