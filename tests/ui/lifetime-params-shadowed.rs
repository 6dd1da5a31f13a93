//@ compile-fail
//@ spec: 19.2
struct Q<'a>(&'a i32);
impl<'a> Q<'a> {
    fn m<'a>(&self) {} //~ ERROR E0496
}

fn main() {}
