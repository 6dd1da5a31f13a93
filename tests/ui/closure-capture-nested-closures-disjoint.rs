//@ run-pass
//@ spec: 20.13
// A closure inside a closure: the outer one captures what the inner one does (`p.a`),
// so `p.b` is free while both live.
struct P {
    a: Vec<i32>,
    b: Vec<i32>,
}
fn main() {
    let mut p = P { a: vec![], b: vec![] };
    let mut outer = || {
        let mut inner = |x: i32| p.a.push(x);
        inner(1);
        inner(2);
    };
    p.b.push(10);
    outer();
    p.b.push(20);
    println!("{:?} {:?}", p.a, p.b);
}
