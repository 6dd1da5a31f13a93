//@ run-pass
//@ spec: 20.13
// A closure's captures are ordered by the first use of each variable, and a variable's
// places by field (rustc): dropping the closure drops them in that order.
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
    let p = P { a: D("p.a"), b: D("p.b") };
    let x = D("x");
    let q = P { a: D("q.a"), b: D("q.b") };
    let c = move || {
        println!("{}", q.b.0);
        println!("{}", x.0);
        println!("{} {}", p.b.0, p.a.0);
        println!("{}", q.a.0);
    };
    c();
    drop(c);
    println!("end of main");
}
