//@ compile-fail
//@ spec: 20.6
// `v[v.len() - 1] = 0`: IndexMut borrows v before the index expression reads v.len().
fn main() {
    let mut v = vec![1, 2, 3];
    v[v.len() - 1] = 0; //~ ERROR E0502
    println!("{:?}", v);
}
