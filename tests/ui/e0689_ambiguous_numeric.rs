//@ compile-fail
//@ spec: 6.12
fn main() {
    let a = 2.0.sqrt(); //~ ERROR E0689
    let b = 5.pow(2); //~ ERROR E0689
    let c = 3u8.frobnicate(); //~ ERROR E0599
}
