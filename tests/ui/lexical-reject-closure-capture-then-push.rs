//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A closure that captured `v` by reference keeps the loan while the closure is in scope.
fn main() {
    let mut v = vec![1, 2, 3];
    let count = || v.len();
    println!("{}", count());
    v.push(4); //~ ERROR E0502
    println!("{:?}", v);
}
