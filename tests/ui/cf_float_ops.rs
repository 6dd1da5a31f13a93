//@ compile-fail
//@ spec: 6.11 6.2
// Float mistakes: multiplying a float by an integer variable, comparing f32 with
// f64, `%=` with an integer on a float, and a float passed as an array index.
// (Unlike two integer types, a float and an integer give only E0277.)
fn main() {
    let price: f64 = 9.99;
    let qty: u32 = 3;
    let total = price * qty; //~ ERROR E0277
    let small: f32 = 1.5;
    if small < price {} //~ ERROR E0308
    let mut acc = 10.0;
    acc %= 3; //~ ERROR E0277
    let arr = [1, 2, 3];
    let x = arr[1.0]; //~ ERROR E0277
    let y = 2.0 + 1; //~ ERROR E0277
}
