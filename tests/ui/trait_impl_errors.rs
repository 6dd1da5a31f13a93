//@ compile-fail
//@ spec: 14.2
// An impl defines only the trait's methods (E0407), of a trait in scope (E0405).
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

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        6.0 * self.r
    }
    fn volume(&self) -> f64 { //~ ERROR E0407
        0.0
    }
}

impl Printable for Circle {} //~ ERROR E0405

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.area());
}
