//@ spec: 16.1 16.3 16.4
// A prime-number iterator zipped with ranges, chained, skipped and searched.
struct Primes {
    next_candidate: u32,
}

fn primes() -> Primes {
    Primes { next_candidate: 2 }
}

fn is_prime(n: u32) -> bool {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    n >= 2
}

impl Iterator for Primes {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        while !is_prime(self.next_candidate) {
            self.next_candidate += 1;
        }
        let p = self.next_candidate;
        self.next_candidate += 1;
        Some(p)
    }
}

fn main() {
    print!("first 10 primes:");
    primes().take(10).for_each(|p| print!(" {}", p));
    println!();

    for (i, p) in (1..=5).zip(primes().skip(20)) {
        println!("prime #{} after skipping 20: {}", i + 20, p);
    }

    let sum: u32 = primes().take(25).sum();
    println!("sum of first 25 primes = {}", sum);

    let twin = primes().zip(primes().skip(1)).filter(|&(a, b)| b - a == 2).take(5).count();
    println!("twin pairs among first primes found: {}", twin);
    let (a, b) = primes().zip(primes().skip(1)).find(|&(a, b)| b - a > 10).unwrap();
    println!("first gap > 10: {} -> {}", a, b);

    print!("chained:");
    for x in primes().take(3).chain(100..103).chain(primes().skip(30).take(2)) {
        print!(" {}", x);
    }
    println!();
    println!("index of 97: {:?}", primes().position(|p| p == 97));
    println!("product of first 6: {}", primes().take(6).product::<u32>());
    println!("min of odd primes among first 8: {:?}", primes().take(8).filter(|p| p % 2 == 1).min());
}
