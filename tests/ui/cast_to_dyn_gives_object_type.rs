//@ run-pass
//@ spec: 14.10
// A cast that spells out an unsizing coercion has the trait-object type: no annotation is
// needed on the let, the vec! elements or the if branches it is in.
trait Shape { fn area(&self) -> u32; }
struct Sq(u32);
impl Shape for Sq { fn area(&self) -> u32 { self.0 * self.0 } }
fn main() {
    let shapes = vec![Box::new(Sq(2)) as Box<dyn Shape>, Box::new(Sq(3)) as Box<dyn Shape>];
    let total: u32 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", total);
    let pair = (Box::new(Sq(6)) as Box<dyn Shape>, 1);
    println!("{}", pair.0.area() + pair.1);
    let r = if total > 3 { &Sq(7) as &dyn Shape } else { &Sq(8) as &dyn Shape };
    println!("{}", r.area());
}
