//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Copying `n` out while a `&mut n` is in scope: E0503.
fn main() {
    let mut n = 1;
    let r = &mut n;
    *r += 1;
    let m = n; //~ ERROR E0503
    println!("{}", m);
}
