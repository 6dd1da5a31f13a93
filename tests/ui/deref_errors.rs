//@ compile-fail
//@ spec: 14.19
use std::ops::Deref;

struct Wrapper(i32);

impl Deref for Wrapper {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

struct Plain(i32);

fn main() {
    let w = Wrapper(3);
    *w = 4; //~ ERROR E0594
    let p = Plain(1);
    println!("{}", *w + 1);
    println!("{}", p.0);
}
