//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Copying the value out instead of holding a reference leaves nothing borrowed.
fn main() {
    let mut v = vec![7, 8];
    let first = v[0];
    let n = v.len();
    v.push(first + n as i32);
    println!("{:?}", v);
}
