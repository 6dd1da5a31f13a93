//@ run-pass
//@ spec: 20.16
// Each iteration borrows v to sum it, the borrow dies, then the loop pushes.
// Lexical checker rejects: `view` borrows v for the whole loop body, overlapping v.push.
fn main() {
    let mut v = vec![1];
    for _ in 0..4 {
        let view = &v;
        let mut total = 0;
        for x in view {
            total += *x;
        }
        v.push(total);
    }
    println!("{:?}", v);
}
