//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `cur` (an `Option<&mut i32>` into `v`) is in scope at `v.push`.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut cur = v.first_mut();
    if let Some(x) = cur.take() {
        *x = 7;
    }
    println!("{}", cur.is_none());
    v.push(4);
    println!("{:?}", v);
}
