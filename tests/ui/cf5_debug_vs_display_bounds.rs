//@ compile-fail
//@ spec: 14.3, 14.5
// A Display bound does not give `{:?}`, and a Debug bound does not give `{}`.
use std::fmt::{Debug, Display};

fn show_both<T: Display>(x: T) {
    println!("{} / {:?}", x, x); //~ ERROR E0277
}

fn trace<T: Debug>(x: &T) {
    println!("[trace] {}", x); //~ ERROR E0277
}

fn main() {
    show_both(5);
    trace(&(1, 2));
}
