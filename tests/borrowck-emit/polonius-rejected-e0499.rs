//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.7
// Rejected by every rule: both mutable loans are used after the second is made.
fn main() {
    let mut s = String::new();
    let a = &mut s;
    let b = &mut s; //~ ERROR E0499
    b.push('b');
    a.push('a');
}
