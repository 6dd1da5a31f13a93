//@ spec: 12.3, 12.7, 17.1
// A closure that moves a field out of a captured box consumes the box (FnOnce) and the
// rest drops when the closure does; `..*b` struct update takes the remaining fields.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Conf {
    host: D,
    port: u16,
    user: D,
}

fn run<F: FnOnce() -> D>(f: F) -> D {
    println!("  running");
    f()
}

fn main() {
    println!("closure:");
    let b = Box::new(Conf { host: D("h1"), port: 80, user: D("u1") });
    let got = run(move || {
        println!("  port {}", b.port);
        b.host
    });
    println!("  got {}", got.0);
    println!("update:");
    let old = Box::new(Conf { host: D("h2"), port: 81, user: D("u2") });
    let new = Conf { host: D("h3"), ..*old };
    println!("  new {} {} {}", new.host.0, new.port, new.user.0);
    println!("end");
}
