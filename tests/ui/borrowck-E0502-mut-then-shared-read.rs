//@ compile-fail
//@ spec: 20.7
// Reading a value (by reference, in println!) while a `&mut` to it is still to be used.
fn main() {
    let mut x = 5;
    let m = &mut x;
    println!("{}", x); //~ ERROR E0502
    *m += 1;
}
