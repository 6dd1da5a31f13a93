//@ compile-fail
//@ spec: 20.13
// The closure borrows `s.count` mutably: using that same field while it is alive
// conflicts.
struct S {
    count: u32,
    other: u32,
}
fn main() {
    let mut s = S { count: 0, other: 1 };
    let mut inc = || s.count += 1;
    s.count += 1; //~ ERROR E0503
    inc();
    println!("{} {}", s.count, s.other);
}
