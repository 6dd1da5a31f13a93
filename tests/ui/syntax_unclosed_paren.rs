//@ compile-fail
//@ spec: 2.3
fn main() {
    let x = (1 + 2; //~ ERROR mismatched closing delimiter
}
