//@ spec: 14.10
// Trait objects: &dyn Trait and &mut dyn Trait, dispatched through vtables; arrays of &dyn.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str { "shape" }
    fn scale(&mut self, k: f64);
}
struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> &str { "circle" }
    fn scale(&mut self, k: f64) { self.r *= k; }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
}
fn describe(s: &dyn Shape) -> String2 { String2 { area: s.area(), name_len: s.name().len() } }
#[derive(Debug)]
struct String2 { area: f64, name_len: usize }
fn total(shapes: &[&dyn Shape]) -> f64 { let mut t = 0.0; for s in shapes { t += s.area(); } t }
fn grow(s: &mut dyn Shape) { s.scale(2.0); }
fn main() {
    let c = Circle { r: 1.0 };
    let r = Rect { w: 2.0, h: 3.0 };
    let shapes: [&dyn Shape; 2] = [&c, &r];
    for s in shapes.iter() { println!("{} {}", s.name(), s.area()); }
    println!("{} {:?}", total(&shapes), describe(&r));
    let mut c2 = Circle { r: 0.5 };
    grow(&mut c2);
    println!("{}", c2.r);
    println!("{}", std::mem::size_of::<&dyn Shape>());
}
