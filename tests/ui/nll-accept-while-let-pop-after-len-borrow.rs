//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `top` borrows `stack` for all of main, so every `pop` and `push` conflicts.
fn main() {
    let mut stack = vec![1, 2, 3];
    let mut out = Vec::new();
    let top = &stack;
    println!("start with {}", top.len());
    while let Some(x) = stack.pop() {
        out.push(x * 10);
        if x == 2 {
            stack.push(0);
        }
    }
    println!("{:?} {:?}", out, stack);
}
