//@ run-pass
//@ spec: 20.13
// Naive checker: rejects moving v after a closure that borrowed it was last called.
fn consume(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1, 2, 3];
    let sum = || v.iter().sum::<i32>();
    let s = sum();
    let n = consume(v);
    println!("{} {}", s, n);
}
