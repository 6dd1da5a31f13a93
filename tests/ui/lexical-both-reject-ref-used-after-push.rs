//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Both rules reject a reference used after the push that may move the buffer (E0502).
fn main() {
    let mut v = vec![1];
    let f = &v[0];
    v.push(2); //~ ERROR E0502
    println!("{}", f);
}
