//@ run-pass
//@ spec: 20.5
// A &mut parameter is reborrowed into a local, used, and then used directly again.
// Lexical checker rejects: `inner` reborrows *v for the rest of the function.
fn fill(v: &mut Vec<u8>) {
    let inner = &mut *v;
    inner.push(1);
    inner.push(2);
    v.push(3);
    println!("{:?}", v);
}
fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    fill(&mut v);
}
