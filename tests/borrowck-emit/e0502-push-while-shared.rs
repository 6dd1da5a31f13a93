//@ compile-fail
//@ spec: 21.7
// E0502: the shared loan of `v` is still live (used on line 8) when `v.push` borrows it mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];

    v.push(4); //~ ERROR E0502
    println!("{}", first);
}
