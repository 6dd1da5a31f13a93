//@ compile-fail
//@ spec: 20.8
// Assigning to a place while a shared reference to it is still used.
fn main() {
    let mut x = 1;
    let r = &x;
    x = 2; //~ ERROR E0506
    println!("{} {}", r, x);
}
