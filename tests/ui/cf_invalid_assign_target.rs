//@ compile-fail
//@ spec: 6.5
// Assigning to things that are not places: a literal, a function call, an
// arithmetic expression, a comparison written with `=`, and a constant.
const LIMIT: i32 = 10;

fn zero() -> i32 {
    0
}

fn main() {
    let mut x = 1;
    5 = x; //~ ERROR E0070
    zero() = 3; //~ ERROR E0070
    x + 1 = 2; //~ ERROR E0070
    LIMIT = 20; //~ ERROR E0070
    x += 1;
    (x * 2) += 1; //~ ERROR E0067
}
