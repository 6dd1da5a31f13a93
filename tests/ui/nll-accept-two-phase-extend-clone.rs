//@ run-pass
//@ spec: 20.6
// Naive checker: rejects v.extend(v.clone()) and v.truncate(v.len() - 1).
fn main() {
    let mut v = vec![1, 2];
    v.extend(v.clone());
    v.truncate(v.len() - 1);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.truncate(s.len() - 1);
    println!("{:?} {}", v, s);
}
