// 1e999 is out of range for f64 (rustc's deny-by-default overflowing_literals).
//@ hostile-exit: 1
//@ hostile-first-line: error: literal out of range for `f64`
fn main() {
    let x = 1e999;
    println!("{}", x);
}
