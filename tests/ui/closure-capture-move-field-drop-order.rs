//@ run-pass
//@ spec: 20.13
// A `move` closure that moves `p.a` out takes only `p.a`: `p.b` is dropped at the end of
// p's scope, not with the closure.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct P {
    a: D,
    b: D,
    c: D,
}
fn main() {
    let p = P { a: D("a"), b: D("b"), c: D("c") };
    {
        let c = move || {
            let x = p.a;
            println!("moved {}", x.0);
        };
        c();
        println!("after call");
    }
    let q = P { a: D("qa"), b: D("qb"), c: D("qc") };
    {
        let keep = move || println!("holding {} {}", q.c.0, q.a.0);
        keep();
        println!("closure dropped next");
    }
    println!("end of main {}", q.b.0);
}
