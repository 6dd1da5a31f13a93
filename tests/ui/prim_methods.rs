//@ run-pass
//@ spec: 6.12
fn main() {
    let x = 2.0f64;
    println!("{} {} {} {}", x.sqrt(), (-3.7f64).abs(), 2.5f64.round(), (-2.5f64).round());
    println!("{} {} {}", x.powi(10), x.powf(0.5), 9.99f64.floor());
    println!("{} {}", 1.0f64.max(f64::NAN), 3.0f64.min(-1.0));
    println!("{:.6} {:.6} {:.6}", (1.0f64).sin(), 0.5f64.atan2(0.25), 3.0f64.hypot(4.0));
    println!("{} {}", 180.0f64.to_radians(), std::f64::consts::PI.to_degrees());
    let f: f32 = 2.0;
    println!("{} {}", f.sqrt(), f.ln());
    let n: i32 = -17;
    println!("{} {} {} {}", n.abs(), n.pow(2), n.rem_euclid(5), n.signum());
    println!("{} {} {}", 2u64.pow(40), 7i64.min(3), 7u8.max(200));
    println!("{} {} {}", 0b1011u8.count_ones(), 1u32.leading_zeros(), 8u16.trailing_zeros());
    println!("{} {}", 250u8.wrapping_add(10), 3u32.abs_diff(10));
    println!("{} {}", 64u32.is_power_of_two(), (-5i32).is_negative());
    let r = &x;
    println!("{}", r.sqrt());
}
