//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. Returning a reference to a local: the loan must outlive the
// function on every rule.
fn make() -> &'static str {
    let s = String::from("x");
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", make());
}
