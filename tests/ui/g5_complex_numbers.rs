//@ spec: 14.8 14.5 14.11
// Complex numbers with hand-written operators, PartialEq, Default, and a Display that handles signs.
use std::fmt;
use std::ops::{Add, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn new(re: f64, im: f64) -> Complex { Complex { re, im } }
    fn conj(self) -> Complex { Complex { re: self.re, im: -self.im } }
    fn norm_sq(self) -> f64 { self.re * self.re + self.im * self.im }
}

impl Default for Complex {
    fn default() -> Complex { Complex::new(0.0, 0.0) }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex { Complex::new(self.re + o.re, self.im + o.im) }
}
impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex { Complex::new(self.re - o.re, self.im - o.im) }
}
impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}
impl MulAssign for Complex {
    fn mul_assign(&mut self, o: Complex) { *self = *self * o; }
}
impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex { Complex::new(-self.re, -self.im) }
}
impl PartialEq for Complex {
    fn eq(&self, o: &Complex) -> bool { self.re == o.re && self.im == o.im }
}

impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.im < 0.0 {
            write!(f, "{} - {}i", self.re, -self.im)
        } else {
            write!(f, "{} + {}i", self.re, self.im)
        }
    }
}

fn main() {
    let a = Complex::new(1.0, 2.0);
    let b = Complex::new(3.0, -1.0);
    println!("a = {}, b = {}", a, b);
    println!("a + b = {}", a + b);
    println!("a - b = {}", a - b);
    println!("a * b = {}", a * b);
    println!("-a = {}", -a);
    println!("a * conj(a) = {} (|a|^2 = {})", a * a.conj(), a.norm_sq());
    let i = Complex::new(0.0, 1.0);
    let mut p = Complex::new(1.0, 0.0);
    for k in 1..=4 {
        p *= i;
        println!("i^{} = {}", k, p);
    }
    println!("i^4 == 1: {}", p == Complex::new(1.0, 0.0));
    println!("default: {} zero? {}", Complex::default(), Complex::default() == a - a);
    println!("{:?}", a + Complex::default());
}
