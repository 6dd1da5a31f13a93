//@ compile-fail
//@ spec: 6.1
//@ stderr-contains: value exceeds limit of `0xffffffffffffffffffffffffffffffff`
fn main() {
    let a = 340282366920938463463374607431768211456u128; //~ ERROR integer literal is too large
    let b: i128 = 0x1_0000_0000_0000_0000_0000_0000_0000_0000; //~ ERROR integer literal is too large
    println!("{} {}", a, b);
}
