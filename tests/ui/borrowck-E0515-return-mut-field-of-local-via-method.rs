//@ compile-fail
//@ spec: 20.12
// Returning what a `&mut self` method of a local returns.
struct S {
    a: i32,
}
impl S {
    fn a_mut(&mut self) -> &mut i32 {
        &mut self.a
    }
}
fn make() -> &'static mut i32 {
    let mut s = S { a: 1 };
    s.a_mut() //~ ERROR E0515
}
fn main() {
    *make() += 1;
}
