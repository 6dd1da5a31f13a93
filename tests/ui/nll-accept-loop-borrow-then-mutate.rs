//@ run-pass
//@ spec: 20.3
// Naive checker: rejects pushing in a loop after reading through a borrow taken in the same
// iteration.
fn main() {
    let mut v = vec![1];
    while v.len() < 6 {
        let last = v.last().unwrap();
        let prev = if v.len() > 1 { v[v.len() - 2] } else { 0 };
        let next = *last + prev;
        v.push(next);
    }
    println!("{:?}", v);
}
