//@ run-pass
//@ spec: 20.3
// A &str slice of a String is last used before truncate takes &mut.
// Lexical checker rejects: `head` lives to the end of the block, overlapping truncate.
fn main() {
    let mut s = String::from("hello world");
    let head = &s[0..5];
    println!("head = {}", head);
    s.truncate(3);
    println!("s = {}", s);
}
