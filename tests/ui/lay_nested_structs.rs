//@ run-pass
//@ spec: 11.5 11.1
// Nested default-repr structs: the inner struct's size (with its padding) is
// one unit that the outer struct places among its fields.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

struct Vec2 { x: f32, y: f32 }
struct Particle { pos: Vec2, vel: Vec2, alive: bool }
struct Date { year: u16, month: u8, day: u8 }
struct Person { born: Date, id: u64, initial: char }
struct Small { a: u8, b: u16 }
struct Wrap { s: Small, c: u8 }
struct Wrap2 { w: Wrap, d: u8, e: Small }
struct Id(u32);
struct Named { id: Id, tag: u8 }
struct Deep { a: Wrap2, b: Named, c: Particle }

fn main() {
    println!("Vec2 {} {}", size_of::<Vec2>(), align_of::<Vec2>());
    println!("Particle {} {}", size_of::<Particle>(), align_of::<Particle>());
    println!("Date {} Person {} {}", size_of::<Date>(), size_of::<Person>(), align_of::<Person>());
    println!("Small {} Wrap {} Wrap2 {}", size_of::<Small>(), size_of::<Wrap>(), size_of::<Wrap2>());
    println!("Named {} {}", size_of::<Named>(), align_of::<Named>());
    println!("Deep {} {}", size_of::<Deep>(), align_of::<Deep>());
}
