//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 14.22
// A primitive's built-in method as a fn value is one clean "not supported" error, with no
// follow-on E0599 for the adaptor built from it.
fn main() {
    let v = vec![1, -2];
    let s = v.iter().copied().map(i32::abs).collect::<Vec<i32>>(); //~ ERROR using a builtin function as a value is not supported
    println!("{:?}", s);
}
