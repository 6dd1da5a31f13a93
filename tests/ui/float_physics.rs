//@ run-pass
//@ spec: 6.11 6.12
fn main() {
    let g = 9.81f64;
    let mut t = 0.0;
    let dt = 0.25;
    let v0 = 20.0;
    let mut max_h = 0.0f64;
    while t <= 4.0 {
        let h = v0 * t - 0.5 * g * t * t;
        if h > max_h { max_h = h; }
        t += dt;
    }
    println!("{:.3} {:.1}", max_h, t);
    let angles = [0.0f64, 30.0, 45.0, 90.0];
    for a in angles.iter() {
        let r = a.to_radians();
        println!("{:>5.1} {:.4} {:.4}", a, r.sin(), r.cos());
    }
    println!("{:e} {:.2e}", 6.02214076e23, 0.000123);
    println!("{} {} {}", (2.0f64).powi(-2), 1e300 * 1e10, -(0.0f64));
}
