//@ compile-fail
//@ spec: 6.1
fn main() {
    let x: u8 = 256; //~ ERROR literal out of range
}
