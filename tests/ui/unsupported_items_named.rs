//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names each missing feature at its span
//@ spec: 1.2
use std::fmt; //~ ERROR `use` declarations are not supported

#[derive(Debug)]
struct Point {
    x: i32,
}

enum Dir {
    Up,
}

impl Named for Point { //~ ERROR trait implementations
    fn name(&self) -> String {
        String::new()
    }
}

trait Named { //~ ERROR `trait` items are not supported
    fn name(&self) -> String;
}

const LIMIT: u32 = 10;
static NAME: &str = "x";
type Id = u32; //~ ERROR `type` aliases are not supported

mod inner { //~ ERROR `mod` items are not supported
}

macro_rules! twice { //~ ERROR `macro_rules!` definitions are not supported
    ($e:expr) => { $e * 2 };
}

fn main() {}
