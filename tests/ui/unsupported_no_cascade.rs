//@ compile-fail
//@ subset-limit: rustc accepts this; Patina reports the missing feature once, not its consequences
//@ spec: 1.2
fn main() {
    let text = format!("{}-{}", 12, 345); //~ ERROR the `format!` macro is not supported
    let mut dashes = 0;
    for b in text.bytes() {
        if b == b'-' {
            dashes += 1;
        }
    }
    println!("{}", dashes + text.len());
}
