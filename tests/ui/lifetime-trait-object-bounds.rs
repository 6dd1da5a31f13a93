//@ run-pass
//@ spec: 19.9, 14.8
// Trait objects with lifetime bounds: `&'a (dyn T + 'a)`, `Box<dyn T + 'static>`,
// `Box<dyn T>` in a struct field.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

struct Scene {
    shapes: Vec<Box<dyn Shape>>,
}

fn show<'a>(d: &'a (dyn Display + 'a)) -> String {
    format!("<{}>", d)
}

fn boxed(b: Box<dyn Display + 'static>) -> String {
    format!("[{}]", b)
}

fn total(s: &Scene) -> f64 {
    let mut t = 0.0;
    for sh in &s.shapes {
        t += sh.area();
    }
    t
}

fn main() {
    println!("{}", show(&5));
    println!("{}", boxed(Box::new("text")));
    let s = Scene { shapes: vec![Box::new(Sq(2.0)), Box::new(Sq(3.0))] };
    println!("{}", total(&s));
}
