//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the loan of `for x in &mut v` after the loop, rejecting v.push.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x *= 10;
    }
    v.push(40);
    for x in v.iter_mut() {
        *x += 1;
    }
    let total: i32 = v.iter().sum();
    println!("{:?} {}", v, total);
}
