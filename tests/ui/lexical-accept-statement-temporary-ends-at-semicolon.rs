//@ run-pass
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A temporary that is not extended dies at the end of its statement: the iterator's loan
// of `v` is over before the push.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let evens = v.iter().filter(|x| **x % 2 == 0).count();
    v.push(evens as i32);
    let total: i32 = v.iter().sum();
    println!("{:?} {}", v, total);
}
