//@ compile-fail
//@ spec: 11.3 6.10
// Calling methods that a struct does not define: a misspelled method, a
// method defined on another struct, an associated function that is not
// there, and a method called on a field's type.
struct Circle {
    radius: f64,
}

struct Square {
    side: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
    fn new(r: f64) -> Circle {
        Circle { radius: r }
    }
}

impl Square {
    fn perimeter(&self) -> f64 {
        4.0 * self.side
    }
}

fn main() {
    let c = Circle::new(1.0);
    let a = c.aera(); //~ ERROR E0599
    let p = c.perimeter(); //~ ERROR E0599
    let s = Square::new(2.0); //~ ERROR E0599
    let r = c.radius.area(); //~ ERROR E0599
    let d = Circle::default(); //~ ERROR E0599
}
