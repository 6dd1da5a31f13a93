//@ run-pass
//@ spec: 20.3
// A reference chosen from either of two Vecs is used, then both Vecs are pushed.
// Lexical checker rejects: `pick` keeps both a and b borrowed until the end of main.
fn main() {
    let mut a = vec![1, 2];
    let mut b = vec![10, 20, 30];
    let pick = if a.len() > b.len() { &a } else { &b };
    println!("longer {:?}", pick);
    a.push(3);
    b.push(40);
    println!("{:?} {:?}", a, b);
}
