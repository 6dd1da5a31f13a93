//@ run-pass
//@ spec: 20.13
// Naive checker: rejects pushing to v after a closure that read v was last called.
fn main() {
    let mut v = vec![1, 2, 3];
    let contains = |x: i32| v.contains(&x);
    let found = (contains(2), contains(9));
    v.push(9);
    println!("{:?} {:?}", found, v);
}
