//@ run-pass
//@ spec: 20.6
// v.push(v[v.len() - 1] * 2) indexes v twice inside the argument of a &mut method.
// Lexical checker rejects: the receiver's &mut v is taken before the argument reads v.
fn main() {
    let mut v = vec![1];
    for _ in 0..5 {
        v.push(v[v.len() - 1] * 2);
    }
    println!("{:?}", v);
}
