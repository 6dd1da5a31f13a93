//@ compile-fail
//@ spec: 19.5
struct T {
    r: &'_ i32, //~ ERROR E0106
}

fn main() {}
