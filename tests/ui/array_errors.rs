//@ compile-fail
//@ spec: 11.7
fn main() {
    let a = [1, 2, 3];
    let b: [i32; 3] = [1, 2]; //~ ERROR E0308
    let c = a[true]; //~ ERROR E0277
    let d = 5;
    let e = d[0]; //~ ERROR E0608
}
