//@ run-pass
//@ spec: 20.3
// Naive checker: rejects `let r = &v[j]` after `v[i] += 1` (the IndexMut borrow ended).
fn main() {
    let mut v = vec![1, 2, 3];
    for i in 0..3 {
        v[i] += 1;
        let r = &v[(i + 1) % 3];
        v[i] += *r;
    }
    println!("{:?}", v);
}
