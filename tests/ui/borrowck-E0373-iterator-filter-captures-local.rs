//@ compile-fail
//@ spec: 20.13
// A returned iterator's filter closure borrows a local of the function.
fn above(v: &[i32], base: i32) -> impl Iterator<Item = &i32> + '_ {
    let min = base * 2;
    v.iter().filter(|x| **x > min) //~ ERROR E0373
}
fn main() {
    let v = vec![1, 5, 9];
    println!("{:?}", above(&v, 2).collect::<Vec<&i32>>());
}
