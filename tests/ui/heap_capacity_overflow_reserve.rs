//@ run-fail
//@ spec: 17.13
// reserve() whose len + additional overflows usize: "capacity overflow".
fn main() {
    println!("before");
    let mut v = vec![1u8, 2, 3];
    v.reserve(usize::MAX - 1);
    println!("{}", v.capacity());
}
