//@ run-fail
//@ exit-code: 134
//@ spec: 17.13
// An allocation that fits isize::MAX but not in memory prints rustc's "memory allocation of
// N bytes failed" and aborts (SIGABRT, status 134); the lines printed before stay.
fn main() {
    println!("before");
    let s = "ab".repeat(usize::MAX / 4);
    println!("{}", s.len());
}
