//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// What Rust 2015 code wrote instead of `v.push(v.len())`: the argument first.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..3 {
        let n = v.len();
        v.push(n);
    }
    println!("{:?}", v);
}
