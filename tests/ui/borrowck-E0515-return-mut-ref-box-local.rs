//@ compile-fail
//@ spec: 20.12
// Returning `&mut *b` for a Box owned by the function.
fn make() -> &'static mut i32 {
    let mut b = Box::new(1);
    &mut *b //~ ERROR E0515
}
fn main() {
    *make() += 1;
}
