//@ run-pass
//@ spec: 20.9
// Lexical checker rejects: `r` (a borrow of `*b`) is in scope when `*b` is moved out and `b` reassigned.
fn main() {
    let mut b = Box::new(String::from("hi"));
    let r = &*b;
    let n = r.len();
    let s = *b;
    b = Box::new(s + "!");
    println!("{} {}", b, n);
}
