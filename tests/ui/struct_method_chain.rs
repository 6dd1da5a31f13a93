//@ run-pass
//@ spec: 11.3
#[derive(Debug, Clone, Copy)]
struct Counter {
    value: u64,
    step: u64,
}

impl Counter {
    fn new(step: u64) -> Counter {
        Counter { value: 0, step }
    }
    fn tick(mut self) -> Counter {
        self.value += self.step;
        self
    }
    fn ticks(self, n: u32) -> Counter {
        let mut c = self;
        for _ in 0..n {
            c = c.tick();
        }
        c
    }
    fn get(&self) -> u64 {
        self.value
    }
}

fn main() {
    let c = Counter::new(3).tick().tick().ticks(4);
    println!("{} {:?}", c.get(), c);
    let r = &c;
    let rr = &r;
    println!("{}", rr.get());
}
