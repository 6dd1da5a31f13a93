//@ run-pass
//@ spec: 20.13
// Lexical checker rejects: `get` captures `v` by reference and is in scope at `v.push`.
fn main() {
    let mut v = vec![1, 2, 3];
    let get = |i: usize| v[i];
    let x = get(0) + get(2);
    v.push(x);
    println!("{:?}", v);
}
