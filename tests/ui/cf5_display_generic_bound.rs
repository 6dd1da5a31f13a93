//@ compile-fail
//@ spec: 14.3, 14.5
// A generic fn prints its parameter with `{}` but forgot the Display bound; a bounded one
// is called with a struct that has no Display impl.
use std::fmt::Display;

struct Point {
    x: i32,
    y: i32,
}

fn show<T>(label: &str, value: T) {
    println!("{}: {}", label, value); //~ ERROR E0277
}

fn show_bounded<T: Display>(value: T) {
    println!("value = {}", value);
}

fn main() {
    show("n", 5);
    show_bounded(7);
    show_bounded(Point { x: 1, y: 2 }); //~ ERROR E0277
}
