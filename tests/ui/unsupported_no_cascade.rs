//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 1.2
fn main() {
    let args = std::env::args(); //~ ERROR the standard library path `std::env::args` is not supported
    let mut count = 0;
    for a in args {
        if a.len() > 3 {
            count += 1;
        }
    }
    println!("{}", count);
}
