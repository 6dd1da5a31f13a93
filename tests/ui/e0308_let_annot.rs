//@ compile-fail
//@ spec: 6.9
fn main() {
    let x: i32 = true; //~ ERROR E0308
    let y: bool = 5; //~ ERROR E0308
}
