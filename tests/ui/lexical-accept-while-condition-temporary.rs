//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The temporaries of a `while` condition die before the body runs.
fn main() {
    let mut v = vec![3, 8, 1, 9];
    while v.iter().any(|x| *x > 5) {
        v.pop();
    }
    println!("{:?}", v);
}
