//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `println!` borrows `n` while the dead `&mut n` is still in scope.
fn main() {
    let mut n = 1;
    let r = &mut n;
    *r += 1;
    println!("{}", n); //~ ERROR E0502
}
