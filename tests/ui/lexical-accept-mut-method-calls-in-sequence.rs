//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Each autoref `&mut v` is a temporary of its own statement.
fn main() {
    let mut v = Vec::new();
    v.push(1);
    v.push(2);
    v.insert(0, 0);
    let last = v.pop();
    v.push(9);
    println!("{:?} {:?}", v, last);
}
