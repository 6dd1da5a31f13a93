//@ compile-fail
//@ spec: 20.11
// A reference from a method of a temporary Vec (`&make()[0]` would be extended; a method
// call's receiver is not).
fn make() -> Vec<i32> { vec![1, 2] }
fn main() {
    let first = make().first(); //~ ERROR E0716
    println!("{:?}", first);
}
