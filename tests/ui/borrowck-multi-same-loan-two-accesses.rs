//@ compile-fail
//@ spec: 20.18
// One loan, two different conflicting accesses while it is live: two errors.
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    v.push(3); //~ ERROR E0502
    v.clear(); //~ ERROR E0502
    println!("{:?}", r);
}
