//@ run-pass
//@ spec: 20.5
// A reference into a Box's contents is dead before the Box is overwritten.
// Lexical checker rejects: `r` borrows *b for the rest of the block.
fn main() {
    let mut b = Box::new([1, 2, 3]);
    let r = &b[1];
    println!("r = {}", r);
    b = Box::new([7, 8, 9]);
    println!("{:?}", b);
}
