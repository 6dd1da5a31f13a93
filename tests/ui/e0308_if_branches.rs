//@ compile-fail
//@ spec: 6.9
fn main() {
    let x = if true { 1 } else { "one" }; //~ ERROR E0308
}
