//@ compile-fail
//@ spec: 20.6
// `v.swap(0, v.len() - 1)`: swap is a slice method, reached through DerefMut before the
// arguments are evaluated, so this is not a two-phase borrow.
fn main() {
    let mut v = vec![1, 2, 3];
    v.swap(0, v.len() - 1); //~ ERROR E0502
    println!("{:?}", v);
}
