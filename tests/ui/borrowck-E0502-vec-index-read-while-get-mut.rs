//@ compile-fail
//@ spec: 20.7
// Reading `v[1]` while an `Option<&mut i32>` from get_mut(0) is still used.
fn main() {
    let mut v = vec![1, 2];
    let slot = v.get_mut(0);
    let other = v[1]; //~ ERROR E0502
    if let Some(x) = slot { *x += other; }
    println!("{:?}", v);
}
