//@ run-pass
//@ spec: 20.4
// Naive checker: rejects reading through a shared reborrow `&*r` while r exists.
fn sum(v: &Vec<i32>) -> i32 { v.iter().sum() }
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    let s1 = sum(&*r);
    let shared = &*r;
    let s2 = sum(shared) + shared.len() as i32;
    r.push(s1 + s2);
    println!("{:?}", v);
}
