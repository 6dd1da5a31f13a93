//@ spec: 11.16
// Enums with one present variant are structs; niche filling places small variants beside the niche.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Never {}
#[derive(Debug)]
enum One { Only }
#[derive(Debug)]
enum OneBig { Only = 1000 }
#[derive(Debug)]
enum Wrapper { Val(u32) }
struct S { o: One, x: u8 }
fn check(r: Result<Option<u8>, u8>) -> u32 {
    match r { Ok(Some(v)) => v as u32, Ok(None) => 1000, Err(e) => 2000 + e as u32 }
}
fn main() {
    use std::mem::size_of;
    println!("{} {} {} {}", size_of::<One>(), size_of::<OneBig>(), size_of::<S>(), size_of::<Wrapper>());
    println!("{} {:?} {:?} {:?}", OneBig::Only as i32, One::Only, OneBig::Only, Wrapper::Val(7));
    let w = Wrapper::Val(9);
    match w { Wrapper::Val(n) => println!("{}", n) }
    let xs: [Result<Option<u8>, u8>; 4] = [Ok(Some(7)), Ok(None), Err(3), Ok(Some(255))];
    for x in xs.iter() { println!("{:?} {}", x, check(*x)); }
    println!("{} {}", size_of::<Result<Option<u8>, u8>>(), size_of::<Option<Never>>());
    let r: Result<u32, Never> = Ok(5);
    match r { Ok(v) => println!("{}", v), Err(_) => println!("never") }
    let big: Result<(u8, Option<bool>), u8> = Err(4);
    println!("{:?} {}", big, size_of::<Result<(u8, Option<bool>), u8>>());
    let big2: Result<(u8, Option<bool>), u8> = Ok((1, Some(true)));
    println!("{:?}", big2);
}
