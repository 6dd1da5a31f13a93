//@ compile-fail
//@ spec: 15.1, 13.1
// The closure is never called and its parameter has no annotation, so nothing fixes its type.
fn main() {
    let keep = |x| x; //~ ERROR E0282
    println!("ready");
}
