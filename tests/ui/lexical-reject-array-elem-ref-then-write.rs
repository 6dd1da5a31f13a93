//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A reference to one element keeps the array (indexes overlap) until its scope ends.
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[0];
    let k = *r;
    a[1] = k; //~ ERROR E0506
    println!("{:?}", a);
}
