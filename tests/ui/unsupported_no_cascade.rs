//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 1.2
fn main() {
    let mut sieve = vec![true; 100]; //~ ERROR the `vec!` macro is not supported
    sieve[0] = false;
    let mut count = 0;
    for i in 2..100 {
        if sieve[i] {
            count += 1;
        }
    }
    println!("{}", count + sieve.len());
}
