//@ compile-fail
//@ spec: 15.2
// Calling an FnMut closure borrows it mutably: its binding must be `mut`.
fn main() {
    let mut total = 0;
    let add = |x: i32| total += x;
    add(5); //~ ERROR E0596
    println!("{}", total);
}
