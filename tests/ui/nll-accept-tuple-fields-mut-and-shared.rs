//@ run-pass
//@ spec: 20.2
// A &mut to tuple field .0 coexists with a shared borrow of field .1.
// Lexical checker rejects: both borrows are seen as borrows of the whole tuple.
fn main() {
    let mut t = (vec![1, 2], String::from("tag"));
    let a = &mut t.0;
    let b = &t.1;
    a.push(b.len() as i32);
    println!("{:?} {}", a, b);
    t.1.push('s');
    println!("{:?}", t);
}
