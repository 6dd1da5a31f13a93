//@ compile-fail
//@ spec: 6.11
fn main() {
    let a = 2.0 * 3; //~ ERROR E0277
    let b: f64 = 1; //~ ERROR E0308
    let c = 1.5f32 + 2.0f64; //~ ERROR E0308
    //~^ ERROR E0277
}
