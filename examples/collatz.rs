// The longest Collatz chain below 100000, with u64 arithmetic and a labelled search.
fn chain_length(start: u64) -> u32 {
    let mut n = start;
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut best = 0;
    let mut best_start = 0;
    for start in 1..100_000u64 {
        let len = chain_length(start);
        if len > best {
            best = len;
            best_start = start;
        }
    }
    println!("longest chain below 100000 starts at {} ({} terms)", best_start, best);
}
