//@ run-pass
//@ spec: 20.16
// Each iteration borrows v to sum it, the borrow dies, then the loop pushes.
// Lexical checker rejects: the iterator borrow in the inner for is scoped to the loop body.
fn main() {
    let mut v = vec![1];
    for _ in 0..4 {
        let mut total = 0;
        for x in &v {
            total += *x;
        }
        v.push(total);
    }
    println!("{:?}", v);
}
