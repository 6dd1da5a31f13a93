//@ run-fail
//@ spec: 6.8
fn main() {
    let mut x: i64 = 1;
    for _ in 0..100 {
        x *= 10;
    }
    println!("{}", x);
}
