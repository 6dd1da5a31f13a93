//@ spec: 14.9
// Operator impls on generic types: the impl's parameters come from the operand types.
use std::cmp::Ordering;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy)]
struct V2<T> {
    x: T,
    y: T,
}

impl<T: Add<Output = T>> Add for V2<T> {
    type Output = V2<T>;
    fn add(self, o: V2<T>) -> V2<T> {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl<T: Sub<Output = T>> Sub for V2<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for V2<T> {
    type Output = V2<T>;
    fn mul(self, k: T) -> V2<T> {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl<T: Neg<Output = T>> Neg for V2<T> {
    type Output = V2<T>;
    fn neg(self) -> V2<T> {
        V2 { x: -self.x, y: -self.y }
    }
}

impl<T: AddAssign> AddAssign for V2<T> {
    fn add_assign(&mut self, o: V2<T>) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl<T: PartialEq> PartialEq for V2<T> {
    fn eq(&self, o: &V2<T>) -> bool {
        self.x == o.x && self.y == o.y
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Wrapper<T>(T);

impl<T: PartialOrd> PartialOrd for Wrapper<T> {
    fn partial_cmp(&self, other: &Wrapper<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

fn sum_all<T: Add<Output = T> + Copy>(vs: &[V2<T>], zero: V2<T>) -> V2<T> {
    let mut acc = zero;
    for v in vs {
        acc = acc + *v;
    }
    acc
}

fn main() {
    let a = V2 { x: 1, y: 2 } + V2 { x: 3, y: 4 };
    let b = V2 { x: 1.5, y: 2.0 } * 2.0;
    println!("{:?} {:?} {}", a, b, a == V2 { x: 4, y: 6 });
    println!("{:?} {:?}", -a, a - V2 { x: 10, y: 10 });
    let mut c = V2 { x: 0.25f32, y: 0.5 };
    c += V2 { x: 1.0, y: 1.0 };
    c += c;
    println!("{:?} {}", c, c != V2 { x: 2.5, y: 3.0 });
    let total = sum_all(&[V2 { x: 1u8, y: 2 }, V2 { x: 3, y: 4 }, V2 { x: 5, y: 6 }], V2 { x: 0, y: 0 });
    println!("{:?}", total);
    let w1 = Wrapper(3);
    let w2 = Wrapper(7);
    println!("{} {} {}", w1 < w2, w1 > w2, Wrapper(1.5) <= Wrapper(1.5));
}
