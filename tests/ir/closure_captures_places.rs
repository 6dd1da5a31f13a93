//@ run-pass
//@ check-ir
//@ spec: 20.13
// The environments of closures with precise captures: `&mut (*r).a` through a `&mut`
// variable (a reborrow, not a unique borrow of `r`), `&s.a` and `&mut s.b` of one
// struct's two fields (in field order), a `move` of the field `s.c`; inside the bodies,
// the captured places reached through the environment.
struct S {
    a: Vec<i32>,
    b: u32,
    c: String,
}
fn main() {
    let mut s = S { a: vec![1], b: 2, c: String::from("c") };
    let r = &mut s;
    let mut push = || r.a.push(7);
    push();
    let mut both = || {
        s.b += s.a.len() as u32;
    };
    both();
    let take = move || s.c.len();
    println!("{} {}", take(), s.b);
}
