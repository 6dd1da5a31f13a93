//@ run-pass
//@ compile-flags: -C opt-level=2
//@ spec: 6.8
// Happy numbers below 2000: the optimiser must not change what the program prints.
fn digit_square_sum(mut n: u32) -> u32 {
    let mut total = 0;
    while n > 0 {
        let d = n % 10;
        total += d * d;
        n /= 10;
    }
    total
}

fn is_happy(mut n: u32) -> bool {
    let mut steps = 0;
    while n != 1 && n != 4 && steps < 100 {
        n = digit_square_sum(n);
        steps += 1;
    }
    n == 1
}

fn main() {
    let mut count = 0;
    let mut last = 0;
    for i in 1..2000 {
        if is_happy(i) {
            count += 1;
            last = i;
        }
    }
    println!("{} happy numbers below 2000, the largest {}", count, last);
}
