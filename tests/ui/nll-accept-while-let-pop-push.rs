//@ run-pass
//@ spec: 20.3
// Naive checker: rejects pushing to the stack inside `while let Some(x) = stack.pop()`.
fn main() {
    let mut stack = vec![5];
    let mut out = Vec::new();
    while let Some(n) = stack.pop() {
        out.push(n);
        if n > 1 {
            stack.push(n / 2);
            stack.push(n - n / 2 - 1);
        }
    }
    println!("{:?}", out);
}
