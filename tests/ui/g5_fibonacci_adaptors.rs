//@ spec: 16.1 16.2 16.3
// A Fibonacci iterator combined with take/skip/filter/map/enumerate and consumer methods.
struct Fib {
    a: u64,
    b: u64,
}

impl Fib {
    fn new() -> Fib {
        Fib { a: 0, b: 1 }
    }
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let out = self.a;
        self.a = self.b;
        self.b += out;
        Some(out)
    }
}

fn main() {
    print!("first ten:");
    for f in Fib::new().take(10) {
        print!(" {}", f);
    }
    println!();

    let even_sum: u64 = Fib::new().take(20).filter(|x| x % 2 == 0).sum();
    println!("sum of even fibs among first 20 = {}", even_sum);

    let squares = Fib::new().skip(3).take(4).map(|x| x * x).fold(0, |acc, x| acc + x);
    println!("sum of squares of fib[3..7] = {}", squares);

    for (i, f) in Fib::new().enumerate().skip(10).take(3) {
        println!("fib({}) = {}", i, f);
    }

    let first_big = Fib::new().find(|&x| x > 1000);
    println!("first > 1000: {:?}", first_big);
    let pos = Fib::new().position(|x| x == 144);
    println!("144 is at {:?}", pos);
    println!("count below 100: {}", Fib::new().take(12).filter(|&x| x < 100).count());
    println!("12th: {:?}", Fib::new().nth(12));
    println!("last of 8: {:?}", Fib::new().take(8).last());
    println!("max of 9: {:?}", Fib::new().take(9).max());
    println!("any divisible by 7 in 10: {}", Fib::new().take(10).any(|x| x > 0 && x % 7 == 0));
    println!("all < 50 in 10: {}", Fib::new().take(10).all(|x| x < 50));
}
