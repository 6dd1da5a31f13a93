//@ run-pass
//@ spec: 11.5
// Field reordering: rustc sorts fields to cut padding unless #[repr(C)].
use std::mem::{align_of, size_of};

struct Unoptimized { a: u8, b: u64, c: u8, d: u64 }
#[repr(C)]
struct CLayout { a: u8, b: u64, c: u8, d: u64 }
#[repr(C)]
struct CSorted { b: u64, d: u64, a: u8, c: u8 }
struct Header { kind: u8, len: u16, id: u32, flag: bool }
struct Wide { a: u8, b: u128 }
struct Nested { h: Header, c: char, p: (u8, u16) }
struct Empty;
struct Wrapper(u32);
#[repr(C)]
struct Mixed { a: bool, b: i16, c: u8, d: f64, e: char }
struct Refs<'a> { s: &'a str, n: &'a u8, f: f32 }

fn main() {
    println!("Unoptimized {} align {}", size_of::<Unoptimized>(), align_of::<Unoptimized>());
    println!("CLayout {} CSorted {}", size_of::<CLayout>(), size_of::<CSorted>());
    println!("Header {} {}", size_of::<Header>(), align_of::<Header>());
    println!("Wide {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Nested {} {}", size_of::<Nested>(), align_of::<Nested>());
    println!("Empty {} Wrapper {}", size_of::<Empty>(), size_of::<Wrapper>());
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("Refs {} {}", size_of::<Refs>(), align_of::<Refs>());
    println!("(u8, u32) {} (u8, u16, u8) {} &str {} () {}", size_of::<(u8, u32)>(), size_of::<(u8, u16, u8)>(),
             size_of::<&str>(), size_of::<()>());
    println!("char {} bool {} f32 {} i128 {}", size_of::<char>(), size_of::<bool>(), size_of::<f32>(), align_of::<i128>());
}
