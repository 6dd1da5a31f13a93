//@ run-pass
//@ spec: 20.3
// Naive checker: rejects v.remove(i) after v[i] was read in the same loop condition.
fn main() {
    let mut v = vec![1, 0, 2, 0, 0, 3];
    let mut i = 0;
    while i < v.len() {
        if v[i] == 0 { v.remove(i); } else { i += 1; }
    }
    while let Some(&x) = v.last() {
        if x > 2 { v.pop(); } else { break; }
    }
    println!("{:?}", v);
}
