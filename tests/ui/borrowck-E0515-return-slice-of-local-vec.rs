//@ compile-fail
//@ spec: 20.12
// Returning a slice of a Vec created in the function.
fn evens(n: i32) -> &'static [i32] {
    let v: Vec<i32> = (0..n).filter(|x| x % 2 == 0).collect();
    &v[..] //~ ERROR E0515
}
fn main() {
    println!("{:?}", evens(6));
}
