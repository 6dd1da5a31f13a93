//@ run-pass
//@ spec: 6.5
fn main() {
    let mut x = 10;
    x += 5;
    x -= 3;
    x *= 4;
    x /= 6;
    x %= 5;
    println!("{}", x);
    let mut y = 0xF0u8;
    y &= 0x3C;
    y |= 0x01;
    y ^= 0xFF;
    y <<= 1;
    y >>= 2;
    println!("{}", y);
    let mut b = true;
    b &= false;
    b |= true;
    println!("{}", b);
}
