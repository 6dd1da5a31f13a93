//@ run-pass
//@ spec: 20.6
// A two-phase &mut autoref of v is reserved while v.len() is evaluated as an argument.
// Lexical checker rejects: the &mut v receiver conflicts with the shared v.len() borrow.
fn main() {
    let mut v = vec![10, 20, 30, 40];
    v.insert(v.len() / 2, 25);
    v.truncate(v.len() - 1);
    println!("{:?}", v);
}
