//@ run-pass
//@ spec: 20.16
// Each iteration peeks at the last element by reference, then pops.
// Lexical checker rejects: the peek borrow is considered live across the pop in the body.
fn main() {
    let mut stack = vec![1, 5, 2, 8];
    let mut seen = Vec::new();
    while !stack.is_empty() {
        let top = stack.last().unwrap();
        seen.push(*top);
        stack.pop();
    }
    println!("{:?} {:?}", stack, seen);
}
