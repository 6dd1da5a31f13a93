//@ run-pass
//@ spec: 6.12
// wrapping_div/rem/shl/shr/abs/pow and checked_pow on every width, and pow past 64 bits.
fn main() {
    println!("{} {}", i32::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1));
    println!("{} {}", i8::MIN.wrapping_div(-1), i64::MIN.wrapping_rem(-1));
    println!("{} {}", i128::MIN.wrapping_div(-1) == i128::MIN, i128::MIN.wrapping_rem(-1));
    println!("{} {}", (-7_i16).wrapping_div(2), (-7_i16).wrapping_rem(2));
    println!("{} {}", 200_u8.wrapping_div(7), 200_u8.wrapping_rem(7));
    println!("{} {} {}", 1_u32.wrapping_shl(35), (-64_i64).wrapping_shr(66), 0x80_u8.wrapping_shr(9));
    println!("{} {}", 1_u128.wrapping_shl(200), (-1_i128).wrapping_shr(127));
    println!("{} {} {}", i8::MIN.wrapping_abs(), (-5_i8).wrapping_abs(), isize::MIN.wrapping_abs());
    println!("{} {} {}", 3_u8.wrapping_pow(9), (-1_i64).wrapping_pow(u32::MAX), 7_i16.wrapping_pow(11));
    println!("{:?} {:?}", 2_u128.checked_pow(127), 2_u128.checked_pow(128));
    println!("{:?} {:?} {:?}", (-2_i8).checked_pow(7), 2_i8.checked_pow(7), 0_u64.checked_pow(0));
    println!("{:?} {:?}", 10_u64.checked_pow(19), 10_u64.checked_pow(20));
    println!("{} {}", 10_u128.pow(30), (-3_i128).pow(77));
    println!("{} {}", 5_u64.pow(27), (-2_i32).pow(31));
    let d = 7_u32;
    let shift = d + 30;
    println!("{} {}", 0xdead_u16.wrapping_shl(shift), (-9_i32).wrapping_div(d as i32));
}
