//@ compile-fail
//@ spec: 20.9
// A slice of a Vec is live when the Vec is moved into a function.
fn total(v: Vec<i32>) -> i32 { v.iter().sum() }
fn main() {
    let v = vec![1, 2, 3];
    let tail = &v[1..];
    let t = total(v); //~ ERROR E0505
    println!("{:?} {}", tail, t);
}
