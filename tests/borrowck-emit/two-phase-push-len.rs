//@ spec: 21.7
// A two-phase borrow: `v` is only reserved while `v.len()` reads it, then activated.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len());
    println!("{:?}", v);
}
