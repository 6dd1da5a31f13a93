//@ run-pass
//@ spec: 20.4
// Naive checker: rejects using r after passing it to a function that returns a reborrow of it.
fn first(v: &mut Vec<i32>) -> &mut i32 { &mut v[0] }
fn main() {
    let mut v = vec![5, 6];
    let r = &mut v;
    *first(r) += 1;
    let f = first(r);
    *f *= 10;
    r.push(7);
    println!("{:?}", v);
}
