//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// NLL RFC problem case #2: the scrutinee's `&mut` borrow lasted the whole `match`, so the
// `None` arm could not push (Rust 2015 reported it in that arm).
fn bump_or_add(v: &mut Vec<i32>, key: i32) {
    match v.iter_mut().find(|x| **x == key) {
        Some(x) => *x += 100,
        None => v.push(key), //~ ERROR E0499
    }
}

fn main() {
    let mut v = vec![1, 2];
    bump_or_add(&mut v, 2);
    bump_or_add(&mut v, 7);
    println!("{:?}", v);
}
