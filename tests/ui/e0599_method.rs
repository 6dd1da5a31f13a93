//@ compile-fail
//@ spec: 6.10
fn main() {
    let x = 5;
    let y = x.frobnicate(); //~ ERROR E0599
}
