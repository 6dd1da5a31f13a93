//@ run-pass
//@ spec: 20.9
// Lexical checker rejects: `first` borrows into the box while `*b` is moved out of it (in the same scope).
fn main() {
    let b = Box::new(vec![4, 5, 6]);
    let first = &b[0];
    println!("first {}", first);
    let v = *b;
    println!("{:?}", v);
}
