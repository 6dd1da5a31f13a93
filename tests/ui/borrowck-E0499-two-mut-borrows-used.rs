//@ compile-fail
//@ spec: 20.7
// Two live `&mut` borrows of one local: the second is an error when the first is used after it.
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x; //~ ERROR E0499
    *a += 1;
    *b += 1;
    println!("{}", x);
}
