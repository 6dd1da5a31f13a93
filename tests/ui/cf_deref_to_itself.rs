//@ compile-fail
//@ spec: 14.19
// Hung the compiler (found with the fuzz target): a Deref whose Target is the type itself
// made method, field and index lookups deref forever; rustc stops at its recursion limit.
use std::ops::Deref;

struct Loop {
    n: i32,
}

impl Deref for Loop {
    type Target = Loop;
    fn deref(&self) -> &Loop {
        self
    }
}

fn main() {
    let l = Loop { n: 1 };
    l.missing(); //~ ERROR E0055
    //~^ ERROR E0599
    let x = l.absent; //~ ERROR E0055
    //~^ ERROR E0609
    let y = l[0]; //~ ERROR E0055
    //~^ ERROR E0608
    println!("{} {}", l.n, x + y);
}
