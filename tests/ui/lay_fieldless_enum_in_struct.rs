//@ run-pass
//@ spec: 11.5 11.12
// A fieldless enum used as a struct field takes one byte (or its tag's size)
// and is sorted among the fields like any other small field.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum Level { Low, Mid, High }
enum Wide { A = 0, B = 1000 }
enum Huge { A = 0, B = 100000 }

struct Task { level: Level, id: u32, done: bool }
struct Task2 { w: Wide, id: u8 }
struct Task3 { h: Huge, a: u8, b: u8 }
#[repr(C)]
struct CTask { level: Level, id: u32, done: bool }
struct Pair(Level, Level);
struct Many { a: Level, b: u64, c: Level, d: u16, e: Level }

fn main() {
    println!("Level {} {}", size_of::<Level>(), align_of::<Level>());
    println!("Wide {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Huge {} {}", size_of::<Huge>(), align_of::<Huge>());
    println!("Task {} {}", size_of::<Task>(), align_of::<Task>());
    println!("Task2 {} {}", size_of::<Task2>(), align_of::<Task2>());
    println!("Task3 {} {}", size_of::<Task3>(), align_of::<Task3>());
    println!("CTask {} {}", size_of::<CTask>(), align_of::<CTask>());
    println!("Pair {} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("Many {} {}", size_of::<Many>(), align_of::<Many>());
    println!("[Level; 5] {}", size_of::<[Level; 5]>());
}
