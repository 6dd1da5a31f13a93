//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Shadowing does not end a binding's scope: the first `r` still holds `v`.
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    println!("{}", r.len());
    let r = 3;
    v.push(r); //~ ERROR E0502
    println!("{:?}", v);
}
