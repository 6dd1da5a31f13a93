//@ spec: 14.8
// Operator traits by hand: Add, Sub, Mul<f64>, Neg, AddAssign, PartialEq; T: Add<Output = T> in generics.
use std::ops::{Add, Mul, Neg, Sub, AddAssign};
use std::fmt;
#[derive(Debug, Clone, Copy)]
struct V { x: f64, y: f64 }
impl Add for V { type Output = V; fn add(self, o: V) -> V { V { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V { type Output = V; fn sub(self, o: V) -> V { V { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V { x: self.x * k, y: self.y * k } } }
impl Neg for V { type Output = V; fn neg(self) -> V { V { x: -self.x, y: -self.y } } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.x += o.x; self.y += o.y; } }
impl PartialEq for V { fn eq(&self, o: &V) -> bool { self.x == o.x && self.y == o.y } }
impl fmt::Display for V { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "<{}, {}>", self.x, self.y) } }
#[derive(Debug, PartialEq, Clone, Copy)]
struct Money(i64);
impl Add for Money { type Output = Money; fn add(self, o: Money) -> Money { Money(self.0 + o.0) } }
fn sum3<T: Add<Output = T> + Copy>(a: T, b: T, c: T) -> T { a + b + c }
fn main() {
    let a = V { x: 1.0, y: 2.0 };
    let b = V { x: 0.5, y: -1.0 };
    let mut c = a + b * 2.0 - -a;
    println!("{} {:?}", c, a - b);
    c += V { x: 10.0, y: 10.0 };
    println!("{} {} {}", c, a == a, a != b);
    println!("{:?} {}", Money(5) + Money(7), Money(1) + Money(1) == Money(2));
    println!("{} {:?} {}", sum3(1, 2, 3), sum3(Money(1), Money(2), Money(3)), sum3(0.5, 0.25, 0.125));
}
