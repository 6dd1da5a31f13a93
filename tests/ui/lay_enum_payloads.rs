//@ run-pass
//@ spec: 11.12 11.5
// Enums with payloads: a tag plus the largest variant, each variant's fields
// placed after the tag in increasing alignment.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum Shape { Circle(f64), Rect(f64, f64), Dot }
enum Msg { Quit, Move { x: i32, y: i32 }, Write(u8), Color(u8, u8, u8) }
enum Num { Small(u8), Mid(u16), Big(u32), Huge(u64) }
enum Mixed { A(u8, u32), B(u16, u8), C }
enum Tiny { A(u8), B(u8) }
enum Packed { A(u8, u8, u8), B(u16) }
enum Wide { A(u128), B }
enum Unitish { A(()), B }

fn main() {
    println!("Shape {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Msg {} {}", size_of::<Msg>(), align_of::<Msg>());
    println!("Num {} {}", size_of::<Num>(), align_of::<Num>());
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("Tiny {} {}", size_of::<Tiny>(), align_of::<Tiny>());
    println!("Packed {} {}", size_of::<Packed>(), align_of::<Packed>());
    println!("Wide {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Unitish {} {}", size_of::<Unitish>(), align_of::<Unitish>());
}
