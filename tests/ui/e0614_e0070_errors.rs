//@ compile-fail
//@ spec: 6.5 6.7
fn main() {
    let x = 5u32;
    let y = *x; //~ ERROR E0614
    1 + 1 = 3; //~ ERROR E0070
}
