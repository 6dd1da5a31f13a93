//@ run-pass
//@ check-ir
//@ spec: 9.5
// `v.push(v.len())`: the autoref of the `&mut self` receiver is a two-phase borrow,
// assigned straight to the argument temporary the call moves (used exactly once), so the
// shared borrow of `v.len()` may come between.
fn main() {
    let mut v = vec![10, 20];
    v.push(v.len());
    println!("{:?}", v);
}
