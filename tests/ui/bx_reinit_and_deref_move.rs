//@ spec: 12.7, 12.8, 17.1
// A box emptied by `let x = *b;` or partly emptied can be refilled: assigning the whole
// box or the moved field makes it whole again, and nothing is dropped twice.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct P {
    a: D,
    b: D,
}

fn main() {
    println!("whole deref move:");
    let mut bx = Box::new(D("first"));
    let inner = *bx;
    println!("  took {}", inner.0);
    bx = Box::new(D("second"));
    println!("  box now {}", bx.0);
    println!("field refill:");
    let mut p = Box::new(P { a: D("a1"), b: D("b1") });
    let old = p.a;
    p.a = D("a2");
    println!("  old {} new {} b {}", old.0, p.a.0, p.b.0);
    p.b = D("b2");
    println!("  replaced b");
    println!("box of box:");
    let bb = Box::new(Box::new(P { a: D("x"), b: D("y") }));
    let y = bb.b;
    println!("  got {} leaving {}", y.0, bb.a.0);
    println!("end");
}
