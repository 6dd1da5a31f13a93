//@ spec: 16.4 16.3 13.6
// Ranges as iterator values: sums, products, min/max, zip and chain over integer ranges.
fn is_prime(n: u32) -> bool {
    n >= 2 && (2..n).all(|d| n % d != 0)
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let r = 3..8;
    println!("range {:?}", r);
    println!("inclusive {:?}", 1..=4);
    println!("sum 1..=100 = {}", (1..=100).sum::<i32>());
    println!("10! = {}", factorial(10));
    println!("sum of squares 1..=10 = {}", (1..=10).map(|x| x * x).sum::<u32>());
    println!("primes below 30: {}", (0..30).filter(|&n| is_prime(n)).count());
    println!("largest prime below 100: {:?}", (0..100).filter(|&n| is_prime(n)).max());
    println!("smallest 3-digit multiple of 17: {:?}", (100..1000).find(|n| n % 17 == 0));
    println!("min of odd squares: {:?}", (5..12).filter(|x| x % 2 == 1).map(|x| x * x).min());

    let dot: i64 = (1..=4).zip(5..=8).map(|(a, b)| a * b).sum();
    println!("dot product = {}", dot);

    print!("chain:");
    for x in (1..4).chain(7..=9) {
        print!(" {}", x);
    }
    println!();

    let pos = (0u8..=255).position(|b| b as u32 * b as u32 > 1000);
    println!("first byte with square > 1000 at {:?}", pos);

    let mut evens = (0..20).filter(|x| x % 2 == 0).skip(2);
    println!("evens: {:?} {:?} {:?}", evens.next(), evens.next(), evens.nth(3));
    (1..=3).for_each(|i| println!("row {}: {}", i, (1..=i).fold(0, |a, b| a * 10 + b)));
    println!("any negative: {}", (-3i32..3).any(|x| x < 0));
}
