//@ run-pass
//@ spec: 20.3
// Naive checker: rejects reading n while the (dead) &mut borrow m is still in lexical scope.
fn main() {
    let mut n = 10;
    let m = &mut n;
    *m += 5;
    println!("n = {}", n);
    let m2 = &mut n;
    *m2 *= 2;
    println!("n = {}", n);
}
