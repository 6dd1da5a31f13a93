//@ compile-fail
//@ spec: 6.1
fn main() {
    let fits: u128 = 340282366920938463463374607431768211455;
    let min: i128 = -170141183460469231731687303715884105728;
    let over: i128 = 170141183460469231731687303715884105728; //~ ERROR literal out of range
    let wide: u64 = 18446744073709551616; //~ ERROR literal out of range
    let byte = 0x100u8; //~ ERROR literal out of range
    println!("{} {} {} {} {}", fits, min, over, wide, byte);
}
