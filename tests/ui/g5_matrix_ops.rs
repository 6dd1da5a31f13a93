//@ spec: 14.8 14.5
// A 2x2 matrix type with hand-written Add, Sub, Mul, Neg, AddAssign, PartialEq and Display.
use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy)]
struct M2 {
    a: i32, b: i32,
    c: i32, d: i32,
}

impl M2 {
    fn identity() -> M2 { M2 { a: 1, b: 0, c: 0, d: 1 } }
    fn det(&self) -> i32 { self.a * self.d - self.b * self.c }
    fn scale(self, k: i32) -> M2 { M2 { a: self.a * k, b: self.b * k, c: self.c * k, d: self.d * k } }
}

impl Add for M2 {
    type Output = M2;
    fn add(self, o: M2) -> M2 { M2 { a: self.a + o.a, b: self.b + o.b, c: self.c + o.c, d: self.d + o.d } }
}
impl Sub for M2 {
    type Output = M2;
    fn sub(self, o: M2) -> M2 { M2 { a: self.a - o.a, b: self.b - o.b, c: self.c - o.c, d: self.d - o.d } }
}
impl Mul for M2 {
    type Output = M2;
    fn mul(self, o: M2) -> M2 {
        M2 {
            a: self.a * o.a + self.b * o.c,
            b: self.a * o.b + self.b * o.d,
            c: self.c * o.a + self.d * o.c,
            d: self.c * o.b + self.d * o.d,
        }
    }
}
impl Neg for M2 {
    type Output = M2;
    fn neg(self) -> M2 { self.scale(-1) }
}
impl AddAssign for M2 {
    fn add_assign(&mut self, o: M2) { *self = *self + o; }
}
impl PartialEq for M2 {
    fn eq(&self, o: &M2) -> bool { self.a == o.a && self.b == o.b && self.c == o.c && self.d == o.d }
}
impl fmt::Display for M2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "[{:3} {:3}]", self.a, self.b)?;
        write!(f, "[{:3} {:3}]", self.c, self.d)
    }
}

fn main() {
    let m = M2 { a: 1, b: 2, c: 3, d: 4 };
    let n = M2 { a: 0, b: 1, c: 1, d: 0 };
    println!("m + n =\n{}", m + n);
    println!("m - n =\n{}", m - n);
    println!("m * n =\n{}", m * n);
    println!("-m =\n{}", -m);
    println!("m scaled by 3 =\n{}", m.scale(3));
    let mut acc = M2::identity();
    for _ in 0..3 {
        acc += m;
    }
    println!("I + 3m =\n{}", acc);
    println!("det(m) = {}, det(m*m) = {}", m.det(), (m * m).det());
    println!("m * I == m: {}", m * M2::identity() == m);
    println!("m == n: {}, m != n: {}", m == n, m != n);
    let mut p = n;
    for _ in 0..4 { p = p * n; }
    println!("n^5 == n: {}", p == n);
}
