//@ run-pass
//@ spec: 6.11
fn mean(a: f64, b: f64, c: f64) -> f64 {
    (a + b + c) / 3.0
}

fn newton_sqrt(x: f64) -> f64 {
    let mut guess = x / 2.0;
    for _ in 0..20 {
        guess = (guess + x / guess) / 2.0;
    }
    guess
}

fn main() {
    println!("{}", mean(1.0, 2.5, 4.0));
    println!("{:.6}", newton_sqrt(2.0));
    println!("{}", newton_sqrt(2.0) == std::f64::consts::SQRT_2);
    let c = 37.5f32;
    let f = c * 9.0 / 5.0 + 32.0;
    println!("{c}C = {f}F");
    let mut t = 1.0f64;
    let mut n = 0;
    while t > 1e-10 {
        t /= 3.0;
        n += 1;
    }
    println!("{} {}", n, t);
    println!("{} {} {}", 2.5 < 3.0, -0.0 == 0.0, f64::NAN == f64::NAN);
    println!("{} {}", (2.0f64).max(1.0) as i32, 10.0 / 4.0);
    println!("{}", 255.9 as u8 as f32 / 2.0);
    println!("{} {}", i32::MAX as f32, u64::MAX as f64);
    println!("{} {}", -1.5 as u32, 1e10 as i32);
}
