//@ compile-fail
//@ spec: 20.11
// A reference into a temporary String that dies at the end of the `let` statement.
fn main() {
    let s = String::from("a b").to_uppercase().as_str().trim(); //~ ERROR E0716
    println!("{}", s);
}
