//@ run-pass
//@ spec: 6.1
fn main() {
    println!("{} {}", u8::MIN, u8::MAX);
    println!("{} {}", i16::MIN, i16::MAX);
    println!("{} {}", u64::MIN, u64::MAX);
    println!("{} {}", isize::MIN, usize::MAX);
    println!("{:x} {:b}", u64::MAX, i8::MIN);
    let m = i32::MAX;
    println!("{}", m / 2 + m / 2 + 1);
}
