//@ run-pass
//@ spec: 20.3
// Naive checker: rejects popping after writing through v.last_mut() in the same iteration.
fn main() {
    let mut v = vec![3, 8, 1];
    let mut done = Vec::new();
    while let Some(top) = v.last_mut() {
        *top *= 2;
        let val = *top;
        v.pop();
        done.push(val);
    }
    println!("{:?} {:?}", v, done);
}
