//@ compile-fail
//@ spec: 14.21
// A trait object formats only through a Display/Debug it has (itself or as a supertrait).
use std::fmt;
trait Shape { fn area(&self) -> f64; }
impl Shape for i32 { fn area(&self) -> f64 { 1.0 } }
fn main() {
    let d: &dyn fmt::Display = &3;
    println!("{:?}", d); //~ ERROR E0277
    let s: &dyn Shape = &4;
    println!("{}", s); //~ ERROR E0277
    println!("{}", d);
}
