//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A borrow passed to a call that returns no reference lasts only for the call's statement.
fn total(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn add_one(xs: &mut Vec<i32>) {
    xs.push(1);
}

fn main() {
    let mut v = vec![2, 3];
    let t = total(&v);
    add_one(&mut v);
    add_one(&mut v);
    v.push(t);
    println!("{:?} {}", v, total(&v));
}
