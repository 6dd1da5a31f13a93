// Shapes: traits with default methods, trait objects, generics with bounds, closures and
// iterator chains, all checked before anything runs.
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
    fn describe(&self) -> f64 {
        self.area()
    }
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &str {
        "rect"
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn largest<T: Shape>(a: &T, b: &T) -> f64 {
    if a.area() > b.area() { a.area() } else { b.area() }
}

fn main() {
    let c = Circle { r: 1.5 };
    let r = Rect { w: 2.0, h: 4.5 };
    let shapes: [&dyn Shape; 2] = [&c, &r];
    for s in shapes.iter() {
        println!("{:>6}: {:.2}", s.name(), s.describe());
    }
    println!("largest rect: {:.1} ({})", largest(&r, &Rect { w: 3.0, h: 3.0 }), r);
    let scale = 2.0;
    let grown: f64 = (1..=4).map(|i| i as f64 * scale).filter(|a| *a > 3.0).sum();
    println!("grown total: {}", grown);
    let squares: u32 = (1..=10u32).filter(|n| n % 3 == 0).map(|n| n * n).sum();
    println!("sum of squares of multiples of 3 up to 10: {}", squares);
}
