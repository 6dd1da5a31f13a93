//@ compile-fail
//@ spec: 20.2
// A Box's contents are owned: two `&mut *b` conflict.
fn main() {
    let mut b = Box::new(5);
    let r1 = &mut *b;
    let r2 = &mut *b; //~ ERROR E0499
    *r1 += 1;
    *r2 += 1;
    println!("{}", b);
}
