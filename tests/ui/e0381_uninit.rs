//@ compile-fail
//@ spec: 4.2
fn main() {
    let x: i32;
    println!("{}", x); //~ ERROR E0381
}
