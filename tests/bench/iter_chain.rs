// Iterator-chain benchmark (issue 5): (0..n).map(..).filter(..).sum() over 100 million
// items; the adaptors, written in stdlib/prelude.rs, must inline away at -O.
fn main() {
    let n: u64 = 100_000_000;
    let total: u64 = (0..n).map(|x| x * 3 + 1).filter(|x| x % 7 != 0).sum();
    println!("{}", total);
}
