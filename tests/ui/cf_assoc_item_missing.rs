//@ compile-fail
//@ spec: 11.3 11.9 6.10
// Paths naming associated items that do not exist: a constructor on an enum
// written in lowercase, an associated const on a struct, a method called as
// a path on a struct, and a variant with the wrong case.
struct Temp {
    deg: i32,
}

impl Temp {
    fn freezing() -> Temp {
        Temp { deg: 0 }
    }
    fn warm(&self) -> bool {
        self.deg > 20
    }
}

enum Season {
    Winter,
    Summer,
}

fn main() {
    let t = Temp::freezing();
    let a = Temp::ZERO; //~ ERROR E0599
    let b = Temp::boiling(); //~ ERROR E0599
    let c = Season::winter; //~ ERROR E0599
    let d = Season::Autumn; //~ ERROR E0599
    let e = t.freezing(); //~ ERROR E0599
    let f = Temp::warm(&t);
}
