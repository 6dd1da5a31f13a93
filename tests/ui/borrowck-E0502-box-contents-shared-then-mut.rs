//@ compile-fail
//@ spec: 20.2
// A shared borrow into a Box's contents conflicts with a `&mut` of the box.
fn main() {
    let mut b = Box::new(vec![1, 2]);
    let first = &b[0];
    b.push(3); //~ ERROR E0502
    println!("{}", first);
}
