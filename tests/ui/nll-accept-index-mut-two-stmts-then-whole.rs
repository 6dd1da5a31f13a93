//@ run-pass
//@ spec: 20.5
// Two &mut element borrows taken in sequence are each dead before the next and the push.
// Lexical checker rejects: `left` and `right` both borrow v until the end of main.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let left = &mut v[0];
    *left *= 10;
    let right = &mut v[5];
    *right += 1;
    v.push(0);
    println!("{:?}", v);
}
