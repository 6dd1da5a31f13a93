//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Shared loans of the same place coexist, and reads are fine while they live.
fn main() {
    let v = vec![1, 2, 3];
    let a = &v;
    let b = &v[1];
    let c = v.len();
    println!("{} {} {} {}", a.len(), b, c, v[0]);
}
