//@ compile-fail
//@ spec: 20.13
// A closure that captures a variable mutably holds that borrow while it can still be called.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let r = &mut count; //~ ERROR E0499
    inc();
    *r += 1;
    println!("{}", count);
}
