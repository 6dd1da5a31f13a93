//@ run-pass
//@ spec: 6.11
// The shortest round-trip digits of a float lying exactly halfway between two candidates:
// Rust takes the upper one (360.015625_f32 prints 360.01563; printf's half-even gave
// 360.01562). Found by the differential fuzzer.
fn main() {
    let ulp: f32 = 1.0 / 32768.0;
    let mut x: f32 = 360.015625;
    for _ in 0..12 {
        println!("{} {:?} {:e} {}", x, x, x, -x);
        x = x + 2048.0 * ulp;
    }
    let y: f32 = 1.0 / 64.0 + 8191.0;
    println!("{} {}", y, y * 2.0);
    let mut d: f64 = 1.0;
    let mut ties = 0;
    for _ in 0..200 {
        d = d * 1.37 + 0.125;
        let t = (d * 1024.0).floor() / 1024.0 + 1.0 / 2048.0;
        let f = t as f32;
        if f.to_string().len() > 8 {
            ties += 1;
        }
        println!("{} {}", t, f);
    }
    println!("{}", ties);
}
