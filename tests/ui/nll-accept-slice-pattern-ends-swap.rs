//@ run-pass
//@ spec: 20.2
// A slice pattern binds &mut first and last elements and swaps them.
// Lexical checker rejects: `s` mutably borrows v to the end of main, overlapping v.push.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let s = v.as_mut_slice();
    if let [a, .., b] = s {
        std::mem::swap(a, b);
    }
    v.push(9);
    println!("{:?}", v);
}
