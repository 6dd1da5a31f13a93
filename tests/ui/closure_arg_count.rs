//@ compile-fail
//@ spec: 15.1
// A closure takes exactly its parameters.
fn main() {
    let sq = |x: i32| x * x;
    println!("{}", sq(2, 3)); //~ ERROR E0057
}
