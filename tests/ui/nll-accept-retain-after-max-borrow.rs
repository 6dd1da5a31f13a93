//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `biggest` borrows `v` to the end of main, so `v.retain` conflicts.
fn main() {
    let mut v = vec![3, 10, 6, 1, 8];
    let biggest = v.iter().max().unwrap();
    let limit = *biggest / 2;
    v.retain(|x| *x >= limit);
    println!("{:?}", v);
}
