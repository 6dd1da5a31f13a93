//@ run-pass
//@ spec: 19.3, 14.4
// `fmt::Formatter<'_>` as rustc writes it, and the same without the argument.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Unit;

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Unit!")
    }
}

fn main() {
    println!("{}", Point { x: 1, y: -2 });
    println!("{:?}", Unit);
}
