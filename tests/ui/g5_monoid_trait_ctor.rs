//@ spec: 14.11 14.1 14.3 14.4
// A Monoid trait with an associated constructor (T::empty()) and combine, folded generically.
trait Monoid {
    fn empty() -> Self;
    fn combine(&self, other: &Self) -> Self;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct MaxI(i32);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Count {
    n: u32,
    total: i64,
}

impl Monoid for i64 {
    fn empty() -> i64 { 0 }
    fn combine(&self, o: &i64) -> i64 { self + o }
}

impl Monoid for MaxI {
    fn empty() -> MaxI { MaxI(i32::MIN) }
    fn combine(&self, o: &MaxI) -> MaxI { if o.0 > self.0 { *o } else { *self } }
}

impl Monoid for Count {
    fn empty() -> Count { Count { n: 0, total: 0 } }
    fn combine(&self, o: &Count) -> Count { Count { n: self.n + o.n, total: self.total + o.total } }
}

impl Monoid for bool {
    fn empty() -> bool { true }
    fn combine(&self, o: &bool) -> bool { *self && *o }
}

fn concat<T: Monoid>(xs: &[T]) -> T {
    let mut acc = T::empty();
    for x in xs {
        acc = acc.combine(x);
    }
    acc
}

fn power<T: Monoid + Copy>(x: T, n: u32) -> T {
    let mut acc = T::empty();
    for _ in 0..n {
        acc = acc.combine(&x);
    }
    acc
}

fn main() {
    println!("sum: {}", concat(&[3i64, 4, 5]));
    println!("empty sum: {}", concat::<i64>(&[]));
    println!("max: {:?}", concat(&[MaxI(4), MaxI(-2), MaxI(11), MaxI(7)]));
    println!("empty max: {:?}", concat::<MaxI>(&[]));
    let samples = [Count { n: 1, total: 10 }, Count { n: 2, total: -4 }, Count { n: 3, total: 30 }];
    let c = concat(&samples);
    println!("count: {:?}, mean {}", c, c.total / c.n as i64);
    println!("all: {} {}", concat(&[true, true]), concat(&[true, false, true]));
    println!("power: {} {:?}", power(7i64, 3), power(Count { n: 1, total: 5 }, 4));
    println!("empty is identity: {}", MaxI(3).combine(&MaxI::empty()) == MaxI(3));
    let e: bool = Monoid::empty();
    let z: MaxI = Monoid::empty();
    println!("Monoid::empty(): {} {:?}", e, z);
}
