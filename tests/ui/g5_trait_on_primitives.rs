//@ spec: 14.2 14.3 14.4
// A user trait implemented for i32, u8, bool, char and f64, with a generic default method and generic report fn.
trait Describe {
    fn describe(&self) -> &'static str;
    fn weight(&self) -> u32;
    fn heavier_than<T: Describe>(&self, other: &T) -> bool {
        self.weight() > other.weight()
    }
}

impl Describe for i32 {
    fn describe(&self) -> &'static str {
        if *self < 0 { "negative int" } else { "non-negative int" }
    }
    fn weight(&self) -> u32 {
        if *self < 0 { (-*self) as u32 } else { *self as u32 }
    }
}

impl Describe for u8 {
    fn describe(&self) -> &'static str { "byte" }
    fn weight(&self) -> u32 { *self as u32 }
}

impl Describe for bool {
    fn describe(&self) -> &'static str { if *self { "yes" } else { "no" } }
    fn weight(&self) -> u32 { 1 }
}

impl Describe for char {
    fn describe(&self) -> &'static str {
        match self {
            'a'..='z' => "lowercase",
            'A'..='Z' => "uppercase",
            '0'..='9' => "digit",
            _ => "symbol",
        }
    }
    fn weight(&self) -> u32 { *self as u32 }
}

impl Describe for f64 {
    fn describe(&self) -> &'static str { "float" }
    fn weight(&self) -> u32 { *self as u32 }
}

fn report<T: Describe + std::fmt::Debug>(x: T) {
    println!("{:?}: {} (weight {})", x, x.describe(), x.weight());
}

fn main() {
    report(-17);
    report(42);
    report(200u8);
    report(true);
    report('q');
    report('Q');
    report('7');
    report('#');
    report(3.99);
    println!("'a' heavier than 96: {}", 'a'.heavier_than(&96));
    println!("5 heavier than true: {}", 5i32.heavier_than(&true));
    println!("2.5 heavier than 3u8: {}", 2.5.heavier_than(&3u8));
    println!("Describe::weight(&-3) = {}", Describe::weight(&-3));
    println!("Describe::describe(&false) = {}", Describe::describe(&false));
}
