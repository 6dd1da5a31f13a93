//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using the Box again after a &mut from as_mut() / &mut * was used.
fn main() {
    let mut b: Box<Vec<i32>> = Box::new(Vec::new());
    b.as_mut().push(1);
    let inner: &mut Vec<i32> = &mut b;
    inner.push(2);
    b.push(3);
    let r = &*b;
    println!("{:?} {}", r, b.len());
}
