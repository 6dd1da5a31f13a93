//@ compile-fail
//@ spec: 6.11
//@ stderr-contains: the literal `1e39f32` does not fit into the type `f32` and will be converted to `f32::INFINITY`
fn main() {
    let largest_f64 = 1.7976931348623157e308;
    let largest_f32 = 3.4028235e38f32;
    let tiny = 1e-999;
    let a = 1e999; //~ ERROR literal out of range for `f64`
    let b = 1e39f32; //~ ERROR literal out of range for `f32`
    let c: f32 = 3.5e38; //~ ERROR literal out of range for `f32`
    let d = -1_e400f64; //~ ERROR literal out of range for `f64`
    let e = 1.7976931348623159e308; //~ ERROR literal out of range for `f64`
    println!("{} {} {} {} {} {} {} {}", largest_f64, largest_f32, tiny, a, b, c, d, e);
}
