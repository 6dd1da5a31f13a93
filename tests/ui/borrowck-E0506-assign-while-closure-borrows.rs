//@ compile-fail
//@ spec: 20.13
// A closure that reads x holds a shared borrow while it may still be called.
fn main() {
    let mut x = 1;
    let show = || x * 2;
    x = 5; //~ ERROR E0506
    println!("{}", show());
}
