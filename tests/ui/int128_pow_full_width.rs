//@ run-pass
//@ spec: 6.1a
// pow computes at 128 bits: 2^127 fits u128, and -2^127 is exactly i128::MIN.
fn exponent() -> u32 {
    126 + std::env::args().count() as u32
}

fn main() {
    println!("{}", 2u128.pow(exponent()));
    println!("{}", (-2i128).pow(exponent()) == i128::MIN);
    println!("{}", 3u128.pow(80));
    println!("{}", (-7i128).pow(45));
    println!("{}", 10u128.pow(38).wrapping_mul(4));
}
