//@ compile-fail
//@ spec: 14.2, 14.5
// An impl must define every required method: two are missing from Animal's impl, and the
// Display impl forgot `fmt` altogether.
use std::fmt;

trait Animal {
    fn name(&self) -> &str;
    fn legs(&self) -> u32;
    fn sound(&self) -> &str;
    fn describe(&self) -> u32 {
        self.legs() * 2
    }
}

struct Cat;

impl Animal for Cat { //~ ERROR E0046
    fn name(&self) -> &str {
        "cat"
    }
}

struct Temperature {
    celsius: f64,
}

impl fmt::Display for Temperature {} //~ ERROR E0046

fn main() {
    let c = Cat;
    println!("{}", c.name());
    let t = Temperature { celsius: 21.5 };
    println!("{}", t);
}
