//@ compile-fail
//@ spec: 14.3, 14.4
// Inside a generic fn, T has only the methods its bounds give it: no `area` without Shape.
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn total_area<T>(shapes: &[T]) -> f64 {
    let mut sum = 0.0;
    for i in 0..shapes.len() {
        sum += shapes[i].area(); //~ ERROR E0599
    }
    sum
}

fn main() {
    let squares = [Square { side: 1.0 }, Square { side: 2.0 }];
    println!("{}", total_area(&squares));
}
