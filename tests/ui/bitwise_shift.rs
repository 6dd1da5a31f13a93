//@ run-pass
//@ spec: 6.2
fn main() {
    let a = 0b1100u8;
    let b = 0b1010u8;
    println!("{} {} {}", a & b, a | b, a ^ b);
    println!("{}", !a);
    println!("{}", !0i32);
    println!("{} {}", 1u32 << 31, 0x8000_0000u32 >> 31);
    println!("{}", -16i32 >> 2);
    println!("{}", 1i64 << 62);
    let s: u8 = 3;
    println!("{}", 1u64 << s);
    println!("{}", true ^ true);
    println!("{}", true & false | true);
}
