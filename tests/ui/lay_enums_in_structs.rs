//@ run-pass
//@ spec: 11.5 11.12
// Structs holding enums with payloads and enums holding structs; the outer
// values print too so their layout is exercised, not only measured.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

#[derive(Debug, Clone, Copy)]
enum Kind { Int(i32), Flag(bool), Empty }
#[derive(Debug, Clone, Copy)]
struct Token { kind: Kind, line: u16, col: u8 }
#[derive(Debug)]
struct Point { x: i16, y: i16 }
#[derive(Debug)]
enum Shape { Pt(Point), Line(Point, Point), Nothing }
#[derive(Debug)]
struct Scene { shapes: [Shape; 2], count: u8 }

fn main() {
    println!("Kind {} {}", size_of::<Kind>(), align_of::<Kind>());
    println!("Token {} {}", size_of::<Token>(), align_of::<Token>());
    println!("Shape {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Scene {} {}", size_of::<Scene>(), align_of::<Scene>());
    let toks = [
        Token { kind: Kind::Int(-7), line: 1, col: 2 },
        Token { kind: Kind::Flag(true), line: 3, col: 4 },
        Token { kind: Kind::Empty, line: 5, col: 6 },
    ];
    println!("{:?}", toks);
    let s = Scene {
        shapes: [Shape::Line(Point { x: 1, y: -2 }, Point { x: 3, y: 4 }), Shape::Nothing],
        count: 1,
    };
    println!("{:?}", s);
}
