//@ compile-fail
//@ spec: 21.7
// E0503: `n` is read while a mutable loan of it is live.
fn main() {
    let mut n = 1;
    let m = &mut n;
    let copy = n + 1; //~ ERROR E0503
    *m += copy;
    println!("{}", n);
}
