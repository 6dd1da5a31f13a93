//@ spec: 14.12, 16.1, 16.2
// User iterators: Iterator with an associated Item, for loops, next/count/last/nth, Iterator<Item = u32> bounds.
struct Countdown { n: u32 }
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.n == 0 { None } else { self.n -= 1; Some(self.n + 1) }
    }
}
struct Fib { a: u64, b: u64, left: usize }
impl Iterator for Fib {
    type Item = (usize, u64);
    fn next(&mut self) -> Option<(usize, u64)> {
        if self.left == 0 { return None; }
        self.left -= 1;
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some((self.left, r))
    }
}
fn total<I: Iterator<Item = u32>>(mut it: I) -> u32 {
    let mut t = 0;
    while let Some(v) = it.next() { t += v; }
    t
}
fn main() {
    for x in (Countdown { n: 3 }) { print!("{} ", x); }
    println!();
    for (i, f) in (Fib { a: 0, b: 1, left: 6 }) { print!("{}:{} ", i, f); }
    println!();
    let mut c = Countdown { n: 5 };
    println!("{:?} {:?}", c.next(), c.next());
    println!("{} {:?} {:?}", Countdown { n: 4 }.count(), Countdown { n: 4 }.last(), Countdown { n: 9 }.nth(2));
    println!("{}", total(Countdown { n: 4 }));
}
