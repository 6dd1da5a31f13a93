//@ run-pass
//@ spec: 20.13
// Naive checker: keeps the closure's capture of `count` alive after the closure's last call.
fn main() {
    let mut count = 0;
    let mut inc = |by: i32| count += by;
    inc(2);
    inc(3);
    count *= 10;
    println!("count = {}", count);
}
