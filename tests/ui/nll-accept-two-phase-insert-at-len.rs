//@ run-pass
//@ spec: 20.6
// Lexical checker rejects: without two-phase borrows, `v.len()` reads `v` while the receiver `&mut v` is taken.
fn main() {
    let mut v = vec![1, 2];
    v.insert(v.len(), 3);
    v.insert(v.len() - 1, 9);
    v.truncate(v.len() - 1);
    let mut s = String::from("ab");
    s.insert(s.len(), 'c');
    s.truncate(s.len() - 1);
    println!("{:?} {}", v, s);
}
