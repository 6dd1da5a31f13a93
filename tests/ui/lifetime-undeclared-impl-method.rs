//@ compile-fail
//@ spec: 19.1
struct S<'a> {
    a: &'a i32,
}
impl<'a> S<'a> {
    fn k(&self, y: &'c str) {} //~ ERROR E0261
}

fn main() {}
