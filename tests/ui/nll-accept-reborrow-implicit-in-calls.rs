//@ run-pass
//@ spec: 20.4
// Naive checker: moves the &mut into the first call, or sees the reborrows as overlapping.
fn push_twice(v: &mut Vec<i32>, x: i32) {
    v.push(x);
    v.push(x + 1);
}
fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    push_twice(r, 1);
    push_twice(r, 10);
    r.push(100);
    println!("{:?}", v);
}
