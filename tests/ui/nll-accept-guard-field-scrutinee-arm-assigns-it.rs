//@ run-pass
//@ spec: 20.15
// Lexical checker rejects: `b` (a borrow of `s.tag`'s contents in the guard) is in scope in the arm that assigns `s.tag`.
struct S {
    tag: Option<u8>,
    n: u8,
}
fn main() {
    let mut s = S { tag: Some(4), n: 0 };
    match s.tag {
        Some(ref b) if *b > 2 => {
            s.n = 1;
            s.tag = None;
        }
        _ => s.n = 2,
    }
    println!("{:?} {}", s.tag, s.n);
}
