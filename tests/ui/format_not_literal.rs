//@ compile-fail
//@ spec: 7.4
fn main() {
    let s = "x";
    println!(s); //~ ERROR format argument must be a string literal
}
