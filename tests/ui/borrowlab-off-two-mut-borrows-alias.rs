//@ compile-flags: --borrowck=off
//@ spec: 21.4, 21.4a
//@ asan-clean
//@ nll-rejects: E0499
// Two `&mut` to one local, used in turn: NLL rejects the second borrow (E0499). Under
// `--borrowck=off` the program compiles and both references are the same address, so the
// writes add up. The expected output was checked against rustc with the references
// replaced by `*mut i32` raw pointers (the machine-level meaning of the program); ASan
// has nothing to report (tests/asan.sh runs it instrumented).
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x;
    *a += 1;
    *b += 10;
    println!("{}", x);
}
