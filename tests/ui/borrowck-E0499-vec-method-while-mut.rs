//@ compile-fail
//@ spec: 20.7
// A `&mut self` method call borrows the vector mutably while an element's `&mut` is live.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    v.push(4); //~ ERROR E0499
    *first += 1;
    println!("{:?}", v);
}
