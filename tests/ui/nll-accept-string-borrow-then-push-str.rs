//@ run-pass
//@ spec: 20.3
// Naive checker: rejects push_str while the &str slice is still in scope.
fn main() {
    let mut s = String::from("hello");
    let word = &s[0..2];
    let len = word.len();
    println!("word = {}", word);
    s.push_str(" world");
    println!("{} ({})", s, len);
}
