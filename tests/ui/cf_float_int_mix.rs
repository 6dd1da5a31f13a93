//@ compile-fail
//@ spec: 6.11 6.9 6.2
// Floats and integers do not mix: no implicit conversions in arguments,
// annotations or arithmetic.
fn area(w: f64, h: f64) -> f64 {
    w * h
}

fn main() {
    let w: i32 = 3;
    let a = area(w, 2.0); //~ ERROR E0308
    let b: f32 = 1; //~ ERROR E0308
    let c: u32 = 2.5; //~ ERROR E0308
    let half = 0.5;
    let d = w as f64 * half;
    let e = 10 * half; //~ ERROR E0277
}
