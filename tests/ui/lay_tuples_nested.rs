//@ run-pass
//@ spec: 11.5 6.6
// Tuples are laid out like structs (fields reordered); a tuple nested inside
// another keeps its own layout and padding.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

fn main() {
    println!("(u8, u64, u8) {} {}", size_of::<(u8, u64, u8)>(), align_of::<(u8, u64, u8)>());
    println!("(u8, (u64, u8)) {}", size_of::<(u8, (u64, u8))>());
    println!("((u8, u16), (u8, u16)) {}", size_of::<((u8, u16), (u8, u16))>());
    println!("(u16, u8, u16) {}", size_of::<(u16, u8, u16)>());
    println!("(i32, f64, i32) {} {}", size_of::<(i32, f64, i32)>(), align_of::<(i32, f64, i32)>());
    println!("(bool, (bool, (bool, u32))) {}", size_of::<(bool, (bool, (bool, u32)))>());
    println!("(f32, f32, f32) {} {}", size_of::<(f32, f32, f32)>(), align_of::<(f32, f32, f32)>());
    println!("((), u8, ()) {}", size_of::<((), u8, ())>());
    println!("(u128, u8) {} {}", size_of::<(u128, u8)>(), align_of::<(u128, u8)>());
    println!("(&str, u8) {} ([u8; 3], u16) {}", size_of::<(&str, u8)>(), size_of::<([u8; 3], u16)>());
}
