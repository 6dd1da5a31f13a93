//@ run-pass
//@ spec: 20.15
// Naive checker: rejects a guard that reads another variable mutated in the arm body.
fn main() {
    let mut limit = 3;
    let mut out = Vec::new();
    for x in [1, 5, 2, 8, 3] {
        match x {
            n if n > limit => { limit += 1; out.push(n * 10); }
            n => out.push(n),
        }
    }
    println!("{:?} {}", out, limit);
}
