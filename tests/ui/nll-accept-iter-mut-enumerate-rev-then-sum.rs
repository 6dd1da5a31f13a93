//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `it` holds `&mut v` in scope while `v.iter()` borrows it again.
fn main() {
    let mut v = vec![5, 6, 7];
    let it = v.iter_mut().rev().enumerate();
    for (i, x) in it {
        *x += i as i32 * 100;
    }
    let s: i32 = v.iter().sum();
    println!("{:?} {}", v, s);
}
