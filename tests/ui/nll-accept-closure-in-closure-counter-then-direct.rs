//@ run-pass
//@ spec: 20.13
// Lexical checker rejects: `tick` holds `&mut n` while `n` is read and written directly.
fn main() {
    let mut n = 0;
    let mut tick = |k: i32| {
        let mut step = |d: i32| n += d;
        step(k);
        step(1);
    };
    tick(2);
    tick(3);
    n *= 10;
    println!("{}", n);
}
