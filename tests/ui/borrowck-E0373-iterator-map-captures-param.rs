//@ compile-fail
//@ spec: 20.13
// A returned iterator's closure borrows a by-value parameter.
fn scaled(v: &[i32], k: i32) -> impl Iterator<Item = i32> + '_ {
    v.iter().map(|x| x * k) //~ ERROR E0373
}
fn main() {
    let v = vec![1, 2];
    println!("{:?}", scaled(&v, 3).collect::<Vec<i32>>());
}
