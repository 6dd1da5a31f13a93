//@ spec: 16.3
// Iterator adaptors and consumers written in the prelude: map, filter, enumerate, skip, take, fold, sum, any, all, find, position, for_each.
struct Countdown { n: u32 }
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n == 0 { None } else { self.n -= 1; Some(self.n + 1) } }
}
fn main() {
    let doubled = Countdown { n: 5 }.map(|x| x * 2);
    for d in doubled { print!("{} ", d); }
    println!();
    let evens: u32 = Countdown { n: 10 }.filter(|x| x % 2 == 0).sum();
    println!("{}", evens);
    let total = Countdown { n: 4 }.map(|x| x as u64 * 100).fold(0u64, |a, b| a + b);
    println!("{}", total);
    for (i, v) in (Countdown { n: 3 }).enumerate() { print!("{}={} ", i, v); }
    println!();
    let offset = 7;
    println!("{} {}", Countdown { n: 9 }.skip(2).take(3).map(|x| x + offset).sum::<u32>(), Countdown { n: 3 }.count());
    println!("{} {}", Countdown { n: 5 }.any(|x| x == 3), Countdown { n: 5 }.all(|x| x > 1));
    println!("{:?} {:?}", Countdown { n: 8 }.find(|x| *x < 4), Countdown { n: 8 }.position(|x| x == 6));
    let mut seen = 0;
    Countdown { n: 4 }.for_each(|x| seen += x);
    println!("{}", seen);
}
