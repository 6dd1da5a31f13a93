//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `r0` borrows all of `m` in scope at the write to `m[1][0]`.
fn main() {
    let mut m = vec![vec![1, 2], vec![3, 4]];
    let r0 = &m[0];
    let s = r0[0] + r0[1];
    m[1][0] = s;
    println!("{:?}", m);
}
