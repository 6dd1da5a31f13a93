//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// No two-phase borrows: the autoref `&mut v` of `push` is active where it is taken, so the
// argument's `v.len()` borrows `v` while it is mutably borrowed.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len()); //~ ERROR E0502
    println!("{:?}", v);
}
