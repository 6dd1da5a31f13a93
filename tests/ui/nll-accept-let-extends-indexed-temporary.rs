//@ run-pass
//@ spec: 12.6, 20.11
// Naive checker: drops the Vec temporary of `let x = &make()[0]` at the end of the statement
// (a `let` extends the temporary under `&` and an index).
fn make(n: i32) -> Vec<i32> { (1..=n).collect() }
fn main() {
    let x = &make(3)[1];
    let y = &make(4)[..2];
    println!("{} {:?}", x, y);
}
