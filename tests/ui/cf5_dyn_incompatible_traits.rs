//@ compile-fail
//@ spec: 14.10
// Trait objects need dyn-compatible traits: no method returning Self, no generic method.
trait Shape {
    fn area(&self) -> f64;
    fn scaled(&self, k: f64) -> Self;
}

trait Visitor {
    fn visit<T: Copy>(&self, x: T) -> u32;
}

fn total(shapes: &[&dyn Shape]) -> f64 { //~ ERROR E0038
    0.0
}

fn walk(v: &dyn Visitor) -> u32 { //~ ERROR E0038
    0
}

fn main() {}
