//@ compile-fail
//@ spec: 14.10
// A `&T` becomes a `&dyn Shape` only when T implements Shape: Label does not.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

struct Label {
    text: u32,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn print_area(s: &dyn Shape) {
    println!("{}", s.area());
}

fn main() {
    let c = Circle { r: 1.0 };
    let l = Label { text: 3 };
    print_area(&c);
    print_area(&l); //~ ERROR E0277
    let shapes: [&dyn Shape; 2] = [&c, &l]; //~ ERROR E0277
    println!("{}", shapes[0].area());
}
