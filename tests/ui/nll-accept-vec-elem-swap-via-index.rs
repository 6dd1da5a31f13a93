//@ run-pass
//@ spec: 20.6
// Naive checker: rejects `v[i] = v[j] + v[i]` (the reads finish before IndexMut borrows v).
fn main() {
    let mut v = vec![1, 1, 0, 0, 0, 0];
    for i in 2..6 {
        v[i] = v[i - 1] + v[i - 2];
    }
    let n = v.len();
    v[n - 1] *= v[0] + v[1];
    v.swap(0, n - 1);
    println!("{:?}", v);
}
