//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `w` (an iterator borrowing `v`) is in scope at `v.push`.
fn main() {
    let mut v = vec![1, 3, 2, 5, 7];
    let w = v.windows(2);
    let rising = w.filter(|p| p[0] < p[1]).count();
    v.push(rising as i32);
    println!("{:?}", v);
}
