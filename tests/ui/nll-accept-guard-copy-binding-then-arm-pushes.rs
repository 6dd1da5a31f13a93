//@ run-pass
//@ spec: 20.15
// Lexical checker rejects: the scrutinee `v.last()` borrows `v` for the whole match, so the arms cannot push.
fn main() {
    let mut v = vec![1, 2, 3];
    for _ in 0..3 {
        match v.last() {
            Some(&x) if x > 2 => v.push(x - 2),
            Some(&x) => v.push(x + 3),
            None => v.clear(),
        }
    }
    println!("{:?}", v);
}
