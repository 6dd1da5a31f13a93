//@ compile-fail
//@ spec: 20.8
// Overwriting a Box (which drops its contents) while the contents are borrowed.
fn main() {
    let mut b = Box::new(1);
    let r = &*b;
    b = Box::new(2); //~ ERROR E0506
    println!("{} {}", r, b);
}
