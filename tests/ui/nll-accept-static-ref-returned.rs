//@ run-pass
//@ spec: 20.12
// Naive checker: rejects returning a reference that does not point into the frame (a literal).
fn label(n: i32) -> &'static str {
    if n < 0 { "negative" } else if n == 0 { "zero" } else { "positive" }
}
fn zero() -> &'static i32 { &0 }
fn main() {
    let labels: Vec<&str> = [-2, 0, 5].iter().map(|n| label(*n)).collect();
    println!("{:?} {}", labels, zero());
}
