//@ run-pass
//@ spec: 20.11
// Naive checker: rejects storing a reference into an outer variable when the referent outlives it.
fn main() {
    let outer = vec![1, 2, 3];
    let r;
    {
        let idx = 1;
        r = &outer[idx];
    }
    println!("{}", r);
}
