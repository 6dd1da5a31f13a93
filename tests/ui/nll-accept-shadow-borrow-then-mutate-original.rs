//@ run-pass
//@ spec: 20.3
// A shadowed binding held a borrow; after shadowing, the old borrow is dead.
// Lexical checker rejects: the first `view` stays in scope (only shadowed) to block end.
fn main() {
    let mut data = vec![1, 2, 3];
    let view = &data;
    println!("view len {}", view.len());
    let view = 5;
    data.push(view);
    println!("{:?} {}", data, view);
}
