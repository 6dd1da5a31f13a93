//@ compile-fail
//@ spec: 20.2
// Two `&mut a[i]` of an array conflict: rustc does not compare index values.
fn main() {
    let mut a = [1, 2, 3];
    let i = 0;
    let j = 2;
    let x = &mut a[i];
    let y = &mut a[j]; //~ ERROR E0499
    *x += *y;
    println!("{:?}", a);
}
