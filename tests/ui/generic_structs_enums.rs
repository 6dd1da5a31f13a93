//@ spec: 11.15, 11.16
// User generic structs and enums: inference from fields, derives per instance, nesting.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Pair<A, B> { first: A, second: B }
#[derive(Debug)]
struct Token { text: &'static str }
#[derive(Debug, PartialEq)]
enum Shape<T> { Circle(T), Rect { w: T, h: T }, Empty }
fn area(s: &Shape<f64>) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0.0,
    }
}
fn first_even(xs: &[u32]) -> Option<&u32> {
    for x in xs { if x % 2 == 0 { return Some(x); } }
    None
}
fn main() {
    let p = Pair { first: 1u8, second: 'z' };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
    println!("{}", Pair { first: 1, second: 2.0 } < Pair { first: 1, second: 2.5 });
    println!("{} {} {}", Some(1) < Some(2), None < Some(0), Some(3) > None);
    let shapes = [Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.5 }, Shape::Empty];
    for s in shapes.iter() { println!("{:?} {}", s, area(s)); }
    println!("{:?} {:?}", first_even(&[1, 3, 8, 5]), first_even(&[1]));
    let t = Some(Token { text: "hi" });
    let u = t;
    if let Some(Token { text }) = &u { println!("{}", text); }
    let mut slot: Option<i64> = None;
    for i in 0..3 { slot = Some(i * 10); }
    println!("{:?}", slot);
    let nested: Pair<Option<Pair<i32, Option<i8>>>, Result<u8, bool>> = Pair { first: Some(Pair { first: 1, second: None }), second: Ok(3) };
    println!("{:?}", nested);
}
fn _f() -> Pair<Option<Pair<i32, Option<i32>>>, Result<u8, bool>> { Pair { first: None, second: Err(true) } }
