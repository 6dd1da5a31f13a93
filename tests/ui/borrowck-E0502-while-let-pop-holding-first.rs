//@ compile-fail
//@ spec: 20.7
// A shared borrow of `v[0]` used in the loop body, while `v.pop()` needs `&mut v`.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    while let Some(x) = v.pop() { //~ ERROR E0502
        println!("{} {}", x, first);
    }
}
