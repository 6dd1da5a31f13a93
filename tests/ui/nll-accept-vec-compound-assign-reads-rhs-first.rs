//@ run-pass
//@ spec: 20.6
// Naive checker: rejects `v[0] += v[1]` (the right side is read before v is borrowed mutably).
fn main() {
    let mut v = vec![1, 2, 3];
    v[0] += v[1];
    v[2] *= v[0] + v[2];
    let mut w = vec![10u8, 20];
    w[1] -= w[0];
    println!("{:?} {:?}", v, w);
}
