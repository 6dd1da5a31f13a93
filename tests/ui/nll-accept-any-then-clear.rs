//@ run-pass
//@ spec: 20.3
// Naive checker: keeps the borrow taken by the condition's closure alive into the if body.
fn main() {
    let mut v = vec![1, 5, 2];
    if v.iter().any(|x| *x > 4) {
        v.clear();
    }
    v.push(7);
    let big = v.iter().filter(|x| **x > 4).count();
    if big > 0 { v.push(big as i32); }
    println!("{:?}", v);
}
