//@ run-pass
//@ spec: 6.11 6.12 7.3
// A Celsius/Fahrenheit/Kelvin table exercising float arithmetic and width/precision formatting.
const ABS_ZERO: f64 = -273.15;

fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn f_to_c(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn main() {
    println!("{:>8} | {:>8} | {:>8}", "C", "F", "K");
    println!("{:-<32}", "");
    let mut c = -40.0;
    while c <= 100.0 {
        println!("{:>8.1} | {:>8.2} | {:>8.2}", c, c_to_f(c), c - ABS_ZERO);
        c += 17.5;
    }
    let samples: [f32; 5] = [98.6, 32.0, -459.67, 212.0, 0.1];
    for f in samples {
        let cf = f_to_c(f as f64);
        println!("{:<8}F = {:+.3}C ({:e})", f, cf, cf);
    }
    let mut sum = 0.0f64;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    let readings = [21.5, 19.25, 23.75, 18.0, 25.125];
    for r in readings.iter() {
        sum += r;
        lo = lo.min(*r);
        hi = hi.max(*r);
    }
    let mean = sum / readings.len() as f64;
    let mut var = 0.0;
    for r in &readings {
        var += (r - mean).powi(2);
    }
    let sd = (var / readings.len() as f64).sqrt();
    println!("mean={mean:.4} sd={sd:.4} lo={lo} hi={hi}");
    println!("[{:^12.2}] [{:*>10.0}] [{:010.3}]", mean, hi, -lo);
    println!("{:?} {:?} {}", 1.0f64, 0.1f32 + 0.2f32, 1e-7f64);
    println!("{} {} {}", (hi - lo).round(), mean.floor(), mean.ceil() as i32);
}
