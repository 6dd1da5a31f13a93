//@ run-pass
//@ compile-flags: -O
//@ spec: 6.8
fn id(x: i32) -> i32 { x }

fn main() {
    let a: u8 = id(255) as u8;
    let one: u8 = 1;
    println!("{}", a + one);
    let b = i32::MAX;
    println!("{}", b + id(1));
    let c = id(0) as i64 + i64::MIN;
    println!("{}", c - 1);
    let d: u32 = id(0) as u32;
    println!("{}", d - 1);
    let e = id(i32::MIN);
    println!("{}", -e);
    println!("{}", id(65536) * id(65536));
    let s = id(33);
    println!("{}", 1i32 << s);
    println!("{}", 256i32 >> id(40));
}
