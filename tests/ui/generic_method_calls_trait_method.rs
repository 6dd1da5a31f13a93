//@ run-pass
//@ spec: 9.9
// A generic method calling a trait method through its bound: each instance calls the
// impl's method for its concrete Self (or the trait's default body for it).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);
struct Circle {
    r: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("square")
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

struct Shelf<T> {
    items: Vec<T>,
}

impl<T: Shape> Shelf<T> {
    fn new() -> Self {
        Shelf { items: Vec::new() }
    }
    fn add(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn total(&self) -> f64 {
        let mut sum = 0.0;
        for it in &self.items {
            sum += it.area();
        }
        sum
    }
    fn first_name(&self) -> String {
        match self.items.first() {
            Some(s) => s.name(),
            None => String::from("empty"),
        }
    }
}

fn describe<S: Shape>(s: &S) -> String {
    let n = s.name();
    let a = s.area();
    format!("{} of area {}", n, a)
}

fn main() {
    let mut squares = Shelf::new();
    squares.add(Square(2.0)).add(Square(3.0));
    println!("{} {}", squares.total(), squares.first_name());
    let mut circles = Shelf::new();
    circles.add(Circle { r: 1.0 });
    println!("{} {}", circles.total(), circles.first_name());
    let empty: Shelf<Circle> = Shelf::new();
    println!("{} {}", empty.total(), empty.first_name());
    println!("{}", describe(&Square(1.5)));
    println!("{}", describe(&Circle { r: 2.0 }));
}
