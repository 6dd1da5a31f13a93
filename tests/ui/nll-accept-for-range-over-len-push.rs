//@ run-pass
//@ spec: 20.3
// Naive checker: thinks the loop range `0..v.len()` keeps v borrowed during the loop.
fn main() {
    let mut v = vec![1, 2];
    for i in 0..v.len() {
        let x = v[i];
        v.push(x * 10);
    }
    println!("{:?}", v);
}
