//@ compile-fail
//@ spec: 14.2, 14.11
// Clone is both derived and written by hand: two impls of one trait for a type.
#[derive(Clone, Debug)] //~ ERROR E0119
struct Counter {
    n: u32,
}

impl Clone for Counter {
    fn clone(&self) -> Counter {
        Counter { n: self.n }
    }
}

fn main() {
    let a = Counter { n: 1 };
    let b = a.clone();
    println!("{:?} {:?}", a, b);
}
