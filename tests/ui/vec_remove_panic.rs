//@ run-fail
//@ spec: 17.6
// Removing past the end panics with rustc's message, at the caller's line.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    println!("{:?}", v);
    let x = v.remove(7);
    println!("unreachable {}", x);
}
