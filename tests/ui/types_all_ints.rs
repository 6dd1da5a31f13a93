//@ run-pass
//@ spec: 6.1
fn add8(a: i8, b: i8) -> i8 { a + b }
fn add16(a: i16, b: i16) -> i16 { a + b }
fn add32(a: i32, b: i32) -> i32 { a + b }
fn add64(a: i64, b: i64) -> i64 { a + b }
fn addu8(a: u8, b: u8) -> u8 { a + b }
fn addu16(a: u16, b: u16) -> u16 { a + b }
fn addu32(a: u32, b: u32) -> u32 { a + b }
fn addu64(a: u64, b: u64) -> u64 { a + b }
fn addsz(a: isize, b: isize) -> isize { a + b }
fn addusz(a: usize, b: usize) -> usize { a + b }

fn main() {
    println!("{} {} {} {}", add8(100, 27), add16(-30000, -2768), add32(i32::MAX - 1, 1), add64(i64::MIN, 1));
    println!("{} {} {} {}", addu8(200, 55), addu16(65000, 535), addu32(4_000_000_000, 294_967_295), addu64(1, u64::MAX - 1));
    println!("{} {}", addsz(-5, 3), addusz(7, 8));
}
