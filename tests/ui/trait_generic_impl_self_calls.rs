//@ spec: 14.9
// Inside a generic impl, a method calls the trait's other methods on self (for a
// generic struct and for a slice of any T).
struct Pair<T> {
    a: T,
    b: T,
}

trait Measure {
    fn parts(&self) -> usize;
    fn doubled(&self) -> usize;
    fn report(&self) -> usize {
        self.doubled() + 1
    }
}

impl<T> Measure for Pair<T> {
    fn parts(&self) -> usize {
        2
    }
    fn doubled(&self) -> usize {
        self.parts() * 2
    }
}

impl<T> Measure for [T] {
    fn parts(&self) -> usize {
        self.len()
    }
    fn doubled(&self) -> usize {
        self.parts() * 2
    }
}

fn main() {
    let p = Pair { a: 'x', b: 'y' };
    println!("{} {} {} {}", p.parts(), p.doubled(), p.report(), p.a < p.b);
    let nums = [1u8, 2, 3];
    let s: &[u8] = &nums;
    println!("{} {} {}", s.parts(), s.doubled(), nums.report());
}
