//@ compile-fail
//@ spec: 3.2
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    add(1); //~ ERROR E0061
    add(1, 2, 3); //~ ERROR E0061
}
