//@ compile-fail
//@ spec: 19.3
//@ stderr-contains: missing lifetime specifiers
fn both(a: &i32, b: &i32) -> (&i32, &i32) { //~ ERROR E0106
    (a, b)
}

fn main() {}
