//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. A shared loan used after v.push on the only path.
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v.push(3); //~ ERROR E0502
    println!("{}", first);
}
