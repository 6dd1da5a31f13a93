//@ run-pass
//@ spec: 20.15
// Lexical checker rejects: `top` is in scope for the whole loop body, so `v.pop()` in the arm conflicts.
fn main() {
    let mut v = vec![1, 5, 3, 4];
    let mut popped = 0;
    loop {
        let top = v.last();
        match top {
            Some(&t) if t > 2 => {
                v.pop();
                popped += t;
            }
            _ => break,
        }
    }
    println!("{:?} popped {}", v, popped);
}
