//@ run-pass
//@ spec: 20.13
// A `move` closure using `p.a.0` (a `&str`, Copy) captures that place by value, a copy:
// `p` stays whole and usable, and the closure's drop drops nothing of it.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct P {
    a: D,
    b: D,
}
fn main() {
    let p = P { a: D("a"), b: D("b") };
    let c = move || println!("closure sees {}", p.a.0);
    println!("p.b still here: {}", p.b.0);
    c();
    drop(c);
    println!("p.a still here: {}", p.a.0);
    println!("end of main");
}
