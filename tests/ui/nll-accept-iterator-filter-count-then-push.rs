//@ run-pass
//@ spec: 20.3
// An iterator chain borrowing v is fully consumed into a count before the push.
// Lexical checker rejects: the temporary borrow in the let statement is tied to the block.
fn main() {
    let mut v = vec![3, 8, 1, 12, 5];
    let big = v.iter().filter(|x| **x > 4);
    let n = big.count();
    v.push(n as i32);
    println!("{:?}", v);
}
