//@ compile-fail
//@ spec: 14.10, 14.4
// Through a `&dyn Shape` only Shape's methods are visible, not Circle's own `radius`.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Circle {
    fn radius(&self) -> f64 {
        self.r
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn report(s: &dyn Shape) -> f64 {
    s.area() + s.radius() //~ ERROR E0599
}

fn main() {
    let c = Circle { r: 2.0 };
    println!("{} {}", c.radius(), report(&c));
}
