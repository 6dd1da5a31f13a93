//@ compile-fail
//@ spec: 6.2
fn main() {
    let x: u32 = 5;
    let y = -x; //~ ERROR E0600
}
