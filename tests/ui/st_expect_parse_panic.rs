//@ run-fail
//@ spec: 18.7, 8.1, 11.19
// expect() on a float parse names the failing input in its message; the
// ParseFloatError Debug text follows after a colon, as rustc prints it.
fn celsius(f: &str) -> f64 {
    let t: f64 = f.trim().parse().expect(&format!("bad temperature {:?}", f));
    (t - 32.0) * 5.0 / 9.0
}

fn main() {
    for reading in [" 212", "32", "-40", "98.6", "1e2", "hot"].iter() {
        println!("{:>5} F = {:.1} C", reading.trim(), celsius(reading));
    }
}
