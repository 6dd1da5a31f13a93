//@ run-pass
//@ spec: 14.18, 9.11
// Conversions typeck resolves (`into`, `from`, a cast that spells out a coercion) in the
// positions lowering treats specially: a closure that moves what it converts, a promoted
// constant, a `let`-extended borrow, and a place used through an identity conversion.
trait Shape {
    fn area(&self) -> u32;
}
struct Sq(u32);
impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}
struct Meters(u64);
impl From<u32> for Meters {
    fn from(x: u32) -> Meters {
        Meters(x as u64 * 1000)
    }
}
fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    let s = String::from("hello");
    // the closure moves s through the identity conversion: FnOnce
    let f = move || -> String { s.into() };
    println!("{}", consume(f()));
    let t = String::from("abc");
    let g = || { let u: String = t.into(); u.len() };
    println!("{}", g());
    let r: &u64 = &u64::from(7u32);
    println!("{}", r);
    let c: &char = &char::from(65u8);
    println!("{}", c);
    let m: Meters = 3u32.into();
    println!("{}", m.0);
    let b = Box::new(Sq(4)) as Box<dyn Shape>;
    println!("{}", b.area());
    let d = &Sq(5) as &dyn Shape;
    println!("{}", d.area());
    let x: i64 = (-3i32).into();
    let y: f64 = 2.5f32.into();
    let z: u32 = 'z'.into();
    let w: i32 = true.into();
    println!("{} {} {} {}", x, y, z, w);
    let mut n = 1u8;
    let k: u8 = n.into();
    n += 1;
    println!("{} {}", k, n);
}
