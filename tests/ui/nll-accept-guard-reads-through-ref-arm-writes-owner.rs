//@ run-pass
//@ spec: 20.15
// Lexical checker rejects: `k` (a `&p`) is in scope at the arm's write to `p.n`.
struct P {
    kind: u8,
    n: i32,
}
fn main() {
    let mut p = P { kind: 1, n: 5 };
    let k = &p;
    match k.kind {
        1 if k.n > 3 => p.n = 0,
        _ => p.n += 1,
    }
    println!("{} {}", p.kind, p.n);
}
