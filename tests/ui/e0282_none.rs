//@ compile-fail
//@ spec: 11.15
// Nothing says what `None` is an option of.
fn main() {
    let nothing = None; //~ ERROR E0282
    println!("done");
}
