//@ spec: 17.12, 12.2
// Cell gives Copy values interior mutability through &self: a memoizing calculator
// counts calls and cache hits without &mut, and replace/into_inner hand back old values.
use std::cell::Cell;

struct Fib {
    calls: Cell<u32>,
    hits: Cell<u32>,
    last: Cell<Option<(u32, u64)>>,
}

impl Fib {
    fn get(&self, n: u32) -> u64 {
        self.calls.set(self.calls.get() + 1);
        if let Some((k, v)) = self.last.get() {
            if k == n {
                self.hits.set(self.hits.get() + 1);
                return v;
            }
        }
        let (mut a, mut b) = (0u64, 1u64);
        for _ in 0..n {
            let t = a + b;
            a = b;
            b = t;
        }
        self.last.set(Some((n, a)));
        a
    }
}

fn main() {
    let f = Fib { calls: Cell::new(0), hits: Cell::new(0), last: Cell::new(None) };
    let shared = &f;
    let also = &f;
    for n in [10, 10, 20, 20, 20, 5, 90].iter() {
        println!("fib({}) = {}", n, shared.get(*n));
    }
    println!("calls {} hits {} last {:?}", also.calls.get(), also.hits.get(), also.last.get());
    let old = f.calls.replace(0);
    println!("reset from {} to {}", old, f.calls.get());
    let flag = Cell::new(false);
    let toggle = |c: &Cell<bool>| c.set(!c.get());
    toggle(&flag);
    toggle(&flag);
    toggle(&flag);
    println!("flag {:?}", flag);
    println!("inner {}", flag.into_inner());
    let cells = [Cell::new(1), Cell::new(2), Cell::new(3)];
    for c in cells.iter() {
        c.set(c.get() * 10);
    }
    let total: i32 = cells.iter().map(|c| c.get()).sum();
    println!("total {}", total);
}
