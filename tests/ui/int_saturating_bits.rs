//@ spec: 6.12
// Saturating arithmetic clamps at the type bounds; bit methods see the two's-complement bits.
fn main() {
    let a: u8 = 250;
    println!("{} {} {}", a.saturating_add(10), a.saturating_sub(251), a.saturating_mul(2));
    let b: i32 = i32::MAX - 3;
    println!("{} {} {}", b.saturating_add(10), (-b).saturating_sub(100), b.saturating_mul(-2));
    let c: i16 = -300;
    println!("{} {} {}", c.saturating_mul(300), c.saturating_mul(-300), c.saturating_mul(3));
    let x: u32 = 0b1011;
    println!("{} {} {} {}", x.count_zeros(), x.rotate_left(30), x.rotate_right(1), x.swap_bytes());
    let y: u8 = 0b0000_0110;
    println!("{} {} {} {}", y.reverse_bits(), y.swap_bytes(), y.wrapping_neg(), (-5i64).wrapping_neg());
    println!("{}", i8::MIN.wrapping_neg());
}
