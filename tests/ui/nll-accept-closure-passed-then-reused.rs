//@ run-pass
//@ spec: 20.13
// Naive checker: keeps the borrow held by a closure passed to a function after the call returns.
fn apply<F: FnMut(i32)>(mut f: F, n: i32) {
    for i in 0..n { f(i); }
}
fn main() {
    let mut acc = Vec::new();
    apply(|i| acc.push(i * i), 4);
    acc.push(-1);
    let total: i32 = acc.iter().sum();
    apply(|i| acc.push(i), 2);
    println!("{:?} {}", acc, total);
}
