//@ compile-fail
//@ spec: 6.5 6.7 6.2
// Mixing up values and references in updates: forgetting `*` when adding to
// a `&mut i32`, dereferencing the value itself, and assigning to a method
// call result.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}

fn add(total: &mut i32, x: i32) {
    total += x; //~ ERROR E0368
}

fn set(c: &mut Counter) {
    *c.n = 5; //~ ERROR E0614
}

fn main() {
    let mut c = Counter { n: 0 };
    c.get() = 3; //~ ERROR E0070
    let mut t = 0;
    add(&mut t, 1);
    set(&mut c);
}
