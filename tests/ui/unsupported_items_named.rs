//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names each missing feature at its span
//@ spec: 1.2
use std::collections::HashMap; //~ ERROR `use std::collections::HashMap` is not supported

#[derive(Debug)]
struct Point {
    x: i32,
}

enum Dir {
    Up,
}

impl std::ops::Not for Point { //~ ERROR the `Not` trait is not supported
    type Output = Point;
    fn not(self) -> Point { self }
}

trait Named {
    fn name(&self) -> u32;
}

fn describe<T: std::hash::Hash>(x: T) -> T { //~ ERROR the `Hash` trait is not supported
    x
}

const LIMIT: u32 = 10;
static NAME: &str = "x";
type Pair<T> = (T, T); //~ ERROR generic `type` aliases are not supported

mod inner { //~ ERROR `mod` items are not supported
}

macro_rules! twice { //~ ERROR `macro_rules!` definitions are not supported
    ($e:expr) => { $e * 2 };
}

fn main() {}
