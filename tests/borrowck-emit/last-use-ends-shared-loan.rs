//@ spec: 21.7
// NLL: the shared loan of `v` ends at the last use of `first`, so the push after it is fine.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("{}", first);
    v.push(4);
    println!("{}", v.len());
}
