//@ run-pass
//@ spec: 20.3
// A &str prefix of a String is printed, then the String is modified with insert_str.
// Lexical checker rejects: `word` borrows s until the end of main, overlapping insert_str.
fn main() {
    let mut s = String::from("key=value");
    let word = &s[..3];
    println!("word {}", word);
    if let Some(i) = s.find('=') {
        s.insert_str(i, " ");
    }
    println!("{}", s);
}
