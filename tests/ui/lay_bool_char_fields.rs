//@ run-pass
//@ spec: 11.5
// Structs mixing bool and char fields with integers: char is 4 bytes aligned
// to 4, bool one byte; rustc packs the small fields together.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

struct Glyph { c: char, bold: bool, italic: bool }
struct Flags { a: bool, b: bool, c: bool, d: bool, e: bool }
struct Cell { ch: char, fg: u8, bg: u8, dirty: bool, width: u16 }
#[repr(C)]
struct CCell { dirty: bool, ch: char, fg: u8, width: u16 }
struct Word { letters: [char; 3], upper: bool }
struct Mixed { a: bool, b: u64, c: char, d: bool }
#[repr(C)]
struct CMixed { a: bool, b: u64, c: char, d: bool }
struct T(bool, char, bool);

fn main() {
    println!("Glyph {} {}", size_of::<Glyph>(), align_of::<Glyph>());
    println!("Flags {} {}", size_of::<Flags>(), align_of::<Flags>());
    println!("Cell {} {}", size_of::<Cell>(), align_of::<Cell>());
    println!("CCell {} {}", size_of::<CCell>(), align_of::<CCell>());
    println!("Word {} {}", size_of::<Word>(), align_of::<Word>());
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("CMixed {} {}", size_of::<CMixed>(), align_of::<CMixed>());
    println!("T {} {}", size_of::<T>(), align_of::<T>());
    println!("(bool, char) {} (char, bool, char) {}", size_of::<(bool, char)>(), size_of::<(char, bool, char)>());
}
