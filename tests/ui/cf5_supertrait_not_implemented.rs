//@ compile-fail
//@ spec: 14.1
// `Named: Display` requires Display of every implementor; Robot has none.
use std::fmt;

trait Named: fmt::Display {
    fn id(&self) -> u32;
}

struct Robot {
    serial: u32,
}

struct Person {
    age: u32,
}

impl fmt::Display for Person {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "person aged {}", self.age)
    }
}

impl Named for Person {
    fn id(&self) -> u32 {
        self.age
    }
}

impl Named for Robot { //~ ERROR E0277
    fn id(&self) -> u32 {
        self.serial
    }
}

fn main() {
    let p = Person { age: 30 };
    println!("{} {}", p, p.id());
}
