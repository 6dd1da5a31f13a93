//@ compile-fail
//@ spec: 20.9
// Passing by value moves; the borrow is used after the call.
fn consume(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1, 2];
    let first = &v[0];
    let n = consume(v); //~ ERROR E0505
    println!("{} {}", first, n);
}
