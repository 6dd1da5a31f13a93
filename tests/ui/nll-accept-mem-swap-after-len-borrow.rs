//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `la` borrows `a` to the end of main, so `&mut a` conflicts.
fn main() {
    let mut a = vec![1];
    let mut b = vec![2, 3];
    let la = &a;
    let n = la.len();
    std::mem::swap(&mut a, &mut b);
    println!("{} {:?} {:?}", n, a, b);
}
