//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `let r;` starts the scope: the loan made later by `r = &x` lives to the block's end.
fn main() {
    let mut x = 2;
    let r;
    r = &x;
    println!("{}", r);
    x *= 3; //~ ERROR E0506
    println!("{}", x);
}
