//@ compile-fail
//@ spec: 6.5 6.7
// Mixing up values and places in updates: dereferencing a field that is a
// plain value, assigning to a method call's result, and dereferencing a
// method's integer result.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}

fn fresh() -> Counter {
    Counter { n: 0 }
}

fn set(c: &mut Counter) {
    *c.n = 5; //~ ERROR E0614
}

fn main() {
    let mut c = Counter { n: 0 };
    c.get() = 3; //~ ERROR E0070
    set(&mut c);
    let k = *c.get(); //~ ERROR E0614
}
