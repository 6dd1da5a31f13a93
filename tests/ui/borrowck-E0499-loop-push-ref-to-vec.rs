//@ compile-fail
//@ spec: 20.16
// A `&mut` taken in each iteration and stored in a vector outlives the iteration.
fn main() {
    let mut n = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..3 {
        refs.push(&mut n); //~ ERROR E0499
    }
    println!("{}", refs.len());
}
