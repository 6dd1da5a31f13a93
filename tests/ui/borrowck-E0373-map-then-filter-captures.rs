//@ compile-fail
//@ spec: 20.13
// In a returned iterator chain the `map` closure is `move` but the `filter` closure
// borrows the parameter.
fn scaled_above(v: &[i32], k: i32) -> impl Iterator<Item = i32> + '_ {
    v.iter().map(move |x| x * k).filter(|y| *y > k) //~ ERROR E0373
}
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", scaled_above(&v, 2).collect::<Vec<i32>>());
}
