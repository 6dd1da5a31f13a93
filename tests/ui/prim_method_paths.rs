//@ spec: 6.12
// Numeric methods called through their type's path, the receiver first.
fn main() {
    println!("{}", f64::max(1.0, 2.5));
    println!("{}", i32::abs(-7));
    let x: i64 = -3;
    println!("{} {}", i64::pow(x, 3), u32::pow(2, 10));
    println!("{}", f64::sqrt(16.0));
    println!("{}", i32::min(4, 9));
    let v = [3.5f64, 1.25, 9.0];
}
