//@ run-pass
//@ spec: 20.4
// Naive checker: rejects the write to a because r once pointed at it, though r was redirected to b.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("r = {}", r);
    r = &b;
    a += 10;
    println!("r = {}, a = {}", r, a);
}
