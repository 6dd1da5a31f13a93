//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL: the loan of the temporary flows into v's element region, and
// the call that made the temporary (a kill of its loans, but before the borrow) must not stop it.
fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("gone")); //~ ERROR E0716
    println!("{:?}", v);
}
