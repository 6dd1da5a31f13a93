// Primes below 200 by trial division, printed ten to a line with aligned columns.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    for n in 0..200 {
        if is_prime(n) {
            print!("{:>4}", n);
            count += 1;
            if count % 10 == 0 {
                println!();
            }
        }
    }
    println!();
    println!("{count} primes below 200");
}
