//@ spec: 14.13
// Ordering: cmp/partial_cmp on primitives, strs and derived types; PartialOrd by hand drives < >; T: Ord.
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Version { major: u32, minor: u32 }
fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) { Ordering::Less => "less", Ordering::Equal => "equal", Ordering::Greater => "greater" }
}
fn main() {
    println!("{} {} {}", compare(1, 2), compare(5, 5), compare(9, 3));
    let v1 = Version { major: 1, minor: 4 };
    let v2 = Version { major: 1, minor: 10 };
    println!("{:?} {:?}", v1.cmp(&v2), v2.cmp(&v1).reverse());
    println!("{:?} {:?}", 2.5f64.partial_cmp(&1.0), 'a'.cmp(&'b'));
    println!("{} {}", "apple".cmp("banana") == Ordering::Less, Ordering::Equal.is_eq());
    let best = (1..=5).map(|x| (x * 7) % 5).max();
    println!("{:?}", best);
    more();
}
#[derive(Debug, PartialEq)]
struct Grade { score: u32, name: &'static str }
impl PartialOrd for Grade {
    fn partial_cmp(&self, other: &Grade) -> Option<Ordering> { Some(other.score.cmp(&self.score)) }
}
fn best<T: Ord + Copy>(a: T, b: T) -> T { if a.cmp(&b) == Ordering::Greater { a } else { b } }
fn more() {
    let a = Grade { score: 90, name: "a" };
    let b = Grade { score: 70, name: "b" };
    println!("{} {} {} {}", a < b, a > b, a <= b, a >= b);
    println!("{:?} {}", a.partial_cmp(&b), best(3, 8));
    println!("{:?}", best(Version { major: 2, minor: 0 }, Version { major: 1, minor: 9 }));
}
