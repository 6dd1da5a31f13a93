//@ run-pass
//@ spec: 11.9 11.12
// Fieldless enums with explicit discriminants: the tag is the smallest
// integer that holds them all, signed when a discriminant is negative.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum Http { Ok = 200, NotFound = 404, Error = 500 }
enum Byte { Zero = 0, Max = 255 }
enum Signed { Neg = -128, Pos = 127 }
enum Signed2 { Neg = -129, Pos = 0 }
enum Big { A = 65535, B }
enum Huge { A = 4294967295, B }
enum One { Only }
enum OneBig { Only = 1000 }
enum Empty {}

fn main() {
    println!("Http {} {} {}", size_of::<Http>(), align_of::<Http>(), Http::NotFound as i32);
    println!("Byte {} Signed {} Signed2 {}", size_of::<Byte>(), size_of::<Signed>(), size_of::<Signed2>());
    println!("Big {} {}", size_of::<Big>(), Big::B as u32);
    println!("Huge {} {}", size_of::<Huge>(), Huge::B as u64);
    println!("One {} OneBig {} Empty {}", size_of::<One>(), size_of::<OneBig>(), size_of::<Empty>());
    println!("(Http, u8) {} [Byte; 3] {}", size_of::<(Http, u8)>(), size_of::<[Byte; 3]>());
}
