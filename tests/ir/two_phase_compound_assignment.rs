//@ run-pass
//@ check-ir
//@ spec: 9.5
// An overloaded compound assignment borrows its left side with a two-phase `&mut`: for
// a local (`a += b`) and through a reference (`*r += b`).
use std::ops::AddAssign;

#[derive(Debug, Clone, Copy)]
struct Meters(i32);

impl AddAssign for Meters {
    fn add_assign(&mut self, other: Meters) {
        self.0 += other.0;
    }
}

fn main() {
    let mut a = Meters(1);
    let b = Meters(2);
    a += b;
    let r = &mut a;
    *r += b;
    println!("{:?}", a);
}
