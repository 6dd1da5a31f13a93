//@ run-pass
//@ spec: 20.15
// Lexical checker rejects: `last` borrows `*v` to the end of the fn, so `v.pop()` conflicts.
fn pop_if_big(v: &mut Vec<i32>) -> Option<i32> {
    let last = v.last();
    match last {
        Some(&x) if x > 10 => {}
        _ => return None,
    }
    v.pop()
}
fn main() {
    let mut v = vec![5, 20];
    println!("{:?} {:?} {:?}", pop_if_big(&mut v), pop_if_big(&mut v), v);
}
