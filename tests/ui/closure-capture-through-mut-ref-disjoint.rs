//@ run-pass
//@ spec: 20.13
// Through a `&mut` variable, a closure captures the place `(*r).a` (a reborrow): `r.b`
// may be used while it lives, and `r` need not be `mut`.
struct S {
    a: Vec<i32>,
    b: i32,
}
fn main() {
    let mut s = S { a: vec![1], b: 5 };
    let r = &mut s;
    let mut push = || r.a.push(r.b);
    push();
    push();
    r.b += 1;
    let mut v = vec![1, 2];
    let rv = &mut v;
    let mut add = || rv.push(3);
    add();
    println!("{:?} {} {:?}", s.a, s.b, v);
}
