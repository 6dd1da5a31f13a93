//@ compile-fail
//@ spec: 6.4
fn main() {
    let x = 5;
    let b = x as bool; //~ ERROR E0054
}
