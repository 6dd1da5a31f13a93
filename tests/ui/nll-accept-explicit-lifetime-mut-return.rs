//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using a vector again after the &mut returned from it is dead.
fn bigger<'a>(a: &'a mut Vec<i32>, b: &'a mut Vec<i32>) -> &'a mut Vec<i32> {
    if a.len() >= b.len() { a } else { b }
}
fn main() {
    let mut x = vec![1, 2];
    let mut y = vec![3];
    bigger(&mut x, &mut y).push(9);
    bigger(&mut x, &mut y).push(10);
    y.push(0);
    x.push(0);
    println!("{:?} {:?}", x, y);
}
