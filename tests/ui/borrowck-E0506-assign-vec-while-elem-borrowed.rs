//@ compile-fail
//@ spec: 20.8
// Replacing a vector while a reference to one of its elements is used.
fn main() {
    let mut v = vec![1, 2];
    let e = &v[1];
    v = Vec::new(); //~ ERROR E0506
    println!("{} {:?}", e, v);
}
