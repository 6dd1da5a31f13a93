//@ compile-fail
//@ spec: 21.4, 21.4c
// A function returning a reference to its own local (E0515). Under
// `--borrowck=off -Z sanitizer=address` the frame is gone when the caller reads: ASan's
// runtime keeps frames on a fake stack and poisons them on return
// (detect_stack_use_after_return, on by default with LLVM 19), so the read is a
// stack-use-after-return.
fn dangle<'a>() -> &'a i32 {
    let x = 7;
    &x //~ ERROR E0515
}

fn main() {
    let r = dangle();
    let y = *r; // asan: stack-use-after-return
    println!("{}", y);
}
