//@ run-pass
//@ spec: 20.3
// Naive checker: sees two live &mut borrows of the same vector in one block.
fn main() {
    let mut v = vec![1, 2];
    let a = &mut v;
    a.push(3);
    let b = &mut v;
    b.push(4);
    println!("{:?}", v);
}
