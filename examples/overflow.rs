//@ run-fail
// Integer arithmetic is checked in debug builds: this program computes factorials until
// u64 overflows. Compiled with -O it wraps instead, as rustc's release build does.
fn factorial(n: u64) -> u64 {
    let mut acc: u64 = 1;
    let mut i = 2;
    while i <= n {
        acc *= i;
        i += 1;
    }
    acc
}

fn main() {
    for n in 18..=21 {
        println!("{:>2}! = {:>20}", n, factorial(n));
    }
}
