//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `evens` (an iterator over `&mut v`) is in scope at `v.push`.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let evens = v.iter_mut().filter(|x| **x % 2 == 0);
    for e in evens {
        *e *= 10;
    }
    v.push(5);
    println!("{:?}", v);
}
