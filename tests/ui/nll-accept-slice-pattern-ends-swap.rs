//@ run-pass
//@ spec: 20.2
// A slice pattern binds &mut first and last elements and swaps them.
// Lexical checker rejects: both bindings borrow the slice for the whole if-let body.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    if let [a, .., b] = v.as_mut_slice() {
        std::mem::swap(a, b);
    }
    v.push(9);
    println!("{:?}", v);
}
