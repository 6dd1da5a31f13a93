//@ run-pass
//@ spec: 20.3
// A shared borrow of the largest element ends after its last read, so clear() is allowed.
// Lexical checker rejects: `big` borrows v until the end of main, overlapping v.clear().
fn main() {
    let mut v = vec![4, 9, 2];
    let big = v.iter().max().unwrap();
    println!("max = {}", big);
    v.clear();
    println!("len = {}", v.len());
}
