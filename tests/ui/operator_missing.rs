//@ compile-fail
//@ spec: 14.8
// Without an impl, an operator on a struct is E0369 (E0368 for `+=`, E0600 for unary `-`).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
}

impl Add for P {
    type Output = P;
    fn add(self, o: P) -> P {
        P { x: self.x + o.x }
    }
}

fn main() {
    let a = P { x: 1 };
    let b = a + a;
    let c = a - b; //~ ERROR E0369
    let mut d = a;
    d += b; //~ ERROR E0368
    let e = -a; //~ ERROR E0600
    println!("{:?} {:?} {:?}", b, c, e);
}
