//@ compile-fail
//@ spec: 20.13
// A returned FnMut closure borrows the local counter mutably.
fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    || { c += 1; c } //~ ERROR E0373
}
fn main() {
    let mut next = counter();
    println!("{}", next());
}
