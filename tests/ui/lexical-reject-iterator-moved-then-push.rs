//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `it` was moved into `sum`, but its scope (and the loan in its type) lasts to the block's
// end: what matters is where the holder's storage ends, not where its value goes.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter();
    let s: i32 = it.sum();
    v.push(s); //~ ERROR E0502
    println!("{:?}", v);
}
