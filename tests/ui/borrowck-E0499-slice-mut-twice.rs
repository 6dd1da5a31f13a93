//@ compile-fail
//@ spec: 20.2
// Two overlapping `&mut` subslices of one slice.
fn main() {
    let mut a = [1, 2, 3, 4];
    let left = &mut a[..2];
    let right = &mut a[2..]; //~ ERROR E0499
    left[0] = right[0];
    println!("{:?}", a);
}
