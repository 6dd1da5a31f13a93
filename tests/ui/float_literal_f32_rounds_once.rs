//@ run-pass
//@ spec: 6.11
// An f32 literal is rounded once, from its decimal text to f32. This one lies just below
// the midpoint of two f32s: read as an f64 first it would land on the midpoint itself and
// round (to even) up to the next f32.
fn main() {
    let a = 1.0000001788139343261718749f32;
    let b: f32 = 1.000_000_178_813_934_326_171_874_9;
    let c = 1.0000001788139343261718751f32;
    println!("{} {} {}", a, b, c);
    println!("{} {}", a == b, a < c);
    println!("{} {}", 3.4028235e38f32, f32::MAX == 3.4028235e38);
}
