//@ run-pass
//@ spec: 20.7
// Lexical checker rejects: `n` is a copy, but `whole` (a borrow of `a`) is in scope at `&mut a[0]`.
fn main() {
    let mut a = [10, 20, 30];
    let whole = &a;
    let n = whole.len();
    let y = &mut a[0];
    *y += n as i32;
    let m = a.len();
    a[m - 1] += 1;
    println!("{:?}", a);
}
