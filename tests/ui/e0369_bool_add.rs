//@ compile-fail
//@ spec: 6.2
fn main() {
    let a = true;
    let b = false;
    let c = a + b; //~ ERROR E0369
}
