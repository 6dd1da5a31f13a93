//@ run-pass
//@ spec: 20.2
// A &mut to tuple field .0 coexists with a shared borrow of field .1.
// Lexical checker rejects: `b` borrows t.1 to the end of main, overlapping t.1.push.
fn main() {
    let mut t = (vec![1, 2], String::from("tag"));
    let a = &mut t.0;
    let b = &t.1;
    a.push(b.len() as i32);
    println!("{:?} {}", a, b);
    t.1.push('s');
    println!("{:?}", t);
}
