//@ compile-flags: --borrowck=off
//@ spec: 21.4, 21.4a
//@ asan-clean
//@ nll-rejects: E0506
// A shared reference held across an assignment to what it borrows (E0506 under NLL).
// Under `--borrowck=off` the reference is an address: after the write it reads the new
// value, which is what "shared means frozen" exists to rule out. The output was checked
// against rustc with `&n` replaced by a `*const i32`; ASan has nothing to report.
fn main() {
    let mut n = 5;
    let r = &n;
    let before = *r;
    n = 6;
    println!("{} {}", before, *r);
}
