//@ compile-fail
//@ spec: 20.7
// Two `&mut` range slices of one Vec (what split_at_mut exists for).
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let a = &mut v[..2];
    let b = &mut v[2..]; //~ ERROR E0499
    a[0] += b[0];
}
