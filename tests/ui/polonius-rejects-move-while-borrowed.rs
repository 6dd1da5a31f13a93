//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. Moving s while r is used later.
fn main() {
    let s = String::from("hi");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
