//@ run-pass
//@ check-loans
//@ spec: 20.1
// The loans of a body: a shared and a mutable borrow of a local, two-phase autorefs
// activated at the call that uses them (`v.push(v.len())`: after the shared borrow for
// `len`), `&*b` of a Box (a shared loan of b for its Deref), and a reborrow through a
// shared reference (not a loan: `&*r` is a copy of r's loan, bw2).
fn first(v: &Vec<i32>) -> i32 {
    v[0]
}

fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    let again = &*r;
    println!("{}", first(again));
    let m = &mut v;
    m.push(3);
    v.push(v.len() as i32);
    let b = Box::new(5);
    let inner = &*b;
    println!("{} {}", v.len(), inner);
}
