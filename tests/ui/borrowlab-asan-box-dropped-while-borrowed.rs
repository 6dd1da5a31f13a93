//@ compile-fail
//@ spec: 21.4, 21.4b
// A reference into a Box outlives the Box: `drop(b)` moves it out while `r` borrows it
// (E0505). Under `--borrowck=off -Z sanitizer=address` the Box's memory is freed by the
// drop and the read through `r` is a heap-use-after-free.
fn main() {
    let b = Box::new(41);
    let r = &*b;
    drop(b); //~ ERROR E0505
    let n = *r + 1; // asan: heap-use-after-free
    println!("{}", n);
}
