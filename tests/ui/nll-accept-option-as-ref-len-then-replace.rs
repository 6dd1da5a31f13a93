//@ run-pass
//@ spec: 20.3
// Option::as_ref yields a borrow used once, then the Option is replaced.
// Lexical checker rejects: `inner` is in scope when `opt` is assigned.
fn main() {
    let mut opt = Some(String::from("abc"));
    let inner = opt.as_ref().unwrap();
    let n = inner.len();
    println!("len {}", n);
    opt = Some(String::from("longer"));
    println!("{:?}", opt);
}
