//@ run-fail
//@ spec: 17.13
// String::with_capacity over isize::MAX bytes: "capacity overflow".
fn main() {
    println!("before");
    let s = String::with_capacity(isize::MAX as usize + 1);
    println!("{}", s.capacity());
}
