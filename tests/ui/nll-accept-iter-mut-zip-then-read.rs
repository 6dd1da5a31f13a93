//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `pairs` borrows `a` mutably to the end of main, past the read.
fn main() {
    let mut a = vec![1, 2, 3];
    let b = vec![10, 20, 30];
    let pairs = a.iter_mut().zip(b.iter());
    for (x, y) in pairs {
        *x += *y;
    }
    println!("{:?}", a);
}
