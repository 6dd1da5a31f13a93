//@ run-pass
//@ spec: 14.22
// A path to a trait method (or a str method of the prelude) passed where a function is
// expected: Self is inferred from the argument, as for rustc's fn items.
use std::fmt;
trait Shape { fn area(&self) -> f64; fn scaled(&self, k: f64) -> f64 { self.area() * k } }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
struct Tag(u8);
impl fmt::Display for Tag { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "#{}", self.0) } }
fn apply<F: Fn(&Sq) -> f64>(s: &Sq, f: F) -> f64 { f(s) }
fn main() {
    let v = vec![1, 2];
    let s = v.iter().map(ToString::to_string).collect::<Vec<String>>();
    println!("{:?}", s);
    let words = vec!["b", "a"];
    let mut refs: Vec<&&str> = words.iter().collect();
    refs.sort();
    println!("{:?}", refs);
    println!("{:?}", words.iter().map(ToString::to_string).collect::<Vec<String>>());
    let names = vec![String::from("xy"), String::from("z")];
    println!("{:?}", names.iter().map(Clone::clone).collect::<Vec<String>>());
    println!("{:?}", v.iter().map(Clone::clone).collect::<Vec<i32>>());
    println!("{:?}", names.iter().map(String::len).collect::<Vec<usize>>());
    println!("{:?}", words.iter().copied().map(str::to_uppercase).collect::<Vec<String>>());
    println!("{:?}", words.iter().copied().map(String::from).collect::<Vec<String>>());
    let c = Clone::clone(&names[0]);
    println!("{}", c);
    let shapes = vec![Sq(1.5), Sq(2.0)];
    println!("{:?}", shapes.iter().map(Shape::area).collect::<Vec<f64>>());
    println!("{}", apply(&shapes[1], Shape::area));
    let tags = vec![Tag(3), Tag(9)];
    println!("{}", tags.iter().map(ToString::to_string).collect::<Vec<_>>().join(","));
    let to_s: fn(&i32) -> String = ToString::to_string;
    println!("{}", to_s(&42));
    let mut nested: Vec<&&i32> = Vec::new();
    let ints = vec![5, 3, 4];
    let int_refs: Vec<&i32> = ints.iter().collect();
    nested.extend(int_refs.iter());
    nested.sort();
    println!("{:?} {:?}", nested, nested.iter().max());
}
