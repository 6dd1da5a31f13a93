//@ spec: 14.10 14.3 14.4
// Mutating objects through &mut dyn Trait and through generic &mut T, sharing one trait.
trait Counter {
    fn bump(&mut self, by: u32);
    fn value(&self) -> u32;
    fn reset(&mut self) {
        let v = self.value();
        println!("  (reset from {})", v);
    }
}

struct Plain {
    n: u32,
}

struct Capped {
    n: u32,
    cap: u32,
    overflows: u32,
}

impl Counter for Plain {
    fn bump(&mut self, by: u32) { self.n += by; }
    fn value(&self) -> u32 { self.n }
    fn reset(&mut self) { self.n = 0; }
}

impl Counter for Capped {
    fn bump(&mut self, by: u32) {
        if self.n + by > self.cap {
            self.overflows += 1;
            self.n = self.cap;
        } else {
            self.n += by;
        }
    }
    fn value(&self) -> u32 { self.n }
}

fn bump_many_dyn(c: &mut dyn Counter, times: u32) {
    for i in 1..=times {
        c.bump(i);
    }
}

fn bump_many_static<C: Counter>(c: &mut C, times: u32) {
    for _ in 0..times {
        c.bump(10);
    }
}

fn pick<'a>(first: bool, a: &'a mut Plain, b: &'a mut Capped) -> &'a mut dyn Counter {
    if first { a } else { b }
}

fn main() {
    let mut p = Plain { n: 0 };
    let mut c = Capped { n: 0, cap: 25, overflows: 0 };
    bump_many_dyn(&mut p, 4);
    bump_many_dyn(&mut c, 4);
    println!("after dyn: plain {} capped {}", p.value(), c.value());
    bump_many_static(&mut p, 2);
    bump_many_static(&mut c, 2);
    println!("after static: plain {} capped {} (overflows {})", p.value(), c.value(), c.overflows);
    for first in [true, false] {
        let target = pick(first, &mut p, &mut c);
        target.bump(1);
        println!("picked value {}", target.value());
        target.reset();
    }
    println!("final: plain {} capped {}", p.value(), c.value());
}
