//@ run-pass
//@ spec: 20.3
// Naive checker: keeps v borrowed after the &mut moved into b was last used.
fn main() {
    let mut v = vec![1];
    let a = &mut v;
    let b = a;
    b.push(2);
    v.push(3);
    println!("{:?}", v);
}
