//@ run-pass
//@ spec: 6.4
fn main() {
    let a = 300i32;
    println!("{}", a as u8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i8 as u64);
    println!("{}", 255u8 as i8);
    println!("{}", 65u8 as char);
    println!("{}", 'A' as u32);
    println!("{}", 'é' as u8);
    println!("{}", true as i32);
    println!("{}", false as u8);
    println!("{}", 3_000_000_000u32 as i32);
    println!("{}", i64::MAX as i16);
    println!("{}", -5i64 as usize);
    println!("{}", 'z' as i64 - 'a' as i64);
    let x: u16 = 65535;
    println!("{}", x as i16 as i32);
}
