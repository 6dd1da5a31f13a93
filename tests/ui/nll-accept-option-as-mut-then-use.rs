//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the loan of o.as_mut() alive over the later take().
fn main() {
    let mut o = Some(vec![1]);
    if let Some(v) = o.as_mut() {
        v.push(2);
    }
    o.as_mut().unwrap().push(3);
    let taken = o.take();
    println!("{:?} {:?}", taken, o);
}
