//@ run-pass
//@ spec: 6.1
fn main() {
    let a = 1_000_000;
    let b = 0xff;
    let c = 0o777;
    let d = 0b1010_1010;
    let e = 42u8;
    let f = -128i8;
    let g = 18_446_744_073_709_551_615u64;
    let h = 9_223_372_036_854_775_807i64;
    let i = 0xFFFF_FFFFu32;
    let j = 1usize;
    let k = -1isize;
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
    println!("{} {} {} {} {}", g, h, i, j, k);
    println!("{} {}", i64::MIN, u16::MAX);
    println!("{} {} {} {}", i8::MIN, i8::MAX, u32::MAX, i32::MIN);
}
