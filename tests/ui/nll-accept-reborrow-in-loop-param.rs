//@ run-pass
//@ spec: 20.4
// Naive checker: moves the &mut parameter into the first iteration's call.
fn add_one(v: &mut Vec<u32>) { let n = v.len() as u32; v.push(n); }
fn grow(v: &mut Vec<u32>, times: usize) -> usize {
    for _ in 0..times {
        add_one(v);
    }
    v.len()
}
fn main() {
    let mut v = Vec::new();
    let n = grow(&mut v, 3);
    let m = grow(&mut v, 2);
    println!("{} {} {:?}", n, m, v);
}
