//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. Assigning a[0] while a shared loan of it is used later.
fn main() {
    let mut a = [1, 2, 3];
    let first = &a[0];
    a[0] = 10; //~ ERROR E0506
    println!("{}", first);
}
