//@ run-pass
//@ spec: 20.4
// Naive checker: rejects passing a &mut slice parameter to several calls and then indexing it.
fn double(s: &mut [i32]) { for x in s.iter_mut() { *x *= 2; } }
fn rotate(s: &mut [i32]) {
    double(s);
    double(&mut s[1..]);
    let first = s[0];
    s[0] = s[s.len() - 1];
    let n = s.len();
    s[n - 1] = first;
}
fn main() {
    let mut a = [1, 2, 3];
    rotate(&mut a);
    println!("{:?}", a);
}
