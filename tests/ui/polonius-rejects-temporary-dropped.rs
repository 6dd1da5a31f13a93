//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. A temporary dropped at the end of its statement while r still
// refers to it.
fn main() {
    let r: &String;
    r = &String::from("tmp"); //~ ERROR E0716
    println!("{}", r);
}
