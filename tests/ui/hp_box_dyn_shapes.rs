//@ spec: 17.3, 17.6, 14.10
// A drawing made of Vec<Box<dyn Shape>>: boxes of different sizes behind one vtable
// call, found by index, removed, sorted by area, and dropped through the vtable.
trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
    label: String,
}

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn name(&self) -> String {
        format!("{}({}x{})", self.label, self.w, self.h)
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl Drop for Rect {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn make(kind: u8, size: f64) -> Box<dyn Shape> {
    if kind == 0 {
        Box::new(Circle { r: size })
    } else {
        Box::new(Rect { w: size, h: size + 1.0, label: format!("rect{}", kind) })
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(make(0, 2.0));
    shapes.push(make(1, 3.0));
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(make(2, 1.0));
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    for (i, s) in shapes.iter().enumerate() {
        println!("{}: {} area {:.1}", i, s.name(), s.area());
    }
    println!("total {:.1}", total(&shapes));
    let removed = shapes.remove(1);
    println!("removed {}", removed.name());
    drop(removed);
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {}", names.join(" < "));
    let biggest = shapes.pop().unwrap();
    println!("biggest {}", biggest.name());
    println!("end");
}
