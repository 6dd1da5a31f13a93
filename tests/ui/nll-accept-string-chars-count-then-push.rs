//@ run-pass
//@ spec: 20.3
// A Chars iterator borrowing a String is consumed before the String is modified.
// Lexical checker rejects: `chars` borrows s until it goes out of scope.
fn main() {
    let mut s = String::from("héllo");
    let chars = s.chars();
    let n = chars.count();
    s.push_str(&n.to_string());
    println!("{}", s);
}
