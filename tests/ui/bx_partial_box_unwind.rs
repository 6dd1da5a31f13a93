//@ run-fail
//@ spec: 12.7, 12.8, 17.1
// A panic after a field left a box must still drop the box's remaining fields (and not the
// moved one) while unwinding, innermost frame first, and free the box.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Cfg {
    name: D,
    path: D,
    retries: u32,
}

fn check(name: D, retries: u32) -> D {
    println!("checking {}", name.0);
    if retries > 2 {
        panic!("too many retries for {}", name.0);
    }
    name
}

fn load(c: Box<Cfg>) -> D {
    let _outer = D("outer guard");
    let name = c.name;
    let ok = check(name, c.retries);
    println!("loaded {} from {}", ok.0, c.path.0);
    ok
}

fn main() {
    let a = load(Box::new(Cfg { name: D("alpha"), path: D("/a"), retries: 1 }));
    println!("got {}", a.0);
    let b = load(Box::new(Cfg { name: D("beta"), path: D("/b"), retries: 5 }));
    println!("unreachable {}", b.0);
}
