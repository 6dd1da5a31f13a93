//@ compile-fail
//@ spec: 20.13
// A returned closure borrows a Vec parameter instead of taking it.
fn lookup(v: Vec<i32>) -> impl Fn(usize) -> i32 {
    |i| v[i] //~ ERROR E0373
}
fn main() {
    println!("{}", lookup(vec![4, 5])(1));
}
