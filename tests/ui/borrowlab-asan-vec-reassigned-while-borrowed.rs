//@ compile-fail
//@ spec: 21.4, 21.4b
// Assigning a new Vec to `v` drops the old one while `r` still points into it (E0506).
// Under `--borrowck=off -Z sanitizer=address` the old buffer is freed by the assignment
// and the read through `r` is a heap-use-after-free.
fn main() {
    let mut v = vec![7u64, 8, 9];
    let r = &v[2];
    v = vec![1]; //~ ERROR E0506
    let x = *r; // asan: heap-use-after-free
    println!("{} {}", x, v.len());
}
