//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The scrutinee `v.last()` lives for the whole match, though the arm copied the value out.
fn main() {
    let mut v = vec![1, 2];
    match v.last() {
        Some(&x) => v.push(x * 10), //~ ERROR E0502
        None => {}
    }
    println!("{:?}", v);
}
