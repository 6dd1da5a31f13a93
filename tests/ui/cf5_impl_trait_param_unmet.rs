//@ compile-fail
//@ spec: 15.5, 14.3
// `impl Display` and `impl Fn(i32) -> i32` parameters still require their traits.
use std::fmt::Display;

struct Cell {
    v: i32,
}

fn announce(x: impl Display) {
    println!("** {} **", x);
}

fn transform(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    announce(3);
    announce(Cell { v: 1 }); //~ ERROR E0277
    println!("{}", transform(5, 2)); //~ ERROR E0277
}
