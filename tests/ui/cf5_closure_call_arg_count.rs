//@ compile-fail
//@ spec: 15.1
// Closures are called with too few and too many arguments.
fn main() {
    let area = |w: i32, h: i32| w * h;
    let greet = || 42;
    println!("{}", area(3)); //~ ERROR E0057
    println!("{}", greet(1)); //~ ERROR E0057
    println!("{}", area(3, 4));
}
