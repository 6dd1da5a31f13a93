//@ compile-fail
//@ spec: 19.1
fn main() {
    let x: &'b i32 = &1; //~ ERROR E0261
}
