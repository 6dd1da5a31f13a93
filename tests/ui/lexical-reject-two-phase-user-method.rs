//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A user `&mut self` method whose argument calls a `&self` method of the same receiver.
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

fn main() {
    let mut c = Counter { n: 3 };
    c.add(c.get()); //~ ERROR E0502
    println!("{}", c.n);
}
