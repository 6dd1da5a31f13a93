//@ run-fail
//@ spec: 17.13
// A buffer over isize::MAX bytes is rustc's "capacity overflow" panic, not an arithmetic one.
fn main() {
    println!("before");
    let v: Vec<u64> = Vec::with_capacity(usize::MAX / 4);
    println!("{}", v.capacity());
}
