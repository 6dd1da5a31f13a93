//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A borrow of a box's contents stays in scope when the contents are assigned.
fn main() {
    let mut b = Box::new(5);
    let r = &*b;
    println!("{}", r);
    *b = 6; //~ ERROR E0506
    println!("{}", b);
}
