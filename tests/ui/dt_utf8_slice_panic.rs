//@ run-fail
//@ spec: 11.14 8.1
// Slicing a &str in the middle of a multi-byte character panics with rustc's boundary message.
fn prefix(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    let word = "naïve café";
    println!("{} bytes", word.len());
    println!("{}", prefix(word, 2));
    println!("{}", &word[4..9]);
    println!("{}", prefix(word, 3));
}
