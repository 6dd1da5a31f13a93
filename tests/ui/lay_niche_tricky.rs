//@ run-pass
//@ spec: 11.12 11.5
// Harder niche cases: the niche-carrying field is not first, sits in a nested
// struct, or there are too many dataless variants for the niche to hold.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum A { X(u32, bool), Y }
enum B { X(u8, char), Y, Z }
struct Inner { n: u16, ok: bool }
enum C { X(Inner), Y }
enum D { X(u64, Inner), Y, Z }
enum Tri { P, Q, R }
enum E { X(u16, Tri), Y }
enum F { X(bool), Y(bool), Z }
enum G { X(u32, u8), Y }
enum H<'a> { X(&'a u16, u8), Y, Z }

fn main() {
    println!("A {} {}", size_of::<A>(), align_of::<A>());
    println!("B {} {}", size_of::<B>(), align_of::<B>());
    println!("Inner {} C {}", size_of::<Inner>(), size_of::<C>());
    println!("D {} {}", size_of::<D>(), align_of::<D>());
    println!("E {} {}", size_of::<E>(), align_of::<E>());
    println!("F {} G {}", size_of::<F>(), size_of::<G>());
    println!("H {} {}", size_of::<H>(), align_of::<H>());
}
