//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Assigning a borrowed value whose borrow is used afterwards: E0506 under every rule.
fn main() {
    let mut x = 1;
    let r = &x;
    x = 2; //~ ERROR E0506
    println!("{} {}", r, x);
}
