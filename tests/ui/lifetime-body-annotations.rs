//@ run-pass
//@ spec: 19.1, 19.8
// The fn's lifetimes are usable in its body; elided lifetimes in bodies are inferred.
fn split_pair<'a>(s: &'a str) -> (&'a str, &'a str) {
    let mid: usize = s.len() / 2;
    let left: &'a str = &s[..mid];
    let right: &str = &s[mid..];
    let both: Vec<&'a str> = vec![left, right];
    (both[0], both[1])
}

fn main() {
    let (a, b) = split_pair("abcdef");
    println!("{} {}", a, b);
    let r: &'static str = "x";
    let closure = |s: &str| -> usize { s.len() };
    println!("{} {}", r, closure("four"));
}
