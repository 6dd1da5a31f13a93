//@ run-pass
//@ spec: 6.11 7.3
fn area(r: f64) -> f64 {
    3.14159 * r * r
}

fn main() {
    let a = 0.1 + 0.2;
    println!("{} {:?} {}", a, a, 1.0);
    println!("{:?} {} {:?}", 1.0, 1e21, 1e21);
    println!("{} {:?} {}", 1e-7, 1e-7, 123456789.125);
    println!("{:.2} {:8.3} {:<8.1}| {:+.1}", 3.14159, 2.5, -1.25, 7.0);
    println!("{:e} {:E} {:.2e}", 1234.5, 0.00012, 123456.0);
    let f: f32 = 0.1;
    println!("{} {:?} {}", f, f * 3.0, 1.0f32 / 3.0);
    println!("{}", area(2.0));
    let x = 7.9_f64;
    println!("{} {} {} {}", x as i32, -x as i64, (x * 100.0) as u8, 300.7 as u8);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
    println!("{:?} {:?}", -0.0, 0.0 / 0.0);
    println!("{} {}", 1.0 / 0.0, -1.0 / 0.0);
    println!("{:05.1} {:>6}", -2.5, 1.5);
    let mut s = 0.0;
    for i in 0..10 { s += i as f64 * 0.5; }
    println!("{}", s);
    println!("{}", 2.0 % 0.75);
    println!("{}", (1u64 << 53) as f64 + 1.0);
}
