//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the borrow of *b alive when b is reassigned later.
fn main() {
    let mut b = Box::new(vec![1, 2]);
    let inner = &b[1];
    let saved = *inner;
    b = Box::new(vec![saved; 3]);
    b.push(0);
    println!("{:?}", b);
}
