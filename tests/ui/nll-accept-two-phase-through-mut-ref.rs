//@ run-pass
//@ spec: 20.6
// Naive checker: rejects r.push(r.len()) through a &mut Vec (the implicit reborrow is two-phase
// too).
fn fill(r: &mut Vec<usize>, n: usize) {
    for _ in 0..n {
        r.push(r.len() * r.len());
    }
}
fn main() {
    let mut v = Vec::new();
    fill(&mut v, 5);
    println!("{:?}", v);
}
