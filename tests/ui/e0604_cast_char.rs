//@ compile-fail
//@ spec: 6.4
fn main() {
    let x = 66u32;
    let c = x as char; //~ ERROR E0604
}
