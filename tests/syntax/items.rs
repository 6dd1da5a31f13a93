//@ parse-only
//@ spec: 10.1 10.2 10.3 10.5 10.6 10.7
// Every item form of the subset's grammar.
#![allow(dead_code, unused_variables, unused_imports)]

use std::collections::HashMap;
use std::fmt::{self, Display, Formatter as F};
use std::io::*;

pub(crate) mod geometry {
    pub mod shapes {
        pub struct Unit;
    }
    pub(super) fn helper() {}
    pub(in crate::geometry) const ZERO: i32 = 0;
}

mod declared_elsewhere_is_not_used_here {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Point {
    pub x: i32,
    y: i32,
}

#[repr(C)]
struct Pair(pub u8, u64);

struct Empty;

struct Wrapper<T>(T);

struct Bounded<'a, T: Display + 'a, const N: usize>
where
    T: Clone,
{
    items: [&'a T; N],
}

enum Shape {
    Circle { radius: f64 },
    Rect(f64, f64),
    Nothing,
}

#[derive(Clone, Copy)]
enum Level {
    Low = 1,
    Mid = 5,
    High,
}

union Bits {
    int: u32,
    float: f32,
}

trait Describe: Display + Sized {
    type Output: Clone;
    const KIND: &'static str;
    const DEFAULT: u32 = 7;
    fn name(&self) -> String;
    fn shout(&self) -> String {
        self.name().to_uppercase()
    }
    fn make() -> Self
    where
        Self: Default,
    {
        Self::default()
    }
}

impl Point {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };

    pub fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }

    fn len2(&self) -> i32 {
        self.x * self.x + self.y * self.y
    }

    fn shift(&mut self, by: i32) {
        self.x += by;
    }

    fn consume(self) -> (i32, i32) {
        (self.x, self.y)
    }

    fn with_lifetime<'a>(&'a self, other: &'a Point) -> &'a Point {
        if self.len2() > other.len2() { self } else { other }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl<T: Display> Display for Wrapper<T> {
    fn fmt(&self, f: &mut F) -> fmt::Result {
        writeln!(f, "[{}]", self.0)
    }
}

unsafe trait Marker {}
unsafe impl Marker for Point {}

const LIMIT: usize = 1 << 4;
static GREETING: &str = "hello";
static mut COUNTER: u32 = 0;

type Grid<T> = Vec<Vec<T>>;
type Callback = fn(i32) -> i32;

extern "C" {
    fn abs(x: i32) -> i32;
}

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

const fn double(x: u32) -> u32 {
    x * 2
}

unsafe fn danger() {}

pub extern "C" fn exported(x: i32) -> i32 {
    x
}

fn generic<T, U>(t: T, u: U) -> (U, T)
where
    T: Clone + Default,
    U: Into<String>,
{
    (u, t)
}

fn main() {}
