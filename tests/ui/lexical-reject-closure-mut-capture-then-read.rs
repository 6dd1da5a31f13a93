//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A closure holding `&mut n` (a unique borrow) is in scope when `n` is printed.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    println!("{}", n); //~ ERROR E0502
}
