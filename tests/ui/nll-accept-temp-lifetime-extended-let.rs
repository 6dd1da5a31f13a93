//@ run-pass
//@ spec: 20.11
// Naive checker: drops the temporary of `let r = &make()` at the end of the statement.
fn make(n: i32) -> Vec<i32> { (0..n).collect() }
struct P { v: Vec<i32> }
fn main() {
    let r = &make(3);
    let p = &P { v: make(2) };
    let s = &String::from("tmp");
    println!("{:?} {:?} {}", r, p.v, s);
}
