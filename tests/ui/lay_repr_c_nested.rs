//@ run-pass
//@ spec: 11.5
// repr(C) structs nested in each other and in default-repr structs: each
// repr(C) struct keeps declaration order and C padding.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

#[repr(C)]
struct Inner { a: u8, b: u32 }
#[repr(C)]
struct Outer { x: u8, inner: Inner, y: u8 }
struct RustOuter { x: u8, inner: Inner, y: u8 }
#[repr(C)]
struct Header { tag: u8, len: u16, crc: u8, body: u64 }
#[repr(C)]
struct Packet { h: Header, flag: bool }
#[repr(C)]
struct CTuple(u8, u16, u8);
#[repr(C)]
struct Floats { a: f32, b: f64, c: f32 }
#[repr(C)]
struct Empty;
#[repr(C)]
struct Arr { a: u8, b: [u32; 2], c: u8 }

fn main() {
    println!("Inner {} {}", size_of::<Inner>(), align_of::<Inner>());
    println!("Outer {} {}", size_of::<Outer>(), align_of::<Outer>());
    println!("RustOuter {} {}", size_of::<RustOuter>(), align_of::<RustOuter>());
    println!("Header {} Packet {}", size_of::<Header>(), size_of::<Packet>());
    println!("CTuple {} {}", size_of::<CTuple>(), align_of::<CTuple>());
    println!("Floats {} {}", size_of::<Floats>(), align_of::<Floats>());
    println!("Empty {} {}", size_of::<Empty>(), align_of::<Empty>());
    println!("Arr {} {}", size_of::<Arr>(), align_of::<Arr>());
}
