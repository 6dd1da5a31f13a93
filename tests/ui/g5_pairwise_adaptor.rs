//@ spec: 16.1 14.9 14.12 16.3
// A user-written generic iterator adaptor (impl<I: Iterator<Item = i32>> Iterator for Deltas<I>).
struct Deltas<I> {
    inner: I,
    prev: Option<i32>,
}

fn deltas<I: Iterator<Item = i32>>(mut inner: I) -> Deltas<I> {
    let prev = inner.next();
    Deltas { inner, prev }
}

impl<I: Iterator<Item = i32>> Iterator for Deltas<I> {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        let p = self.prev?;
        let cur = self.inner.next()?;
        self.prev = Some(cur);
        Some(cur - p)
    }
}

struct Squares {
    n: i32,
    max: i32,
}

impl Iterator for Squares {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.n > self.max {
            None
        } else {
            self.n += 1;
            Some((self.n - 1) * (self.n - 1))
        }
    }
}

fn main() {
    print!("deltas of squares:");
    for d in deltas(Squares { n: 0, max: 6 }) {
        print!(" {}", d);
    }
    println!();

    print!("second differences:");
    for d in deltas(deltas(Squares { n: 0, max: 6 })) {
        print!(" {}", d);
    }
    println!();

    let steps = deltas(1..=10).all(|d| d == 1);
    println!("range steps all 1: {}", steps);
    let total: i32 = deltas(Squares { n: 3, max: 9 }).sum();
    println!("sum of deltas 9..81 = {}", total);
    println!("deltas of 1 item: {}", deltas(5..6).count());
    println!("deltas of empty: {:?}", deltas(5..5).next());
    let scaled = deltas(Squares { n: 0, max: 4 }).map(|d| d * 10).fold(0, |a, x| a + x);
    println!("scaled sum = {}", scaled);
}
