//@ run-pass
//@ spec: 14.21
// {} and {:?} of Box<dyn Display>, &dyn Display, Box<dyn Debug> and of user traits with
// Display or Debug as a supertrait: the value behind the object, with the placeholder options.
use std::fmt;
struct Tag;
impl fmt::Display for Tag { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "tag") } }
#[derive(Debug)]
struct Point { x: i32, y: i32 }
#[derive(Debug)]
enum Kind { A, B(u8) }
trait Shape: fmt::Display { fn area(&self) -> f64; }
struct Sq(f64);
impl fmt::Display for Sq { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Sq({})", self.0) } }
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Shape for i32 { fn area(&self) -> f64 { 0.0 } }
trait Named: fmt::Debug { fn name(&self) -> String; }
impl Named for Point { fn name(&self) -> String { String::from("pt") } }
fn show(d: &dyn fmt::Display) -> String { format!("<{}>", d) }
fn dbg(d: &dyn fmt::Debug) -> String { format!("[{:?}]", d) }
fn main() {
    let items: Vec<Box<dyn fmt::Display>> = vec![Box::new(7u8), Box::new(Tag), Box::new(-3i64), Box::new(2.5f32), Box::new('c'), Box::new(true), Box::new("str"), Box::new(String::from("owned"))];
    for it in &items { println!("{}", it); }
    for it in items.iter() { println!("[{:>6}]", it); }
    println!("{}", show(&5));
    println!("{}", show(&1.5));
    println!("{}", show(&Tag));
    println!("{}", show(&"hi"));
    let d: &dyn fmt::Display = &42u16;
    println!("{} {:5} {:<5}| {:+}", d, d, d, d);
    println!("{}", d.to_string());
    let dbgs: Vec<Box<dyn fmt::Debug>> = vec![Box::new(Point { x: 1, y: 2 }), Box::new(Kind::B(3)), Box::new(Kind::A), Box::new("q"), Box::new(vec![1, 2]), Box::new((1, 'x')), Box::new(Some(4))];
    for d in &dbgs { println!("{:?}", d); }
    println!("{:#?}", dbgs[0]);
    println!("{}", dbg(&Point { x: 5, y: 6 }));
    println!("{}", dbg(&"s"));
    println!("{}", dbg(&3));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(9)];
    for s in &shapes { println!("{} has area {}", s, s.area()); }
    let s: &dyn Shape = &Sq(1.5);
    println!("{:>10}|{}", s.to_string(), s);
    let n: Box<dyn Named> = Box::new(Point { x: 0, y: -1 });
    println!("{:?} {}", n, n.name());
    let b: Box<dyn fmt::Display> = Box::new(10);
    println!("{}", b);
    let text = format!("{}-{}", items[0], items[1]);
    println!("{}", text);
}
