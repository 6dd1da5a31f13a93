//@ compile-fail
//@ spec: 20.8
// `x += 1` writes x: an error while a reference to x is live.
fn main() {
    let mut x = 10;
    let r = &x;
    x += 1; //~ ERROR E0506
    println!("{} {}", r, x);
}
