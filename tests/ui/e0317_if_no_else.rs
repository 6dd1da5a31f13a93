//@ compile-fail
//@ spec: 5.1
fn main() {
    let x: i32 = if true { 5 }; //~ ERROR E0317
}
