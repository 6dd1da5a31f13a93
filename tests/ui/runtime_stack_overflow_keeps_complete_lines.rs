//@ run-fail
//@ exit-code: 134
//@ spec: 8.4
// A stack overflow aborts with Rust's message; stdout keeps every complete line written
// before it (Rust's stdout is line-buffered) but not the unfinished last one.
fn depth(n: u64) -> u64 {
    let frame = [n; 64];
    if n == 0 { 0 } else { depth(n - 1) + frame[n as usize % 64] }
}

fn main() {
    println!("before");
    print!("unfinished line");
    println!("{}", depth(1_000_000_000));
}
