//@ compile-fail
//@ spec: 20.14
// Returning a reborrow of data reached through a type with a Drop impl that is dropped at the
// end of the function: its destructor may still use the borrow.
struct Wrap<'a> { s: &'a mut String }
impl<'a> Drop for Wrap<'a> {
    fn drop(&mut self) { self.s.push('!'); }
}
fn inner<'a>(w: Wrap<'a>) -> &'a mut String {
    &mut *w.s //~ ERROR E0713
}
fn main() {
    let mut s = String::from("x");
    inner(Wrap { s: &mut s }).push('y');
    println!("{}", s);
}
