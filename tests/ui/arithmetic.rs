//@ run-pass
//@ spec: 6.2
fn main() {
    let a = 17;
    let b = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -17 / 5, -17 % 5);
    println!("{} {}", 17 / -5, 17 % -5);
    let c: u32 = 100;
    println!("{}", c / 7 * 7 + c % 7);
    println!("{}", 2 + 3 * 4 - 10 / 2);
    println!("{}", (2 + 3) * (4 - 1));
    println!("{}", -(-5));
    let big: i64 = 1 << 40;
    println!("{}", big);
}
