//@ run-pass
//@ spec: 11.5 11.7
// Arrays multiply the element size, which already includes trailing padding;
// arrays inside structs keep their element alignment.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

struct Rgb { r: u8, g: u8, b: u8 }
struct Sample { t: u32, v: u8 }
struct Buffer { data: [u8; 5], len: u32 }
struct Matrix { m: [[f32; 3]; 3] }
struct Mesh { pts: [Sample; 3], tag: u8 }
#[repr(C)]
struct CBuf { tag: u8, data: [u16; 3], end: u8 }

fn main() {
    println!("Rgb {} {} [Rgb; 4] {}", size_of::<Rgb>(), align_of::<Rgb>(), size_of::<[Rgb; 4]>());
    println!("Sample {} [Sample; 4] {}", size_of::<Sample>(), size_of::<[Sample; 4]>());
    println!("Buffer {} {}", size_of::<Buffer>(), align_of::<Buffer>());
    println!("Matrix {} {}", size_of::<Matrix>(), align_of::<Matrix>());
    println!("Mesh {} {}", size_of::<Mesh>(), align_of::<Mesh>());
    println!("CBuf {} {}", size_of::<CBuf>(), align_of::<CBuf>());
    println!("[u8; 0] {} {} [u64; 0] {} {}", size_of::<[u8; 0]>(), align_of::<[u8; 0]>(), size_of::<[u64; 0]>(), align_of::<[u64; 0]>());
    println!("[(u8, u32); 2] {} [[bool; 3]; 2] {}", size_of::<[(u8, u32); 2]>(), size_of::<[[bool; 3]; 2]>());
}
