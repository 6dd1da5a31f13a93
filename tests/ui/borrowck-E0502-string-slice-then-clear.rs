//@ compile-fail
//@ spec: 20.7
// A `&str` slice of a String keeps it borrowed across clear().
fn first_word(s: &String) -> &str {
    match s.find(' ') { Some(i) => &s[..i], None => &s[..] }
}
fn main() {
    let mut s = String::from("hello world");
    let w = first_word(&s);
    s.clear(); //~ ERROR E0502
    println!("{}", w);
}
