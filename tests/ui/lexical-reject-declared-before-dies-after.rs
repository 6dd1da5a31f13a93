//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A reference declared before the value it borrows outlives it: the value dies first at
// the end of the block even though `r` is never used again (E0597 on the borrow).
fn main() {
    let r;
    let x = 5;
    r = &x; //~ ERROR E0597
    println!("{}", x);
}
