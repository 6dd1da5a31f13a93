//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the shared borrow of v[0] to the end of the block, so rejects the push.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {}", first);
    v.push(4);
    println!("v = {:?}", v);
}
