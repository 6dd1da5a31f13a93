//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.7
// Rejected by every rule: the loan is used after the push.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4); //~ ERROR E0502
    println!("{}", first);
}
