//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. Two &mut of s both used later: no rule accepts it.
fn main() {
    let mut s = String::from("a");
    let a = &mut s;
    let b = &mut s; //~ ERROR E0499
    a.push('b');
    b.push('c');
}
