//@ run-fail
//@ exit-code: 139
//@ spec: 8.4
// An invalid memory access that is not a stack overflow kills the program with SIGSEGV,
// as under rustc (no "overflowed its stack" message); complete lines reach stdout.
fn main() {
    println!("before");
    print!("unfinished line");
    let p = 0x7fff_0000_0000usize as *mut u64;
    unsafe {
        *p = 1;
    }
    println!("after");
}
