//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A reference found through an iterator chain borrows the vector to the end of the block.
fn main() {
    let mut v = vec![3, 9, 4];
    let m = v.iter().max().unwrap();
    println!("{}", m);
    v.clear(); //~ ERROR E0502
    println!("{}", v.len());
}
