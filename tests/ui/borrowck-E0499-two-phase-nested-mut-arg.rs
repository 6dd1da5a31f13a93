//@ compile-fail
//@ spec: 20.6
// A two-phase borrow lets the arguments read the receiver, but not take a `&mut` of it.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push({ v.push(1); 2 }); //~ ERROR E0499
    println!("{:?}", v);
}
