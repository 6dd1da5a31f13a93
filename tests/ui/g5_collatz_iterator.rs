//@ spec: 16.1 16.2 16.3
// A Collatz-sequence iterator that ends at 1, consumed by for loops, count, max, last and fold.
struct Collatz {
    cur: u64,
    done: bool,
}

fn collatz(start: u64) -> Collatz {
    Collatz { cur: start, done: false }
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.done {
            return None;
        }
        let v = self.cur;
        if v == 1 {
            self.done = true;
        } else if v % 2 == 0 {
            self.cur = v / 2;
        } else {
            self.cur = 3 * v + 1;
        }
        Some(v)
    }
}

fn main() {
    print!("collatz(6):");
    for x in collatz(6) {
        print!(" {}", x);
    }
    println!();

    let mut best = 0;
    let mut best_len = 0;
    for start in 1..=30 {
        let len = collatz(start).count();
        if len > best_len {
            best_len = len;
            best = start;
        }
    }
    println!("longest below 31: {} with {} steps", best, best_len);
    println!("peak of 27: {:?}", collatz(27).max());
    println!("last of 27: {:?}", collatz(27).last());
    println!("odd values in 7: {}", collatz(7).filter(|x| x % 2 == 1).count());
    println!("sum of 7's sequence: {}", collatz(7).fold(0, |a, x| a + x));
    println!("5th of 9: {:?}", collatz(9).nth(5));
    println!("first over 50 in 9: {:?}", collatz(9).find(|&x| x > 50));
    for (i, v) in collatz(3).enumerate() {
        println!("  step {} -> {}", i, v);
    }
    let mut it = collatz(1);
    println!("collatz(1): {:?} {:?}", it.next(), it.next());
}
