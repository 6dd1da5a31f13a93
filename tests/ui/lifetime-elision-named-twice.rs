//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: with an elided lifetime, but the lifetime cannot be derived from the arguments
fn f<'a>(x: &'a i32, y: &'a i32) -> &i32 { //~ ERROR E0106
    x
}

fn main() {}
