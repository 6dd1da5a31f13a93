//@ compile-fail
//@ spec: 20.7
// Two `&mut self` methods returning different fields still borrow all of `s`.
struct S {
    a: i32,
    b: i32,
}
impl S {
    fn a_mut(&mut self) -> &mut i32 {
        &mut self.a
    }
    fn b_mut(&mut self) -> &mut i32 {
        &mut self.b
    }
}
fn main() {
    let mut s = S { a: 1, b: 2 };
    let x = s.a_mut();
    let y = s.b_mut(); //~ ERROR E0499
    *x += *y;
}
