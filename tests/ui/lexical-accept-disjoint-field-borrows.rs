//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Loans of disjoint fields never conflict, however long they live.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut p = Pair { a: vec![1], b: vec![2] };
    let ra = &mut p.a;
    let rb = &p.b;
    ra.push(rb[0] * 10);
    p.b.len();
    println!("{:?}", ra);
}
