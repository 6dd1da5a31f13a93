//@ run-pass
//@ spec: 20.3
// Naive checker: treats the reference r as live until scope end and rejects the assignment to x.
fn main() {
    let mut x = 5;
    let r = &x;
    let doubled = *r * 2;
    x = 7;
    println!("doubled = {}, x = {}", doubled, x);
}
