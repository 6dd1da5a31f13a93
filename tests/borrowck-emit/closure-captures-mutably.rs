//@ spec: 21.7
// A closure that mutates `n` holds a mutable loan of it while the closure is used.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    println!("{}", n);
}
