//@ spec: 16.1 16.2 16.3
// Two user iterators (a countdown and a repeating cycle) combined with zip, chain, skip and take.
struct Countdown {
    n: u32,
}

struct Cycle {
    items: [char; 3],
    pos: usize,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

impl Iterator for Cycle {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let c = self.items[self.pos % 3];
        self.pos += 1;
        Some(c)
    }
}

fn countdown(n: u32) -> Countdown {
    Countdown { n }
}

fn cycle() -> Cycle {
    Cycle { items: ['x', 'y', 'z'], pos: 0 }
}

fn main() {
    for (n, c) in countdown(5).zip(cycle()) {
        print!("{}{} ", n, c);
    }
    println!();

    let joined = countdown(3).chain(countdown(2)).fold(0, |acc, x| acc * 10 + x);
    println!("joined digits: {}", joined);

    let mut it = cycle().skip(4).take(4);
    print!("skipped cycle:");
    while let Some(c) = it.next() {
        print!(" {}", c);
    }
    println!();

    let zs = cycle().take(10).filter(|&c| c == 'z').count();
    println!("z count in 10: {}", zs);
    let pos = cycle().zip(countdown(9)).position(|(c, n)| c == 'y' && n % 2 == 0);
    println!("first y with even countdown: {:?}", pos);
    let labelled = countdown(4).enumerate().map(|(i, n)| i as u32 * n).sum::<u32>();
    println!("sum of i*n: {}", labelled);
    println!("countdown min/max: {:?} {:?}", countdown(6).min(), countdown(6).max());
    println!("empty countdown last: {:?}", countdown(0).last());
    println!("cycle nth(7): {:?}", cycle().nth(7));
    countdown(3).zip(cycle().skip(1)).for_each(|(n, c)| println!("launch {} {}", n, c));
}
