//@ run-pass
//@ spec: 9.9
trait Shape { const SIDES: u32; const NAME: &'static str = "shape"; fn area(&self) -> f64; }
struct Sq(f64);
struct Tri;
impl Shape for Sq { const SIDES: u32 = 4; const NAME: &'static str = "square"; fn area(&self) -> f64 { self.0 * self.0 } }
impl Shape for Tri { const SIDES: u32 = 3 * 1; fn area(&self) -> f64 { 0.5 } }
fn describe<T: Shape>(s: &T) -> String { format!("{} {} {}", T::NAME, T::SIDES, s.area()) }
fn sides<T: Shape>() -> u32 { T::SIDES * 2 + <T as Shape>::SIDES }




fn main() {
    println!("{}", describe(&Sq(2.0)));
    println!("{}", describe(&Tri));
    println!("{} {}", sides::<Sq>(), sides::<Tri>());

}
