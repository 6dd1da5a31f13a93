//@ run-pass
//@ spec: 20.6
// Naive checker: rejects v.push(v.len()): the &mut autoref of v is taken before v.len() reads v.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    v.insert(0, v.len() * 10);
    println!("{:?}", v);
}
