//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the slice borrow  alive over the call to clear().
fn main() {
    let mut v = vec![3, 1, 2];
    let head = &v[..2];
    let s: i32 = head.iter().sum();
    v.clear();
    v.push(s);
    println!("sum of head = {}, v = {:?}", s, v);
}
