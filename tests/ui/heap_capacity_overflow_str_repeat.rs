//@ run-fail
//@ spec: 17.13
// The length of a repeated str overflowing usize is a "capacity overflow" panic.
fn main() {
    println!("before");
    let s = "ab".repeat(usize::MAX / 2 + 1);
    println!("{}", s.len());
}
