//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A shared reference dead after its print still holds `x` until the block ends: E0506.
fn main() {
    let mut x = 1;
    let r = &x;
    println!("{}", r);
    x = 5; //~ ERROR E0506
    println!("{}", x);
}
