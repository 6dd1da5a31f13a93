//@ compile-fail
//@ spec: 19.5
enum E {
    A(&i32), //~ ERROR E0106
    B { x: &str }, //~ ERROR E0106
}

fn main() {}
