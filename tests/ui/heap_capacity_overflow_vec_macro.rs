//@ run-fail
//@ spec: 17.13
// vec![x; n] with n elements of more than isize::MAX bytes: "capacity overflow".
fn main() {
    println!("before");
    let v = vec![7u32; usize::MAX / 2];
    println!("{}", v.len());
}
