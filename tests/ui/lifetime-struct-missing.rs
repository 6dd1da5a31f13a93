//@ compile-fail
//@ spec: 19.5
//@ stderr-contains: expected named lifetime parameter
struct S {
    r: &str, //~ ERROR E0106
}

fn main() {}
