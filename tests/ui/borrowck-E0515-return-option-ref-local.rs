//@ compile-fail
//@ spec: 20.12
// Returning an `Option<&T>` pointing into a local Vec.
fn find(target: i32) -> Option<&'static i32> {
    let v = vec![1, 2, 3];
    v.iter().find(|x| **x == target) //~ ERROR E0515
}
fn main() {
    println!("{:?}", find(2));
}
