//@ compile-fail
//@ spec: 6.12
// A numeric type's path names only its methods, and each still takes its receiver.
fn main() {
    let root = f64::square_root(2.0); //~ ERROR E0599
    let n = i32::abs(); //~ ERROR E0061
    println!("{} {}", root, n);
}
