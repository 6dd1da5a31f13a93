//@ compile-fail
//@ spec: 21.7
// E0506: `n` is assigned while a loan of it is live.
fn main() {
    let mut n = 1;
    let r = &n;
    n = 2; //~ ERROR E0506
    println!("{} {}", r, n);
}
