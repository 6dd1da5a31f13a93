//@ run-pass
//@ spec: 20.6
// s.push_str(&s.clone()) reads s for the argument while the &mut receiver is reserved.
// Lexical checker rejects: the mutable receiver borrow overlaps the clone of s.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.push_str(&s.to_uppercase());
    println!("{}", s);
}
