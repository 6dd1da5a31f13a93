//@ compile-fail
//@ spec: 15.1, 13.1
// A method is called on the closure's parameter before anything says what type it is.
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let describe = |c| c.area(); //~ ERROR E0282
    let c = Circle { r: 1.0 };
    println!("{}", describe(&c));
}
