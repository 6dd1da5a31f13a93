//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Inside a loop body the reference's scope is the body: the push in the same body conflicts.
fn main() {
    let mut v = vec![1];
    for i in 0..3 {
        let last = &v[i];
        let next = *last * 2;
        v.push(next); //~ ERROR E0502
    }
    println!("{:?}", v);
}
