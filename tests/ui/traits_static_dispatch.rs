//@ spec: 14.1, 14.2, 14.3, 14.4
// Traits with required and default methods, impls for structs and i32, static dispatch through bounds.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str { "shape" }
    fn describe(&self) -> f64 { self.area() * 2.0 }
}
struct Circle { r: f64 }
struct Square { side: f64 }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> &str { "circle" }
}
impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
}
trait Double { fn double(&self) -> Self; }
impl Double for i32 { fn double(&self) -> i32 { *self * 2 } }
fn total<T: Shape>(a: &T, b: &T) -> f64 { a.area() + b.area() }
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs { if x > best { best = x; } }
    best
}
fn show<T: std::fmt::Display>(x: T) -> T { println!("<{}>", x); x }
fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { side: 2.0 };
    println!("{} {} {} {}", c.area(), c.name(), s.area(), s.name());
    println!("{} {}", c.describe(), s.describe());
    println!("{}", total(&c, &Circle { r: 2.0 }));
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, 0.5]), largest(&['a', 'z', 'q']));
    println!("{}", 21.double());
    show(5);
    show("hi");
    println!("{}", Shape::area(&s));
}
