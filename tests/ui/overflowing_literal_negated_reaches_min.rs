//@ compile-fail
//@ spec: 6.1
fn main() {
    let a: i8 = -128;
    let b = -(128i8);
    let c: i64 = -((9223372036854775808));
    let d: i16 = -32769; //~ ERROR literal out of range
    let e: i8 = 128; //~ ERROR literal out of range
    println!("{} {} {} {} {}", a, b, c, d, e);
}
