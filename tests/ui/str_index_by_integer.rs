//@ compile-fail
//@ spec: 18.8
// Text is indexed by byte ranges only: `s[0]` of a String or str is E0277, since one char
// may take several bytes; `s[0..1]`, `.chars().nth(0)` and `.as_bytes()[0]` are the ways.
fn main() {
    let word = String::from("héllo");
    let first = word[0]; //~ ERROR E0277
    let lit = "abc"[1]; //~ ERROR E0277
    let view: &str = &word;
    let byte = view[2]; //~ ERROR E0277
    println!("{} {:?} {}", &word[0..1], word.chars().nth(1), word.as_bytes()[1]);
}
