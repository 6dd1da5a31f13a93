//@ run-pass
//@ compile-flags: -C opt-level=2
//@ spec: 6.8
fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = 0;
    let mut arg = 0;
    for i in 1..10000u64 {
        let s = collatz(i);
        if s > best {
            best = s;
            arg = i;
        }
    }
    println!("{} {}", arg, best);
}
