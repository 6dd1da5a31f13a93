//@ run-pass
//@ check-ir
//@ spec: 9.5
// `c.add(c.get())` on a user type: the `&mut self` autoref is two-phase, and the
// reborrow of a `&mut` argument (`bump(r)`) is two-phase too.
struct Counter {
    n: i32,
}

impl Counter {
    fn get(&self) -> i32 {
        self.n
    }
    fn add(&mut self, k: i32) {
        self.n += k;
    }
}

fn bump(c: &mut Counter) {
    c.add(1);
}

fn main() {
    let mut c = Counter { n: 5 };
    c.add(c.get());
    let r = &mut c;
    bump(r);
    bump(r);
    println!("{}", c.n);
}
