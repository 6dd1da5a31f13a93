//@ run-pass
//@ spec: 20.3
// Naive checker: keeps &mut v[..2] alive over the later &mut v[2..].
fn fill(s: &mut [i32], x: i32) { for e in s.iter_mut() { *e = x; } }
fn main() {
    let mut v = vec![0; 5];
    let left = &mut v[..2];
    fill(left, 1);
    let right = &mut v[2..];
    fill(right, 2);
    right[0] = 7;
    println!("{:?}", v);
}
