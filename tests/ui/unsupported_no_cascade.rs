//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 1.2
fn main() {
    let start = std::time::Instant::now(); //~ ERROR the standard library path `std::time::Instant::now` is not supported
    let mut total = 0u64;
    for i in 0..1000 {
        total += i;
    }
    let took = start.elapsed();
    println!("{} {:?}", total, took.as_millis() < 1000);
}
