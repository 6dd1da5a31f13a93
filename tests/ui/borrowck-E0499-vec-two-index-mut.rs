//@ compile-fail
//@ spec: 20.2
// Two `&mut v[i]` conflict even for different indexes: indexes are not told apart.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[1]; //~ ERROR E0499
    std::mem::swap(a, b);
    println!("{:?}", v);
}
