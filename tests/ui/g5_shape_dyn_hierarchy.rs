//@ spec: 14.1 14.10 14.5
// A Shape trait with a Named supertrait, used through &dyn Shape slices and a default method.
use std::fmt;

trait Named {
    fn name(&self) -> &str;
}

trait Shape: Named {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> f64 {
        self.area() / self.perimeter()
    }
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Square(f64);

impl Named for Circle { fn name(&self) -> &str { "circle" } }
impl Named for Rect { fn name(&self) -> &str { "rect" } }
impl Named for Square { fn name(&self) -> &str { "square" } }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn perimeter(&self) -> f64 { 6.0 * self.r }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn perimeter(&self) -> f64 { 4.0 * self.0 }
    fn describe(&self) -> f64 { -1.0 }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    let mut sum = 0.0;
    for s in shapes {
        sum += s.area();
    }
    sum
}

fn largest<'a>(shapes: &[&'a dyn Shape]) -> &'a dyn Shape {
    let mut best = shapes[0];
    for s in shapes.iter() {
        if s.area() > best.area() {
            best = *s;
        }
    }
    best
}

fn main() {
    let c = Circle { r: 2.0 };
    let r = Rect { w: 3.0, h: 5.0 };
    let s = Square(4.0);
    let shapes: [&dyn Shape; 3] = [&c, &r, &s];
    for sh in shapes.iter() {
        println!("{:>7}: area {:.2}, perimeter {:.2}, ratio {:.3}",
                 sh.name(), sh.area(), sh.perimeter(), sh.describe());
    }
    println!("total = {:.1}", total_area(&shapes));
    println!("largest = {}", largest(&shapes).name());
    println!("rect is {}", r);
}
