//@ run-pass
//@ spec: 9.9
use std::cmp::Ordering;
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct P { x: i32, y: i32 }
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rev(u8);
impl PartialOrd for Rev {
    fn partial_cmp(&self, o: &Rev) -> Option<Ordering> { Some(self.cmp(o)) }
}
impl Ord for Rev {
    fn cmp(&self, o: &Rev) -> Ordering { o.0.cmp(&self.0) }
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct Nan(f64);
impl PartialOrd for Nan {
    fn partial_cmp(&self, o: &Nan) -> Option<Ordering> { self.0.partial_cmp(&o.0) }
}
fn all<T: PartialOrd + fmt::Debug>(a: T, b: T) {
    println!("{:?} {:?}: {} {} {} {}", a, b, a < b, a <= b, a > b, a >= b);
}
fn tup<T: PartialOrd + Copy>(a: T, b: T) -> bool { (a, b) < (b, a) }
fn arr<T: PartialOrd + Copy>(a: T, b: T) -> bool { [a, b] <= [b, a] }
fn order<T: Ord>(a: &T, b: &T) -> Ordering { a.cmp(b) }
fn porder<T: PartialOrd>(a: &T, b: &T) -> Option<Ordering> { a.partial_cmp(b) }
fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {
    let mut m = v[0];
    for &x in v { if x > m { m = x; } }
    m
}
fn refs<T: PartialOrd>(a: &T, b: &T) -> bool { a < b }
fn main() {
    all(1i8, -1i8); all(200u8, 100u8); all(3i16, 3i16); all(-5i32, 5i32); all(1i64 << 40, 7);
    all(u128::MAX, 0u128); all(-1i128, 1i128); all(3usize, 4usize); all(-3isize, 4);
    all(1.5f32, -2.0f32); all(f64::NAN, 1.0); all('a', 'b'); all(true, false);
    all("abc", "abd"); all(P { x: 1, y: 2 }, P { x: 1, y: 1 }); all(Rev(1), Rev(2));
    all(Nan(0.5), Nan(1.0));
    all((1, 'a'), (1, 'b')); all([1u8, 2], [1, 1]); all(Some(3), None);
    all(String::from("x"), String::from("y"));
    println!("{} {} {}", tup(1, 2), tup(Rev(1), Rev(2)), tup(2.0, 1.0));
    println!("{} {}", arr('z', 'a'), arr(P { x: 0, y: 0 }, P { x: 0, y: 1 }));
    println!("{:?} {:?} {:?}", order(&1, &2), order(&Rev(1), &Rev(2)), order(&"b", &"a"));
    println!("{:?} {:?} {:?}", porder(&1.0, &2.5), porder(&Nan(2.0), &Nan(1.0)),
             porder(&P { x: 1, y: 2 }, &P { x: 1, y: 2 }));
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['q', 'z', 'a']));
    println!("{:?}", largest(&[Rev(5), Rev(1), Rev(3)]));
    println!("{} {}", refs(&1u16, &2), refs(&Rev(1), &Rev(2)));
}
