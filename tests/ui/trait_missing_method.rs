//@ compile-fail
//@ spec: 14.2
// Every method without a default body must be implemented.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> &str {
        "shape"
    }
}

struct Circle {
    r: f64,
}

impl Shape for Circle { //~ ERROR E0046
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{} {}", c.area(), c.name());
}
