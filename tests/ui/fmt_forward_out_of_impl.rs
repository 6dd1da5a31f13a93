//@ compile-fail
//@ spec: 14.20
// Outside `impl Display`/`impl Debug` neither trait is in scope, so a number has no `fmt`.
use std::fmt;

fn show_padded(n: u32, f: &mut fmt::Formatter) -> fmt::Result {
    n.fmt(f) //~ ERROR E0599
}

struct Count(u32);
impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        show_padded(self.0, f)
    }
}

fn main() {
    println!("{:>4}", Count(3));
}
