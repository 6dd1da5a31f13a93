//@ compile-fail
//@ spec: 20.10
// Copying a value out while a `&mut` to it is live is a use: E0503.
fn main() {
    let mut x = 1;
    let m = &mut x;
    let y = x + 1; //~ ERROR E0503
    *m += y;
    println!("{}", x);
}
