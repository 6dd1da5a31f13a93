//@ run-pass
//@ spec: 5.2
fn main() {
    let mut i = 0;
    let mut sum = 0;
    while i < 10 {
        sum += i;
        i += 1;
    }
    println!("sum={}", sum);
    let mut n: u64 = 27;
    let mut steps = 0;
    while n != 1 {
        if n % 2 == 0 { n /= 2; } else { n = 3 * n + 1; }
        steps += 1;
    }
    println!("collatz steps={}", steps);
}
