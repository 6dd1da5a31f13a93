//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `view` borrows `s` to the end of main, so `push_str` conflicts.
fn main() {
    let mut s = String::from("ab");
    let view = s.as_str();
    let n = view.len();
    s.push_str("cd");
    println!("{} {}", s, n);
}
