//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `pair` holds borrows of `a` and `b` in scope at their assignments.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let pair = (&a, &b);
    let s = *pair.0 + *pair.1;
    a = s;
    b = s * 2;
    println!("{} {}", a, b);
}
