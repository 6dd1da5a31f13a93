//@ run-pass
//@ spec: 20.6
// Naive checker: rejects s.push_str with an argument computed from s.
fn main() {
    let mut s = String::from("ab");
    let n = s.len();
    s.push_str(&n.to_string());
    s.push(if s.len() > 2 { '!' } else { '?' });
    println!("{}", s);
}
